#include "export/selection.h"

#include <algorithm>

namespace newsgraph::exporter {

Selection select(const graph::KnowledgeGraph& kg, const Filter& filter) {
  const graph::Graph& g = kg.graph();
  Selection sel{kg, {}, {}, {}, kept_vertices(kg, filter)};
  std::vector<std::string> id_of(boost::num_vertices(g));
  std::vector<std::pair<std::string, graph::Vertex>> ids;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    if (!sel.kept[*v]) continue;
    id_of[*v] = kg.node_id(*v);
    ids.emplace_back(id_of[*v], *v);
  }
  std::sort(ids.begin(), ids.end());
  for (auto& [id, v] : ids) {
    sel.nodes.push_back(v);
    sel.ids.push_back(std::move(id));
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto s = boost::source(*e, g), t = boost::target(*e, g);
    if (sel.kept[s] && sel.kept[t]) sel.edges.push_back({id_of[s], id_of[t], *e});
  }
  std::sort(sel.edges.begin(), sel.edges.end(), [&g](const SelectedEdge& a, const SelectedEdge& b) {
    if (a.source_id != b.source_id) return a.source_id < b.source_id;
    if (a.target_id != b.target_id) return a.target_id < b.target_id;
    return g[a.edge].type < g[b.edge].type;
  });
  return sel;
}

std::string evidence_text(const graph::EdgeData& d) {
  constexpr int kMaxEvidence = 5;  // keeps the visible column short; `parts` holds all the graph keeps
  std::string out;
  int n = 0;
  for (const auto& ev : d.evidence) {
    if (n++ == kMaxEvidence) break;
    if (!out.empty()) out += '\n';
    out += ev.article + "#" + std::to_string(ev.sentence) + ": " + ev.text;
  }
  return out;
}

}  // namespace newsgraph::exporter
