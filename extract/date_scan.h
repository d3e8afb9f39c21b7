// The date recogniser's parts (extract/dates.h is its interface): the calendar; a sentence's
// words as the date matchers read them (DateText); what the sentence tells of time around a date
// (DateContext); and the matchers, tried at each token in a fixed order — ISO, weekday,
// relative, month-first, day-first, bare year (Scanner). Internal to extract/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "extract/lexicon.h"
#include "extract/tokens.h"

namespace newsgraph::extract::date_scan {

using std::size_t;
using std::string_view;
// ---- calendar (date_calendar.cc)
bool is_leap(int y);
int days_in_month(int y, int m);
int weekday_of(const Date& d);  // 0 = Sunday ... 6 = Saturday
Date add_days(const Date& d, long n);
Date add_months(const Date& d, int n);
Date end_of_period(const Date& d);  // "end of" a year or month is its last day
inline bool in_year_range(int y) { return y >= 1900 && y <= 2100; }

// ---- characters and words (date_text.cc)
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }
bool ends_with(string_view w, string_view tail);
std::string folded(string_view s);  // ASCII-lower-cased, to search lower-case cues in with find
bool name_cased(string_view w);     // "March" or "MARCH", never "march" (verb, noun)

// The calendar itself, with each name's number: code, like the arithmetic that reads it (the
// words of phrasing around dates are word classes of the lexicon, data/lexicon/words.tsv).
struct Name {
  string_view text;
  int value;
  bool abbrev;
};

inline constexpr Name kMonths[] = {
    {"january", 1, false},  {"february", 2, false}, {"march", 3, false},    {"april", 4, false},
    {"may", 5, false},      {"june", 6, false},     {"july", 7, false},     {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true},       {"feb", 2, true},       {"mar", 3, true},       {"apr", 4, true},
    {"jun", 6, true},       {"jul", 7, true},       {"aug", 8, true},       {"sep", 9, true},
    {"sept", 9, true},      {"oct", 10, true},      {"nov", 11, true},      {"dec", 12, true},
};

inline constexpr Name kWeekdays[] = {
    {"sunday", 0, false}, {"monday", 1, false}, {"tuesday", 2, false}, {"wednesday", 3, false},
    {"thursday", 4, false}, {"friday", 5, false}, {"saturday", 6, false},
    {"sun", 0, true},  {"mon", 1, true},   {"tue", 2, true}, {"tues", 2, true}, {"wed", 3, true},
    {"thu", 4, true},  {"thur", 4, true},  {"thurs", 4, true}, {"fri", 5, true}, {"sat", 6, true},
};

template <size_t N>
const Name* lookup(string_view w, const Name (&table)[N]) {
  if (!name_cased(w)) return nullptr;
  for (const Name& n : table) {
    if (iequals(w, n.text)) return &n;
  }
  return nullptr;
}

// ---- the matchers' view of a sentence

enum class Kind : std::uint8_t { kWord, kNumber, kPunct };

struct Token {
  std::uint32_t b, e;  // byte range
  Kind kind;
};

// Words are ASCII letter runs, numbers digit runs; every other character (a whole UTF-8
// sequence for non-ASCII) is one punctuation token.
std::vector<Token> tokenize(string_view s);

enum class Shape : std::uint8_t { kSkip, kFull, kMonthDay, kMonthYear, kMonth, kYear, kRelative, kWeekday };

// A matched expression over tokens [tb, te). kSkip consumes an expression that cannot be
// resolved, so that its parts are not read again as something else.
struct Found {
  size_t tb = 0, te = 0;
  Date value;
  Shape shape = Shape::kSkip;
  bool year_written = false;
};

inline Found skip(size_t tb, size_t te) {
  Found f;
  f.tb = tb;
  f.te = te;
  return f;
}

enum class Mod : std::uint8_t { kNone, kEnd, kKeep };

