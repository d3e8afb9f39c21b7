// Date recogniser: a small tokenizer plus hand-written matchers, tried at each token in a
// fixed order (ISO, weekday, relative, month-first, day-first, bare year). See dates.h.
#include "extract/dates.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <initializer_list>

#include "extract/tokens.h"

namespace newsgraph::extract {

bool Date::valid() const { return year != 0; }

std::string Date::iso() const {
  // By hand, not snprintf: a date is formatted for every date mention and every article.
  auto digits = [](std::string& out, int v, int width) {
    char buf[12];
    int n = 0;
    const bool negative = v < 0;
    unsigned u = negative ? 0u - static_cast<unsigned>(v) : static_cast<unsigned>(v);
    do {
      buf[n++] = static_cast<char>('0' + u % 10);
      u /= 10;
    } while (u);
    if (negative) out += '-';
    for (int k = n; k < width; ++k) out += '0';
    while (n) out += buf[--n];
  };
  std::string out;
  digits(out, year, 4);
  if (month == 0) return out;
  out += '-';
  digits(out, month, 2);
  if (day == 0) return out;
  out += '-';
  digits(out, day, 2);
  return out;
}

namespace {

using std::string_view;
using Words = std::initializer_list<string_view>;

// ---------------------------------------------------------------- calendar

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Days since 1970-01-01 and back (H. Hinnant's civil calendar algorithms); used for weekdays.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400) + (m <= 2), m, d};
}

// 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday).
int weekday_of(const Date& d) {
  const long z = days_from_civil(d.year, d.month, d.day);
  return static_cast<int>(((z % 7) + 11) % 7);
}

Date add_days(const Date& d, long n) { return civil_from_days(days_from_civil(d.year, d.month, d.day) + n); }

Date add_months(const Date& d, int n) {
  const int index = d.year * 12 + (d.month - 1) + n;
  return {index / 12, index % 12 + 1, 0};
}

// "end of" a year or month is its last day.
Date end_of_period(const Date& d) {
  if (d.month == 0) return {d.year, 12, 31};
  if (d.day == 0) return {d.year, d.month, days_in_month(d.year, d.month)};
  return d;
}

bool in_year_range(int y) { return y >= 1900 && y <= 2100; }

// ---------------------------------------------------------------- characters and words

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c + 32) : c; }

bool one_of(string_view w, Words words) {
  for (string_view x : words) {
    if (iequals(w, x)) return true;
  }
  return false;
}

bool ends_with(string_view w, string_view tail) {
  return w.size() >= tail.size() && iequals(w.substr(w.size() - tail.size()), tail);
}

// Case-insensitive substring test; `needle` is lower case.
// The sentence ASCII-lower-cased, to search lower-case cues in with string_view::find.
std::string folded(string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

// Month and weekday names count only as "March" or "MARCH", never "march" (verb, noun).
bool name_cased(string_view w) {
  if (w.empty() || !is_upper(w[0])) return false;
  bool all_upper = true, rest_lower = true;
  for (size_t i = 1; i < w.size(); ++i) {
    all_upper = all_upper && is_upper(w[i]);
    rest_lower = rest_lower && is_lower(w[i]);
  }
  return all_upper || rest_lower;
}

struct Name {
  string_view text;
  int value;
  bool abbrev;
};

constexpr Name kMonths[] = {
    {"january", 1, false},  {"february", 2, false}, {"march", 3, false},    {"april", 4, false},
    {"may", 5, false},      {"june", 6, false},     {"july", 7, false},     {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true},       {"feb", 2, true},       {"mar", 3, true},       {"apr", 4, true},
    {"jun", 6, true},       {"jul", 7, true},       {"aug", 8, true},       {"sep", 9, true},
    {"sept", 9, true},      {"oct", 10, true},      {"nov", 11, true},      {"dec", 12, true},
};

constexpr Name kWeekdays[] = {
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

// A past verb right before a date ("said Thursday", "met on Sunday", "ended Monday").
bool is_past_verb(string_view w) {
  if (one_of(w, {"said", "met", "held", "began", "took", "told", "made", "sent", "wrote", "spoke",
                 "gave", "came", "went", "left", "saw", "won", "lost", "struck", "broke", "was",
                 "were", "had", "did", "led", "sat", "got", "became", "brought", "kept", "ran"})) {
    return true;
  }
  if (w.size() < 5 || !ends_with(w, "ed") || ends_with(w, "eed")) return false;
  // -ed forms that announce a plan rather than report an event
  return !one_of(w, {"scheduled", "rescheduled", "planned", "expected", "slated", "postponed",
                     "delayed", "proposed", "needed", "aimed", "intended", "supposed", "required",
                     "considered", "tipped", "pencilled", "penciled", "earmarked"});
}

// ---------------------------------------------------------------- tokens

enum class Kind : std::uint8_t { kWord, kNumber, kPunct };

struct Token {
  std::uint32_t b, e;  // byte range
  Kind kind;
};

// Length of a UTF-8 space character at s[i] (no-break space, U+2000..U+200A, U+202F), else 0.
size_t utf8_space(string_view s, size_t i) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && at(i) == 0xC2 && at(i + 1) == 0xA0) return 2;
  if (i + 2 < s.size() && at(i) == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) <= 0x8A || at(i + 2) == 0xAF)) {
    return 3;
  }
  return 0;
}

