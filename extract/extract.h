// newsgraph extract: turns the text of one news article into typed entities and relations.
//
// Contract
// - A Lexicon is loaded once from data files (built-in folder plus user files) and is
//   immutable afterwards; an Extractor holds a shared pointer to it.
// - Extractor::extract() is const and thread-safe: articles may be extracted in parallel.
// - Nothing here prints or exits: problems are returned as values (LoadError, Article::warnings).
// - Stages, each with its own header in this folder: normalise → sentences → tokens →
//   mentions → relations. This header is all a caller needs.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "extract/dates.h"

namespace newsgraph {

enum class EntityType : std::uint8_t { person, agency, agreement, round, place, date };
// Built-in kinds keep their enumerators; kinds declared at run time (pattern files, or read back from a
// part for `merge`) get the values after counterpart_of, in a process-wide registry (declare them before
// extraction starts; reading is thread-safe).
enum class RelationType : std::uint8_t {
  leads,           // person → agency
  held_in,         // round → place
  expires,         // agreement → date
  member_of,       // person → agency
  part_of,         // round → agreement
  held_on,         // round → date
  party_to,        // place → agreement
  counterpart_of,  // person → person (symmetric)
};

// What a relation kind joins. A symmetric kind has one edge per pair, from the smaller node id.
struct RelationSpec {
  std::string name;
  EntityType from, to;
  bool symmetric = false;
  bool builtin = true;
};

// Finds or adds the kind `name` (lower-case words joined by '-'). Error text when the name is malformed,
// when there are too many kinds, or when it exists with other end types.
std::variant<RelationType, std::string> declare_relation_type(std::string_view name, EntityType from, EntityType to,
                                                              bool symmetric = false);
const RelationSpec& relation_spec(RelationType t);  // every kind, built-in or declared
// Every kind known now, built-in ones first, then declared ones in the order they were declared.
std::vector<RelationType> relation_types();
// Orders kinds alike in every process: built-in ones by enumerator, then declared ones by name
// (their values depend on the order they were declared in, which differs between runs).
bool relation_before(RelationType a, RelationType b);

std::string_view to_string(EntityType t);
std::string_view to_string(RelationType t);  // every kind
std::optional<EntityType> entity_type_from(std::string_view s);
std::optional<RelationType> relation_type_from(std::string_view s);  // every kind

namespace extract {

// One thing named in one article, already resolved within the article.
struct Entity {
  EntityType type = EntityType::person;
  std::string name;                  // canonical name (GUIDELINES.md)
  std::vector<std::string> aliases;  // other surface forms used in the article, sorted
  int mentions = 0;                  // how many times it is mentioned
  int first_sentence = 0;            // 1-based sentence of its first mention
  std::string country;               // ISO 3166 alpha-2 of a country/city/agency, if known
  std::optional<double> lat, lon;    // coordinates of places, if known
  int ordinal = 0;                   // agreement instance or round number, 0 if none
  std::string series;                // agreement series a numbered instance or round belongs to
  std::string key;                   // people: the name as compared across spellings (Lexicon::person_key)
};

// One fact stated in one sentence of the article.
struct Relation {
  RelationType type = RelationType::leads;
  std::size_t from = 0, to = 0;  // indices into Article::entities
  int sentence = 0;              // 1-based sentence number
  std::string evidence;          // the sentence text
  std::string rule;              // the pattern (or code step) that found it first
};

// Everything extracted from one article.
struct Article {
  std::string id;                   // file stem, or "stdin"
  std::optional<Date> date;         // publication date, if the text shows it (else the metadata's)
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<std::string> warnings;  // e.g. invalid UTF-8 replaced
  std::vector<std::string> trace;     // with Extractor::set_trace: every sentence, mention, relation
};

// Error loading a data file: where and why.
struct LoadError {
  std::string file;
  int line = 0;  // 0 when the whole file is at fault
  std::string reason;
  std::string to_string() const;
};

class Lexicon;

// Loads the built-in lexicons (folder `data_dir`, or the compiled-in default when empty),
// the world cities of libgeonames, then each user file in order. Returns the first error.
struct LexiconLoad {
  std::shared_ptr<const Lexicon> lexicon;
  std::optional<LoadError> error;
};
// Then the built-in patterns (the folder `patterns` beside the lexicon folder) and `pattern_files`.
LexiconLoad load_lexicon(const std::vector<std::string>& user_files, const std::string& data_dir = "",
                         const std::vector<std::string>& pattern_files = {});
// The built-in pattern folder that goes with a lexicon folder.
std::string default_patterns_dir(const std::string& data_dir = "");

// Default folder of the built-in lexicons.
std::string default_data_dir();

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon);
  // Extracts one article. `text` may be any bytes: it is normalised first. `published` (from
  // the article's metadata) anchors relative dates when the text itself shows no publication date.
  Article extract(std::string_view id, std::string_view text, std::optional<Date> published = std::nullopt) const;
  // Records in Article::trace what each stage found (for `newsgraph build --trace`).
  void set_trace(bool on) { trace_ = on; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
  bool trace_ = false;
};

}  // namespace extract
}  // namespace newsgraph
