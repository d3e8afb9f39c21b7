// Dates ("Jan. 24", found by extract/dates.h) and rounds of talks: "the 10th round", "Round 9",
// "the next round", "the third time they met", "talks in Washington".
#pragma once

#include "extract/recognise_view.h"

namespace newsgraph::extract::recognise {

class RoundRules : public SentenceView {
 public:
  using SentenceView::SentenceView;

 protected:
  bool may_hold_date() const;
  void dates();
  std::size_t ordinal_before(std::size_t i) const;
  std::size_t ordinal_of_plural(std::size_t i) const;
  std::size_t dated_by(std::size_t i) const;
  bool since_follows(std::size_t k) const;
  bool of_plenary_body(std::size_t k) const;
  void nth_time_met();
  std::size_t multi_day_before(std::size_t i) const;
  void relative_talks();
  void session_codes();
  void rounds();
};

}  // namespace newsgraph::extract::recognise
