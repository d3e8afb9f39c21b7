#include "graph/resolve.h"

#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace newsgraph::graph {
namespace {

using LinkGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

std::vector<std::string> words(const std::string& key) {
  std::vector<std::string> out;
  std::istringstream in(key);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// True when `shortw` is a proper suffix (family name end) or, for names whose second word is
// hyphenated or that have three words (East Asian order: "Moon Jae-in", "Kim Jong Un"), the
// first word of `longw`.
bool short_form_of(const std::vector<std::string>& shortw, const std::vector<std::string>& longw,
                   const std::string& long_label) {
  if (shortw.empty() || shortw.size() >= longw.size()) return false;
  if (std::equal(shortw.rbegin(), shortw.rend(), longw.rbegin())) return true;
  if (shortw.size() == 1 && shortw[0] == longw[0]) {
    const auto sp = long_label.find(' ');
    const bool hyphenated_given = sp != std::string::npos && long_label.find('-', sp) != std::string::npos;
    return hyphenated_given || longw.size() == 3;
  }
  return false;
}

// The held-in or held-on targets of a round, as node indices.
std::set<std::size_t> round_anchors(const Graph& g, Vertex v) {
  std::set<std::size_t> out;
  for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
    if (g[*e].type == RelationType::held_in || g[*e].type == RelationType::held_on)
      out.insert(boost::target(*e, g));
  return out;
}

}  // namespace

Graph resolve_graph(const Graph& g) {
  const std::size_t n = boost::num_vertices(g);
  LinkGraph links(n);

  // Same normalised name.
  std::map<std::pair<EntityType, std::string>, std::size_t> first;
  for (std::size_t v = 0; v < n; ++v)
    for (const auto& [name, c] : g[v].names) {
      auto [it, fresh] = first.emplace(std::make_pair(g[v].type, name_key(name)), v);
      if (!fresh && it->second != v) boost::add_edge(it->second, v, links);
    }

  // Person short forms → the unique full name.
  std::vector<std::size_t> people;
  for (std::size_t v = 0; v < n; ++v)
    if (g[v].type == EntityType::person) people.push_back(v);
  for (std::size_t s : people) {
    const auto sw = words(name_key(g[s].label));
    std::size_t match = n;
    int count = 0;
    for (std::size_t l : people) {
      if (l == s) continue;
      if (short_form_of(sw, words(name_key(g[l].label)), g[l].label)) {
        if (match == n || name_key(g[l].label) != name_key(g[match].label)) ++count;
        match = l;
      }
    }
    if (count == 1) boost::add_edge(s, match, links);
  }

  // Rounds: same ordinal and a shared place or date.
  for (std::size_t a = 0; a < n; ++a) {
    if (g[a].type != EntityType::round || g[a].ordinal == 0) continue;
    const auto anchors_a = round_anchors(g, a);
    for (std::size_t b = a + 1; b < n; ++b) {
      if (g[b].type != EntityType::round || g[b].ordinal != g[a].ordinal) continue;
      if (g[a].series != g[b].series && !g[a].series.empty() && !g[b].series.empty()) {
        // Different agreements: only a bare series and one of its instances may meet.
        const auto& sa = g[a].series;
        const auto& sb = g[b].series;
        const bool related = sa.size() != sb.size() &&
                             (sa.find(sb) != std::string::npos || sb.find(sa) != std::string::npos);
        if (!related) continue;
      }
      const auto anchors_b = round_anchors(g, b);
      const bool shared = std::any_of(anchors_a.begin(), anchors_a.end(),
                                      [&](std::size_t x) { return anchors_b.count(x) > 0; });
      if (shared) boost::add_edge(a, b, links);
    }
  }

  std::vector<int> component(n);
  const int count = n ? boost::connected_components(links, component.data()) : 0;

  Graph out;
  std::vector<bool> made(count, false);
  std::vector<Vertex> rep(count);
  for (std::size_t v = 0; v < n; ++v) {
    const int c = component[v];
    if (!made[c]) {
      rep[c] = boost::add_vertex(g[v], out);
      made[c] = true;
    } else {
      merge_into(out[rep[c]], g[v]);
    }
  }
  for (int c = 0; c < count; ++c) choose_label(out[rep[c]]);

  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    Vertex a = rep[component[boost::source(*e, g)]];
    Vertex b = rep[component[boost::target(*e, g)]];
    if (a == b) continue;
    bool found = false;
    for (auto [oe, oend] = boost::out_edges(a, out); oe != oend && !found; ++oe) {
      if (boost::target(*oe, out) == b && out[*oe].type == g[*e].type) {
        out[*oe].sources.insert(g[*e].sources.begin(), g[*e].sources.end());
        out[*oe].evidence.insert(g[*e].evidence.begin(), g[*e].evidence.end());
        found = true;
      }
    }
    if (!found) boost::add_edge(a, b, g[*e], out);
  }
  return out;
}

}  // namespace newsgraph::graph