struct Modifier {
  Mod mod = Mod::kNone;
  size_t next = 0;
  bool of_phrase = false;  // "end of", "second week of": allows "the year" / "the month" after it
};

struct MonthAt {
  int month = 0;
  size_t next = 0;  // token after the name and its period
  bool abbrev = false;
};

// A sentence's tokens and what they are: days, years, month names, modifiers. The lexicon gives
// the word classes of phrasing (Words::month_prepositions …).
class DateText {
 public:
  DateText(const Lexicon& lex, string_view s);

  string_view sentence() const { return s_; }
  size_t size() const { return t_.size(); }
  size_t begin_of(size_t i) const { return t_[i].b; }
  size_t end_of(size_t i) const { return t_[i].e; }

  // token predicates
  bool has(size_t i) const { return i < t_.size(); }
  string_view text(size_t i) const { return {s_.data() + t_[i].b, t_[i].e - t_[i].b}; }
  bool is_word(size_t i) const { return has(i) && t_[i].kind == Kind::kWord; }
  bool is_num(size_t i) const { return has(i) && t_[i].kind == Kind::kNumber; }
  size_t digits(size_t i) const { return t_[i].e - t_[i].b; }
  int num(size_t i) const;
  bool word_is(size_t i, string_view w) const { return is_word(i) && iequals(text(i), w); }
  // The set's masks of lengths and first letters turn most words away here, inline; the rest are
  // compared out of line.
  bool word_in(size_t i, Words ws) const {
    if (!is_word(i)) return false;
    const WordSet& set = lex_.words(ws);
    const string_view w = text(i);
    return set.may_hold(w.size()) && (set.firsts >> WordSet::first_bit(w) & 1) && holds(set, w);
  }
  // "last" -1, "next" +1, "this" 0 ("last Friday", "March next year"); nullopt for other tokens.
  std::optional<int> offset_at(size_t i) const;
  // A past verb ("said Thursday", "met on Sunday", "ended Monday").
  bool past_verb_at(size_t i) const;
  bool punct_is(size_t i, char c) const {
    return has(i) && t_[i].kind == Kind::kPunct && t_[i].e - t_[i].b == 1 && s_[t_[i].b] == c;
  }
  bool punct_is(size_t i, string_view p) const { return has(i) && t_[i].kind == Kind::kPunct && text(i) == p; }
  bool is_dash(size_t i) const { return punct_is(i, '-') || punct_is(i, "\u2013") || punct_is(i, "\u2014"); }
  bool joined(size_t i) const { return has(i + 1) && t_[i].e == t_[i + 1].b; }  // no space after i
  bool prev_word_is(size_t i, string_view w) const { return i > 0 && word_is(i - 1, w); }
  // The nearest word before token `tb`, within `max_tokens` and skipping punctuation, times,
  // time zones and the words of cue:header-date-skip, is one of `ws` ("Posted on : 2021-03-08",
  // "Published: 14:32 BST, 15 June").
  bool word_before_is(size_t tb, Words ws, size_t max_tokens) const;
  // The nearest word right before token `tb` (punctuation skipped) is one of `ws`, or is `w`.
  bool preceded_by(size_t tb, Words ws) const;
  bool preceded_by(size_t tb, string_view w) const;

  // pieces
  bool may_start(size_t k) const;
  bool is_day(size_t i) const;
  size_t after_day(size_t i) const;
  size_t skip_day_range(size_t q, size_t start) const;
  bool is_year(size_t i, bool strict) const;
  // "Nov.7,2018": a year glued to the comma after a day (is_year takes "7,2018" for a number)
  bool year_glued_to_day(size_t i) const {
    return i >= 2 && punct_is(i - 1, ',') && joined(i - 2) && joined(i - 1) && is_num(i - 2) && digits(i - 2) <= 2 &&
           is_num(i) && digits(i) == 4 && in_year_range(num(i)) && !(joined(i) && (is_word(i + 1) || is_num(i + 2)));
  }
  MonthAt month_at(size_t i) const;
  Modifier match_modifier(size_t k) const;

