// What a sentence tells of time around a date.
#include "extract/date_scan.h"

namespace newsgraph::extract::date_scan {

namespace {
// "had been scheduled to begin Friday", "was set to meet": a plan told in the past tense, which
// makes no future sentence. Text right before a cue of sentence_future(), kept beside the cues.
bool planned_in_past(const std::string& lower, std::size_t cue) {
  for (std::string_view past : {"had been", "was", "were"}) {
    const std::size_t len = past.size() + (lower[cue] == ' ' ? 0 : 1);
    if (cue >= len && lower.compare(cue - len, past.size(), past) == 0) return true;
  }
  return false;
}
}  // namespace

DateContext::DateContext(const DateText& w, const std::optional<Date>& anchor, int year_hint) : w_(w), hint_(year_hint) {
  if (anchor && anchor->valid()) {  // keep only the precision the anchor really has
    anchor_ = *anchor;
    if (anchor_->month < 1 || anchor_->month > 12) anchor_->month = 0;
    if (anchor_->month == 0 || anchor_->day < 1 || anchor_->day > days_in_month(anchor_->year, anchor_->month)) {
      anchor_->day = 0;
    }
  }
}

// Future sentence: the cues of a plan or schedule. They stay here, not in the lexicon: they are
// pieces of text, found in the lower-cased sentence with the spaces that bound them (" will ", but
// "'ll " after a word and "scheduled" inside "rescheduled"), which a word class cannot say.
bool DateContext::sentence_future() const {
  if (future_ < 0) {
    future_ = 0;
    const std::string lower = folded(w_.sentence());
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
bool DateContext::local_past(size_t start) const {
  for (size_t i = start; i > 0;) {
    --i;
    if (w_.word_in(i, Words::past_date_prepositions)) continue;
    if (!w_.past_verb_at(i)) return false;
    return !(i > 0 && w_.word_in(i - 1, Words::participle_before));
  }
  return false;
}

std::optional<int> DateContext::year_for_month(int month, size_t start, bool allow_hint, int sentence_year) const {
  if (anchor_) {
    int y = anchor_->year;
    if (anchor_->month != 0) {
      if (month + 6 <= anchor_->month && sentence_future() && !local_past(start)) ++y;
      else if (month >= anchor_->month + 6 && local_past(start)) --y;
    }
    return y;
  }
  if (!allow_hint) return std::nullopt;
  if (sentence_year != 0) return sentence_year;  // "20-31 March 2023 ..., then 24-28 April"
  if (hint_ != 0) return hint_;
  return std::nullopt;
}

// "continue through Thursday", "runs until Friday": a present verb of duration reaching a day
// ahead.
bool DateContext::runs_until(size_t start) const {
  if (start < 2 || !w_.word_in(start - 1, Words::runs_until_prepositions)) return false;
  return w_.word_in(start - 2, Words::runs_until_verbs);
}

}  // namespace newsgraph::extract::date_scan
