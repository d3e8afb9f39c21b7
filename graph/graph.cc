#include "graph/graph.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <type_traits>
#include <utility>

#include "extract/tokens.h"
#include "graph/resolve.h"

namespace newsgraph::graph {

std::string name_key(std::string_view name) {
  // One pass, written through a pointer into a result sized for the worst case (the key is never
  // longer than the name): this runs for every entity of every article, and appending byte by
  // byte cost a capacity test per byte.
  std::string out(name.size(), '\0');
  char* const first = out.data();
  char* p = first;
  char* word = first;  // where the current word starts
  bool in_word = false, space = false;
  auto end_word = [&] {
    if (in_word && p - word == 3 && word[0] == 't' && word[1] == 'h' && word[2] == 'e')
      p = word > first ? word - 1 : first;
    in_word = false;
  };
  for (char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\n' || c == '\t') {
      space = true;
      continue;
    }
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c < 0x80 && !alnum) continue;  // punctuation and symbols vanish, as in the scorer
    if (space) {
      end_word();
      space = false;
    }
    if (!in_word) {
      if (p != first) *p++ = ' ';
      word = p;
      in_word = true;
    }
    *p++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  end_word();
  out.resize(static_cast<std::size_t>(p - first));
  return out;
}

namespace {

// Single-valued fields keep the least value that is set, whatever the order of merging: that
// keeps merging order-insensitive and associative (build(A ∪ B) == merge(build(A), build(B))).
void keep_least(std::string& into, std::string& from) {
  if (!from.empty() && (into.empty() || from < into)) into.swap(from);
}

void keep_least_scalars(NodeData& into, const NodeData& from) {
  if (from.lat && from.lon &&
      (!into.lat || !into.lon || std::pair(*from.lat, *from.lon) < std::pair(*into.lat, *into.lon))) {
    into.lat = from.lat;
    into.lon = from.lon;
  }
  if (from.ordinal && (!into.ordinal || from.ordinal < into.ordinal)) into.ordinal = from.ordinal;
}

}  // namespace

void merge_into(NodeData& into, const NodeData& from) {
  NodeData copy = from;
  merge_into(into, std::move(copy));
}

void merge_into(NodeData& into, NodeData&& from) {
  for (const auto& [n, c] : from.names) into.names[n] += c;
  into.aliases.merge(from.aliases);
  into.mentions += from.mentions;
  into.sources.merge(from.sources);
  into.seen.merge(from.seen);
  keep_least(into.country, from.country);
  keep_least_scalars(into, from);
  keep_least(into.series, from.series);
  into.keys.merge(from.keys);
}

void trim_evidence(EdgeData& e) {
  while (e.evidence.size() > EdgeData::kMaxEvidence) e.evidence.erase(std::prev(e.evidence.end()));
}

namespace {
template <class Data>  // const EdgeData& (copied) or EdgeData&& (its evidence moved)
void unite_edge_with(Graph& g, Vertex a, Vertex b, Data&& data) {
  for (auto [e, end] = boost::out_edges(a, g); e != end; ++e) {
    if (boost::target(*e, g) != b || g[*e].type != data.type) continue;
    g[*e].sources.merge(data.sources);
    if constexpr (std::is_const_v<std::remove_reference_t<Data>>)
      g[*e].evidence.insert(data.evidence.begin(), data.evidence.end());
    else
      g[*e].evidence.merge(data.evidence);
    trim_evidence(g[*e]);
    return;
  }
  boost::add_edge(a, b, std::forward<Data>(data), g);
}
}  // namespace

void unite_edge(Graph& g, Vertex a, Vertex b, const EdgeData& data) { unite_edge_with(g, a, b, data); }
void unite_edge(Graph& g, Vertex a, Vertex b, EdgeData&& data) { unite_edge_with(g, a, b, std::move(data)); }

