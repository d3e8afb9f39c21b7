// The recognisers of one sentence, run in their order (see extract/mentions.h).
#pragma once

#include "extract/recognise_spans.h"

namespace newsgraph::extract::recognise {

class Recogniser final : public SpanRules {
 public:
  using SpanRules::SpanRules;
  void run();

 protected:
  std::size_t at(std::size_t i);
  void count_adjectives();
  bool credit_line() const;
  void script_byline();
  bool title_case_headline() const;
  void glued_dateline();
};

}  // namespace newsgraph::extract::recognise
