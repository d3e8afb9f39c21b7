// Delegations: "the Korean delegation", "Japan's negotiating team", "the two delegations", "a
// delegation from Peru", "the delegation" of the one just named; and the country an internal
// negotiation is about.
#pragma once

#include "extract/recognise_rounds.h"

namespace newsgraph::extract::recognise {

class DelegationRules : public RoundRules {
 public:
  using RoundRules::RoundRules;

 protected:
  std::optional<std::string> delegation_owner(std::size_t end, std::size_t& begin, std::string& code) const;
  void paired_delegations();
  void delegations();
  void named_delegation(const Mention& m);
  void anaphoric_delegations();
  void government_negotiators();
  std::optional<std::uint32_t> article_country(bool adjectives = false) const;
  std::optional<std::uint32_t> country_after(std::size_t k, std::size_t& end) const;
  std::optional<std::uint32_t> opposition_owner(std::size_t i, std::size_t& begin, std::size_t& end,
                                                std::string& name) const;
  std::optional<std::uint32_t> internal_side(std::size_t i, std::size_t& begin, std::string& name) const;
  static std::string short_body_name(const LexEntry& body);
};

}  // namespace newsgraph::extract::recognise