void choose_label(NodeData& node) {
  // People, rounds and agreements take their fullest name ("Donald Trump" over "Trump",
  // "Round 1 of 10th ..." over "Round 1 of ..."); other things the name most articles use.
  const bool fullest = node.type == EntityType::person || node.type == EntityType::round ||
                       node.type == EntityType::agreement;
  // A person's fullest name counts words, not middle initials: "Marshall Billingslea" and
  // "Marshall S. Billingslea" are equally full, and the form more articles use wins.
  auto fullness = [&](const std::string& n) {
    if (node.type != EntityType::person) return n.size();
    std::size_t size = 0;
    for (const auto& w : extract::tokenize(n))
      if (!(w.text.size() == 2 && w.text[1] == '.')) size += w.text.size() + 1;
    return size;
  };
  const std::string* best = nullptr;
  int best_count = -1;
  for (const auto& [n, c] : node.names) {
    bool better;
    // A round's number names it better than its place ("Round 1 of …" over "Honolulu round of …").
    const bool numbered = node.type == EntityType::round && n.rfind("Round ", 0) == 0;
    const bool best_numbered = best && node.type == EntityType::round && best->rfind("Round ", 0) == 0;
    if (!best) better = true;
    else if (numbered != best_numbered) better = numbered;
    else if (fullest && fullness(n) != fullness(*best)) better = fullness(n) > fullness(*best);
    else if (c != best_count) better = c > best_count;
    else better = n.size() > best->size();
    if (better) {
      best = &n;
      best_count = c;
    }
  }
  if (best) node.label = *best;
  node.aliases.erase(node.label);
  for (const auto& [n, c] : node.names)
    if (n != node.label) node.aliases.insert(n);
}

namespace {


template <class Index, class Data>  // Data: const NodeData& or NodeData&&
Vertex upsert_in(Graph& g, Index& index, Data&& data) {
  auto key = std::make_pair(data.type, name_key(data.label));
  auto it = index.find(key);
  if (it != index.end()) {
    merge_into(g[it->second], std::forward<Data>(data));
    choose_label(g[it->second]);
    return it->second;
  }
  Vertex v = boost::add_vertex(std::forward<Data>(data), g);
  if (g[v].names.empty()) g[v].names[data.label] = 1;
  choose_label(g[v]);
  index.emplace(std::move(key), v);
  return v;
}


std::string id_in(const Graph& g, Vertex v) {
  std::string key = name_key(g[v].label);
  std::replace(key.begin(), key.end(), ' ', '-');
  return std::string(to_string(g[v].type)) + ":" + key;
}

// A symmetric kind (counterpart-of, or one declared so): one edge, from the smaller node id to the larger.
void add_relation_in(Graph& g, Vertex a, Vertex b, const EdgeData& data) {
  if (relation_spec(data.type).symmetric && id_in(g, b) < id_in(g, a)) std::swap(a, b);
  if (a != b) unite_edge(g, a, b, data);
}

// After resolution ids change: turn symmetric edges that now point down, merging them.
void canonical_symmetric(Graph& g) {
  const auto down = [&g](const Graph::edge_descriptor& e) {
    return relation_spec(g[e].type).symmetric &&
           id_in(g, boost::target(e, g)) < id_in(g, boost::source(e, g));
  };
  std::vector<std::tuple<Vertex, Vertex, EdgeData>> flipped;
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    if (down(*e)) flipped.emplace_back(boost::target(*e, g), boost::source(*e, g), g[*e]);
  if (flipped.empty()) return;
  boost::remove_edge_if(down, g);
  for (const auto& [a, b, data] : flipped) unite_edge(g, a, b, data);
}

}  // namespace



Vertex KnowledgeGraph::add_part(const NodeData& data) {
  stale_ = true;
  return upsert_in(raw_, raw_by_key_, data);
}

Vertex KnowledgeGraph::add_part(NodeData&& data) {
  stale_ = true;
  return upsert_in(raw_, raw_by_key_, std::move(data));
}

void KnowledgeGraph::add_part_edge(Vertex from, Vertex to, const EdgeData& data) {
  stale_ = true;
  add_relation_in(raw_, from, to, data);
}

