// A sentence's words as the date matchers read them.
#include <algorithm>

#include "extract/date_scan.h"

namespace newsgraph::extract::date_scan {

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

// A past verb right before a date ("said Thursday", "met on Sunday", "ended Monday"): an irregular
// past form, or an -ed form that does not announce a plan ("scheduled").
bool DateText::past_verb_at(size_t i) const {
  if (!is_word(i)) return false;
  if (word_in(i, Words::past_irregular)) return true;
  const string_view w = text(i);
  if (w.size() < 5 || !ends_with(w, "ed") || ends_with(w, "eed")) return false;
  return !word_in(i, Words::planned_ed);
}

std::optional<int> DateText::offset_at(size_t i) const {
  if (word_is(i, "last")) return -1;
  if (word_is(i, "next")) return 1;
  if (word_is(i, "this")) return 0;
  return std::nullopt;
}

bool DateText::holds(const WordSet& set, string_view w) { return set.holds(w); }

DateText::DateText(const Lexicon& lex, string_view s) : lex_(lex), s_(s), t_(tokenize(s)) {
  for (Words ws : {Words::early_late, Words::date_part_of, Words::date_ordinals}) {
    modifier_lengths_ |= lex.words(ws).lengths;
    modifier_firsts_ |= lex.words(ws).firsts;
  }
}

int DateText::num(size_t i) const {
  int v = 0;
  for (size_t p = t_[i].b; p < t_[i].e && v < 100000; ++p) v = v * 10 + (s_[p] - '0');
  return v;
}

bool DateText::word_before_is(size_t tb, Words ws, size_t max_tokens) const {
  for (size_t i = tb, seen = 0; i > 0 && seen < max_tokens; ++seen) {
    --i;
    if (t_[i].kind != Kind::kWord || word_in(i, Words::header_date_skip)) continue;  // "Published: 14:32 BST,"
    const string_view w = text(i);
    if (w.size() <= 4 && name_cased(w) && is_upper(w.back()) && w.size() > 1) continue;  // time zones
    return word_in(i, ws);
  }
  return false;
}

size_t DateText::unpunctuated_before(size_t tb) const {
  for (size_t i = tb; i > 0;) {
    --i;
    if (t_[i].kind != Kind::kPunct) return i;
  }
  return t_.size();
}

bool DateText::preceded_by(size_t tb, Words ws) const { return word_in(unpunctuated_before(tb), ws); }
bool DateText::preceded_by(size_t tb, string_view w) const { return word_is(unpunctuated_before(tb), w); }

// A day of the month: 1-2 digits, 1..31, not part of 1,000 / 3.5 / 10:30 / 5%.
bool DateText::is_day(size_t i) const {
  if (!is_num(i) || digits(i) > 2) return false;
  const int v = num(i);
  if (v < 1 || v > 31) return false;
  if (!joined(i)) return true;
  const size_t j = i + 1;
  if (is_word(j)) return word_in(j, Words::day_ordinals);
  if (is_num(j) || punct_is(j, ':') || punct_is(j, '%')) return false;
  if ((punct_is(j, ',') || punct_is(j, '.') || punct_is(j, '/')) && joined(j) && is_num(j + 1))
    return year_glued_to_day(j + 1);  // "Nov.7,2018" (a number has three digits after its comma)
  return true;
}

size_t DateText::after_day(size_t i) const {
  return joined(i) && word_in(i + 1, Words::day_ordinals) ? i + 2 : i + 1;
}

// The tail of a day range, kept in the mention but not in the value: "12-16", "22 to 28",
// "between 24 and 28".
size_t DateText::skip_day_range(size_t q, size_t start) const {
  if (is_dash(q) && is_day(q + 1)) return after_day(q + 1);
  if (word_in(q, Words::day_range) && is_day(q + 1)) return after_day(q + 1);
  if (word_is(q, "and") && preceded_by(start, "between") && is_day(q + 1)) return after_day(q + 1);
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
      word_in(i - 1, Words::not_year_before)) {
    return false;
  }
  if (i > 1 && punct_is(i - 1, '.') && word_in(i - 2, Words::not_year_abbrev)) return false;
  return !word_in(i + 1, Words::counted);
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
  if (word_in(k, Words::date_part_of) && word_is(k + 1, "of")) return {Mod::kKeep, k + 2, true};
  if (word_in(k, Words::early_late)) return {Mod::kKeep, k + 1, false};
  if (word_is(k, "mid")) return {Mod::kKeep, joined(k) && is_dash(k + 1) ? k + 2 : k + 1, false};
  if (word_in(k, Words::date_ordinals) && word_in(k + 1, Words::date_parts) && word_is(k + 2, "of")) {
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
  constexpr size_t kLongest = 9;  // "september", "wednesday", "yesterday"
  if (w.size() >= 3 && w.size() <= kLongest) {
    // The calendar's names and the words whose meaning is in the code ("last", "end of"), and
    // their first three letters as sorted numbers: a binary search on those sifts the words
    // before the exact comparison.
    static const std::vector<string_view> kStarts = [] {
      std::vector<string_view> out;
      for (const Name& n : kMonths) out.push_back(n.text);
      for (const Name& n : kWeekdays) out.push_back(n.text);
      for (string_view x : {"yesterday", "tomorrow", "last", "next", "this", "end", "mid"}) out.push_back(x);
      return out;
    }();
    static const std::vector<std::uint32_t> kHeads = [] {
      std::vector<std::uint32_t> out;
      for (string_view x : kStarts) out.push_back(folded_prefix3(x));
      std::sort(out.begin(), out.end());
      return out;
    }();
    if (std::binary_search(kHeads.begin(), kHeads.end(), folded_prefix3(w))) {
      for (string_view x : kStarts)
        if (iequals(w, x)) return true;
    }
  }
  // A modifier of match_modifier the lexicon lists: "early March", "beginning of", "second week
  // of". Most words are none of them: the lengths and first letters of all their words turn most
  // away, then what must follow each: the start of a date after "early" (a number, a capitalised
  // name, or "last", "next", "this": four letters), or "of".
  if (!(modifier_lengths_ >> std::min<size_t>(w.size(), 63) & 1) || !(modifier_firsts_ >> WordSet::first_bit(w) & 1))
    return false;
  const size_t n = k + 1;
  if (!has(n)) return false;
  const bool date_next = t_[n].kind == Kind::kNumber ||
                         (t_[n].kind == Kind::kWord && (is_upper(s_[t_[n].b]) || t_[n].e - t_[n].b == 4));
  if (date_next && word_in(k, Words::early_late)) return true;
  if (of_at(n) && word_in(k, Words::date_part_of)) return true;
  return of_at(n + 1) && word_in(k, Words::date_ordinals);
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
