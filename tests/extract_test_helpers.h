// Test helpers for the extractor's tests (mentions_test, relations_test) and for tests that need
// articles as the extractor makes them (resolve_test): the built-in lexicons, one text run through
// the public Extractor, and its entities and relations as sorted strings.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace newsgraph::extract {

using Strings = std::vector<std::string>;

// The built-in lexicons, loaded once.
inline const std::shared_ptr<const Lexicon>& lexicon() {
  static const std::shared_ptr<const Lexicon> lex = [] {
    auto load = load_lexicon({}, NEWSGRAPH_SOURCE_DIR "/data/lexicon");
    if (load.error) ADD_FAILURE() << load.error->to_string();
    return load.lexicon;
  }();
  return lex;
}

// One article extracted from `text` with the built-in lexicons.
inline Article run(std::string_view text, std::string_view id = "test") {
  Extractor x(lexicon());
  return x.extract(id, text);
}

// Sorted canonical names of the entities of one type.
inline Strings names(const Article& a, EntityType type) {
  Strings out;
  for (const auto& e : a.entities)
    if (e.type == type) out.push_back(e.name);
  std::sort(out.begin(), out.end());
  return out;
}

inline const Entity* find(const Article& a, EntityType type, std::string_view name) {
  for (const auto& e : a.entities)
    if (e.type == type && e.name == name) return &e;
  return nullptr;
}

inline bool has_entity(const Article& a, EntityType type, std::string_view name) {
  return find(a, type, name) != nullptr;
}

inline bool has_alias(const Entity* e, std::string_view alias) {
  return e && std::find(e->aliases.begin(), e->aliases.end(), alias) != e->aliases.end();
}

// Sorted "from -> to" of the relations of one type.
inline Strings edges(const Article& a, RelationType type) {
  Strings out;
  for (const auto& r : a.relations)
    if (r.type == type) out.push_back(a.entities[r.from].name + " -> " + a.entities[r.to].name);
  std::sort(out.begin(), out.end());
  return out;
}

// Every relation as "type: from -> to", sorted.
inline Strings all_edges(const Article& a) {
  Strings out;
  for (const auto& r : a.relations)
    out.push_back(std::string(to_string(r.type)) + ": " + a.entities[r.from].name + " -> " + a.entities[r.to].name);
  std::sort(out.begin(), out.end());
  return out;
}

inline constexpr auto kPerson = EntityType::person;
inline constexpr auto kAgency = EntityType::agency;
inline constexpr auto kAgreement = EntityType::agreement;
inline constexpr auto kRound = EntityType::round;
inline constexpr auto kPlace = EntityType::place;
inline constexpr auto kDate = EntityType::date;

inline constexpr auto kLeads = RelationType::leads;
inline constexpr auto kHeldIn = RelationType::held_in;
inline constexpr auto kHeldOn = RelationType::held_on;
inline constexpr auto kExpires = RelationType::expires;
inline constexpr auto kMemberOf = RelationType::member_of;
inline constexpr auto kPartOf = RelationType::part_of;
inline constexpr auto kCounterpart = RelationType::counterpart_of;

}  // namespace newsgraph::extract