void KnowledgeGraph::add(const extract::Article& article) {
  articles_.insert(article.id);
  std::vector<Vertex> parts;
  parts.reserve(article.entities.size());
  const std::string seen = article.date ? article.date->iso() : std::string();
  for (const auto& e : article.entities) {
    NodeData n;
    n.type = e.type;
    n.label = e.name;
    n.names[e.name] = 1;
    n.aliases.insert(e.aliases.begin(), e.aliases.end());
    n.mentions = e.mentions;
    n.sources.insert(article.id);
    if (!seen.empty()) n.seen.insert(seen);
    n.country = e.country;
    n.lat = e.lat;
    n.lon = e.lon;
    n.ordinal = e.ordinal;
    n.series = e.series;
    if (!e.key.empty()) n.keys.insert(e.key);
    parts.push_back(add_part(std::move(n)));
  }
  // Only the parts grow here: resolve() rebuilds the graph from them (keeping a second,
  // unresolved copy up to date would double the memory and the serial work per article).
  for (const auto& r : article.relations) {
    if (r.from >= parts.size() || r.to >= parts.size()) continue;
    EdgeData d;
    d.type = r.type;
    d.sources.insert(article.id);
    d.evidence.insert({article.id, r.sentence, r.evidence});
    add_part_edge(parts[r.from], parts[r.to], d);
  }
}

std::string KnowledgeGraph::node_id(Vertex v) const { return id_in(graph(), v); }

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
  std::vector<std::pair<std::string, Vertex>> ids;
  for (auto [v, end] = boost::vertices(graph()); v != end; ++v) ids.emplace_back(node_id(*v), *v);
  std::sort(ids.begin(), ids.end());
  std::vector<Vertex> out;
  out.reserve(ids.size());
  for (auto& [id, v] : ids) out.push_back(v);
  return out;
}

void KnowledgeGraph::resolve() const {
  stale_ = false;
  // Always from the parts, so that the result depends only on the articles, not on when
  // resolve() or absorb() ran. The first pass copies out of the parts, later ones move.
  auto g = std::make_unique<Graph>();
  resolve_graph(raw_, *g);
  // Merged nodes can make a link unique that was ambiguous before: repeat until stable.
  std::size_t before = boost::num_vertices(raw_);
  for (int pass = 1; pass < 4 && boost::num_vertices(*g) != before; ++pass) {
    before = boost::num_vertices(*g);
    resolve_again(g);
  }
  g_ = std::move(g);
  canonical_symmetric(*g_);
  part_of_as_named(*g_);
}

void KnowledgeGraph::absorb(const KnowledgeGraph& other) {
  articles_.insert(other.articles_.begin(), other.articles_.end());
  info_.insert(other.info_.begin(), other.info_.end());
  const Graph& og = other.raw_;
  std::vector<Vertex> map(boost::num_vertices(og));
  for (auto [v, end] = boost::vertices(og); v != end; ++v) map[*v] = add_part(og[*v]);
  for (auto [e, end] = boost::edges(og); e != end; ++e)
    add_part_edge(map[boost::source(*e, og)], map[boost::target(*e, og)], og[*e]);
  resolve();
}

std::vector<Vertex> KnowledgeGraph::part_owners() const {
  // A part's names all end up in the one node it was resolved into.
  graph();
  std::map<std::pair<EntityType, std::string_view>, Vertex> by_name;
  for (auto [v, end] = boost::vertices(*g_); v != end; ++v)
    for (const auto& [n, c] : (*g_)[*v].names) by_name[{(*g_)[*v].type, n}] = *v;
  std::vector<Vertex> out(boost::num_vertices(raw_), Graph::null_vertex());
  for (auto [p, end] = boost::vertices(raw_); p != end; ++p) {
    auto it = by_name.find({raw_[*p].type, raw_[*p].label});
    if (it != by_name.end()) out[*p] = it->second;
  }
  return out;
}

}  // namespace newsgraph::graph
