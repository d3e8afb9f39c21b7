#include "export/sorted_edges.h"

#include <algorithm>

namespace newsgraph::exporter {

std::vector<SortedEdge> sorted_edges(const graph::KnowledgeGraph& kg) {
  const graph::Graph& g = kg.graph();
  std::vector<SortedEdge> out;
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    out.push_back({kg.node_id(boost::source(*e, g)), kg.node_id(boost::target(*e, g)), *e});
  std::sort(out.begin(), out.end(), [&](const SortedEdge& a, const SortedEdge& b) {
    if (a.source_id != b.source_id) return a.source_id < b.source_id;
    if (a.target_id != b.target_id) return a.target_id < b.target_id;
    return g[a.edge].type < g[b.edge].type;
  });
  return out;
}

std::string evidence_text(const graph::EdgeData& d) {
  constexpr int kMaxEvidence = 5;  // keeps files small when many articles state one fact
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
