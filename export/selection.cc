#include "export/selection.h"

#include <algorithm>
#include <charconv>

#include "export/parallel.h"

namespace newsgraph::exporter {

Selection select(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads) {
  const graph::Graph& g = kg.graph();
  Selection sel{kg, {}, {}, {}, kept_vertices(kg, filter)};
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::string> id_of(n);
  // kg.graph() is resolved above: node_id() only reads, from any thread.
  parallel_for(n, threads, [&](std::size_t b, std::size_t e) {
    for (std::size_t v = b; v < e; ++v)
      if (sel.kept[v]) id_of[v] = kg.node_id(v);
  });
  std::vector<std::pair<std::string_view, graph::Vertex>> ids;
  for (std::size_t v = 0; v < n; ++v)
    if (sel.kept[v]) ids.emplace_back(id_of[v], v);
  std::sort(ids.begin(), ids.end());
  // Edges are sorted by the ranks of their ends' ids (equal ids, equal ranks), which orders them
  // as comparing the ids would, without comparing strings.
  std::vector<std::size_t> rank(n);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const auto [id, v] = ids[i];
    rank[v] = i > 0 && id == ids[i - 1].first ? rank[ids[i - 1].second] : i;
  }
  sel.nodes.reserve(ids.size());
  sel.ids.reserve(ids.size());
  for (const auto& [id, v] : ids) {
    sel.nodes.push_back(v);
    sel.ids.push_back(std::move(id_of[v]));
  }
  struct Ranked {
    std::size_t source, target;
    RelationType type;
    graph::Graph::edge_descriptor edge;
  };
  std::vector<Ranked> edges;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto s = boost::source(*e, g), t = boost::target(*e, g);
    if (sel.kept[s] && sel.kept[t]) edges.push_back({rank[s], rank[t], g[*e].type, *e});
  }
  std::sort(edges.begin(), edges.end(), [](const Ranked& a, const Ranked& b) {
    if (a.source != b.source) return a.source < b.source;
    if (a.target != b.target) return a.target < b.target;
    return relation_before(a.type, b.type);  // by name for declared kinds: their values vary between runs
  });
  sel.edges.reserve(edges.size());
  for (const auto& e : edges) sel.edges.push_back({e.source, e.target, e.edge});
  return sel;
}

void append_evidence_text(std::string& out, const graph::EdgeData& d) {
  constexpr int kMaxEvidence = 5;  // keeps the visible column short; `parts` holds all the graph keeps
  int n = 0;
  for (const auto& ev : d.evidence) {
    if (n++ == kMaxEvidence) break;
    if (n > 1) out += '\n';
    out += ev.article;
    out += '#';
    char digits[16];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, ev.sentence).ptr);
    out += ": ";
    out += ev.text;
  }
}

}  // namespace newsgraph::exporter
