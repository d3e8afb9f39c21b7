// Lexicons: the data that names things (countries, cities, agencies, agreements, titles,
// head words, ordinals, clutter lines, stop words), read from tab-separated files whose
// format is documented in data/lexicon/FORMAT.md. Code holds the mechanisms; the words live
// in the files so that users can extend them with --lexicon.
//
// A Lexicon is built once (Builder), then immutable and safe to share between threads.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/extract.h"
#include "extract/patterns.h"
#include "extract/phrase_index.h"
#include "extract/tokens.h"

namespace newsgraph::extract {

enum class LexKind : std::uint8_t {
  country, region, city, venue, agency, agreement, title, ministry,
  orghead, agreementhead, ordinal, clutter, stopword, variant, placehead, nonname, words
};
std::optional<LexKind> lex_kind_from(std::string_view s);

// The word classes the recognisers read (`words` lines of data/lexicon/words.tsv). Each must be
// in the lexicon: a missing one is a load error naming it (words_class_name gives the name).
#define NEWSGRAPH_WORD_CLASSES(X)                                                              \
  X(scheduled_for, "cue:scheduled-for")                                                           \
  X(held_verbs, "verb:held")                                                                      \
  X(talk_words, "noun:talks")                                                                     \
  X(place_prepositions, "prep:place")                                                             \
  X(head_words, "noun:head")                                                                      \
  X(after_appositive, "cue:after-appositive")                                                     \
  X(group, "noun:group")                                                                          \
  X(joined, "verb:joined")                                                                        \
  X(negotiating, "cue:negotiating")                                                               \
  X(rulers, "noun:ruler")                                                                         \
  X(sent_to, "noun:sent-to")                                                                      \
  X(roles, "noun:role")                                                                           \
  X(head_roles, "noun:head-role")                                                                 \
  X(career_between, "cue:career-between")                                                         \
  X(head_of, "noun:head-of")                                                                      \
  X(ends_appositive, "verb:ends-appositive")                                                      \
  X(deputy, "mod:deputy")                                                                         \
  X(role_parts, "mod:role")                                                                       \
  X(clause_breaks, "conj:clause-break")                                                           \
  X(met_with, "verb:met-with")                                                                    \
  X(delegations_plural, "noun:delegations")                                                       \
  X(photo, "noun:photo")                                                                          \
  X(representing, "verb:representing")                                                            \
  X(meet_here, "verb:meet-here")                                                                  \
  X(not_meeting_date, "cue:not-meeting-date")                                                     \
  X(goes_on, "cue:goes-on")                                                                       \
  X(meet_verbs, "verb:meet")                                                                      \
  X(open, "verb:open")                                                                            \
  X(visited, "verb:visited")                                                                      \
  X(usually, "adv:usually")                                                                       \
  X(before_subject, "cue:before-subject")                                                         \
  X(began, "verb:began")                                                                          \
  X(run_verbs, "verb:run")                                                                        \
  X(meetings, "noun:meetings")                                                                    \
  X(expiry_between, "cue:expiry-between")                                                         \
  X(connectors, "name:connector")                                                                 \
  X(person_before, "cue:person-before")                                                           \
  X(not_appositive, "cue:not-appositive")                                                         \
  X(report_verbs, "verb:report")                                                                  \
  X(captives, "noun:captive")                                                                     \
  X(session_series, "abbr:session")                                                               \
  X(round_words, "noun:round")                                                                    \
  X(talks_nouns, "noun:talks-plural")                                                             \
  X(meeting_one, "noun:meeting-one")                                                              \
  X(meet_again, "verb:meet-again")                                                                \
  X(be_finite, "verb:be-finite")                                                                  \
  X(aux_past, "verb:aux-past")                                                                    \
  X(meetings_listed, "noun:meetings-listed")                                                      \
  X(earlier, "mod:earlier")                                                                       \
  X(few, "num:few")                                                                               \
  X(talks_core, "noun:talks-core")                                                                \
  X(started, "verb:started")                                                                      \
  X(before_meeting_date, "cue:before-meeting-date")                                               \
  X(meeting_now, "verb:meeting-now")                                                              \
  X(be_present, "verb:be-present")                                                                \
  X(periods, "noun:period")                                                                       \
  X(adjacent, "mod:adjacent")                                                                     \
  X(meeting_relative, "mod:meeting-relative")                                                     \
  X(event_names, "noun:event-name")                                                               \
  X(rounds_plural, "noun:rounds-plural")                                                          \
  X(talk_parts, "noun:talk-part")                                                                 \
  X(numbered_meetings, "noun:numbered-meeting")                                                   \
  X(agreements_plural, "noun:agreements-plural")                                                  \
  X(negotiating_mod, "mod:negotiating")                                                           \
  X(delegation_heads, "noun:delegation-head")                                                     \
  X(side_words, "noun:side")                                                                      \
  X(government_levels, "mod:government-level")                                                    \
  X(governments, "noun:government")                                                               \
  X(place_parts, "noun:place-part")                                                               \
  X(compass_points, "name:compass-point")                                                         \
  X(credit_verbs, "cue:credit-verb")                                                              \
  X(not_round_descriptors, "cue:not-round-descriptor")                                            \
  X(round_modifiers, "mod:round")                                                                 \
  X(location_prepositions, "prep:location")                                                       \
  X(generic_agreement_words, "noun:agreement-generic")                                            \
  X(no_modifier, "cue:no-agreement-modifier")                                                     \
  X(agreement_modifiers, "mod:agreement")                                                         \
  X(met, "verb:met")                                                                              \
  X(not_goods, "cue:not-goods")                                                                   \
  X(phrase_ends, "cue:goods-phrase-end")                                                          \
  X(visit, "verb:visit")                                                                          \
  X(leave, "verb:leave")                                                                          \
  X(events, "noun:event")                                                                         \
  X(settlements, "noun:settlement")                                                               \
  X(compass, "name:compass")                                                                      \
  X(meeting_names, "name:meeting")                                                                \
  X(buildings, "name:building")                                                                   \
  X(hosting, "cue:hosting")                                                                       \
  X(agreement_nouns, "noun:agreement")                                                            \
  X(compound_tails, "name:compound-tail")                                                         \
  X(lower_bodies, "noun:lower-body")                                                              \
  X(place_qualifiers, "name:place-qualifier")                                                     \
  X(place_nouns, "noun:place")                                                                    \
  X(current, "mod:current")                                                                       \
  X(agreement_type_words, "name:agreement-type")                                                  \
  X(made, "verb:made-agreement")                                                                  \
  X(deal_words, "noun:talks-or-deal")                                                             \
  X(member_groups, "noun:member-group")                                                           \
  X(state_styles, "name:state-style")                                                             \
  X(chief, "mod:chief")                                                                           \
  X(arrive, "verb:arrive")                                                                        \
  X(venue_kinds, "mod:venue")                                                                     \
  X(pair_determiners, "det:pair")                                                                 \
  X(side_nouns, "noun:sides")                                                                     \
  X(owner_prepositions, "prep:delegation-owner")                                                  \
  X(delegation_anaphors, "noun:delegation-anaphor")                                               \
  X(negotiator_nouns, "noun:negotiator")                                                          \
  X(delegation_modifiers, "mod:delegation")                                                       \
  X(other_event, "cue:other-event")                                                               \
  X(sides_people, "noun:sides-people")                                                            \
  X(given_titles, "name:given-title")                                                             \
  X(given_names, "name:given")                                                                    \
  X(past_irregular, "verb:past-irregular")                                                        \
  X(planned_ed, "verb:planned-ed")                                                                \
  X(participle_before, "cue:participle-before")                                                   \
  X(past_date_prepositions, "prep:past-date")                                                     \
  X(header_date_skip, "cue:header-date-skip")                                                     \
  X(published, "verb:published")                                                                  \
  X(prose_date_prepositions, "prep:date-in-prose")                                                \
  X(day_ordinals, "abbr:day-ordinal")                                                             \
  X(day_range, "prep:day-range")                                                                  \
  X(weekday_range, "prep:weekday-range")                                                          \
  X(runs_until_prepositions, "prep:runs-until")                                                   \
  X(runs_until_verbs, "verb:runs-until")                                                          \
  X(not_year_before, "cue:not-year-before")                                                       \
  X(not_year_abbrev, "abbr:not-year-before")                                                      \
  X(counted, "noun:counted")                                                                      \
  X(date_part_of, "noun:date-part-of")                                                            \
  X(early_late, "mod:date-early-late")                                                            \
  X(date_ordinals, "mod:date-ordinal")                                                            \
  X(date_parts, "noun:date-part")                                                                 \
  X(month_prepositions, "prep:month")                                                             \
  X(may_prepositions, "prep:may")                                                                 \
  X(month_list, "conj:month-list")                                                                \
  X(weekday_short, "prep:weekday-short")                                                          \
  X(named_days, "mod:named-day")                                                                  \
  X(dispute_words, "noun:dispute")                                                                \
  X(plenary_bodies, "noun:plenary-body")                                                          \
  X(sitting_bodies, "noun:sitting-body")

enum class Words : std::uint8_t {
#define NEWSGRAPH_WORDS_ENUM(id, name) id,
  NEWSGRAPH_WORD_CLASSES(NEWSGRAPH_WORDS_ENUM)
#undef NEWSGRAPH_WORDS_ENUM
};
inline constexpr std::size_t kWordClassCount = 0
#define NEWSGRAPH_WORDS_COUNT(id, name) +1
    NEWSGRAPH_WORD_CLASSES(NEWSGRAPH_WORDS_COUNT)
#undef NEWSGRAPH_WORDS_COUNT
    ;
std::string_view words_class_name(Words w);


struct LexEntry {
  LexKind kind = LexKind::country;
  std::string name;
  std::vector<std::string> aliases;
  std::map<std::string, std::string, std::less<>> attrs;
  std::uint32_t population = 0;  // cities from geonames
  // The value of `key`, "" if absent. A reference: extraction asks for attributes of every
  // lexicon match, and a copy each time was a measurable share of its allocations.
  const std::string& attr(std::string_view key) const;
  std::vector<std::string> attr_list(std::string_view key) const;  // value split on '|'
  // The `lat` and `lon` attributes as numbers (as atof reads them), when both are set.
  std::optional<std::pair<double, double>> coordinates() const;
};

class Lexicon {
 public:
  const std::vector<LexEntry>& entries() const { return entries_; }
  const LexEntry& entry(std::uint32_t i) const { return entries_[i]; }

