// What talks of no agreement are called: a named dialogue, else their sides ("UK-EU",
// "Colombia-ELN", "India-China"), else the body whose meetings they are.
#include "extract/article_steps.h"

#include <algorithm>
#include <map>

#include "extract/article_draft.h"
#include "extract/article_talk_sides.h"

namespace newsgraph::extract::article {
namespace {

class Talks {
 public:
  explicit Talks(const Draft& d) : d_(d) {}

  // What rounds of no agreement are named after: the dialogue, else the sides, else the body
  // whose numbered meetings they are ("the first session of the Intergovernmental Negotiating
  // Committee"), else the country most named (one country is no pair of sides: a body the
  // rounds are written with says more), else the body most named.
  std::string talks_name() const {
    std::string name = dialogue_name();
    if (name.empty()) name = sides::in_lead(d_);
    if (name.empty()) name = sides::of_a_round(d_);
    if (name.empty()) name = meeting_body();
    if (name.empty()) name = sides::two_most_named(d_);
    if (name.empty()) name = most_named_country();
    return name.empty() ? most_named_body() : name;
  }

  // The body whose rounds they are, where the talks have no sides: "the sixth round of meetings
  // of the Constitutional Committee" → "Constitutional Committee" (a few words after the round),
  // "the Andean Council's 13th ministerial conference" (the body owning the round).
  std::string meeting_body() const {
    const auto body = [](const Mention& a) {
      return a.type == EntityType::agency && !a.delegation && !a.outlet && !a.name.empty();
    };
    for (const auto& s : d_.sents)
      for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
        const Mention& r = s.mentions[i];
        const Mention& a = s.mentions[i + 1];
        if (r.type == EntityType::round && r.round == RoundRef::numbered && body(a) && a.tok_begin > r.tok_end &&
            a.tok_begin <= r.tok_end + 5)
          return a.name;
        // the body i, "'s", the round i + 1 (or its code: "13th ministerial conference (MC13)")
        const Mention& owned = a;
        if (owned.type == EntityType::round && owned.round == RoundRef::numbered && body(r) &&
            r.tok_end < s.tokens.size() && s.tokens[r.tok_end].text == "'s" && owned.tok_begin <= r.tok_end + 6)
          return d_.party_short(r);  // as the body's other rounds are named ("WTO")
      }
    return {};
  }

 private:
  const Draft& d_;

  // The talks' own name where they are a named dialogue: "the U.S.-Russia Strategic Stability
  // Dialogue has convened" → "U.S.-Russia Strategic Stability Dialogue" (capitalised words up to
  // "Dialogue"; at least two before it, so that a bare "Strategic Dialogue" names no sides).
  std::string dialogue_name() const {
    for (const auto& s : d_.sents) {
      const auto& t = s.tokens;
      for (std::size_t k = 2; k < t.size(); ++k) {
        if (t[k].text != "Dialogue") continue;
        std::size_t b = k;
        while (b > 0 && (t[b - 1].cap || ((t[b - 1].text == "-" || t[b - 1].text == ".") && b > 1 && t[b - 2].cap)))
          --b;
        if (b < k && (t[b].text == "-" || t[b].text == ".")) ++b;
        int words = 0;
        for (std::size_t q = b; q < k; ++q) words += t[q].word && t[q].cap;
        if (words < 3 || iequals(t[b].text, "The")) continue;
        return std::string(s.text.substr(t[b].begin, t[k].end() - t[b].begin));
      }
    }
    return {};
  }

  // Talks of no sides the article names, where one body comes up again and again ("the WTO's
  // ministerial conference in Abu Dhabi"): the body, so that such talks in one city are not every
  // article's "Geneva round of talks".
  std::string most_named_body() const {
    std::map<std::string, std::pair<int, const Mention*>> counts;
    for (const auto& s : d_.sents)
      for (const auto& m : s.mentions)
        if (m.type == EntityType::agency && !m.delegation && !m.outlet && !m.name.empty())
          ++counts.try_emplace(m.name, 0, &m).first->second.first;
    const Mention* best = nullptr;
    int most = 1;  // a body named once is no topic
    for (const auto& [name, c] : counts)
      if (c.first > most) best = c.second, most = c.first;
    return best ? d_.party_short(*best) : std::string();
  }

  // The country named most as an actor, its adjective counted ("the Syrian parties' talks in
  // Geneva": Syria, not the host), else named most at all.
  std::string most_named_country() const {
    std::map<std::string, int> actors = d_.ctx.actor_counts;
    for (const auto& [code, n] : d_.ctx.adjective_counts) actors[code] += n;
    const std::map<std::string, int>* lists[] = {&actors, &d_.ctx.country_counts};
    for (const auto* counts : lists) {
      std::string best;
      int count = 1;  // a country named once is no side of the talks
      for (const auto& [code, n] : *counts)
        if (n > count)
          if (auto c = d_.lex.country_by_code(code)) {
            best = d_.lex.entry(*c).name;
            count = n;
          }
      if (!best.empty()) return best;
    }
    return {};
  }
};

}  // namespace

std::string talks_name(const Draft& d) { return Talks(d).talks_name(); }
std::string meeting_body(const Draft& d) { return Talks(d).meeting_body(); }

}  // namespace newsgraph::extract::article
