// Where a capitalised span ends and what its words look like (a body, an agreement, a place, a
// person); the span itself is typed by SpanRules::span, called back from here.
#pragma once

#include "extract/recognise_agreements.h"

namespace newsgraph::extract::recognise {

class SpanShape : public AgreementRules {
 public:
  using AgreementRules::AgreementRules;

 protected:
  virtual std::size_t span(std::size_t b, std::size_t e) = 0;
  std::size_t plural_title(std::size_t k) const;
  std::size_t cap_span_end(std::size_t i) const;
  std::size_t plural_of_known(std::size_t b, std::size_t e) const;
  bool glued_dateline(std::size_t i, std::size_t dash) const;
  bool member_possessive(std::size_t k) const;
  bool common_word(std::size_t k) const;
  bool place_span(std::size_t b, std::size_t e) const;
  bool shared_place_head(std::size_t j) const;
  bool compound_adjective(std::string_view w) const;
  bool country_at(std::size_t k) const;
  bool one_body_over_and(std::size_t b, std::size_t conj) const;
  bool one_agreement_over_and(std::size_t conj) const;
  bool person_like(std::size_t b, std::size_t e) const;
  bool org_span(std::size_t b, std::size_t e) const;
  bool agreement_span(std::size_t b, std::size_t e) const;
  bool headed_agreement(std::size_t b, std::size_t e) const;
};

}  // namespace newsgraph::extract::recognise
