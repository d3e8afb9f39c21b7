// A sentence's words as the date matchers read them.
#include <algorithm>

#include "extract/date_scan.h"

namespace newsgraph::extract::date_scan {

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

namespace {
// Length of a UTF-8 space character at s[i] (no-break space, U+2000..U+200A, U+202F), else 0.
size_t utf8_space(string_view s, size_t i) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 1 < s.size() && at(i) == 0xC2 && at(i + 1) == 0xA0) return 2;
  if (i + 2 < s.size() && at(i) == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) <= 0x8A || at(i + 2) == 0xAF)) {
    return 3;
  }
  return 0;
}

}  // namespace

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

int DateText::num(size_t i) const {
  int v = 0;
  for (size_t p = t_[i].b; p < t_[i].e && v < 100000; ++p) v = v * 10 + (s_[p] - '0');
  return v;
}

bool DateText::word_before_is(size_t tb, Words ws, size_t max_tokens) const {
  for (size_t i = tb, seen = 0; i > 0 && seen < max_tokens; ++seen) {
    --i;
    if (t_[i].kind != Kind::kWord || word_in(i, {"on", "at", "am", "pm"})) continue;  // "Published: 14:32 BST,"
    const string_view w = text(i);
    if (w.size() <= 4 && name_cased(w) && is_upper(w.back()) && w.size() > 1) continue;  // time zones
    return word_in(i, ws);
  }
  return false;
}

bool DateText::preceded_by(size_t tb, Words ws) const {
  for (size_t i = tb; i > 0;) {
    --i;
    if (t_[i].kind == Kind::kPunct) continue;
    return word_in(i, ws);
  }
  return false;
}

// A day of the month: 1-2 digits, 1..31, not part of 1,000 / 3.5 / 10:30 / 5%.
bool DateText::is_day(size_t i) const {
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

size_t DateText::after_day(size_t i) const {
  return joined(i) && word_in(i + 1, {"st", "nd", "rd", "th"}) ? i + 2 : i + 1;
}

// The tail of a day range, kept in the mention but not in the value: "12-16", "22 to 28",
// "between 24 and 28".
size_t DateText::skip_day_range(size_t q, size_t start) const {
  if (is_dash(q) && is_day(q + 1)) return after_day(q + 1);
  if (word_in(q, {"to", "through", "until", "till"}) && is_day(q + 1)) return after_day(q + 1);
  if (word_is(q, "and") && preceded_by(start, {"between"}) && is_day(q + 1)) return after_day(q + 1);
  return q;
}

// A year: four digits 1900-2100 standing alone. `strict` (a bare year, nothing around it that
// makes it a date) also rejects counts and codes: "about 2000 troops", "Resolution 2094".
bool DateText::is_year(size_t i, bool strict) const {
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

MonthAt DateText::month_at(size_t i) const {
  if (!is_word(i)) return {};
  const Name* n = lookup(text(i), kMonths);
  if (!n) return {};
  // "Jan." keeps its period; a full name only in the odd "April. 03", not at a sentence end
  const bool period = joined(i) && punct_is(i + 1, '.') && (n->abbrev || is_day(i + 2));
  return {n->value, period ? i + 2 : i + 1, n->abbrev};
}

Modifier DateText::match_modifier(size_t k) const {
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

// Every matcher starts at a number, a month or weekday name, or a word that opens a modifier
// ("end of", "early") or a relative date ("last", "yesterday"): other tokens are passed over
// without trying each matcher (most tokens of a sentence).
bool DateText::may_start(size_t k) const {
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

// "2014-01-12", "2020/01/24", "2020.01.24"
std::optional<Found> DateText::iso_date_at(size_t k) const {
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

// "2013", "the 2014 agreement", "1950-1953" (the first year).
std::optional<Found> DateText::year_at(size_t k) const {
  if (!is_year(k, true)) return std::nullopt;
  size_t e = k + 1;
  if (joined(k) && is_dash(k + 1) && joined(k + 1) && is_num(k + 2)) {
    if (digits(k + 2) != 2 && digits(k + 2) != 4) return std::nullopt;  // a code: "2014-555"
    e = k + 3;
  }
  return Found{k, e, {num(k)}, Shape::kYear, true};
}

}  // namespace newsgraph::extract::date_scan
