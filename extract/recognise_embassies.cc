#include "extract/recognise_embassies.h"

namespace newsgraph::extract::recognise {

// One agency per sending and host country; with no host named, the dateline's country.
void EmbassyRules::embassies() {
  for (std::size_t i = 0; i < n(); ++i) {
    if (used_[i] || !is(t_[i], "embassy")) continue;
    std::size_t b = i, e = i + 1;
    std::optional<std::uint32_t> sender = country_before(i, b);
    if (!sender && t_[i].cap && word_at(i + 1, "of")) {
      std::size_t k = i + 2 + (word_at(i + 2, "the") ? 1 : 0);
      for (const auto& m : matches_at(k))
        if (lex_.entry(m.entry).kind == LexKind::country) {
          sender = m.entry;
          e = k + m.length;
        }
    }
    if (!sender || !free(b, e)) continue;
    std::optional<std::uint32_t> host;
    if (word_at(e, "in") || word_at(e, "to")) {
      std::size_t k = e + 1 + (word_at(e + 1, "the") ? 1 : 0);
      for (const auto& m : longest_at(k)) {
        const LexEntry& x = lex_.entry(m.entry);
        const std::string code = x.kind == LexKind::country ? x.attr("code") : x.attr("country");
        if (x.kind == LexKind::agency || code.empty()) continue;
        host = lex_.country_by_code(code);
        e = k + m.length;
        break;
      }
    }
    const std::string sender_code = lex_.entry(*sender).attr("code");
    if (!host && !ctx_.dateline_country.empty() && ctx_.dateline_country != sender_code)
      host = lex_.country_by_code(ctx_.dateline_country);
    Mention m;
    m.type = EntityType::agency;
    m.name = "Embassy of " + with_article(lex_.entry(*sender));
    if (host && *host != *sender) m.name += " in " + with_article(lex_.entry(*host));
    m.country = sender_code;
    add(std::move(m), b, e);
  }
}

}  // namespace newsgraph::extract::recognise
