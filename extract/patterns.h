// Fact patterns as data: each pattern is a sequence of token conditions read from a pattern file
// (data/patterns/*.pat, user files with --patterns; format in data/patterns/FORMAT.md), with what
// it emits — a relation between two of its captures, or a mention — and example sentences that
// must and must not match (the test suite runs them all).
//
// A PatternSet is built once with the lexicon (it resolves word classes such as `verb:lead` or
// `title:head` against it) and is immutable afterwards. Matching is by backtracking over the
// tokens and mentions of one sentence; each pattern is indexed by the words and mention types it
// cannot match without, so a sentence is tried only against the few patterns that can match.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "extract/extract.h"
#include "extract/tokens.h"

namespace newsgraph::extract {

class Lexicon;

// One token condition, possibly repeated (min..max), possibly a group of alternatives.
struct PatternItem {
  enum class Kind : std::uint8_t {
    words,    // one of `words` (literals and word classes expanded), any case
    title,    // a title phrase of the lexicon, of role `role` ("" = any)
    ordinal,  // an ordinal word or form ("tenth", "10th")
    mention,  // a mention of type `type` starting here (the whole mention is consumed)
    delegation,  // an agency mention that is a delegation ("the Peruvian delegation", "Japan's team")
    start,    // the start of the sentence (matches no token)
    country,  // a country: a place mention that is one, a delegation, or an adjective ("U.S.")
    cap,      // a capitalised word
    num,      // a number
    word,     // any word
    any,      // any token
    gap,      // up to `max` tokens of any kind but ';' (as few as possible)
    group,    // one of `alternatives`, each a sequence
    name,     // the capitalised span a recogniser is judging (name patterns: PatternSet::name_pattern)
  };
  Kind kind = Kind::any;
  WordSet words;  // lower case, once each
  std::string role;
  EntityType type = EntityType::person;
  int capture = -1;  // index into Pattern::captures, -1 for none
  int min = 1, max = 1;
  bool negated = false;  // `!COND`: the token here is not COND (or there is none); consumes nothing
  std::vector<std::vector<PatternItem>> alternatives;
};

// A relation's end or a mention's span: a capture, optionally as the delegation of its country.
struct PatternEnd {
  int capture = -1;
  bool delegation = false;
};

// What a pattern yields: relations between captures; mentions over unclaimed words; or cues,
// the words that tell a fact the code completes (an expiry verb, whose agreement and date the
// expiry step finds around it), so that the phrasings live here even where finding the ends
// takes more than a pattern; or, for a pattern holding `NAME`, that the capitalised span there
// names a person (the words around a name that say so: "said X.", "his counterpart X").
enum class PatternOutput : std::uint8_t { relation, mention, cue, name };

// The cue kinds the code reads (a user pattern may add phrasings for them).
// "lead": an active verb of leading (the leads step takes the person before it and the body after);
// "led-by": a passive one ending where the leader's description or name starts.
// "negotiator", "represents": a word making the person near it head of a side's delegation (the
// side before a negotiator's word; after "represents" when the person comes first).
// "career": a verb telling a person's career, the person before it; "career-start": "Before joining"
// opening a sentence, the person after the body.
inline constexpr std::string_view kCueKinds[] = {"expiry", "venue",  "host",       "travel",     "members",
                                                 "chief-delegate", "lead", "led-by", "speech", "negotiator",
                                                 "represents",     "career", "career-start"};

// When a pattern runs on a sentence: mention patterns over what the recognisers left; then cues;
// then relations. Name patterns run when the person recogniser asks about one span (name_pattern).
enum class PatternStage : std::uint8_t { mentions, cues, relations, names };
inline constexpr int kPatternStages = 4;

struct PatternEmit {
  RelationType type = RelationType::leads;  // relations
  PatternEnd from, to;                      // mentions and cues: `from` is the span
  EntityType mention = EntityType::person;  // mentions
  std::string_view cue;                     // cues: one of kCueKinds
};

struct PatternExample {
  std::string text;
  bool matches = true;                // `example` (true) or `never` (false)
  std::vector<std::string> expected;  // "leads Ana Lopez -> Canadian delegation", "AGENCY Nile Basin Council"
  int line = 0;
};

struct Pattern {
  std::string name;
  std::string file;
  int line = 0;
  std::vector<PatternItem> items;
  std::vector<std::string> captures;  // names, by index
  std::vector<PatternEmit> emits;
  std::vector<PatternExample> examples;
  PatternOutput output = PatternOutput::relation;  // one kind per pattern
};

// A match of one pattern in one sentence: per capture, the token ranges it bound (a capture
// inside a repeated group binds once per repetition: "led by A, B and C").
struct PatternMatch {
  std::size_t begin = 0, end = 0;
  struct Bound {
    std::uint32_t begin, end;
    int mention;  // index into the sentence's mentions, -1 for plain tokens
  };
  std::vector<std::vector<Bound>> captures;
};

struct SentenceMentions;

class PatternSet {
 public:
  // Parses one pattern file; word classes and relation kinds are resolved against `lex`.
  std::optional<LoadError> add_file(const std::string& path, const Lexicon& lex);
  std::optional<LoadError> add_text(std::string_view text, const std::string& origin, const Lexicon& lex);

