// Where the article tells its rounds (see article_round_lookup.h).
#include "extract/article_round_lookup.h"

#include <algorithm>

namespace newsgraph::extract::article {

// The place a round mention is held in (from the held-in relations), or "".
std::string RoundLookup::held_in(std::size_t si, std::size_t mi) const {
  for (const auto& r : d_.rels)
    if (r.type == RelationType::held_in && r.from.sentence == static_cast<int>(si) &&
        r.from.mention == static_cast<int>(mi))
      return r.to.sentence < 0 ? r.to.name : d_.sents[r.to.sentence].mentions[r.to.mention].name;
  return {};
}

// Whether the lead (first sentence) names a round by its place, a few sentences before si, with
// no numbered round: "Talks will resume on Tuesday in Washington … The next round will commence
// with deputy-level meetings" tells one round twice.
bool RoundLookup::lead_round_ahead(std::size_t si) const {
  if (si == 0 || si > 3) return false;
  for (std::size_t k = 0; k <= si; ++k)
    for (const auto& m : d_.sents[k].mentions)
      if (m.type == EntityType::round && m.round == RoundRef::numbered) return false;
  for (const auto& m : d_.sents[0].mentions)
    if (m.type == EntityType::round && m.round == RoundRef::place_talks && !m.name.empty()) return true;
  return false;
}

// The one numbered round (by its number) named in sentences [b, e), or null.
const Mention* RoundLookup::numbered_in(std::size_t b, std::size_t e) const {
  const Mention* found = nullptr;
  for (std::size_t k = b; k < std::min(d_.sents.size(), e); ++k)
    for (const auto& m : d_.sents[k].mentions)
      if (m.type == EntityType::round && m.round == RoundRef::numbered && m.modifier.empty()) {
        if (found && found->ordinal != m.ordinal) return nullptr;
        found = &m;
      }
  return found;
}

// The one numbered round named in sentence si or the sentences beside it, or null.
const Mention* RoundLookup::numbered_near(std::size_t si) const { return numbered_in(si > 0 ? si - 1 : 0, si + 2); }

// The numbered round the article's lead (its first three sentences, the headline included) tells
// of, if it names one only: the round the article reports.
const Mention* RoundLookup::numbered_in_lead() const { return numbered_in(0, 3); }

// Whether the article names a round only by its place ("the talks in Portland"; `listed`:
// in a list, "earlier meetings took place in A in March and B in May"): the rounds'
// numbering then has gaps the text does not fill.
bool RoundLookup::has_placed_talks(bool listed) const {
  for (const auto& s : d_.sents)
    for (const auto& m : s.mentions)
      if (m.type == EntityType::round && m.round == RoundRef::place_talks && (!listed || m.modifier == "listed"))
        return true;
  return false;
}

// Sentence index of a round named in this or the 3 previous sentences (or, from a headline,
// the 2 next ones), or -1.
// ("Talks will resume on Tuesday in Washington … The next round will commence with …": a round
// told as the next one, unnumbered, after the lead is the lead's round, which its place names.)
int RoundLookup::recent_round(std::size_t si) const {
  auto has_round = [&](std::size_t k, bool ahead) {
    for (const auto& m : d_.sents[k].mentions)
      if (m.type == EntityType::round && m.round != RoundRef::place_talks &&
          !(ahead && m.round == RoundRef::relative && (m.modifier == "next" || m.modifier == "upcoming")))
        return true;
    return false;
  };
  for (std::size_t k = si + 1; k-- > 0 && si - k <= 3;)
    if (has_round(k, false)) return static_cast<int>(k);
  if (si == 0)
    for (std::size_t k = 1; k < std::min<std::size_t>(d_.sents.size(), 3); ++k)
      if (has_round(k, true)) return static_cast<int>(k);
  return -1;
}

}  // namespace newsgraph::extract::article
