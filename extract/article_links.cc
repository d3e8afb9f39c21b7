// Relations the article as a whole tells: rounds part of their agreement, bylines' authors
// members of the outlet, heads of different sides counterparts.
#include "extract/article_steps.h"

#include <algorithm>
#include <map>
#include <vector>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

class Links {
 public:
  explicit Links(Draft& d) : d_(d) {}

  void part_of() {
    const std::size_t n = d_.out.entities.size();
    for (std::size_t i = 0; i < n; ++i) {
      const Entity& e = d_.out.entities[i];
      if (e.type != EntityType::round || e.series.empty()) continue;
      auto a = d_.named_entity(EntityType::agreement, e.series, false);
      if (a) d_.relation(RelationType::part_of, i, *a, e.first_sentence > 0 ? e.first_sentence - 1 : 0);
    }
  }

  // Bylines: the authors work for the article's outlet (the first one it names).
  void authors() {
    std::optional<std::size_t> outlet;
    for (const auto& s : d_.sents) {
      for (const auto& m : s.mentions)
        if (m.outlet && !outlet && !photo_credit(s, m)) outlet = d_.named_entity(EntityType::agency, m.name, false);
    }
    if (!outlet) return;
    for (std::size_t si = 0; si < d_.sents.size(); ++si) {
      if (!d_.sents[si].byline) continue;
      for (const auto& m : d_.sents[si].mentions)
        if (m.type == EntityType::person)
          if (auto p = d_.named_entity(EntityType::person, m.name, false))
            d_.relation(RelationType::member_of, *p, *outlet, static_cast<int>(si));
    }
  }

  // Heads of different sides of the talks are counterparts.
  void counterparts() {
    std::map<std::size_t, std::vector<std::pair<std::size_t, int>>> leaders;  // delegation → (person, sentence)
    for (const auto& r : d_.out.relations)
      if (r.type == RelationType::leads && d_.out.entities[r.to].name.ends_with(" delegation"))
        leaders[r.to].push_back({r.from, r.sentence - 1});
    const auto delegations = std::count_if(d_.out.entities.begin(), d_.out.entities.end(), [](const Entity& e) {
      return e.type == EntityType::agency && e.name.ends_with(" delegation");
    });
    // Every side led by someone: each two sides' heads are counterparts (three-party talks give
    // three pairs); a delegation without a head says the talks have sides we cannot pair.
    if (leaders.size() < 2 || static_cast<std::size_t>(delegations) != leaders.size()) return;
    for (auto x = leaders.begin(); x != leaders.end(); ++x)
      for (auto y = std::next(x); y != leaders.end(); ++y)
        for (const auto& [p, sa] : x->second)
          for (const auto& [q, sb] : y->second) d_.relation(RelationType::counterpart_of, p, q, std::max(sa, sb));
  }

 private:
  Draft& d_;

  // "Picture: Getty", "(Photo: AFP)": an agency credited for a picture did not write the article;
  // nor did one a slash joins to its photographer ("(AGENCY/Ana Ruiz)", "Ana Ruiz / AGENCY").
  static bool photo_credit(const SentenceMentions& s, const Mention& m) {
    const auto& t = s.tokens;
    if ((m.tok_begin > 0 && t[m.tok_begin - 1].text == "/") || (m.tok_end < t.size() && t[m.tok_end].text == "/"))
      return true;
    if (m.tok_begin < 2 || s.tokens[m.tok_begin - 1].text != ":") return false;
    const Token& word = s.tokens[m.tok_begin - 2];
    return is(word, "picture") || is(word, "photo") || is(word, "image") || is(word, "photograph");
  }
};

}  // namespace

void part_of(Draft& d) { Links(d).part_of(); }
void authors(Draft& d) { Links(d).authors(); }
void counterparts(Draft& d) { Links(d).counterparts(); }

}  // namespace newsgraph::extract::article
