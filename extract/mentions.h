// Stage 4: mentions — the named things of each sentence, typed, with a canonical name.
//
// Recognisers work on tokens, in this order, each claiming the tokens it covers (each family of
// rules is a class in its own extract/recognise_*.cc; extract/recognise_view.h says how they stack):
//   dates (extract/dates.h) → rounds ("the 10th round", "Round 9", "the next round") →
//   delegations ("the Korean delegation", "Japan's negotiating team", "the delegation" just
//   named) → embassies → ministries ("the foreign ministry" → "Ministry of Foreign Affairs of
//   <country>") → lexicon entries, longest match → capitalised spans typed by head words
//   (Ministry, Agreement, Valley …; a common word such as "Draft" or a department's word makes no
//   name) and person cues (a title before, the name patterns of data/patterns/people.pat — an
//   appositive, a speech or lead verb after, a credit — a name shape such as "Chang Won-sam",
//   coordination with a known person) → short references to things named before (surname,
//   defined abbreviation, "the North").
// A name-shaped span without a cue waits (SentenceMentions::pending) until the whole article is
// read: it becomes a person if a cue for it, or its full name, turns up anywhere.
// Capital cities are the country ("Seoul and Washington are deadlocked", "Seoul's share") unless
// a location is meant ("talks in Seoul", "visited Seoul", a dateline "SEOUL, Jan. 24").
// Rounds and generic agreement references ("the current deal") get their final names at the
// article level (extract/article_*.cc, run by extractor.cc), once the article's agreement is known.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/tokens.h"

namespace newsgraph::extract {

// How a round is referred to: by number ("the 10th round"), relative to others ("the next
// round"), back to one just named ("this round"), or by its place ("talks in Washington").
enum class RoundRef : std::uint8_t { none, numbered, relative, anaphor, place_talks };
enum class AgreementRef : std::uint8_t { named, generic };

struct Mention {
  EntityType type = EntityType::person;
  std::string name;      // canonical name ("" for rounds until the article is resolved)
  std::string surface;   // as written, without a leading "the"
  std::uint32_t tok_begin = 0, tok_end = 0;  // token range in the sentence
  std::string country;   // ISO code (places, delegations, ministries)
  std::optional<double> lat, lon;
  int ordinal = 0;       // agreement instance, round number
  std::string series;    // agreement series name (agreements, rounds)
  RoundRef round = RoundRef::none;
  AgreementRef agreement = AgreementRef::named;
  std::string modifier;  // "current", "new", "next", "last" … for generic and relative references
  bool government = false;   // a place used for its government ("Seoul said")
  bool delegation = false;   // an agency that is a delegation
  bool outlet = false;       // a news outlet
  bool alias_only = false;   // the surface is not a useful alias (pronoun-like references)
  Date date;             // dates
  int title = -1;        // people: lexicon entry of the title written before the name
  std::uint32_t title_begin = 0;  // token where that title (with its country adjective) starts
  std::string_view rule;  // the mention pattern that found it ("" for the recognisers), for --trace
};

// Words a cue pattern found that tell a fact the code completes ("expires" for the expiry step).
struct Cue {
  std::string_view kind;  // one of kCueKinds (extract/patterns.h)
  std::uint32_t begin = 0, end = 0;
  std::string_view rule;  // the pattern
};

struct SentenceMentions {
  int index = 0;                 // 1-based sentence number
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;  // sorted by tok_begin
  std::vector<Cue> cues;          // in pattern order
  // The patterns indexed by a word of this sentence, found once by PatternSet::candidates: as bits
  // (bit p: pattern p), and where, as (pattern, token) in that order.
  struct PatternWords {
    std::vector<std::uint64_t> bits;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> at;
  };
  mutable std::optional<PatternWords> pattern_words;
  bool byline = false;            // "By A, B and C": the people are the article's authors
  bool headline = false;          // a title-case headline: its capitalised words need not be names
  std::optional<std::vector<DateMention>> dates;  // found once
  struct Pending {
    std::uint32_t begin, end;  // token range
    std::string name;
  };
  std::vector<Pending> pending;  // name-shaped spans with no person cue yet (see resolve_pending)
};

// What the article has told so far; recognisers read and update it sentence by sentence.
struct ArticleContext {
  const Lexicon* lex = nullptr;
  std::optional<Date> date;                      // publication date
  std::string dateline_country;                  // ISO code of the dateline's city, if any
  std::string dateline_city;                     // the dateline's city ("here" in the text)
  std::set<std::string> people;                  // full person names found with evidence
  std::map<std::string, Mention> abbreviations;  // "SMA" → the mention it stands for
  std::map<std::string, std::string> initials;   // "JRC" → the body named "Joint River Commission" ("" if two)
  std::map<std::string, std::string> ministries; // ministry name ("Foreign Affairs") → canonical of last seen
  std::set<std::string> countries_seen;          // ISO codes of countries named in the article
  std::map<std::string, int> country_counts;     // ISO code → mentions
  std::string legislature;                       // the last legislature named ("European Parliament")
  std::map<std::string, int> actor_counts;       // ISO code → mentions not as a location ("talks in X")
  std::map<std::string, int> adjective_counts;   // ISO code → its adjective written ("the Syrian parties")
  std::set<std::string> name_candidates;         // name-shaped spans seen without a cue ("Michel Barnier")
  std::set<std::string> surname_cues;            // one-word names with a cue ("Barnier told reporters")
  std::map<std::string, std::string> person_country;  // person → ISO code of a title's country ("U.S. President X")
  // The delegations named so far → ISO code, and the last one with its sentence: what "the
  // delegation" with no owner refers to.
  std::map<std::string, std::string> delegations;
  struct Named {
    std::string name, code;
    int sentence = 0;
  } last_delegation;
};

// After all sentences: a name-shaped span whose last word is used alone with a person cue elsewhere
// ("Michel Barnier heads …", "Barnier told reporters") is a person too, if that word names one
// candidate only.
void promote_candidates(ArticleContext& ctx);

// After all sentences: a country's own body named by a bare alias (no word of the country in it:
// "the Foreign Office", "FO") in an article that never names that country is another country's
// body of the same name ("the Foreign Office" of Pakistan), not the one the lexicon knows: no
// mention.
void drop_bodies_of_unnamed_countries(const ArticleContext& ctx, std::vector<SentenceMentions>& sentences);


// Finds the mentions of one sentence; grows ctx.people with the names that carry a person cue
// (title, appositive, speech or lead verb, name shape).
void find_mentions(ArticleContext& ctx, SentenceMentions& s);
// Once every sentence is read: the pending names of a sentence that turned out to be people
// (named in full elsewhere, or promoted) become person mentions.
void resolve_pending(const ArticleContext& ctx, SentenceMentions& s);
// The full name of a person of the article that `name` is a short form of, or "".
std::string known_person(const ArticleContext& ctx, const std::string& name);

// "1st", "2nd", "10th" …
std::string ordinal_suffix(int n);

// The country as a ministry's name carries it: "Ministry of Foreign Affairs of <this>". The short
// name ("Greece", "the United States"), or the lexicon's `ministries` form where a government
// styles its ministries with the official name ("the Republic of Korea").
std::string ministry_country(const LexEntry& country);
// A country's short name as it reads after "of": "the United States", "Iraq".
std::string with_article(const LexEntry& country);

}  // namespace newsgraph::extract