  // All entries whose name or an alias matches tokens[pos...] with the longest length.
  std::vector<LexMatch> longest(const std::vector<Token>& tokens, std::size_t pos) const;
  // Every match starting at tokens[pos], of any length.
  std::vector<LexMatch> matches(const std::vector<Token>& tokens, std::size_t pos) const;
  // The longest of `matches`, one per entry (what longest() returns).
  static std::vector<LexMatch> longest_of(const std::vector<LexMatch>& matches);
  // Entries of one kind matching exactly the whole phrase (case rules as in matching).
  std::optional<std::uint32_t> find(LexKind kind, std::string_view phrase) const;

  // Country entry by ISO code, by demonym adjective ("Korean"; also agencies with an `adj`
  // attribute, such as the EU), or whose capital is `city`.
  std::optional<std::uint32_t> country_by_code(std::string_view code) const;
  std::optional<std::uint32_t> country_by_adjective(std::string_view adj) const;
  std::optional<std::uint32_t> country_by_capital(std::string_view city) const;
  // The number an ordinal word or form stands for ("tenth", "10th", "inaugural"), 0 if none.
  int ordinal(std::string_view word) const;
  bool is_clutter_line(std::string_view line) const;
  bool is_stopword(std::string_view word) const;
  bool is_orghead(std::string_view word) const;
  // A capitalised head word of organisations in a name ("Foreign Office", "Ministry of …"): the
  // name is an institution's, not a proper name such as "Hamas".
  bool names_a_body(std::string_view name) const;
  // A word that ends a venue's name, in any case ("Palace", "hotel"), or with `first` one that
  // starts it ("Camp"): placehead lines with venue=yes or venue=only.
  bool is_venuehead(std::string_view word, bool first = false) const;
  bool is_agreementhead(std::string_view word) const;
  // A capitalised common word that is never part of a person's name ("Draft", "Rights").
  bool is_nonname(std::string_view word) const;
  // A word (or words: "Convention Center") that makes a capitalised span a place: last ("Teesta
  // River", "Galwan Valley") or, with first=true, first ("Camp Aguinaldo", "Mount Everest").
  bool is_placehead(std::string_view word, bool first) const;
  // A word class by name (`words` lines: "verb:lead" → led, heads …), as the patterns ask for
  // it; nullptr if no line names the class.
  const WordSet* word_class(std::string_view name) const;
  // A built-in word class, as the code asks for it (empty if the lexicon lacks it: load_lexicon
  // refuses that).
  const WordSet& words(Words w) const { return word_sets_[static_cast<std::size_t>(w)]; }
  // The fact patterns (built-in and user files), set once by load_lexicon.
  const PatternSet& patterns() const { return *patterns_; }
  void set_patterns(std::shared_ptr<const PatternSet> p) { patterns_ = std::move(p); }
  // "Foreign Affairs" for "foreign", "" if the word names no ministry.
  std::string ministry_for(std::string_view adjective) const;
  // A person name in the form names are compared in: lower case, no hyphens, each word in its
  // reference romanisation ("Chung Eun-bo" → "jeong eunbo").
  std::string person_key(std::string_view name) const;
  // Canonical delegation adjective of a country ("U.S.", "South Korean", "EU").
  std::string delegation_adjective(std::uint32_t country) const;

