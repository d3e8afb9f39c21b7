// Embassies: "the Iraqi embassy", "U.S. Embassy in Peru", "Embassy of Japan in Seoul" — one
// agency per sending and host country.
#pragma once

#include "extract/recognise_delegations.h"

namespace newsgraph::extract::recognise {

class EmbassyRules : public DelegationRules {
 public:
  using DelegationRules::DelegationRules;

 protected:
  void embassies();
};

}  // namespace newsgraph::extract::recognise
