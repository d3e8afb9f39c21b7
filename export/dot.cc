// DOT for Graphviz (../shared/FORMATS.md): every ID and label double-quoted (so node, edge,
// graph, digraph, subgraph and strict are plain strings), nodes shaped and coloured by type,
// a legend, labelled edges. Renders with dot and sfdp without warnings.
#include <algorithm>
#include <set>

#include "export/document.h"
#include "export/selection.h"
#include "export/style.h"

namespace newsgraph::exporter {
namespace {

// A DOT double-quoted string: backslashes doubled first, then quotes escaped; newlines become
// \n. In a label Graphviz then reads \\ as one backslash, so "\N" in a name stays text.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  std::string buffer;
  for (char c : clean_view(s, buffer)) {
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

// A legend of the declared relation kinds the export holds, by name, each as a coloured edge
// between two points; none when it holds only built-in kinds (they keep the default grey).
std::string declared_legend(const Selection& sel) {
  std::set<std::string_view> kinds;
  for (const auto& e : sel.edges) {
    const RelationSpec& spec = relation_spec(sel.graph()[e.edge].type);
    if (!spec.builtin) kinds.insert(spec.name);
  }
  if (kinds.empty()) return {};
  std::string out = "  subgraph cluster_relations {\n    label=\"declared relation kinds\";\n    color=\"#bbbbbb\";\n";
  for (std::string_view k : kinds) {
    const std::string from = quoted("legend:" + std::string(k) + ":from"), to = quoted("legend:" + std::string(k) + ":to");
    const std::string colour = quoted(relation_colour(*relation_type_from(k)));
    out += "    " + from + " [label=\"\", shape=point];\n    " + to + " [label=\"\", shape=point];\n";
    out += "    " + from + " -> " + to + " [label=" + quoted(k) + ", color=" + colour + ", fontcolor=" + colour + "];\n";
  }
  out += "  }\n";
  return out;
}

}  // namespace

void save_dot(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out) {
  const Selection sel = select(kg, filter, threads);
  const graph::Graph& g = kg.graph();
  std::string head =
      "digraph newsgraph {\n"
      "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n"
      "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
      "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n"
      "  subgraph cluster_legend {\n    label=\"node types\";\n    color=\"#bbbbbb\";\n";
  for (EntityType t : kTypes) {
    const NodeStyle s = style_of(t);
    head += "    " + quoted("legend:" + std::string(to_string(t))) + " [label=" + quoted(to_string(t)) +
            ", shape=" + std::string(s.shape) + ", fillcolor=" + quoted(hex_colour(s)) +
            ", fontcolor=" + std::string(text_colour(s)) + "];\n";
  }
  head += "  }\n";
  head += declared_legend(sel);
  out.write(head);
  write_items(sel.nodes.size(), threads, out, [&](std::size_t begin, std::size_t end, std::string* texts) {
    for (std::size_t i = begin; i < end; ++i) {
      const auto& n = g[sel.nodes[i]];
      const NodeStyle s = style_of(n.type);
      std::string& line = texts[i - begin];
      line = "  " + quoted(sel.ids[i]) + " [label=" + quoted(n.label) + ", shape=" + std::string(s.shape) +
             ", fillcolor=" + quoted(hex_colour(s)) + ", fontcolor=" + std::string(text_colour(s)) + "];\n";
    }
  });
  write_items(sel.edges.size(), threads, out, [&](std::size_t begin, std::size_t end, std::string* texts) {
    for (std::size_t i = begin; i < end; ++i) {
      const auto& e = sel.edges[i];
      const auto& d = g[e.edge];
      std::string& line = texts[i - begin];
      line = "  " + quoted(sel.source_id(e)) + " -> " + quoted(sel.target_id(e)) + " [label=" + quoted(to_string(d.type));
      if (!relation_spec(d.type).builtin) {
        const std::string colour = quoted(relation_colour(d.type));
        line += ", color=" + colour + ", fontcolor=" + colour;
      }
      if (d.sources.size() > 1) line += ", penwidth=" + std::to_string(std::min<std::size_t>(1 + d.sources.size(), 6));
      line += "];\n";
    }
  });
  out.write("}\n");
}

}  // namespace newsgraph::exporter
