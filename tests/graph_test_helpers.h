// Test helpers for the graph's tests (graph_test, resolve_test) and the export and merge tests:
// articles assembled by hand, a resolved graph of articles, and looking nodes up by label.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "graph/graph.h"

namespace newsgraph::testing {

using Strings = std::vector<std::string>;

// An article assembled entity by entity, so that only the graph's own rules are under test.
struct Doc {
  extract::Article a;
  explicit Doc(std::string id, std::optional<extract::Date> date = std::nullopt) {
    a.id = std::move(id);
    a.date = date;
  }
  std::size_t entity(EntityType type, std::string name, Strings aliases = {}, int mentions = 1) {
    extract::Entity e;
    e.type = type;
    e.name = std::move(name);
    e.aliases = std::move(aliases);
    e.mentions = mentions;
    a.entities.push_back(std::move(e));
    return a.entities.size() - 1;
  }
  std::size_t person(std::string name, Strings aliases = {}) {
    return entity(EntityType::person, std::move(name), std::move(aliases));
  }
  // A round with its number and agreement, as the extractor fills them.
  std::size_t round(std::string name, int ordinal, std::string series) {
    const auto i = entity(EntityType::round, std::move(name));
    a.entities[i].ordinal = ordinal;
    a.entities[i].series = std::move(series);
    return i;
  }
  extract::Entity& last() { return a.entities.back(); }
  void relation(RelationType type, std::size_t from, std::size_t to, int sentence = 1, std::string text = "") {
    extract::Relation r;
    r.type = type;
    r.from = from;
    r.to = to;
    r.sentence = sentence;
    r.evidence = text.empty() ? "sentence " + std::to_string(sentence) + " of " + a.id : std::move(text);
    a.relations.push_back(std::move(r));
  }
};

inline std::string join(const std::set<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += (out.empty() ? "" : "|") + x;
  return out;
}
inline std::string join(const graph::Sources& s) {
  std::string out;
  for (const auto x : s.sorted()) out += (out.empty() ? "" : "|") + std::string(x);
  return out;
}

// A resolved graph of the given articles.
inline graph::KnowledgeGraph build(const std::vector<extract::Article>& articles) {
  graph::KnowledgeGraph kg;
  for (const auto& a : articles) kg.add(a);
  kg.resolve();
  return kg;
}

// The node of this type and label, or null.
inline const graph::NodeData* node(const graph::KnowledgeGraph& kg, EntityType type, std::string_view label) {
  const graph::Graph& g = kg.graph();
  for (auto [v, end] = boost::vertices(g); v != end; ++v)
    if (g[*v].type == type && g[*v].label == label) return &g[*v];
  return nullptr;
}

}  // namespace newsgraph::testing