  class Builder;

 private:
  std::vector<LexEntry> entries_;
  PhraseIndex phrases_;  // names and aliases of the entries that name things, and titles
  // Exact-match sets looked up with string_view keys (no allocation per lookup).
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  struct ViewEqual {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
  };
  std::unordered_map<std::string, std::uint32_t, ViewHash, ViewEqual> country_code_;  // asked per mention pair
  std::unordered_set<std::string, FoldHash, FoldEqual> clutter_;
  std::unordered_set<std::string, ViewHash, ViewEqual> stopwords_;
  std::unordered_set<std::string, FoldHash, FoldEqual> orgheads_, agreementheads_, venueheads_last_,
      venueheads_first_;
  std::unordered_set<std::string, ViewHash, ViewEqual> nonnames_, placeheads_last_, placeheads_first_;
  std::unordered_map<std::string, std::uint32_t, FoldHash, FoldEqual> country_adj_, country_capital_;
  std::unordered_map<std::string, int, FoldHash, FoldEqual> ordinals_;
  std::unordered_map<std::string, std::string, FoldHash, FoldEqual> ministries_;
  std::unordered_map<std::string, std::string> variants_;  // lower-case spelling → reference
  std::map<std::pair<LexKind, std::string>, std::uint32_t> by_name_;
  // Every word class once: the built-in ones first, in the order of Words; name → index.
  std::vector<WordSet> word_sets_ = std::vector<WordSet>(kWordClassCount);
  std::map<std::string, std::uint32_t, std::less<>> word_class_ids_;
  std::shared_ptr<const PatternSet> patterns_ = std::make_shared<PatternSet>();
};

class Lexicon::Builder {
 public:
  // Adds every line of a lexicon file; returns an error naming the line at fault.
  std::optional<LoadError> add_file(const std::string& path);
  std::optional<LoadError> add_text(std::string_view text, const std::string& origin);
  // Merges with an earlier entry of the same kind and name: aliases are united; attributes
  // replace earlier ones when `override` (user files), else only fill gaps (geonames).
  void add(LexEntry entry, bool override = true);
  Lexicon build() &&;

 private:
  Lexicon lex_;
};

}  // namespace newsgraph::extract
