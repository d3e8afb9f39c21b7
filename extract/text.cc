// Names of the ontology's types, as written in the graph files and GUIDELINES.md.
#include "extract/extract.h"

namespace newsgraph {
namespace {
constexpr std::string_view kEntityNames[] = {"person", "agency", "agreement", "round", "place", "date"};
constexpr std::string_view kRelationNames[] = {"leads",   "held-in", "expires",  "member-of",
                                               "part-of", "held-on", "party-to", "counterpart-of"};
}  // namespace

std::string_view to_string(EntityType t) { return kEntityNames[static_cast<int>(t)]; }
std::string_view to_string(RelationType t) { return kRelationNames[static_cast<int>(t)]; }

std::optional<EntityType> entity_type_from(std::string_view s) {
  for (int i = 0; i < 6; ++i)
    if (kEntityNames[i] == s) return static_cast<EntityType>(i);
  return std::nullopt;
}

std::optional<RelationType> relation_type_from(std::string_view s) {
  for (int i = 0; i < 8; ++i)
    if (kRelationNames[i] == s) return static_cast<RelationType>(i);
  return std::nullopt;
}

namespace extract {
std::string LoadError::to_string() const {
  return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason;
}
}  // namespace extract

}  // namespace newsgraph
