// Filters on export: node types, minimum mentions, largest connected component.
#include <algorithm>
#include <boost/graph/connected_components.hpp>

#include <map>

#include "export/selection.h"

namespace newsgraph::exporter {

std::string parse_types(std::string_view list, std::set<EntityType>& out) {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) {
      const auto type = entity_type_from(item);
      if (!type)
        return "unknown node type '" + std::string(item) +
               "' (types: person, agency, agreement, round, place, date)";
      out.insert(*type);
    }
    start = comma + 1;
  }
  if (out.empty()) return "no node type given";
  return {};
}

namespace {

// Keeps only the largest connected component of the kept vertices (edges taken undirected).
// Ties go to the component holding the smallest node id, so the choice is reproducible.
void keep_largest_component(const graph::KnowledgeGraph& kg, std::vector<bool>& kept) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const graph::Graph& g = kg.graph();
  const std::size_t n = boost::num_vertices(g);
  Undirected links(n);
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto s = boost::source(*e, g), t = boost::target(*e, g);
    if (kept[s] && kept[t]) boost::add_edge(s, t, links);
  }
  std::vector<int> component(n);
  if (n == 0) return;
  boost::connected_components(links, component.data());
  struct Size {
    std::size_t nodes = 0;
    std::string least_id;
  };
  std::map<int, Size> sizes;
  for (std::size_t v = 0; v < n; ++v) {
    if (!kept[v]) continue;
    Size& s = sizes[component[v]];
    ++s.nodes;
    const std::string id = kg.node_id(v);
    if (s.least_id.empty() || id < s.least_id) s.least_id = id;
  }
  int best = -1;
  for (const auto& [c, s] : sizes) {
    if (best < 0) { best = c; continue; }
    const Size& b = sizes[best];
    if (s.nodes > b.nodes || (s.nodes == b.nodes && s.least_id < b.least_id)) best = c;
  }
  for (std::size_t v = 0; v < n; ++v) kept[v] = kept[v] && component[v] == best;
}

}  // namespace

std::vector<bool> kept_vertices(const graph::KnowledgeGraph& kg, const Filter& filter) {
  const graph::Graph& g = kg.graph();
  std::vector<bool> kept(boost::num_vertices(g), true);
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const auto& n = g[*v];
    if (!filter.types.empty() && !filter.types.count(n.type)) kept[*v] = false;
    if (n.mentions < filter.min_mentions) kept[*v] = false;
  }
  if (filter.largest_component) keep_largest_component(kg, kept);
  return kept;
}

std::size_t count_nodes(const graph::KnowledgeGraph& kg, const Filter& filter) {
  if (filter.keeps_all()) return boost::num_vertices(kg.graph());
  const auto kept = kept_vertices(kg, filter);
  return static_cast<std::size_t>(std::count(kept.begin(), kept.end(), true));
}

}  // namespace newsgraph::exporter
