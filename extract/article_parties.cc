// Countries party to an agreement: the sides of the talks, those written with the agreement
// ("Iran's nuclear deal", "the treaty with Canada", "EU-Seychelles …"), and lists of three or more.
#include "extract/article_steps.h"

#include <array>
#include <map>
#include <optional>
#include <set>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

class Parties {
 public:
  explicit Parties(Draft& d) : d_(d) {}

  // Countries that are sides of the negotiation: "X and Y" pairs of countries, and the
  // countries of delegations. They are parties to the article's agreement.
  void party_to() {
    named_parties();
    if (d_.main_series.empty()) return;
    const std::string target = d_.instances.size() == 1 && !d_.negotiated.empty() ? d_.negotiated : d_.main_series;
    auto agreement = d_.named_entity(EntityType::agreement, target, false);
    if (!agreement) return;
    // Asked by the three passes below: each sentence's tokens are read once.
    std::vector<bool> about(d_.sents.size());
    for (std::size_t si = 0; si < d_.sents.size(); ++si) about[si] = about_negotiation(d_.sents[si]);
    std::map<std::size_t, int> sides;  // country entity → first sentence
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      const auto& s = d_.sents[si];
      if (!about[si]) continue;
      for (std::size_t mi = 0; mi + 1 < s.mentions.size(); ++mi) {
        const Mention& a = s.mentions[mi];
        const Mention& b = s.mentions[mi + 1];
        if (a.type != EntityType::place || b.type != EntityType::place) continue;
        if (!d_.is_country(a) || !d_.is_country(b) || a.name == b.name || !paired(s, a, b, false)) continue;
        for (const Mention* x : {&a, &b})
          if (auto e = d_.named_entity(EntityType::place, x->name, false)) sides.emplace(*e, static_cast<int>(si));
      }
    }
    // "the top U.S. and Canadian trade negotiators": a country and a country adjective joined
    // by "and" before the people or things of the talks
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      const auto& s = d_.sents[si];
      if (!about[si]) continue;
      for (std::size_t k = 1; k + 2 < s.tokens.size(); ++k) {
        if (!iequals(s.tokens[k].text, "and") || s.tokens[k + 2].cap || !s.tokens[k + 2].word) continue;
        const std::string left = country_at(s, k, false), right = country_at(s, k + 1, true);
        if (left.empty() || right.empty() || left == right) continue;
        // one side a bare adjective ("Canadian"), not a mention of a body or place ("the UK and EU")
        auto bare_adjective = [&](std::size_t w) {
          for (const auto& m : s.mentions)
            if (m.tok_begin <= w && w < m.tok_end) return false;
          return d_.lex.country_by_adjective(s.tokens[w].text).has_value();
        };
        if (bare_adjective(k - 1) || bare_adjective(k + 1))
          for (const std::string& c : {left, right})
            if (auto e = d_.named_entity(EntityType::place, c, false)) sides.emplace(*e, static_cast<int>(si));
      }
    }
    // The countries of the delegations in the talks: led by someone, or named in a sentence
    // about the negotiation — not a delegation sent elsewhere ("Pyongyang's delegation to the
    // Winter Olympics").
    std::set<std::size_t> negotiating;
    for (const auto& r : d_.out.relations)
      if (r.type == RelationType::leads) negotiating.insert(r.to);
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      const auto& s = d_.sents[si];
      if (!about[si]) continue;
      for (const auto& m : s.mentions) {
        if (!m.delegation) continue;
        const bool elsewhere = m.tok_end < s.tokens.size() &&
                               (iequals(s.tokens[m.tok_end].text, "to") || s.tokens[m.tok_end].text == "'s");
        if (!elsewhere)
          if (auto d = d_.named_entity(EntityType::agency, m.name, false)) negotiating.insert(*d);
      }
    }
    for (std::size_t d : negotiating) {
      const Entity& e = d_.out.entities[d];
      if (!e.name.ends_with(" delegation") || e.country.empty()) continue;
      auto c = d_.lex.country_by_code(e.country);
      if (!c) continue;
      if (auto pe = d_.named_entity(EntityType::place, d_.lex.entry(*c).name, false)) sides.emplace(*pe, 0);
    }
    for (const auto& [country, si] : sides) d_.relation(RelationType::party_to, country, *agreement, si);
    listed_parties();
  }

 private:
  Draft& d_;

  // The country named by the place mention or the country adjective ending before token k
  // (starting at k with `at`), or "".
  std::string country_at(const SentenceMentions& s, std::size_t k, bool at) const {
    for (const auto& m : s.mentions)
      if (m.type == EntityType::place && d_.is_country(m) && (at ? m.tok_begin == k : m.tok_end == k)) return m.name;
    const std::size_t w = at ? k : k - 1;
    if (auto c = d_.lex.country_by_adjective(s.tokens[w].text)) return d_.lex.entry(*c).name;
    return {};
  }

  // Parties the text writes with the agreement itself: "Iran's nuclear deal", "renew the
  // Columbia River Treaty with Canada", "a deal between Kenya and Uganda", and the countries its
  // name starts with ("EU-Seychelles Fisheries Protocol", "Japan-Russia peace treaty").
  void named_parties() {
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      const auto& s = d_.sents[si];
      const auto& ms = s.mentions;
      for (std::size_t mi = 0; mi < ms.size(); ++mi) {
        const Mention& a = ms[mi];
        if (a.type != EntityType::agreement || a.name.empty()) continue;
        auto target = d_.named_entity(EntityType::agreement, a.name, false);
        if (!target) continue;
        auto party = [&](const Mention& c) {
          if (c.type != EntityType::place || !d_.is_country(c)) return;
          if (auto e = d_.named_entity(EntityType::place, c.name, false))
            d_.relation(RelationType::party_to, *e, *target, static_cast<int>(si));
        };
        // "Iran's nuclear deal", a country and an agreement or one name the lexicon knows
        if (mi > 0 && ms[mi - 1].tok_end + 1 == a.tok_begin && s.tokens[ms[mi - 1].tok_end].text == "'s")
          party(ms[mi - 1]);
        for (const auto& lm : d_.lex.matches(s.tokens, a.tok_begin)) {
          const LexEntry& c = d_.lex.entry(lm.entry);
          if (c.kind != LexKind::country || a.tok_begin + lm.length + 1 >= a.tok_end ||
              s.tokens[a.tok_begin + lm.length].text != "'s")
            continue;
          if (auto e = d_.named_entity(EntityType::place, c.name, false))
            d_.relation(RelationType::party_to, *e, *target, static_cast<int>(si));
        }
        // "the Economic Partnership Agreement Seychelles has with the EU", "the deal Japan signed"
        if (mi + 1 < ms.size() && ms[mi + 1].tok_begin == a.tok_end && ms[mi + 1].tok_end < s.tokens.size() &&
            is_any(s.tokens[ms[mi + 1].tok_end], d_.lex.words(Words::made))) {
          party(ms[mi + 1]);
          // … "with (the) Japan"
          std::size_t w = ms[mi + 1].tok_end + 1;
          if (w < s.tokens.size() && iequals(s.tokens[w].text, "with") && mi + 2 < ms.size() &&
              (ms[mi + 2].tok_begin == w + 1 || (ms[mi + 2].tok_begin == w + 2 && iequals(s.tokens[w + 1].text, "the"))))
            party(ms[mi + 2]);
        }
        // "… Treaty with Canada", "… deal between Kenya and Uganda"
        const std::size_t k = a.tok_end;
        const bool next_follows = mi + 1 < ms.size() && k + 1 < s.tokens.size() &&
                                  (ms[mi + 1].tok_begin == k + 1 ||
                                   (ms[mi + 1].tok_begin == k + 2 && iequals(s.tokens[k + 1].text, "the")));
        if (const std::size_t w = after_abbreviation(s, k); w < s.tokens.size() && iequals(s.tokens[w].text, "between"))
          if (const auto pair = two_countries_of(s, w + 1))
            for (const std::string& c : *pair)
              if (auto e = d_.named_entity(EntityType::place, c, false))
                d_.relation(RelationType::party_to, *e, *target, static_cast<int>(si));
        if (next_follows) {
          if (iequals(s.tokens[k].text, "with")) party(ms[mi + 1]);
          if (iequals(s.tokens[k].text, "between") && mi + 2 < ms.size() && paired(s, ms[mi + 1], ms[mi + 2], false)) {
            party(ms[mi + 1]);
            party(ms[mi + 2]);
          }
        }
      }
    }
    // "EU-Seychelles Fisheries Protocol": the countries before the first space, joined by dashes
    for (std::size_t i = 0; i < d_.out.entities.size(); ++i) {
      const Entity& e = d_.out.entities[i];
      if (e.type != EntityType::agreement) continue;
      const std::string head = e.name.substr(0, e.name.find(' '));
      if (head.find('-') == std::string::npos) continue;
      for (const auto& t : tokenize(head)) {
        if (!t.word) continue;
        auto c = d_.lex.find(LexKind::country, std::string(t.text));
        if (!c) continue;
        if (auto pe = d_.named_entity(EntityType::place, d_.lex.entry(*c).name, false))
          d_.relation(RelationType::party_to, *pe, i, std::max(0, d_.out.entities[i].first_sentence - 1));
      }
    }
  }

  // Token k, or the one after "(MDCA)" written at k.
  static std::size_t after_abbreviation(const SentenceMentions& s, std::size_t k) {
    if (k + 2 < s.tokens.size() && s.tokens[k].text == "(" && s.tokens[k + 2].text == ")") return k + 3;
    return k;
  }

  // "(between) their two countries", "the two nations", "both sides" at w: the two countries the
  // sentence names, by name or adjective ("Greek Foreign Minister X and the US Secretary of State
  // Y signed the MDCA between their two countries"), if it names exactly two.
  std::optional<std::array<std::string, 2>> two_countries_of(const SentenceMentions& s, std::size_t w) const {
    const auto& t = s.tokens;
    if (w < t.size() && is_any(t[w], d_.lex.words(Words::pair_determiners))) ++w;
    if (w < t.size() && iequals(t[w].text, "two")) ++w;
    if (w >= t.size() || !is_any(t[w], d_.lex.words(Words::side_nouns))) return std::nullopt;
    std::set<std::string> named;
    for (std::size_t k = 0; k < t.size(); ++k) {
      const Mention* at = nullptr;
      for (const auto& m : s.mentions)
        if (m.tok_begin == k && m.type == EntityType::place) at = &m;
      if (at && d_.is_country(*at)) named.insert(at->name);
      else if (auto c = d_.lex.country_by_adjective(t[k].text); c && t[k].cap) named.insert(d_.lex.entry(*c).name);
    }
    if (named.size() != 2) return std::nullopt;
    return std::array<std::string, 2>{*named.begin(), *named.rbegin()};
  }

  // "RCEP … involving … Australia, China, India, Japan, South Korea and New Zealand", "the other
  // powers involved - Britain, China, France, Germany and Russia": a list of three or more
  // countries in a sentence about an agreement are its parties.
  void listed_parties() {
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      const auto& s = d_.sents[si];
      const Mention* agreement = nullptr;
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agreement && !m.name.empty() && !agreement) agreement = &m;
      if (!agreement) continue;
      auto target = d_.named_entity(EntityType::agreement, agreement->name, false);
      if (!target) continue;
      std::vector<const Mention*> run;
      auto flush = [&] {
        if (run.size() >= 3)
          for (const Mention* c : run)
            if (auto e = d_.named_entity(EntityType::place, c->name, false))
              d_.relation(RelationType::party_to, *e, *target, static_cast<int>(si));
        run.clear();
      };
      for (const auto& m : s.mentions) {
        if (m.type != EntityType::place || !d_.is_country(m)) {
          if (m.type != EntityType::date) flush();
          continue;
        }
        if (!run.empty()) {
          // only commas and "and" between the countries of one list
          bool joined = true;
          for (std::size_t k = run.back()->tok_end; k < m.tok_begin; ++k) {
            const auto& t = s.tokens[k].text;
            joined = joined && (t == "," || iequals(t, "and"));
          }
          if (!joined) flush();
        }
        run.push_back(&m);
      }
      flush();
    }
  }

  // A sentence that speaks of the agreement or its negotiation.
  bool about_negotiation(const SentenceMentions& s) const {
    for (const auto& m : s.mentions)
      if (m.type == EntityType::agreement || m.type == EntityType::round) return true;
    for (const auto& t : s.tokens)
      if ((t.text.size() >= 8 && iequals(t.text.substr(0, 8), "negotiat")) || is_any(t, d_.lex.words(Words::deal_words))) return true;
    return false;
  }
};

}  // namespace

void party_to(Draft& d) { Parties(d).party_to(); }

}  // namespace newsgraph::extract::article