  const std::vector<Pattern>& patterns() const { return patterns_; }
  bool empty() const { return patterns_.empty(); }

  // A pattern of one match line and nothing else (to try conditions out), or the reason it is wrong.
  static std::variant<Pattern, std::string> compile(std::string_view match_line, const Lexicon& lex);

  static PatternStage stage_of(const Pattern& p);
  // The patterns of one stage worth trying on a sentence (by their index words and mention
  // types), in file order.
  void candidates(const SentenceMentions& s, PatternStage stage, std::vector<std::uint32_t>& out) const;
  // The match of pattern `p` from each token where one starts, leftmost first (matches may overlap:
  // "in A in B" marks both places).
  std::vector<PatternMatch> match(const Pattern& p, const SentenceMentions& s, const Lexicon& lex) const;
  // The same for this set's pattern number `pi`, once candidates() has seen the sentence (its
  // index words tell where the pattern can start).
  std::vector<PatternMatch> match(std::uint32_t pi, const SentenceMentions& s, const Lexicon& lex) const;
  // The first name pattern (in file order) whose `NAME` matches tokens [b, e) of the sentence
  // exactly, with its context around; "" when none does.
  std::string_view name_pattern(const SentenceMentions& s, std::size_t b, std::size_t e, const Lexicon& lex) const;

  // A pattern's anchor: the first required word or mention condition (looking into a required
  // group of one alternative), which every match holds between `lo` and `hi` tokens after its
  // start; matching starts only where that window holds it. `need`: when the anchor is a word
  // condition, its number among the set's needs (whose tokens candidates() found), else -1.
  struct Anchor {
    const PatternItem* item = nullptr;
    std::size_t lo = 0, hi = 0;
    int need = -1;
  };

 private:
  std::vector<Pattern> patterns_;
  // The index: what each pattern needs in a sentence to match at all — mention types, and word
  // conditions (numbered across the set: "needs") — and which needs each word meets. A sentence's
  // needs met are found once (as bits); a pattern is tried only where all of its own are.
  using Bits = std::vector<std::uint64_t>;
  struct Needs {
    std::vector<std::uint32_t> words;
    unsigned types = 0;  // bit t: a mention of EntityType t
  };
  std::vector<Needs> needs_;
  std::uint32_t need_count_ = 0;
  std::vector<bool> anchor_need_;  // needs that are a pattern's anchor: candidates() keeps their tokens
  // Which needs each word meets: an open-addressing table probed with the token's fold_hash
  // (slots_: index + 1 into words_, 0 empty; a power of two, at most half full).
  struct IndexWord {
    std::string word;  // lower case
    std::uint64_t hash = 0;
    std::vector<std::uint32_t> needs;
  };
  std::vector<IndexWord> words_;
  std::vector<std::uint32_t> slots_;
  const IndexWord* word_of(const Token& t) const;
  Bits by_stage_[kPatternStages];  // bit p: pattern p runs at that stage
  std::vector<Anchor> anchors_;  // per pattern (items of patterns_, set again when patterns are added)
  // per pattern: the tokens [lo, hi] its items before NAME cover (name patterns start that far
  // before the span they judge)
  std::vector<std::pair<std::size_t, std::size_t>> before_name_;
  void plan();  // the index and the anchors, from patterns_ (again after each file)
  // The sentence's index words (found once, kept in s.pattern_words): which needs it meets.
  const std::vector<std::uint64_t>& index_words(const SentenceMentions& s) const;
};

}  // namespace newsgraph::extract
