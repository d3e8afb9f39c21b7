// Ministries named by their portfolio: "the foreign ministry" → "Ministry of Foreign Affairs of
// <country>", "the foreign and defence ministries", and the government a body belongs to.
#pragma once

#include "extract/recognise_delegations.h"

namespace newsgraph::extract::recognise {

class MinistryRules : public DelegationRules {
 public:
  using DelegationRules::DelegationRules;

 protected:
  std::optional<std::uint32_t> government_of(std::size_t b, std::size_t e) const;
  void paired_ministries(std::size_t i);
  void ministries();
  bool listed_portfolio(std::size_t k) const;
  std::size_t portfolio_before(std::size_t i, std::string& dept) const;
  std::string last_ministry_;
};

}  // namespace newsgraph::extract::recognise
