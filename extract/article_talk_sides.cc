// The sides of talks of no agreement, as an article names them: a pair in its lead ("Colombia and
// the ELN"), "talks between A and B" anywhere, the sides a round's own sentence names, or the two
// sides it names most. Used by the naming of talks (article_talks.cc).
#include "extract/article_talk_sides.h"

#include <algorithm>
#include <map>

#include "extract/article_draft.h"

namespace newsgraph::extract::article::sides {
namespace {

class TalkSides {
 public:
  explicit TalkSides(const Draft& d) : d_(d) {}

  // The sides of the talks: the first "X and Y" pair of countries or bodies in the article.
  std::string negotiation_name() const {
    // The sides are named in the headline and lead, not in a later aside ("Saudi Arabia and
    // Russia opposed limits …").
    for (std::size_t si = 0; si < std::min<std::size_t>(d_.sents.size(), 4); ++si) {
      const auto& s = d_.sents[si];
      for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
        const Mention& x = s.mentions[i];
        const Mention& y = s.mentions[i + 1];
        if (!is_party(x) || !is_party(y) || x.name == y.name) continue;
        if (in_list(s, i) || in_list(s, i + 1)) continue;  // "Norway, Thailand, Sri Lanka ... have signed"
        if (paired(s, x, y, true)) return d_.party_short(x) + "-" + d_.party_short(owned(s, i + 1));
      }
      if (auto sides = adjective_pair(s); !sides.empty()) return sides;
      if (auto sides = government_and_other(s); !sides.empty()) return sides;
    }
    return sides_between();
  }

  // The side that the second of a pair names: itself, or the body it owns ("talks between the US
  // and Afghanistan's Taliban": the Taliban, not Afghanistan).
  const Mention& owned(const SentenceMentions& s, std::size_t i) const {
    const Mention& y = s.mentions[i];
    if (i + 1 < s.mentions.size() && y.tok_end + 1 < s.tokens.size() && s.tokens[y.tok_end].text == "'s") {
      const Mention& z = s.mentions[i + 1];
      if (z.tok_begin == y.tok_end + 1 && z.type == EntityType::agency && is_party(z)) return z;
    }
    return y;
  }

  // A country, or a body that is neither a delegation nor a news outlet: a side of talks.
  bool is_party(const Mention& m) const {
    return (m.type == EntityType::place && d_.is_country(m)) || (m.type == EntityType::agency && !m.delegation && !m.outlet);
  }

  // "the sixth round of talks between (the) US and (the) Taliban", "negotiations between Ruritania
  // and Veldonia resumed": talks said to be between two sides name them, wherever the article
  // writes it (the lead may name only one side).
  // Else "a maritime border dispute between Lebanon and Israel": the sides of what the talks
  // settle (a mediator named more often than either is none).
  std::string sides_between() const {
    for (const Words before : {Words::talk_words, Words::dispute_words})
      for (const auto& s : d_.sents)
        for (std::size_t k = 1; k + 1 < s.tokens.size(); ++k)
          if (is_any(s.tokens[k - 1], d_.lex.words(before)))
            if (auto sides = pair_after_between(s, k); !sides.empty()) return sides;
    return {};
  }

  // The two sides "between" at token k of s names: "between (the) A and B", "between the US and
  // Afghanistan's Taliban" (the Taliban); "" if what follows is no such pair.
  std::string pair_after_between(const SentenceMentions& s, std::size_t k) const {
    if (!iequals(s.tokens[k].text, "between")) return {};
    const std::size_t b = k + 1 + (k + 1 < s.tokens.size() && iequals(s.tokens[k + 1].text, "the") ? 1 : 0);
    for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
      const Mention& x = s.mentions[i];
      const Mention& y = s.mentions[i + 1];
      if (x.tok_begin != b) continue;
      if (is_party(x) && is_party(y) && x.name != y.name && paired(s, x, y, false))
        return d_.party_short(x) + "-" + d_.party_short(owned(s, i + 1));
      break;
    }
    return {};
  }

