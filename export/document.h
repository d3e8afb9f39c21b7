// A document written in pieces (internal to export/). Each writer makes the frame of its format
// (the document without its nodes and edges, by pugixml or nlohmann, with a marker where they
// go) and the text of every node and edge, on several threads, then writes them in order. The
// bytes are those of the whole document made at once, and neither the document nor all the
// items' texts are ever held in memory whole.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "export/export.h"
#include "graph/graph.h"

namespace newsgraph::exporter {

// Where a document's bytes go.
class Sink {
 public:
  virtual void write(std::string_view bytes) = 0;

 protected:
  ~Sink() = default;
};

// Into a string (render()).
class StringSink final : public Sink {
 public:
  void write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

// Into a file descriptor, in large writes (the pieces are small: one per node and edge).
class FileSink final : public Sink {
 public:
  explicit FileSink(int fd);
  void write(std::string_view bytes) override;
  // Writes what is buffered. Returns the first error met ("" when none).
  std::string flush();

 private:
  int fd_;
  std::string buffer_;
  std::string error_;
};

// The writers (export/graphml.cc, gexf.cc, dot.cc, json.cc).
void save_graphml(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out);
void save_gexf(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out);
void save_dot(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out);
void save_json(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out);

// A frame's text before and after its one `marker`. With whole_line, the marker's whole line
// (indentation and newline) is left out too.
struct FrameParts {
  std::string_view before, after;
};
FrameParts split_frame(std::string_view frame, std::string_view marker, bool whole_line);

// How many items' texts are made before they are written: memory holds one block of texts.
inline constexpr std::size_t kBlock = 4096;

// Writes the texts of items [0, n) to `out` in order, `separator` between two. make(begin, end,
// texts) fills texts[i - begin] for each item i of [begin, end); it runs on up to `threads`
// threads at once (export/parallel.h), over one block of items at a time.
void write_items(std::size_t n, unsigned threads, Sink& out,
                 const std::function<void(std::size_t, std::size_t, std::string*)>& make,
                 std::string_view separator = {});

}  // namespace newsgraph::exporter
