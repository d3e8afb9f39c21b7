// Date recogniser: the publication date of an article and the dates of its sentences (the
// matchers are in date_scanner.cc, their view of a sentence in date_text.cc). See dates.h.
#include "extract/dates.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "extract/date_scan.h"
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

using namespace date_scan;

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
  if (sc.words().word_before_is(f.tb, Words::published, 10)) return true;
  return trim(line).size() <= 80 && !sc.words().preceded_by(f.tb, Words::prose_date_prepositions);
}

void scan_header_line(const Lexicon& lex, string_view line, HeaderDates& h) {
  // Everything gathered here has a day or a year in figures: a line without a digit holds none.
  // (A plain loop: find_first_of calls memchr over the ten digits for every byte of the line.)
  if (std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  constexpr int kPlaceholderYear = 2000;  // a leap year, so that "Feb. 29" survives
  Scanner sc(lex, line, std::nullopt, kPlaceholderYear);
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
std::optional<Date> trailing_date_line(const Lexicon& lex, string_view text) {
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
    Scanner sc(lex, line.substr(colon + 1), std::nullopt, 0);
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

std::optional<Date> find_publication_date(const Lexicon& lex, std::string_view text) {
  HeaderDates h;
  for_each_line(header_of(text), [&](string_view line) { scan_header_line(lex, line, h); });
  if (h.dateline && !h.day) {
    for (const Date& d : h.prose_days) {  // a dateline confirms a caption's date
      if (d.month == h.dateline->month && d.day == h.dateline->day) {
        h.day = d;
        break;
      }
    }
  }
  if (h.day) return h.day;
  if (auto d = trailing_date_line(lex, text)) return d;
  if (h.dateline && h.any_year != 0 && h.dateline->day <= days_in_month(h.any_year, h.dateline->month)) {
    return Date{h.any_year, h.dateline->month, h.dateline->day};
  }
  return h.month;
}

std::vector<DateMention> find_dates(const Lexicon& lex, std::string_view sentence, const std::optional<Date>& anchor,
                                    int year_hint) {
  Scanner sc(lex, sentence, anchor, year_hint);
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
