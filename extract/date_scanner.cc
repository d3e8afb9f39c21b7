// The date matchers: at each token, ISO, weekday, relative, month-first, day-first, bare year.
#include "extract/date_scan.h"

namespace newsgraph::extract::date_scan {

// A month standing alone is a date only after a cue ("in March", "since Apr", "June and July").
// "May" needs a narrower cue: "from May", "by May", "after May" are often Theresa May.
bool Scanner::month_cued(size_t start, bool is_may) const {
  if (start == 0) return false;
  const size_t p = start - 1;
  if (is_may) return w_.word_in(p, Words::may_prepositions);
  if (w_.word_in(p, Words::month_prepositions)) return true;
  // the second month of a list: "in June and July", "March, April or May"
  return (w_.word_in(p, Words::month_list) || w_.punct_is(p, ',')) && last_.te == p &&
         (last_.shape == Shape::kMonth || last_.shape == Shape::kMonthYear);
}

std::optional<Found> Scanner::match_at(size_t k) const {
  const Modifier m = w_.match_modifier(k);
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
  if (!w_.has(c)) return std::nullopt;
  if (auto f = w_.iso_date_at(c)) return f;
  if (!m.of_phrase) {
    if (auto f = match_weekday(c, start)) return f;
  }
  if (auto f = match_relative(c, m)) return f;
  if (auto f = match_month_first(c, start, m.mod != Mod::kNone)) return f;
  if (m.mod == Mod::kNone) {
    if (auto f = match_day_first(c, start)) return f;
  }
  return w_.year_at(c);
}

// The weekday itself is resolved against a day-precision anchor: "last" strictly before,
// "next" strictly after, a bare one on or before, or on or after in a future sentence.
std::optional<Date> Scanner::resolve_weekday(int wd, string_view which, size_t start) const {
  if (!ctx_.anchor_has_day()) return std::nullopt;
  const Date& a = *anchor_;
  const int aw = weekday_of(a);
  const int back = (aw - wd + 7) % 7, fwd = (wd - aw + 7) % 7;
  if (iequals(which, "last")) return add_days(a, -(back == 0 ? 7 : back));
  if (iequals(which, "next")) return add_days(a, fwd == 0 ? 7 : fwd);
  // the second of "Wednesday and Thursday" follows the first
  if (start > 0 && w_.word_is(start - 1, "and") && last_.te == start - 1 && last_.shape == Shape::kWeekday) {
    const int step = (wd - weekday_of(last_.value) + 7) % 7;
    return add_days(last_.value, step == 0 ? 7 : step);
  }
  if (!ctx_.local_past(start) && (ctx_.sentence_future() || ctx_.runs_until(start))) return add_days(a, fwd);
  return add_days(a, -back);
}

std::optional<Found> Scanner::match_weekday(size_t k, size_t start) const {
  size_t w = k;
  string_view which;
  if (w_.offset_at(k) && w_.is_word(k + 1) && lookup(w_.text(k + 1), kWeekdays)) {
    if (w_.prev_word_is(k, "the")) return std::nullopt;
    which = w_.text(k);
    w = k + 1;
  }
  if (!w_.is_word(w)) return std::nullopt;
  const Name* n = lookup(w_.text(w), kWeekdays);
  if (!n) return std::nullopt;
  size_t e = w + 1;
  if (n->abbrev) {
    // "Wed", "Sat", "Sun" are words too: only "on Wed." and the like
    if (!(w_.joined(w) && w_.punct_is(w + 1, '.'))) return std::nullopt;
    if (which.empty() && !(start > 0 && w_.word_in(start - 1, Words::weekday_short))) {
      return std::nullopt;
    }
    e = w + 2;
  }
  if (which.empty() && w > 0 && w_.word_in(w - 1, Words::named_days)) {
    return std::nullopt;  // "Good Friday Agreement"
  }
  // "Monday, March 3": the printed date is the mention
  const size_t after = w_.punct_is(e, ',') ? e + 1 : e;
  if (w_.month_at(after).month != 0 || w_.is_day(after)) return skip(k, e);
  // a range "Monday to Wednesday" is one mention valued at its first day
  const bool range_word = w_.word_in(e, Words::weekday_range) || w_.is_dash(e) ||
                          (w_.word_is(e, "and") && w_.preceded_by(start, "between"));
  if (range_word && w_.is_word(e + 1)) {
    if (const Name* end = lookup(w_.text(e + 1), kWeekdays); end && (!end->abbrev || w_.punct_is(e + 2, '.'))) {
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
  if (m.mod == Mod::kNone && (w_.word_is(k, "yesterday") || w_.word_is(k, "tomorrow"))) {
    if (!ctx_.anchor_has_day()) return skip(k, k + 1);
    return Found{k, k + 1, add_days(*anchor_, w_.word_is(k, "yesterday") ? -1 : 1), Shape::kRelative, false};
  }
  int offset = 0;
  if (w_.word_is(k, "last")) offset = -1;
  else if (w_.word_is(k, "next")) offset = 1;
  else if (!w_.word_is(k, "this") && !(w_.word_is(k, "the") && m.of_phrase)) return std::nullopt;
  if (offset != 0 && w_.prev_word_is(k, "the")) return std::nullopt;  // "over the next year": a span
  const size_t u = k + 1;
  if (w_.word_is(u, "year")) {
    if (!anchor_) return skip(k, u + 1);
    return Found{k, u + 1, {anchor_->year + offset}, Shape::kRelative, false};
  }
  // "this week": the month, where the whole week (Monday to Sunday) lies in one. ("last week" and
  // "next week" stay undated: the gold leaves a week other than the article's own undated.)
  if (w_.word_is(u, "week") && m.mod == Mod::kNone) {
    if (!ctx_.anchor_has_day() || offset != 0) return skip(k, u + 1);
    const Date monday = add_days(*anchor_, -((weekday_of(*anchor_) + 6) % 7));
    const Date sunday = add_days(monday, 6);
    if (monday.month != sunday.month) return skip(k, u + 1);
    return Found{k, u + 1, {monday.year, monday.month}, Shape::kRelative, false};
  }
  if (w_.word_is(u, "month")) {
    if (!ctx_.anchor_has_month()) return skip(k, u + 1);
    return Found{k, u + 1, add_months(*anchor_, offset), Shape::kRelative, false};
  }
  const MonthAt ma = w_.month_at(u);
  if (ma.month == 0 || w_.word_is(k, "the")) return std::nullopt;
  if (offset == 0) {
    if (!anchor_) return skip(k, ma.next);
    return Found{k, ma.next, {anchor_->year, ma.month}, Shape::kMonth, false};
  }
  if (!ctx_.anchor_has_month()) return skip(k, ma.next);
  int y = anchor_->year;
  if (offset < 0 && ma.month >= anchor_->month) --y;  // the latest such month before the anchor's
  if (offset > 0 && ma.month <= anchor_->month) ++y;  // the first such month after it
  return Found{k, ma.next, {y, ma.month}, Shape::kMonth, false};
}

// The year of a month/day written without one.
std::optional<Found> Scanner::finish_month_day(size_t start, size_t after, int m, int d) const {
  const auto y = ctx_.year_for_month(m, start, true, sentence_year_);
  if (!y || d > days_in_month(*y, m)) return skip(start, after);
  return Found{start, after, {*y, m, d}, Shape::kMonthDay, false};
}

// A range into another month is one mention valued at its first day: "Dec. 28 to Jan. 3, 2020",
// "30 November - 2 December". The year printed at its end dates its start too.
std::optional<Found> Scanner::finish_cross_month(size_t start, size_t q, int m, int d) const {
  const bool joiner = w_.word_in(q, Words::day_range) || w_.is_dash(q) ||
                      (w_.word_is(q, "and") && w_.preceded_by(start, "between"));
  if (!joiner) return std::nullopt;
  int end_month = 0;
  size_t e = 0;
  if (const MonthAt ma = w_.month_at(q + 1); ma.month != 0 && w_.is_day(ma.next)) {
    end_month = ma.month;
    e = w_.after_day(ma.next);
  } else if (w_.is_day(q + 1)) {
    const MonthAt mb = w_.month_at(w_.after_day(q + 1));
    if (mb.month == 0) return std::nullopt;
    end_month = mb.month;
    e = mb.next;
  } else {
    return std::nullopt;
  }
  const size_t r = w_.punct_is(e, ',') ? e + 1 : e;
  if (!w_.is_year(r, false)) return finish_month_day(start, e, m, d);
  const int y = w_.num(r) - (m > end_month ? 1 : 0);
  if (d > days_in_month(y, m)) return skip(start, r + 1);
  return Found{start, r + 1, {y, m, d}, Shape::kFull, true};
}

// "Jan. 14, 2020", "Oct. 12-16", "April 24 and 28", "March 2023", "January last year", "in March".
std::optional<Found> Scanner::match_month_first(size_t k, size_t start, bool cued) const {
  const MonthAt ma = w_.month_at(k);
  if (ma.month == 0) return std::nullopt;
  const int m = ma.month;
  const size_t p = ma.next;
  if (w_.is_day(p)) {
    const int d = w_.num(p);
    const size_t q = w_.skip_day_range(w_.after_day(p), start);
    if (auto f = finish_cross_month(k, q, m, d)) return f;
    const size_t r = w_.punct_is(q, ',') ? q + 1 : q;
    if (w_.is_year(r, false) || (r == q + 1 && w_.year_glued_to_day(r))) {
      const int y = w_.num(r);
      if (d > days_in_month(y, m)) return skip(k, r + 1);
      return Found{k, r + 1, {y, m, d}, Shape::kFull, true};
    }
    return finish_month_day(k, q, m, d);
  }
  const size_t r = w_.punct_is(p, ',') || w_.word_is(p, "of") ? p + 1 : p;
  if (w_.is_year(r, false)) return Found{k, r + 1, {w_.num(r), m}, Shape::kMonthYear, true};
  if (const auto offset = w_.offset_at(p); offset && w_.word_is(p + 1, "year")) {
    if (!anchor_) return skip(k, p + 2);
    return Found{k, p + 2, {anchor_->year + *offset, m}, Shape::kMonth, false};
  }
  const bool is_may = m == 5 && !ma.abbrev;
  if (is_may && (w_.punct_is(p, '\'') || w_.punct_is(p, "\u2019"))) return std::nullopt;  // "May's government"
  if (!cued && !month_cued(k, is_may)) return std::nullopt;
  if (is_may && is_upper(w_.text(k).back())) return std::nullopt;  // "TALKS MAY RESUME"
  const auto y = ctx_.year_for_month(m, k, false, sentence_year_);
  if (!y) return skip(k, p);
  return Found{k, p, {*y, m}, Shape::kMonth, false};
}

// "14 January 2020", "12 July", "20-31 March 2023", "22 to 28 April", "1st of May".
std::optional<Found> Scanner::match_day_first(size_t k, size_t start) const {
  if (!w_.is_day(k)) return std::nullopt;
  if (k > 0 && w_.joined(k - 1) && !(w_.punct_is(k - 1, '(') || w_.punct_is(k - 1, '"') || w_.punct_is(k - 1, "\u201C"))) {
    return std::nullopt;  // part of "$5", "COVID-19", "G20", "3.14"
  }
  const int d = w_.num(k);
  size_t q = w_.skip_day_range(w_.after_day(k), start);
  if (w_.word_is(q, "of")) ++q;
  const MonthAt ma = w_.month_at(q);
  if (ma.month == 0) return std::nullopt;
  const size_t p = ma.next;
  if (auto f = finish_cross_month(k, p, ma.month, d)) return f;
  const size_t r = w_.punct_is(p, ',') ? p + 1 : p;
  if (w_.is_year(r, false)) {
    const int y = w_.num(r);
    if (d > days_in_month(y, ma.month)) return skip(k, r + 1);
    return Found{k, r + 1, {y, ma.month, d}, Shape::kFull, true};
  }
  return finish_month_day(k, p, ma.month, d);
}

std::vector<Found> Scanner::run() {
  std::vector<Found> out;
  size_t i = 0;
  while (i < w_.size()) {
    if (!w_.may_start(i)) {
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

}  // namespace newsgraph::extract::date_scan