  // Shapes that need nothing but the tokens: "2014-01-12" (also with / or .); "2013", "the 2014
  // agreement", "1950-1953" (the first year).
  std::optional<Found> iso_date_at(size_t k) const;
  std::optional<Found> year_at(size_t k) const;

 private:
  static bool holds(const WordSet& set, string_view w);  // out of line: word_in stays small
  // The word "of", in any case (asked of most tokens: no call).
  bool of_at(size_t i) const {
    return is_word(i) && t_[i].e - t_[i].b == 2 && to_lower(s_[t_[i].b]) == 'o' && to_lower(s_[t_[i].b + 1]) == 'f';
  }
  // The nearest token before `tb` that is no punctuation; size() if none.
  size_t unpunctuated_before(size_t tb) const;

  const Lexicon& lex_;
  string_view s_;
  std::vector<Token> t_;
  // the masks of lengths and first letters of the modifier classes together (may_start)
  std::uint64_t modifier_lengths_ = 0;
  std::uint32_t modifier_firsts_ = 0;
};

// What the sentence tells of time around a date: a plan (future), a past verb right before it,
// the year a month written without one falls in.
class DateContext {
 public:
  DateContext(const DateText& w, const std::optional<Date>& anchor, int year_hint);

  // the publication date, with only the precision it really has
  const std::optional<Date>& anchor() const { return anchor_; }
  bool anchor_has_day() const { return anchor_ && anchor_->day != 0; }
  bool anchor_has_month() const { return anchor_ && anchor_->month != 0; }

  bool sentence_future() const;
  bool local_past(size_t start) const;
  bool runs_until(size_t start) const;
  // `sentence_year`: the year of the last full date or month/year printed in the sentence (0: none)
  std::optional<int> year_for_month(int month, size_t start, bool allow_hint, int sentence_year) const;

 private:
  const DateText& w_;
  std::optional<Date> anchor_;
  int hint_ = 0;
  mutable int future_ = -1;  // sentence_future() cache
};


class Scanner {
 public:
  Scanner(const Lexicon& lex, string_view s, const std::optional<Date>& anchor, int year_hint)
      : w_(lex, s), ctx_(w_, anchor, year_hint), anchor_(ctx_.anchor()) {}
  Scanner(const Scanner&) = delete;  // ctx_ refers to w_
  Scanner& operator=(const Scanner&) = delete;

  // All expressions of the sentence, left to right, without overlaps.
  std::vector<Found> run();

  const DateText& words() const { return w_; }
  size_t begin_of(const Found& f) const { return w_.begin_of(f.tb); }
  size_t end_of(const Found& f) const { return w_.end_of(f.te - 1); }

 private:
  bool month_cued(size_t start, bool is_may) const;

  // matchers
  std::optional<Found> match_at(size_t k) const;
  std::optional<Found> match_core(size_t c, size_t start, const Modifier& m) const;
  std::optional<Found> match_weekday(size_t k, size_t start) const;
  std::optional<Date> resolve_weekday(int wd, string_view which, size_t start) const;
  std::optional<Found> match_relative(size_t k, const Modifier& m) const;
  std::optional<Found> match_month_first(size_t k, size_t start, bool cued) const;
  std::optional<Found> match_day_first(size_t k, size_t start) const;
  std::optional<Found> finish_month_day(size_t start, size_t after_month, int m, int d) const;
  std::optional<Found> finish_cross_month(size_t start, size_t q, int m, int d) const;

  DateText w_;
  DateContext ctx_;
  const std::optional<Date>& anchor_;
  Found last_;            // previous match, for "June and July", "Wednesday and Thursday"
  int sentence_year_ = 0;  // year of the last full date or month/year printed in this sentence
};

}  // namespace newsgraph::extract::date_scan
