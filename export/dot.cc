// DOT for Graphviz (../shared/FORMATS.md): every ID and label double-quoted (so node, edge,
// graph, digraph, subgraph and strict are plain strings), nodes shaped and coloured by type,
// a legend, labelled edges. Renders with dot and sfdp without warnings.
#include <algorithm>
#include <sstream>

#include "export/selection.h"
#include "export/style.h"

namespace newsgraph::exporter {
namespace {

// A DOT double-quoted string: backslashes doubled first, then quotes escaped; newlines become
// \n. In a label Graphviz then reads \\ as one backslash, so "\N" in a name stays text.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : clean_text(s)) {
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

std::string dot_string(const graph::KnowledgeGraph& kg, const Filter& filter) {
  const Selection sel = select(kg, filter);
  const graph::Graph& g = kg.graph();
  std::ostringstream out;
  out << "digraph newsgraph {\n"
      << "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n"
      << "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n";
  out << "  subgraph cluster_legend {\n    label=\"node types\";\n    color=\"#bbbbbb\";\n";
  for (EntityType t : kTypes) {
    const NodeStyle s = style_of(t);
    out << "    " << quoted("legend:" + std::string(to_string(t))) << " [label=" << quoted(to_string(t))
        << ", shape=" << s.shape << ", fillcolor=" << quoted(hex_colour(s)) << ", fontcolor=" << text_colour(s) << "];\n";
  }
  out << "  }\n";
  for (std::size_t i = 0; i < sel.nodes.size(); ++i) {
    const auto& n = g[sel.nodes[i]];
    const NodeStyle s = style_of(n.type);
    out << "  " << quoted(sel.ids[i]) << " [label=" << quoted(n.label) << ", shape=" << s.shape
        << ", fillcolor=" << quoted(hex_colour(s)) << ", fontcolor=" << text_colour(s) << "];\n";
  }
  for (const auto& e : sel.edges) {
    const auto& d = g[e.edge];
    out << "  " << quoted(e.source_id) << " -> " << quoted(e.target_id) << " [label=" << quoted(to_string(d.type));
    if (d.sources.size() > 1) out << ", penwidth=" << std::min<std::size_t>(1 + d.sources.size(), 6);
    out << "];\n";
  }
  out << "}\n";
  return out.str();
}

}  // namespace newsgraph::exporter
