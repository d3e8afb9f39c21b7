// Agreements: named ones and their instances, generic references ("the current deal"),
// commodity deals ("the grain deal") and agreements named after a place.
#pragma once

#include "extract/recognise_abbreviations.h"

namespace newsgraph::extract::recognise {

class AgreementRules : public AbbreviationRules {
 public:
  using AbbreviationRules::AbbreviationRules;

 protected:
  void place_agreements();
  void generic_agreements();
  std::size_t commodity_end(std::size_t b, std::size_t i) const;
  std::string commodity_name(std::size_t b, std::size_t e) const;
  void agreement(const std::string& series, std::size_t b, std::size_t e);
  void inner_agreement(std::size_t b, std::size_t e);
};

}  // namespace newsgraph::extract::recognise
