// newsgraph export: writes a KnowledgeGraph in the formats analysts open, and reads back the
// GraphML it wrote (for `merge` and `build --into`).
//
// Contract
// - Formats: GraphML (Gephi, yEd, NetworkX, igraph, Cytoscape), GEXF 1.3 (Gephi, with dates
//   for its timeline), DOT (Graphviz) and node-link JSON (D3, Sigma.js, Cytoscape.js, NetworkX).
//   The rules each client imposes are in ../shared/FORMATS.md.
// - A Filter picks the nodes written (by type, by mentions, largest connected component);
//   an edge is written when both its ends are.
// - Output depends only on the graph: nodes sorted by their stable id, edges by
//   (source id, target id, kind: built-in kinds first, then declared ones by name). Same graph,
//   same bytes.
// - GraphML also carries the graph before resolution (hidden keys `parts`, `articles`), so
//   read_graphml() gives back the very graph that was written, and merging read graphs equals
//   building from all their articles.
// - Every writer writes to a temporary file in the target's folder and renames it into place:
//   a failed or interrupted run never leaves a half-written file or clobbers an earlier one.
// - Errors come back as a message (empty on success); nothing here prints or exits.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>

#include "graph/graph.h"

namespace newsgraph::exporter {

enum class Format { graphml, gexf, dot, json };
inline constexpr Format kFormats[] = {Format::graphml, Format::gexf, Format::dot, Format::json};
// "graphml", "gexf", "dot", "json": the format's name and file extension.
std::string_view to_string(Format f);

// Which nodes an export keeps. The default keeps everything.
struct Filter {
  std::set<EntityType> types;      // keep only these types; empty: all
  int min_mentions = 0;            // keep nodes mentioned at least this often
  bool largest_component = false;  // then keep only the largest connected component (edges undirected)
  bool keeps_all() const { return types.empty() && min_mentions <= 0 && !largest_component; }
};
// Parses a comma-separated list of node types ("person,agency"). Returns an error message.
std::string parse_types(std::string_view list, std::set<EntityType>& out);

// How many nodes an export with `filter` writes.
std::size_t count_nodes(const graph::KnowledgeGraph& kg, const Filter& filter = {});

// The document of one format, for the nodes `filter` keeps. The text of nodes and edges is made
// on up to `threads` threads (1: none but the caller's); the bytes do not depend on it.
std::string render(const graph::KnowledgeGraph& kg, Format format, const Filter& filter = {}, unsigned threads = 1);
std::string graphml_string(const graph::KnowledgeGraph& kg, const Filter& filter = {}, unsigned threads = 1);
std::string gexf_string(const graph::KnowledgeGraph& kg, const Filter& filter = {}, unsigned threads = 1);
std::string dot_string(const graph::KnowledgeGraph& kg, const Filter& filter = {}, unsigned threads = 1);
std::string json_string(const graph::KnowledgeGraph& kg, const Filter& filter = {}, unsigned threads = 1);

// render() written atomically to `path`. Returns an error message.
std::string write(const graph::KnowledgeGraph& kg, Format format, const std::string& path,
                  const Filter& filter = {}, unsigned threads = 1);

// Reads a GraphML file (or document) written by newsgraph into `out` (added to what `out`
// holds, then resolved). Returns an error message; `out` is unchanged on error.
std::string read_graphml(const std::string& path, graph::KnowledgeGraph& out);
std::string parse_graphml(std::string_view document, graph::KnowledgeGraph& out);

// Writes `content` to `path` atomically (temporary file + rename). Returns an error message.
std::string write_file_atomically(const std::string& path, const std::string& content);
// The same with the bytes written by `fill` into the temporary file's descriptor (for documents
// too large to hold twice); `fill` returns an error message, empty on success.
std::string write_file_atomically(const std::string& path, const std::function<std::string(int fd)>& fill);
// Writes all of data to fd. Returns an error message.
std::string write_all(int fd, const char* data, std::size_t size);
// Checks that `path` can be written (its folder exists and is writable). Returns an error message.
std::string check_writable(const std::string& path);

}  // namespace newsgraph::exporter
