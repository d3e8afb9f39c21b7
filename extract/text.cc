// Names of the ontology's entity types, as written in the graph files and GUIDELINES.md
// (relation kinds: extract/relation_types.cc).
#include "extract/extract.h"

namespace newsgraph {
namespace {
constexpr std::string_view kEntityNames[] = {"person", "agency", "agreement", "round", "place", "date"};
}  // namespace

std::string_view to_string(EntityType t) { return kEntityNames[static_cast<int>(t)]; }

std::optional<EntityType> entity_type_from(std::string_view s) {
  for (int i = 0; i < 6; ++i)
    if (kEntityNames[i] == s) return static_cast<EntityType>(i);
  return std::nullopt;
}

namespace extract {
std::string LoadError::to_string() const {
  return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason;
}
}  // namespace extract

}  // namespace newsgraph
