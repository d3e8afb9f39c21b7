// A capitalised span not in the lexicon, typed by its head words (Ministry, Agreement, Valley …)
// or by a person cue.
#pragma once

#include "extract/recognise_lexicon.h"

namespace newsgraph::extract::recognise {

class SpanRules : public LexiconRules {
 public:
  using LexiconRules::LexiconRules;

 protected:
  std::size_t span(std::size_t b, std::size_t e) override;
  std::size_t place_as_written(std::size_t b, std::size_t e);
  bool company_before_title(std::size_t b, std::size_t e, const LexEntry& title);
};

}  // namespace newsgraph::extract::recognise
