// Lexicon entries, longest match first: agreements, places, bodies and titles before a name.
#pragma once

#include "extract/recognise_offices.h"

namespace newsgraph::extract::recognise {

class LexiconRules : public OfficeRules {
 public:
  using OfficeRules::OfficeRules;

 protected:
  bool lexicon(const std::vector<LexMatch>& matches, std::size_t b, std::size_t e);
  bool title(std::size_t b, std::size_t e, std::uint32_t entry);
  bool holder_after_body(std::size_t q, std::uint32_t title_entry, std::size_t title_b);
  void own_body_of_country(Mention& mm, const LexEntry& entry, std::size_t b, std::size_t e) const;
  std::size_t outlet_edition(Mention& mm, std::size_t b, std::size_t e) const;
};

}  // namespace newsgraph::extract::recognise