// Words are ASCII letter runs, numbers digit runs; every other character (a whole UTF-8
// sequence for non-ASCII) is one punctuation token.
std::vector<Token> tokenize(string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 4 + 4);
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    if (const size_t sp = utf8_space(s, i)) {
      i += sp;
      continue;
    }
    size_t j = i + 1;
    Kind kind = Kind::kPunct;
    if (is_alpha(c)) {
      while (j < s.size() && is_alpha(s[j])) ++j;
      kind = Kind::kWord;
    } else if (is_digit(c)) {
      while (j < s.size() && is_digit(s[j])) ++j;
      kind = Kind::kNumber;
    } else if (static_cast<unsigned char>(c) >= 0xC0) {
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    }
    out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), kind});
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------- scanner

enum class Shape : std::uint8_t { kSkip, kFull, kMonthDay, kMonthYear, kMonth, kYear, kRelative, kWeekday };

// A matched expression over tokens [tb, te). kSkip consumes an expression that cannot be
// resolved, so that its parts are not read again as something else.
struct Found {
  size_t tb = 0, te = 0;
  Date value;
  Shape shape = Shape::kSkip;
  bool year_written = false;
};

Found skip(size_t tb, size_t te) {
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

class Scanner {
 public:
  Scanner(string_view s, const std::optional<Date>& anchor, int year_hint)
      : s_(s), t_(tokenize(s)), hint_(year_hint) {
    if (anchor && anchor->valid()) {  // keep only the precision the anchor really has
      anchor_ = *anchor;
      if (anchor_->month < 1 || anchor_->month > 12) anchor_->month = 0;
      if (anchor_->month == 0 || anchor_->day < 1 || anchor_->day > days_in_month(anchor_->year, anchor_->month)) {
        anchor_->day = 0;
      }
    }
  }

  // All expressions of the sentence, left to right, without overlaps.
  std::vector<Found> run();

  size_t begin_of(const Found& f) const { return t_[f.tb].b; }
  size_t end_of(const Found& f) const { return t_[f.te - 1].e; }
  // The nearest word before token `tb`, within `max_tokens` and skipping punctuation, times,
  // time zones, "on" and "at", is one of `ws` ("Posted on : 2021-03-08", "Published: 14:32 BST, 15 June").
  // Needs `ws` lower case.
  bool word_before_is(size_t tb, Words ws, size_t max_tokens) const;
  // The nearest word right before token `tb` (punctuation skipped) is one of `ws`.
  bool preceded_by(size_t tb, Words ws) const;

 private:
  // token predicates
  bool has(size_t i) const { return i < t_.size(); }
  string_view text(size_t i) const { return s_.substr(t_[i].b, t_[i].e - t_[i].b); }
  bool is_word(size_t i) const { return has(i) && t_[i].kind == Kind::kWord; }
  bool is_num(size_t i) const { return has(i) && t_[i].kind == Kind::kNumber; }
  size_t digits(size_t i) const { return t_[i].e - t_[i].b; }
  int num(size_t i) const;
  bool word_is(size_t i, string_view w) const { return is_word(i) && iequals(text(i), w); }
  bool word_in(size_t i, Words ws) const { return is_word(i) && one_of(text(i), ws); }
  bool punct_is(size_t i, char c) const {
    return has(i) && t_[i].kind == Kind::kPunct && t_[i].e - t_[i].b == 1 && s_[t_[i].b] == c;
  }
  bool punct_is(size_t i, string_view p) const { return has(i) && t_[i].kind == Kind::kPunct && text(i) == p; }
  bool is_dash(size_t i) const { return punct_is(i, '-') || punct_is(i, "\u2013") || punct_is(i, "\u2014"); }
  bool joined(size_t i) const { return has(i + 1) && t_[i].e == t_[i + 1].b; }  // no space after i
  bool prev_word_is(size_t i, string_view w) const { return i > 0 && word_is(i - 1, w); }

  // pieces
  bool may_start(size_t k) const;
  bool is_day(size_t i) const;
  size_t after_day(size_t i) const;
  size_t skip_day_range(size_t q, size_t start) const;
  bool is_year(size_t i, bool strict) const;
  MonthAt month_at(size_t i) const;
  bool month_cued(size_t start, bool is_may) const;
  Modifier match_modifier(size_t k) const;

  // context
  bool sentence_future() const;
  bool local_past(size_t start) const;
  bool runs_until(size_t start) const;
  std::optional<int> year_for_month(int month, size_t start, bool allow_hint) const;
  bool anchor_has_day() const { return anchor_ && anchor_->day != 0; }
  bool anchor_has_month() const { return anchor_ && anchor_->month != 0; }

  // matchers
  std::optional<Found> match_at(size_t k) const;
  std::optional<Found> match_core(size_t c, size_t start, const Modifier& m) const;
  std::optional<Found> match_iso(size_t k) const;
  std::optional<Found> match_weekday(size_t k, size_t start) const;
  std::optional<Date> resolve_weekday(int wd, string_view which, size_t start) const;
  std::optional<Found> match_relative(size_t k, const Modifier& m) const;
  std::optional<Found> match_month_first(size_t k, size_t start, bool cued) const;
  std::optional<Found> match_day_first(size_t k, size_t start) const;
  std::optional<Found> finish_month_day(size_t start, size_t after_month, int m, int d) const;
  std::optional<Found> finish_cross_month(size_t start, size_t q, int m, int d) const;
  std::optional<Found> match_year(size_t k) const;

  string_view s_;
  std::vector<Token> t_;
  std::optional<Date> anchor_;
  int hint_ = 0;
  Found last_;                    // previous match, for "June and July", "Wednesday and Thursday"
  int sentence_year_ = 0;         // year of the last full date or month/year printed in this sentence
  mutable int future_ = -1;       // sentence_future() cache
};

int Scanner::num(size_t i) const {
  int v = 0;
  for (size_t p = t_[i].b; p < t_[i].e && v < 100000; ++p) v = v * 10 + (s_[p] - '0');
  return v;
}

bool Scanner::word_before_is(size_t tb, Words ws, size_t max_tokens) const {
  for (size_t i = tb, seen = 0; i > 0 && seen < max_tokens; ++seen) {
    --i;
    if (t_[i].kind != Kind::kWord || word_in(i, {"on", "at", "am", "pm"})) continue;  // "Published: 14:32 BST,"
    const string_view w = text(i);
    if (w.size() <= 4 && name_cased(w) && is_upper(w.back()) && w.size() > 1) continue;  // time zones
    return word_in(i, ws);
  }
  return false;
}

bool Scanner::preceded_by(size_t tb, Words ws) const {
  for (size_t i = tb; i > 0;) {
    --i;
    if (t_[i].kind == Kind::kPunct) continue;
    return word_in(i, ws);
  }
  return false;
}

// A day of the month: 1-2 digits, 1..31, not part of 1,000 / 3.5 / 10:30 / 5%.
bool Scanner::is_day(size_t i) const {
  if (!is_num(i) || digits(i) > 2) return false;
  const int v = num(i);
  if (v < 1 || v > 31) return false;
  if (!joined(i)) return true;
  const size_t j = i + 1;
  if (is_word(j)) return word_in(j, {"st", "nd", "rd", "th"});
  if (is_num(j) || punct_is(j, ':') || punct_is(j, '%')) return false;
  if ((punct_is(j, ',') || punct_is(j, '.') || punct_is(j, '/')) && joined(j) && is_num(j + 1)) return false;
  return true;
}

size_t Scanner::after_day(size_t i) const {
  return joined(i) && word_in(i + 1, {"st", "nd", "rd", "th"}) ? i + 2 : i + 1;
}

// The tail of a day range, kept in the mention but not in the value: "12-16", "22 to 28",
// "between 24 and 28".
size_t Scanner::skip_day_range(size_t q, size_t start) const {
  if (is_dash(q) && is_day(q + 1)) return after_day(q + 1);
  if (word_in(q, {"to", "through", "until", "till"}) && is_day(q + 1)) return after_day(q + 1);
  if (word_is(q, "and") && preceded_by(start, {"between"}) && is_day(q + 1)) return after_day(q + 1);
  return q;
}

// A year: four digits 1900-2100 standing alone. `strict` (a bare year, nothing around it that
// makes it a date) also rejects counts and codes: "about 2000 troops", "Resolution 2094".
bool Scanner::is_year(size_t i, bool strict) const {
  if (!is_num(i) || digits(i) != 4 || !in_year_range(num(i))) return false;
  if (i > 0 && joined(i - 1)) {
    const size_t p = i - 1;
    if (is_dash(p)) {
      if (p == 0 || !is_word(p - 1) || !joined(p - 1)) return false;  // "mid-2019" yes, "03-2019" no
    } else if (!(punct_is(p, '(') || punct_is(p, '[') || punct_is(p, '"') || punct_is(p, '\'') ||
                 punct_is(p, "\u201C") || punct_is(p, "\u2018"))) {
      return false;  // $2019, /2015, No.2010, A2020, 1,2000
    }
  }
  if (joined(i)) {
    const size_t j = i + 1;
    if (is_word(j) || punct_is(j, '%')) return false;  // 1990s, 2020A
    if ((punct_is(j, ',') || punct_is(j, '.') || punct_is(j, ':') || punct_is(j, '/')) && joined(j) &&
        is_num(j + 1)) {
      return false;
    }
  }
  if (!strict) return true;
  if (i > 0 && is_word(i - 1) && !joined(i - 1) &&
      word_in(i - 1, {"route", "no", "number", "resolution", "article", "section", "flight", "room",
                      "highway", "chapter", "vol", "page", "pp", "unit", "tel", "fax", "code", "model",
                      "about", "around", "approximately", "nearly", "almost", "some", "over", "under",
                      "than", "roughly", "exactly", "only", "total"})) {
    return false;
  }
  if (i > 1 && punct_is(i - 1, '.') && word_in(i - 2, {"no", "vol", "tel"})) return false;
  if (word_in(i + 1, {"troops", "soldiers", "personnel", "people", "persons", "workers", "members",
                      "employees", "staff", "percent", "won", "dollars", "euros", "yen", "yuan", "pounds",
                      "rupees", "rubles", "roubles", "tons", "tonnes", "km", "kilometers", "kilometres",
                      "miles", "meters", "metres", "feet", "units", "votes", "seats", "jobs", "cases",
                      "times", "hours", "minutes", "hectares", "barrels", "vehicles", "warheads"})) {
    return false;
  }
  return true;
}

MonthAt Scanner::month_at(size_t i) const {
  if (!is_word(i)) return {};
  const Name* n = lookup(text(i), kMonths);
  if (!n) return {};
  // "Jan." keeps its period; a full name only in the odd "April. 03", not at a sentence end
  const bool period = joined(i) && punct_is(i + 1, '.') && (n->abbrev || is_day(i + 2));
  return {n->value, period ? i + 2 : i + 1, n->abbrev};
}

// A month standing alone is a date only after a cue ("in March", "since Apr", "June and July").
// "May" needs a narrower cue: "from May", "by May", "after May" are often Theresa May.
bool Scanner::month_cued(size_t start, bool is_may) const {
  if (start == 0) return false;
  const size_t p = start - 1;
  if (is_may) return word_in(p, {"in", "since", "until", "till", "through", "during"});
  if (word_in(p, {"in", "since", "until", "till", "by", "from", "to", "through", "before", "after", "during",
                  "of", "between", "around", "for"})) {
    return true;
  }
  // the second month of a list: "in June and July", "March, April or May"
  return (word_in(p, {"and", "or"}) || punct_is(p, ',')) && last_.te == p &&
         (last_.shape == Shape::kMonth || last_.shape == Shape::kMonthYear);
}

Modifier Scanner::match_modifier(size_t k) const {
  if (word_is(k, "end")) {
    if (word_is(k + 1, "of")) return {Mod::kEnd, k + 2, true};
    if (joined(k) && is_dash(k + 1) && joined(k + 1)) return {Mod::kEnd, k + 2, false};  // "end-2018"
  }
  if (word_in(k, {"beginning", "start", "middle"}) && word_is(k + 1, "of")) return {Mod::kKeep, k + 2, true};
  if (word_in(k, {"early", "earlier", "late", "later"})) return {Mod::kKeep, k + 1, false};
  if (word_is(k, "mid")) return {Mod::kKeep, joined(k) && is_dash(k + 1) ? k + 2 : k + 1, false};
  if (word_in(k, {"first", "second", "third", "fourth", "fifth", "final", "last"}) &&
      word_in(k + 1, {"week", "half", "quarter"}) && word_is(k + 2, "of")) {
    return {Mod::kKeep, k + 3, true};
  }
  return {};
}

// ---------------------------------------------------------------- context

// "had been scheduled to begin Friday", "was set to meet": a plan told in the past tense, which
// makes no future sentence.
bool planned_in_past(const std::string& lower, std::size_t cue) {
  for (std::string_view past : {"had been", "was", "were"}) {
    const std::size_t len = past.size() + (lower[cue] == ' ' ? 0 : 1);
    if (cue >= len && lower.compare(cue - len, past.size(), past) == 0) return true;
  }
  return false;
}

// Future sentence: the cues of a plan or schedule.
bool Scanner::sentence_future() const {
  if (future_ < 0) {
    future_ = 0;
    const std::string lower = folded(s_);
    for (string_view cue : {" will ", "'ll ", "\u2019ll ", "to be held", " is to ", " are to ", "scheduled",
                            "next week", " set to ", "slated", "upcoming", " expected to ", " plans to ",
                            " plan to ", " shall ", " hope to ", " hopes to ", " aim to ",
                            " aims to ", " is due ", " are due "}) {
      const std::size_t at = lower.find(cue);
      if (at == std::string::npos || planned_in_past(lower, at)) continue;
      future_ = 1;
      break;
    }
  }
  return future_ == 1;
}

// A past verb right before the date ("met on Sunday", "was held on Dec. 17"), but not a
// participle after "be", "to" or a modal ("will be held on Monday", "is to be signed Dec. 3").
bool Scanner::local_past(size_t start) const {
  for (size_t i = start; i > 0;) {
    --i;
    if (word_in(i, {"on", "in", "at", "during"})) continue;
    if (!is_word(i) || !is_past_verb(text(i))) return false;
    return !(i > 0 && word_in(i - 1, {"be", "being", "to", "will", "would", "shall", "should", "can", "could",
                                      "may", "might", "must", "ll"}));
  }
  return false;
}

std::optional<int> Scanner::year_for_month(int month, size_t start, bool allow_hint) const {
  if (anchor_) {
    int y = anchor_->year;
    if (anchor_->month != 0) {
      if (month + 6 <= anchor_->month && sentence_future() && !local_past(start)) ++y;
      else if (month >= anchor_->month + 6 && local_past(start)) --y;
    }
    return y;
  }
  if (!allow_hint) return std::nullopt;
  if (sentence_year_ != 0) return sentence_year_;  // "20-31 March 2023 ..., then 24-28 April"
  if (hint_ != 0) return hint_;
  return std::nullopt;
}

// ---------------------------------------------------------------- matchers

std::optional<Found> Scanner::match_at(size_t k) const {
  const Modifier m = match_modifier(k);
  if (m.mod != Mod::kNone) {
    if (auto f = match_core(m.next, k, m)) {
      f->tb = k;
      if (m.mod == Mod::kEnd && f->value.valid()) f->value = end_of_period(f->value);
      return f;
    }
  }
  return match_core(k, k, Modifier{});
}

std::optional<Found> Scanner::match_core(size_t c, size_t start, const Modifier& m) const {
  if (!has(c)) return std::nullopt;
  if (auto f = match_iso(c)) return f;
  if (!m.of_phrase) {
    if (auto f = match_weekday(c, start)) return f;
  }
  if (auto f = match_relative(c, m)) return f;
  if (auto f = match_month_first(c, start, m.mod != Mod::kNone)) return f;
  if (m.mod == Mod::kNone) {
    if (auto f = match_day_first(c, start)) return f;
  }
  return match_year(c);
}

// "2014-01-12", "2020/01/24", "2020.01.24"
std::optional<Found> Scanner::match_iso(size_t k) const {
  if (!is_num(k) || digits(k) != 4 || !in_year_range(num(k))) return std::nullopt;
  const size_t mo = k + 2, sep2 = k + 3, da = k + 4;
  if (!has(da) || !joined(k) || !joined(k + 1) || !joined(mo) || !joined(sep2)) return std::nullopt;
  const bool same_sep = (punct_is(k + 1, '-') && punct_is(sep2, '-')) || (punct_is(k + 1, '/') && punct_is(sep2, '/')) ||
                        (punct_is(k + 1, '.') && punct_is(sep2, '.'));
  if (!same_sep || !is_num(mo) || digits(mo) > 2 || !is_num(da) || digits(da) > 2) return std::nullopt;
  if (k > 0 && joined(k - 1) && (is_num(k - 1) || is_word(k - 1))) return std::nullopt;
  const int y = num(k), m = num(mo), d = num(da);
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Found{k, da + 1, {y, m, d}, Shape::kFull, true};
}

// "continue through Thursday", "runs until Friday": a present verb of duration reaching a day
// ahead.
bool Scanner::runs_until(size_t start) const {
  if (start < 2 || !word_in(start - 1, {"through", "until", "till", "thru"})) return false;
  return word_in(start - 2, {"continue", "continues", "run", "runs", "last", "lasts", "remain", "remains",
                             "stay", "stays", "go", "goes"});
}

// The weekday itself is resolved against a day-precision anchor: "last" strictly before,
// "next" strictly after, a bare one on or before, or on or after in a future sentence.
std::optional<Date> Scanner::resolve_weekday(int wd, string_view which, size_t start) const {
  if (!anchor_has_day()) return std::nullopt;
  const Date& a = *anchor_;
  const int aw = weekday_of(a);
  const int back = (aw - wd + 7) % 7, fwd = (wd - aw + 7) % 7;
  if (iequals(which, "last")) return add_days(a, -(back == 0 ? 7 : back));
  if (iequals(which, "next")) return add_days(a, fwd == 0 ? 7 : fwd);
  // the second of "Wednesday and Thursday" follows the first
  if (start > 0 && word_is(start - 1, "and") && last_.te == start - 1 && last_.shape == Shape::kWeekday) {
    const int step = (wd - weekday_of(last_.value) + 7) % 7;
    return add_days(last_.value, step == 0 ? 7 : step);
  }
  if (!local_past(start) && (sentence_future() || runs_until(start))) return add_days(a, fwd);
  return add_days(a, -back);
}

std::optional<Found> Scanner::match_weekday(size_t k, size_t start) const {
  size_t w = k;
  string_view which;
  if (word_in(k, {"last", "next", "this"}) && is_word(k + 1) && lookup(text(k + 1), kWeekdays)) {
    if (prev_word_is(k, "the")) return std::nullopt;
    which = text(k);
    w = k + 1;
  }
  if (!is_word(w)) return std::nullopt;
  const Name* n = lookup(text(w), kWeekdays);
  if (!n) return std::nullopt;
  size_t e = w + 1;
  if (n->abbrev) {
    // "Wed", "Sat", "Sun" are words too: only "on Wed." and the like
    if (!(joined(w) && punct_is(w + 1, '.'))) return std::nullopt;
    if (which.empty() && !(start > 0 && word_in(start - 1, {"on", "from", "until", "through", "to", "and", "by",
                                                            "since", "between"}))) {
      return std::nullopt;
    }
    e = w + 2;
  }
  if (which.empty() && w > 0 &&
      word_in(w - 1, {"good", "black", "cyber", "super", "bloody", "holy", "ash", "easter", "palm"})) {
    return std::nullopt;  // "Good Friday Agreement"
  }
  // "Monday, March 3": the printed date is the mention
  const size_t after = punct_is(e, ',') ? e + 1 : e;
  if (month_at(after).month != 0 || is_day(after)) return skip(k, e);
  // a range "Monday to Wednesday" is one mention valued at its first day
  const bool range_word = word_in(e, {"to", "through", "thru", "until", "till"}) || is_dash(e) ||
                          (word_is(e, "and") && preceded_by(start, {"between"}));
  if (range_word && is_word(e + 1)) {
    if (const Name* end = lookup(text(e + 1), kWeekdays); end && (!end->abbrev || punct_is(e + 2, '.'))) {
      e = end->abbrev ? e + 3 : e + 2;
    }
  }
  const auto value = resolve_weekday(n->value, which, start);
  if (!value) return skip(k, e);
  return Found{k, e, *value, Shape::kWeekday, false};
}

// "this year", "last month", "next year", "(end of) the year", "yesterday",
// "last March", "next May".
std::optional<Found> Scanner::match_relative(size_t k, const Modifier& m) const {
  if (m.mod == Mod::kNone && word_in(k, {"yesterday", "tomorrow"})) {
    if (!anchor_has_day()) return skip(k, k + 1);
    return Found{k, k + 1, add_days(*anchor_, word_is(k, "yesterday") ? -1 : 1), Shape::kRelative, false};
  }
  int offset = 0;
  if (word_is(k, "last")) offset = -1;
  else if (word_is(k, "next")) offset = 1;
  else if (!word_is(k, "this") && !(word_is(k, "the") && m.of_phrase)) return std::nullopt;
  if (offset != 0 && prev_word_is(k, "the")) return std::nullopt;  // "over the next year": a span
  const size_t u = k + 1;
  if (word_is(u, "year")) {
    if (!anchor_) return skip(k, u + 1);
    return Found{k, u + 1, {anchor_->year + offset}, Shape::kRelative, false};
  }
  // "this week": the month, where the whole week (Monday to Sunday) lies in one. ("last week" and
  // "next week" stay undated: the gold leaves a week other than the article's own undated.)
  if (word_is(u, "week") && m.mod == Mod::kNone) {
    if (!anchor_has_day() || offset != 0) return skip(k, u + 1);
    const Date monday = add_days(*anchor_, -((weekday_of(*anchor_) + 6) % 7));
    const Date sunday = add_days(monday, 6);
    if (monday.month != sunday.month) return skip(k, u + 1);
    return Found{k, u + 1, {monday.year, monday.month}, Shape::kRelative, false};
  }
  if (word_is(u, "month")) {
    if (!anchor_has_month()) return skip(k, u + 1);
    return Found{k, u + 1, add_months(*anchor_, offset), Shape::kRelative, false};
  }
  const MonthAt ma = month_at(u);
  if (ma.month == 0 || word_is(k, "the")) return std::nullopt;
  if (offset == 0) {
    if (!anchor_) return skip(k, ma.next);
    return Found{k, ma.next, {anchor_->year, ma.month}, Shape::kMonth, false};
  }
  if (!anchor_has_month()) return skip(k, ma.next);
  int y = anchor_->year;
  if (offset < 0 && ma.month >= anchor_->month) --y;  // the latest such month before the anchor's
  if (offset > 0 && ma.month <= anchor_->month) ++y;  // the first such month after it
  return Found{k, ma.next, {y, ma.month}, Shape::kMonth, false};
}

// The year of a month/day written without one.
std::optional<Found> Scanner::finish_month_day(size_t start, size_t after, int m, int d) const {
  const auto y = year_for_month(m, start, true);
  if (!y || d > days_in_month(*y, m)) return skip(start, after);
  return Found{start, after, {*y, m, d}, Shape::kMonthDay, false};
}

// A range into another month is one mention valued at its first day: "Dec. 28 to Jan. 3, 2020",
// "30 November - 2 December". The year printed at its end dates its start too.
std::optional<Found> Scanner::finish_cross_month(size_t start, size_t q, int m, int d) const {
  const bool joiner = word_in(q, {"to", "through", "until", "till"}) || is_dash(q) ||
                      (word_is(q, "and") && preceded_by(start, {"between"}));
  if (!joiner) return std::nullopt;
  int end_month = 0;
  size_t e = 0;
  if (const MonthAt ma = month_at(q + 1); ma.month != 0 && is_day(ma.next)) {
    end_month = ma.month;
    e = after_day(ma.next);
  } else if (is_day(q + 1)) {
    const MonthAt mb = month_at(after_day(q + 1));
    if (mb.month == 0) return std::nullopt;
    end_month = mb.month;
    e = mb.next;
  } else {
    return std::nullopt;
  }
  const size_t r = punct_is(e, ',') ? e + 1 : e;
  if (!is_year(r, false)) return finish_month_day(start, e, m, d);
  const int y = num(r) - (m > end_month ? 1 : 0);
  if (d > days_in_month(y, m)) return skip(start, r + 1);
  return Found{start, r + 1, {y, m, d}, Shape::kFull, true};
}

// "Jan. 14, 2020", "Oct. 12-16", "April 24 and 28", "March 2023", "January last year", "in March".
std::optional<Found> Scanner::match_month_first(size_t k, size_t start, bool cued) const {
  const MonthAt ma = month_at(k);
  if (ma.month == 0) return std::nullopt;
  const int m = ma.month;
  const size_t p = ma.next;
  if (is_day(p)) {
    const int d = num(p);
    const size_t q = skip_day_range(after_day(p), start);
    if (auto f = finish_cross_month(k, q, m, d)) return f;
    const size_t r = punct_is(q, ',') ? q + 1 : q;
    if (is_year(r, false)) {
      const int y = num(r);
      if (d > days_in_month(y, m)) return skip(k, r + 1);
      return Found{k, r + 1, {y, m, d}, Shape::kFull, true};
    }
    return finish_month_day(k, q, m, d);
  }
  const size_t r = punct_is(p, ',') || word_is(p, "of") ? p + 1 : p;
  if (is_year(r, false)) return Found{k, r + 1, {num(r), m}, Shape::kMonthYear, true};
  if (word_in(p, {"last", "next", "this"}) && word_is(p + 1, "year")) {
    if (!anchor_) return skip(k, p + 2);
    const int offset = word_is(p, "last") ? -1 : word_is(p, "next") ? 1 : 0;
    return Found{k, p + 2, {anchor_->year + offset, m}, Shape::kMonth, false};
  }
  const bool is_may = m == 5 && !ma.abbrev;
  if (is_may && (punct_is(p, '\'') || punct_is(p, "\u2019"))) return std::nullopt;  // "May's government"
  if (!cued && !month_cued(k, is_may)) return std::nullopt;
  if (is_may && is_upper(text(k).back())) return std::nullopt;  // "TALKS MAY RESUME"
  const auto y = year_for_month(m, k, false);
  if (!y) return skip(k, p);
  return Found{k, p, {*y, m}, Shape::kMonth, false};
}

// "14 January 2020", "12 July", "20-31 March 2023", "22 to 28 April", "1st of May".
std::optional<Found> Scanner::match_day_first(size_t k, size_t start) const {
  if (!is_day(k)) return std::nullopt;
  if (k > 0 && joined(k - 1) && !(punct_is(k - 1, '(') || punct_is(k - 1, '"') || punct_is(k - 1, "\u201C"))) {
    return std::nullopt;  // part of "$5", "COVID-19", "G20", "3.14"
  }
  const int d = num(k);
  size_t q = skip_day_range(after_day(k), start);
  if (word_is(q, "of")) ++q;
  const MonthAt ma = month_at(q);
  if (ma.month == 0) return std::nullopt;
  const size_t p = ma.next;
  if (auto f = finish_cross_month(k, p, ma.month, d)) return f;
  const size_t r = punct_is(p, ',') ? p + 1 : p;
  if (is_year(r, false)) {
    const int y = num(r);
    if (d > days_in_month(y, ma.month)) return skip(k, r + 1);
    return Found{k, r + 1, {y, ma.month, d}, Shape::kFull, true};
  }
  return finish_month_day(k, p, ma.month, d);
}

// "2013", "the 2014 agreement", "1950-1953" (the first year).
std::optional<Found> Scanner::match_year(size_t k) const {
  if (!is_year(k, true)) return std::nullopt;
  size_t e = k + 1;
  if (joined(k) && is_dash(k + 1) && joined(k + 1) && is_num(k + 2)) {
    if (digits(k + 2) != 2 && digits(k + 2) != 4) return std::nullopt;  // a code: "2014-555"
    e = k + 3;
  }
  return Found{k, e, {num(k)}, Shape::kYear, true};
}

// Every matcher starts at a number, a month or weekday name, or a word that opens a modifier
// ("end of", "early") or a relative date ("last", "yesterday"): other tokens are passed over
// without trying each matcher (most tokens of a sentence).
bool Scanner::may_start(size_t k) const {
  if (is_num(k)) return true;
  if (!is_word(k)) return false;
  const string_view w = text(k);
  constexpr size_t kLongest = 9;  // "september", "wednesday", "beginning"
  if (w.size() < 3 || w.size() > kLongest) return false;
  // The words, and their first three letters as sorted numbers: a binary search on those sifts
  // the words before the exact comparison.
  static const std::vector<string_view> kStarts = [] {
    std::vector<string_view> out;
    for (const Name& n : kMonths) out.push_back(n.text);
    for (const Name& n : kWeekdays) out.push_back(n.text);
    for (string_view x : {"yesterday", "tomorrow", "last", "next", "this", "end", "beginning", "start", "middle", "early",
                          "earlier", "late", "later", "mid", "first", "second", "third", "fourth", "fifth", "final"})
      out.push_back(x);
    return out;
  }();
  static const std::vector<std::uint32_t> kHeads = [] {
    std::vector<std::uint32_t> out;
    for (string_view x : kStarts) out.push_back(folded_prefix3(x));
    std::sort(out.begin(), out.end());
    return out;
  }();
  if (!std::binary_search(kHeads.begin(), kHeads.end(), folded_prefix3(w))) return false;
  for (string_view x : kStarts)
    if (iequals(w, x)) return true;
  return false;
}

std::vector<Found> Scanner::run() {
  std::vector<Found> out;
  size_t i = 0;
  while (i < t_.size()) {
    if (!may_start(i)) {
      ++i;
      continue;
    }
    auto f = match_at(i);
    if (!f || f->te <= i) {
      ++i;
      continue;
    }
    i = f->te;
    last_ = *f;
    if (f->year_written && (f->shape == Shape::kFull || f->shape == Shape::kMonthYear)) {
      sentence_year_ = f->value.year;
    }
    if (f->value.valid()) out.push_back(*f);
  }
  return out;
}

// ---------------------------------------------------------------- publication date

constexpr size_t kHeaderBytes = 600;

// The first ~600 bytes, not cutting a token in two.
string_view header_of(string_view text) {
  size_t n = text.size() < kHeaderBytes ? text.size() : kHeaderBytes;
  for (size_t extra = 0; n < text.size() && extra < 24 && text[n] != ' ' && text[n] != '\n'; ++extra) ++n;
  return text.substr(0, n);
}

string_view trim(string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls fn(line) for each line of `text`.
template <typename Fn>
void for_each_line(string_view text, Fn fn) {
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    fn(text.substr(0, nl));
    if (nl == string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

// "SEOUL, Jan. 24 (Yonhap) --", "VIENNA, Nov 29 (Reuters) –": a place, a comma, the month/day,
// then the agency in parentheses or a dash.
bool is_dateline(string_view line, size_t begin, size_t end) {
  string_view before = trim(line.substr(0, begin));
  if (before.size() < 3 || before.back() != ',') return false;
  before = trim(before.substr(0, before.size() - 1));
  const size_t place_start = before.find_last_of(")");  // after an archive prefix "(MENAFN- ...)"
  const string_view place = trim(place_start == string_view::npos ? before : before.substr(place_start + 1));
  if (place.empty() || place.size() > 40 || !is_upper(place.front())) return false;
  const string_view after = trim(line.substr(end));
  return !after.empty() && (after.front() == '(' || after.front() == '-' || after.rfind("\u2013", 0) == 0 ||
                            after.rfind("\u2014", 0) == 0);
}

struct HeaderDates {
  std::optional<Date> day;         // the first full date the header context vouches for
  std::optional<Date> month;       // the first such month/year
  std::optional<Date> dateline;    // month/day of a dateline (year 2000 as a placeholder)
  int any_year = 0;                // year of the first full date or month/year anywhere in the header
  std::vector<Date> prose_days;    // full dates in prose, kept in case a dateline confirms one
};

// A header line vouches for a date it prints after "Posted", "issued", "Date:"..., or when the
// line is short and the date is not the object of a preposition ("on June 23, 2020").
bool header_vouches(const Scanner& sc, const Found& f, string_view line) {
  if (sc.word_before_is(f.tb, {"posted", "published", "updated", "modified", "issued", "date", "dated",
                               "released", "created"},
                        10)) {
    return true;
  }
  return trim(line).size() <= 80 &&
         !sc.preceded_by(f.tb, {"on", "to", "until", "till", "by", "since", "from", "before", "after", "in",
                                "at", "for", "through", "of", "during", "between"});
}

void scan_header_line(string_view line, HeaderDates& h) {
  // Everything gathered here has a day or a year in figures: a line without a digit holds none.
  // (A plain loop: find_first_of calls memchr over the ten digits for every byte of the line.)
  if (std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  constexpr int kPlaceholderYear = 2000;  // a leap year, so that "Feb. 29" survives
  Scanner sc(line, std::nullopt, kPlaceholderYear);
  for (const Found& f : sc.run()) {
    if (f.shape == Shape::kMonthDay && !f.year_written) {
      if (!h.dateline && is_dateline(line, sc.begin_of(f), sc.end_of(f))) h.dateline = f.value;
      continue;
    }
    if (!f.year_written || (f.shape != Shape::kFull && f.shape != Shape::kMonthYear)) continue;
    if (h.any_year == 0) h.any_year = f.value.year;
    const bool vouched = header_vouches(sc, f, line) || is_dateline(line, sc.begin_of(f), sc.end_of(f));
    if (f.shape == Shape::kFull) {
      if (vouched && !h.day) h.day = f.value;
      if (!vouched) h.prose_days.push_back(f.value);
    } else if (vouched && !h.month) {
      h.month = f.value;
    }
  }
}

// "Date: | Jul 15, 2013 |" near the end of the text.
std::optional<Date> trailing_date_line(string_view text) {
  const size_t from = text.size() > kHeaderBytes ? text.size() - kHeaderBytes : 0;
  std::optional<Date> result;
  for_each_line(text.substr(from), [&](string_view line) {
    if (result) return;
    size_t at = 0;
    while (at < line.size() && (line[at] == ' ' || line[at] == '|' || line[at] == '\t')) ++at;
    if (line.size() < at + 5 || !iequals(line.substr(at, 4), "date")) return;
    size_t colon = at + 4;
    while (colon < line.size() && line[colon] == ' ') ++colon;
    if (colon >= line.size() || line[colon] != ':') return;
    Scanner sc(line.substr(colon + 1), std::nullopt, 0);
    for (const Found& f : sc.run()) {
      if (f.year_written && (f.shape == Shape::kFull || f.shape == Shape::kMonthYear)) {
        result = f.value;
        return;
      }
    }
  });
  return result;
}

}  // namespace

std::optional<Date> find_publication_date(std::string_view text) {
  HeaderDates h;
  for_each_line(header_of(text), [&](string_view line) { scan_header_line(line, h); });
  if (h.dateline && !h.day) {
    for (const Date& d : h.prose_days) {  // a dateline confirms a caption's date
      if (d.month == h.dateline->month && d.day == h.dateline->day) {
        h.day = d;
        break;
      }
    }
  }
  if (h.day) return h.day;
  if (auto d = trailing_date_line(text)) return d;
  if (h.dateline && h.any_year != 0 && h.dateline->day <= days_in_month(h.any_year, h.dateline->month)) {
    return Date{h.any_year, h.dateline->month, h.dateline->day};
  }
  return h.month;
}

std::vector<DateMention> find_dates(std::string_view sentence, const std::optional<Date>& anchor, int year_hint) {
  Scanner sc(sentence, anchor, year_hint);
  std::vector<DateMention> out;
  for (const Found& f : sc.run()) {
    const size_t b = sc.begin_of(f), e = sc.end_of(f);
    out.push_back({b, e, std::string(sentence.substr(b, e - b)), f.value});
  }
  return out;
}

bool is_calendar_name(std::string_view word) {
  auto in = [&](const auto& table) {
    for (const Name& n : table)
      if ((!n.abbrev || n.text == "sept") && n.text != "may" && iequals(word, n.text)) return true;
    return false;
  };
  return in(kMonths) || in(kWeekdays);
}

}  // namespace newsgraph::extract
