// Which country a mention or a word stands for, when a fact is about a side of a negotiation:
// shared by the relation rules and the pattern conditions (`COUNTRY`, `delegation(c)`).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "extract/lexicon.h"
#include "extract/mentions.h"

namespace newsgraph::extract {

// The country (lexicon entry) a mention stands for: places that are countries, agencies that
// carry an adjective (the EU), delegations, national agencies ("U.S. State Department").
std::optional<std::uint32_t> country_of(const Lexicon& lex, const Mention& x);
// A country adjective written at token k ("U.S.", "Russian", "South Korean"), and how many tokens it takes.
struct AdjectiveAt {
  std::uint32_t country;
  std::uint32_t length;
};
std::optional<AdjectiveAt> adjective_at(const Lexicon& lex, const std::vector<Token>& t, std::size_t k);

}  // namespace newsgraph::extract
