// Names of the ontology's types, as written in the graph files and GUIDELINES.md.
#include <vector>

#include "extract/extract.h"

namespace newsgraph {
namespace {
constexpr std::string_view kEntityNames[] = {"person", "agency", "agreement", "round", "place", "date"};
constexpr std::string_view kRelationNames[] = {"leads",   "held-in", "expires",  "member-of",
                                               "part-of", "held-on", "party-to", "counterpart-of"};
}  // namespace

std::string_view to_string(EntityType t) { return kEntityNames[static_cast<int>(t)]; }
std::string_view to_string(RelationType t) { return relation_spec(t).name; }

std::optional<EntityType> entity_type_from(std::string_view s) {
  for (int i = 0; i < 6; ++i)
    if (kEntityNames[i] == s) return static_cast<EntityType>(i);
  return std::nullopt;
}


// STUB until the registry lands: built-in kinds only, declared kinds appended.
namespace {
std::vector<RelationSpec>& specs() {
  static std::vector<RelationSpec> v = [] {
    using E = EntityType;
    const E ends[8][2] = {{E::person, E::agency}, {E::round, E::place}, {E::agreement, E::date},
                          {E::person, E::agency}, {E::round, E::agreement}, {E::round, E::date},
                          {E::place, E::agreement}, {E::person, E::person}};
    std::vector<RelationSpec> out;
    for (int i = 0; i < 8; ++i) out.push_back({std::string(kRelationNames[i]), ends[i][0], ends[i][1], i == 7, true});
    return out;
  }();
  return v;
}
}  // namespace
std::variant<RelationType, std::string> declare_relation_type(std::string_view name, EntityType from, EntityType to,
                                                              bool symmetric) {
  auto& v = specs();
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i].name == name) {
      if (v[i].from != from || v[i].to != to) return "relation '" + std::string(name) + "' exists with other end types";
      return static_cast<RelationType>(i);
    }
  v.push_back({std::string(name), from, to, symmetric, false});
  return static_cast<RelationType>(v.size() - 1);
}
const RelationSpec& relation_spec(RelationType t) { return specs()[static_cast<std::size_t>(t)]; }
std::optional<RelationType> relation_type_from(std::string_view s) {
  for (std::size_t i = 0; i < specs().size(); ++i)
    if (specs()[i].name == s) return static_cast<RelationType>(i);
  return std::nullopt;
}

namespace extract {
std::string LoadError::to_string() const {
  return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason;
}
}  // namespace extract

}  // namespace newsgraph
