// Abbreviations: one defined after a name ("Special Measures Agreement (SMA)"), a body defined
// by its abbreviation, and an undefined one standing for a body named before by its initials.
#pragma once

#include "extract/recognise_ministries.h"

namespace newsgraph::extract::recognise {

class AbbreviationRules : public MinistryRules {
 public:
  using MinistryRules::MinistryRules;

 protected:
  bool defined_body(std::size_t b, std::size_t e);
  bool initials_body(std::size_t k);
  bool body_before_title(std::size_t k);
  void abbreviation_after(const Mention& m, std::size_t e);
  void abbreviation_before(const Mention& m, std::size_t b);
};

}  // namespace newsgraph::extract::recognise
