// The format-independent entry points: format names, render() and write().
#include "export/export.h"

#include "export/document.h"

namespace newsgraph::exporter {

std::string_view to_string(Format f) {
  switch (f) {
    case Format::graphml: return "graphml";
    case Format::gexf: return "gexf";
    case Format::dot: return "dot";
    case Format::json: return "json";
  }
  return "graphml";
}

namespace {

void save(const graph::KnowledgeGraph& kg, Format format, const Filter& filter, unsigned threads, Sink& out) {
  switch (format) {
    case Format::graphml: return save_graphml(kg, filter, threads, out);
    case Format::gexf: return save_gexf(kg, filter, threads, out);
    case Format::dot: return save_dot(kg, filter, threads, out);
    case Format::json: return save_json(kg, filter, threads, out);
  }
}

}  // namespace

std::string render(const graph::KnowledgeGraph& kg, Format format, const Filter& filter, unsigned threads) {
  StringSink out;
  save(kg, format, filter, threads, out);
  return std::move(out.text);
}

std::string graphml_string(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads) {
  return render(kg, Format::graphml, filter, threads);
}
std::string gexf_string(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads) {
  return render(kg, Format::gexf, filter, threads);
}
std::string dot_string(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads) {
  return render(kg, Format::dot, filter, threads);
}
std::string json_string(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads) {
  return render(kg, Format::json, filter, threads);
}

std::string write(const graph::KnowledgeGraph& kg, Format format, const std::string& path,
                  const Filter& filter, unsigned threads) {
  // Every format goes to the file in pieces as it is made: a large graph's text is never held
  // whole (export/document.h).
  return write_file_atomically(path, [&](int fd) {
    FileSink out(fd);
    save(kg, format, filter, threads, out);
    return out.flush();
  });
}

}  // namespace newsgraph::exporter
