// Ministries named by their portfolio: "the foreign ministry" → "Ministry of Foreign Affairs of
// <country>", "the foreign and defence ministries", and the government a body belongs to.
#pragma once

#include "extract/recognise_embassies.h"

namespace newsgraph::extract::recognise {

class MinistryRules : public EmbassyRules {
 public:
  using EmbassyRules::EmbassyRules;

 protected:
  std::optional<std::uint32_t> government_of(std::size_t b, std::size_t e) const;
  void paired_ministries(std::size_t i);
  void ministries();
  bool listed_portfolio(std::size_t k) const;
  std::size_t portfolio_before(std::size_t i, std::string& dept) const;
  std::string last_ministry_;
};

}  // namespace newsgraph::extract::recognise
