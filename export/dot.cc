#include <sstream>

#include "export/export.h"
#include "export/sorted_edges.h"
#include "export/style.h"

namespace newsgraph::exporter {
namespace {

// A DOT double-quoted string: backslashes first, then quotes; newlines become \n.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : xml_safe(s)) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  out += '"';
  return out;
}

constexpr EntityType kTypes[] = {EntityType::person, EntityType::agency, EntityType::agreement,
                                 EntityType::round,  EntityType::place,  EntityType::date};

}  // namespace

std::string dot_string(const graph::KnowledgeGraph& kg) {
  const graph::Graph& g = kg.graph();
  std::ostringstream out;
  out << "digraph newsgraph {\n"
      << "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n"
      << "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
  out << "  subgraph cluster_legend {\n    label=\"node types\";\n    color=\"#bbbbbb\";\n";
  for (EntityType t : kTypes) {
    const NodeStyle s = style_of(t);
    out << "    " << quoted("legend:" + std::string(to_string(t))) << " [label=" << quoted(to_string(t))
        << ", shape=" << s.shape << ", fillcolor=" << quoted(hex_colour(s)) << "];\n";
  }
  out << "  }\n";
  for (graph::Vertex v : kg.sorted_vertices()) {
    const auto& n = g[v];
    const NodeStyle s = style_of(n.type);
    out << "  " << quoted(kg.node_id(v)) << " [label=" << quoted(n.label) << ", shape=" << s.shape
        << ", fillcolor=" << quoted(hex_colour(s)) << "];\n";
  }
  for (const auto& e : sorted_edges(kg)) {
    const auto& d = g[e.edge];
    out << "  " << quoted(e.source_id) << " -> " << quoted(e.target_id) << " [label="
        << quoted(to_string(d.type));
    if (d.sources.size() > 1) out << ", penwidth=" << std::min<std::size_t>(1 + d.sources.size(), 6);
    out << "];\n";
  }
  out << "}\n";
  return out.str();
}

std::string write_dot(const graph::KnowledgeGraph& kg, const std::string& path) {
  return write_file_atomically(path, dot_string(kg));
}

}  // namespace newsgraph::exporter