  // Where no sentence pairs the sides, the two sides the article names most, each more than
  // once: "the Brexit negotiations" between the UK and the EU; hostage talks of Israel and Hamas
  // in Cairo. A side is a country, a body the lexicon gives a country's adjective (the EU), or a
  // national body with no head word (Hamas, the Taliban; not a ministry, nor the Pentagon beside
  // its own country); mediators of no country and other bodies are none.
  std::string two_most_named() const {
    struct Side {
      bool side = false;
      int mentions = 0;
      std::size_t first = 0;
      const Mention* m = nullptr;
      std::string country;
    };
    std::map<std::string, Side> sides;  // by name: each name is judged once
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions) {
        if (m.type != EntityType::place && (m.type != EntityType::agency || m.delegation || m.outlet)) continue;
        auto [it, added] = sides.try_emplace(m.name);
        Side& side = it->second;
        if (added) {
          side.first = sides.size();
          side.m = &m;
          side.side = is_side(m, side.country);
        }
        side.mentions += side.side;
      }
    // a country counts as named where it acts, not where the talks are held ("in Stockholm, Sweden")
    for (auto& [name, side] : sides)
      if (side.side && side.m->type == EntityType::place) {
        const auto it = d_.ctx.actor_counts.find(side.country);
        side.mentions = it == d_.ctx.actor_counts.end() ? 0 : it->second;
      }
    std::vector<const Side*> ranked;
    for (const auto& [name, side] : sides)
      if (side.mentions > 1) ranked.push_back(&side);  // a side named once is no side
    std::sort(ranked.begin(), ranked.end(), [](const Side* a, const Side* b) {
      return a->mentions != b->mentions ? a->mentions > b->mentions : a->first < b->first;
    });
    if (ranked.size() < 2) return {};
    for (std::size_t k = 1; k < ranked.size(); ++k)
      if (ranked[k]->country.empty() || ranked[k]->country != ranked[0]->country)
        return d_.party_short(*ranked[0]->m) + "-" + d_.party_short(*ranked[k]->m);
    return {};
  }

  // Whether mention m can be a side of the talks (see two_most_named), with its country's code.
  bool is_side(const Mention& m, std::string& country) const {
    if (m.type == EntityType::place) {
      country = m.country;
      return d_.is_country(m);
    }
    const auto e = d_.lex.find(LexKind::agency, m.name);
    if (!e) return false;
    const LexEntry& entry = d_.lex.entry(*e);
    if (!entry.attr("adj").empty()) return true;
    country = entry.attr("country");
    return !country.empty() && !d_.lex.names_a_body(m.name);
  }

  // Whether mention i of s is one of a list of three places or more ("Norway, Thailand, Sri Lanka
  // and Qatar"): a comma joins it to the mentions on both sides, or to two on one side.
  static bool in_list(const SentenceMentions& s, std::size_t i) {
    auto comma_between = [&](std::size_t a, std::size_t b) {  // mentions a, b next to each other
      return b < s.mentions.size() && s.mentions[a].type == EntityType::place &&
             s.mentions[b].type == EntityType::place && s.mentions[a].tok_end + 1 == s.mentions[b].tok_begin &&
             s.tokens[s.mentions[a].tok_end].text == ",";
    };
    const bool before = i > 0 && comma_between(i - 1, i), after = comma_between(i, i + 1);
    return (before && after) || (after && comma_between(i + 1, i + 2)) || (before && i > 1 && comma_between(i - 2, i - 1));
  }

  // "Sixth round of talks between US and Taliban members": the sides a round's own sentence
  // names after "between", anywhere in the article.
  std::string sides_of_a_round() const {
    for (const auto& s : d_.sents) {
      if (std::none_of(s.mentions.begin(), s.mentions.end(), [](const Mention& m) { return m.type == EntityType::round; }))
        continue;
      for (std::size_t k = 0; k + 1 < s.tokens.size(); ++k)
        if (auto sides = pair_after_between(s, k); !sides.empty()) return sides;
    }
    return {};
  }

  // Civil talks between a government and a group: "The Colombian government and the guerrillas of
  // the National Liberation Army (ELN)" → "Colombia-ELN"; "Venezuela's government and opposition"
  // → "Venezuelan government-opposition"; or "".
  std::string government_and_other(const SentenceMentions& s) const {
    const auto& t = s.tokens;
    for (std::size_t k = 1; k + 2 < t.size(); ++k) {
      if (!iequals(t[k].text, "government")) continue;
      std::optional<std::uint32_t> country = d_.lex.country_by_adjective(t[k - 1].text);  // "Colombian government"
      std::size_t e = k + 1;
      for (const auto& m : s.mentions)
        if (m.type == EntityType::place && d_.is_country(m) && (m.tok_end == k - 1 || (m.tok_begin <= k && k < m.tok_end))) {
          // "Venezuela's government", "the Government of Colombia"
          if (m.tok_end == k - 1 && t[k - 1].text != "'s") continue;
          country = d_.lex.find(LexKind::country, m.name);
          e = std::max<std::size_t>(e, m.tok_end);
        }
      if (!country || e + 1 >= t.size() || !iequals(t[e].text, "and")) continue;
      std::size_t q = e + 1;
      if (iequals(t[q].text, "the") || iequals(t[q].text, "a")) ++q;
      if (q + 1 < t.size() && t[q + 1].text == "'s") q += 2;  // "the country's opposition"
      if (q < t.size() && iequals(t[q].text, "opposition"))
        return d_.lex.delegation_adjective(*country) + " government-opposition";
      // "the guerrillas of", "a delegation from"
      if (q + 1 < t.size() && t[q].word && !t[q].cap && (iequals(t[q + 1].text, "of") || iequals(t[q + 1].text, "from")))
        q += 2;
      if (q < t.size() && iequals(t[q].text, "the")) ++q;
      for (const auto& m : s.mentions)
        if (m.tok_begin == q && m.type == EntityType::agency && !m.delegation && !m.outlet) {
          Mention c;
          c.type = EntityType::place;
          c.name = d_.lex.entry(*country).name;
          return d_.party_short(c) + "-" + d_.party_short(m);
        }
    }
    return {};
  }

  // "Indian and Chinese Corps Commanders met": two country adjectives joined by "and" name the
  // sides ("India-China"), or "".
  std::string adjective_pair(const SentenceMentions& s) const {
    const auto& t = s.tokens;
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
      if (!t[k].cap || !iequals(t[k + 1].text, "and") || !t[k + 2].cap) continue;
      const auto x = d_.lex.country_by_adjective(t[k].text), y = d_.lex.country_by_adjective(t[k + 2].text);
      if (!x || !y || *x == *y) continue;
      auto side = [&](std::uint32_t c) {
        Mention m;
        m.type = EntityType::place;
        m.name = d_.lex.entry(c).name;
        return d_.party_short(m);
      };
      return side(*x) + "-" + side(*y);
    }
    return {};
  }

 private:
  const Draft& d_;
};

}  // namespace

std::string in_lead(const Draft& d) { return TalkSides(d).negotiation_name(); }
std::string of_a_round(const Draft& d) { return TalkSides(d).sides_of_a_round(); }
std::string two_most_named(const Draft& d) { return TalkSides(d).two_most_named(); }

}  // namespace newsgraph::extract::article::sides
