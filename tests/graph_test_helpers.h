// Test helpers for the graph's tests (graph_test, resolve_test) and the export and merge tests:
// articles assembled by hand, a resolved graph of articles, and looking nodes up by label.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
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

// A relation kind declared as a pattern file declares one; the test fails when it is refused.
inline RelationType declared(std::string_view name, EntityType from, EntityType to, bool symmetric = false) {
  const auto r = declare_relation_type(name, from, to, symmetric);
  if (const auto* error = std::get_if<std::string>(&r)) {
    ADD_FAILURE() << *error;
    return RelationType::leads;
  }
  return std::get<RelationType>(r);
}

// Kinds a user's pattern file adds: `signs` (person -> agreement), the symmetric `meets` (person
// <-> person) and `aa-mediates` (person -> agreement), declared in that order so that their values
// and their names sort differently.
struct UserKinds {
  RelationType signs = declared("signs", EntityType::person, EntityType::agreement);
  RelationType meets = declared("meets", EntityType::person, EntityType::person, true);
  RelationType mediates = declared("aa-mediates", EntityType::person, EntityType::agreement);
};

// Articles stating them: in "u1" Ann Lee signs the Lima Accord and meets Bo Kim (and leads an
// office, a built-in kind); in "u2" she signs it again, mediates it, and Bo Kim meets her (the
// same meeting, stated the other way).
inline extract::Article user_kinds_article(int which) {
  const UserKinds k;
  Doc d(which == 1 ? "u1" : "u2", extract::Date{2024, 5, which});
  const auto ann = d.person("Ann Lee"), bo = d.person("Bo Kim");
  const auto accord = d.entity(EntityType::agreement, "Lima Accord");
  d.relation(k.signs, ann, accord, 1, "Ann Lee signed the Lima Accord.");
  if (which == 1) {
    d.relation(k.meets, ann, bo, 2, "Ann Lee met Bo Kim.");
    d.relation(RelationType::leads, ann, d.entity(EntityType::agency, "Trade Office"), 3);
  } else {
    d.relation(k.mediates, ann, accord, 2);
    d.relation(k.meets, bo, ann, 3, "Bo Kim met Ann Lee.");
  }
  return d.a;
}

}  // namespace newsgraph::testing
