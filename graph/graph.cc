#include "graph/graph.h"

#include <algorithm>
#include <cctype>

#include "graph/resolve.h"

namespace newsgraph::graph {

std::string name_key(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool space = false;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word != "the") {
      if (!out.empty()) out += ' ';
      out += word;
    }
    word.clear();
  };
  for (char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\n' || c == '\t') { space = true; continue; }
    if (c < 0x80 && !std::isalnum(c)) continue;  // punctuation and symbols vanish, as in the scorer
    if (space) { flush(); space = false; }
    word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  flush();
  return out;
}

void merge_into(NodeData& into, const NodeData& from) {
  for (const auto& [n, c] : from.names) into.names[n] += c;
  into.aliases.insert(from.aliases.begin(), from.aliases.end());
  into.mentions += from.mentions;
  into.sources.insert(from.sources.begin(), from.sources.end());
  into.seen.insert(from.seen.begin(), from.seen.end());
  if (into.country.empty()) into.country = from.country;
  if (!into.lat && from.lat) { into.lat = from.lat; into.lon = from.lon; }
  if (!into.ordinal) into.ordinal = from.ordinal;
  if (into.series.empty()) into.series = from.series;
  into.keys.insert(from.keys.begin(), from.keys.end());
}

void merge_into(NodeData& into, NodeData&& from) {
  for (const auto& [n, c] : from.names) into.names[n] += c;
  into.aliases.merge(from.aliases);
  into.mentions += from.mentions;
  into.sources.merge(from.sources);
  into.seen.merge(from.seen);
  if (into.country.empty()) into.country = std::move(from.country);
  if (!into.lat && from.lat) { into.lat = from.lat; into.lon = from.lon; }
  if (!into.ordinal) into.ordinal = from.ordinal;
  if (into.series.empty()) into.series = std::move(from.series);
  into.keys.merge(from.keys);
}

void choose_label(NodeData& node) {
  // People, rounds and agreements take their fullest name ("Donald Trump" over "Trump",
  // "Round 1 of 10th ..." over "Round 1 of ..."); other things the name most articles use.
  const bool fullest = node.type == EntityType::person || node.type == EntityType::round ||
                       node.type == EntityType::agreement;
  const std::string* best = nullptr;
  int best_count = -1;
  for (const auto& [n, c] : node.names) {
    bool better;
    // A round's number names it better than its place ("Round 1 of …" over "Honolulu round of …").
    const bool numbered = node.type == EntityType::round && n.rfind("Round ", 0) == 0;
    const bool best_numbered = best && node.type == EntityType::round && best->rfind("Round ", 0) == 0;
    if (!best) better = true;
    else if (numbered != best_numbered) better = numbered;
    else if (fullest && n.size() != best->size()) better = n.size() > best->size();
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

Vertex KnowledgeGraph::upsert(const NodeData& data) {
  const auto key = std::make_pair(data.type, name_key(data.label));
  auto it = by_key_.find(key);
  if (it != by_key_.end()) {
    merge_into(g_[it->second], data);
    choose_label(g_[it->second]);
    return it->second;
  }
  Vertex v = boost::add_vertex(data, g_);
  if (g_[v].names.empty()) g_[v].names[data.label] = 1;
  choose_label(g_[v]);
  by_key_.emplace(key, v);
  return v;
}

void KnowledgeGraph::add_edge(Vertex from, Vertex to, const EdgeData& data) {
  for (auto [e, end] = boost::out_edges(from, g_); e != end; ++e) {
    if (boost::target(*e, g_) == to && g_[*e].type == data.type) {
      g_[*e].sources.insert(data.sources.begin(), data.sources.end());
      g_[*e].evidence.insert(data.evidence.begin(), data.evidence.end());
      return;
    }
  }
  boost::add_edge(from, to, data, g_);
}

void KnowledgeGraph::add(const extract::Article& article) {
  articles_.insert(article.id);
  std::vector<Vertex> local;
  local.reserve(article.entities.size());
  for (const auto& e : article.entities) {
    NodeData n;
    n.type = e.type;
    n.label = e.name;
    n.names[e.name] = 1;
    n.aliases.insert(e.aliases.begin(), e.aliases.end());
    n.mentions = e.mentions;
    n.sources.insert(article.id);
    if (article.date) n.seen.insert(article.date->iso());
    n.country = e.country;
    n.lat = e.lat;
    n.lon = e.lon;
    n.ordinal = e.ordinal;
    n.series = e.series;
    if (!e.key.empty()) n.keys.insert(e.key);
    local.push_back(upsert(n));
  }
  for (const auto& r : article.relations) {
    if (r.from >= local.size() || r.to >= local.size()) continue;
    EdgeData d;
    d.type = r.type;
    d.sources.insert(article.id);
    d.evidence.insert({article.id, r.sentence, r.evidence});
    Vertex a = local[r.from], b = local[r.to];
    if (r.type == RelationType::counterpart_of && node_id(b) < node_id(a)) std::swap(a, b);
    if (a != b) add_edge(a, b, d);
  }
}

std::string KnowledgeGraph::node_id(Vertex v) const {
  std::string key = name_key(g_[v].label);
  std::replace(key.begin(), key.end(), ' ', '-');
  return std::string(to_string(g_[v].type)) + ":" + key;
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
  std::vector<std::pair<std::string, Vertex>> ids;
  for (auto [v, end] = boost::vertices(g_); v != end; ++v) ids.emplace_back(node_id(*v), *v);
  std::sort(ids.begin(), ids.end());
  std::vector<Vertex> out;
  out.reserve(ids.size());
  for (auto& [id, v] : ids) out.push_back(v);
  return out;
}

void KnowledgeGraph::resolve() {
  // Merged nodes can make a link unique that was ambiguous before: repeat until stable.
  for (int pass = 0; pass < 4; ++pass) {
    const auto before = boost::num_vertices(g_);
    g_ = resolve_graph(std::move(g_));
    if (boost::num_vertices(g_) == before) break;
  }
  by_key_.clear();
  for (auto [v, end] = boost::vertices(g_); v != end; ++v)
    by_key_[{g_[*v].type, name_key(g_[*v].label)}] = *v;
}

void KnowledgeGraph::absorb(const KnowledgeGraph& other) {
  articles_.insert(other.articles_.begin(), other.articles_.end());
  const Graph& og = other.g_;
  std::vector<Vertex> map(boost::num_vertices(og));
  for (auto [v, end] = boost::vertices(og); v != end; ++v) map[*v] = upsert(og[*v]);
  for (auto [e, end] = boost::edges(og); e != end; ++e)
    add_edge(map[boost::source(*e, og)], map[boost::target(*e, og)], og[*e]);
  resolve();
}

}  // namespace newsgraph::graph
