#include "extract/sides.h"

#include <string>

namespace newsgraph::extract {

std::optional<std::uint32_t> country_of(const Lexicon& lex, const Mention& x) {
  if (x.type == EntityType::place && !x.country.empty()) {
    if (auto c = lex.country_by_code(x.country)) {
      if (lex.entry(*c).name == x.name) return c;
    }
    return std::nullopt;
  }
  if (x.type == EntityType::agency) {
    if (x.delegation && !x.country.empty()) return lex.country_by_code(x.country);
    if (auto e = lex.find(LexKind::agency, x.name)) {
      if (!lex.entry(*e).attr("adj").empty()) return e;
      // A national agency ("U.S. State Department") stands for its country's side.
      if (lex.entry(*e).attr("outlet").empty() && !x.country.empty()) return lex.country_by_code(x.country);
    } else if (x.name.starts_with("Ministry of ") && !x.country.empty()) {
      // a country's ministry, named by the article ("the Tanzanian Foreign Ministry")
      return lex.country_by_code(x.country);
    }
  }
  return std::nullopt;
}

std::optional<AdjectiveAt> adjective_at(const Lexicon& lex, const std::vector<Token>& t, std::size_t k) {
  if (k + 1 < t.size() && t[k + 1].cap) {
    const std::string two = std::string(t[k].text) + " " + std::string(t[k + 1].text);
    if (auto c = lex.country_by_adjective(two)) return AdjectiveAt{*c, 2};
  }
  if (!t[k].cap) return std::nullopt;
  if (auto c = lex.country_by_adjective(t[k].text)) return AdjectiveAt{*c, 1};
  return std::nullopt;
}

}  // namespace newsgraph::extract
