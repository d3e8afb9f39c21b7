// newsgraph date recogniser: finds an article's publication date and the date expressions
// of its sentences, resolved against that date.
//
// Contract
// - Only what is written: an expression that cannot be resolved to at least a year gives no
//   mention, never a guess. Relative expressions ("last month", "next Wednesday", "Dec. 31")
//   need an anchor of the precision they use; a month/day may fall back on a year hint.
// - Pure and thread-safe; plain scanning over the bytes (no std::regex). Input is UTF-8;
//   non-ASCII bytes are only looked at as punctuation (dashes, quotes) or spaces.
// - Offsets are byte offsets into the string passed in.
#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

class Lexicon;  // the word classes of phrasing around dates ("in March", "Posted April 3, 2020")

// A calendar date at year, month or day precision: month/day are 0 when unknown.
struct Date {
  int year = 0, month = 0, day = 0;
  bool valid() const;             // year != 0
  std::string iso() const;        // "2018", "2018-12", "2018-12-31"
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

// Finds the article's publication date in its text: datelines such as
// "SEOUL, Jan. 24 (Yonhap) --" (year from elsewhere in the header, e.g. "09:00 January 24, 2020"),
// "Posted April. 03, 2020", "Posted on : 2021-03-08 17:39 KST", "21 April 2015", "AUGUST 25, 2015",
// an archive line " date 2024-10-04", "2014-01-12 12:05:28", "issued April 5, 2018", "Date: | Jul 15, 2013 |".
// Looks only at the first lines (about the first 600 bytes) and at a trailing "Date:" line; returns
// nullopt when no date with a year is printed there. Prefer the first full date found.
// A full date in running prose ("a press conference on June 23, 2020 in Vienna") is not taken
// unless a dateline confirms its month and day.
std::optional<Date> find_publication_date(const Lexicon& lex, std::string_view text);

// One date expression found in a sentence. begin/end are byte offsets into the sentence.
struct DateMention {
  size_t begin = 0, end = 0;
  std::string surface;   // the text as written, without a leading "the"/"on"/"in" ("end of 2018", "Dec. 31", "early next month")
  Date value;            // resolved value
};

// Finds and resolves date expressions in one sentence. `anchor` is the article's publication
// date (may be nullopt or year/month precision only). `year_hint` is a year seen earlier in the
// article text (0 if none), used only when there is no anchor. Expressions that cannot be resolved
// to at least a year give NO mention (never a wrong date).
// Ranges ("Oct. 12-16", "from Monday to Wednesday") give one mention valued at their first day.
// A month written without a year takes the anchor's year, moved by one only where the tense
// clearly crosses the year boundary (a future sentence naming a month 6+ months before the
// anchor month, or a past verb right before a month 6+ months after it).
std::vector<DateMention> find_dates(const Lexicon& lex, std::string_view sentence, const std::optional<Date>& anchor,
                                    int year_hint = 0);

// A month or weekday written in full as a name ("Tuesday", "March"; "Sept" too), in any case
// but not "May", which is also a given name and a verb: names never run on into one.
bool is_calendar_name(std::string_view word);

}  // namespace newsgraph::extract
