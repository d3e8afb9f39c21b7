#include "extract/relations_rules.h"

#include <algorithm>

namespace newsgraph::extract::rel {

bool Negotiators::negotiator(int p, std::size_t pb, std::size_t ae) {
  const std::size_t before = m(p).title >= 0 ? m(p).title_begin : pb;
  if (stacked_negotiator_title(p, before)) return true;
  if (m(p).title >= 0) {
    // "US Chief Negotiator Dan Mullaney": the title itself says who leads which side.
    const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(m(p).title));
    if (title.attr("side") == "head") {
      if (auto c = side_in(before >= 3 ? before - 3 : 0, before, before)) {
        emit(RelationType::leads, end(p), delegation_of(*c));
        // "EU Chief Negotiator X" works for the EU as well
        if (before > 0 && mention_at(before - 1) >= 0 && m(mention_at(before - 1)).type == EntityType::agency)
          emit(RelationType::member_of, end(p), end(mention_at(before - 1)));
        return true;
      }
    }
  }
  // Before the name (title included): up to 12 tokens of the same clause.
  std::size_t wb = before;
  // A coordinated name ("A, Seoul's chief negotiator, and B") does not inherit A's cue.
  while (wb > 0 && before - wb < 12 && t_[wb - 1].text != "." && t_[wb - 1].text != ";" &&
         !is(t_[wb - 1], "and") && !is(t_[wb - 1], "while")) {
    const int mi = mention_at(wb - 1);
    if (mi >= 0 && m(mi).type == EntityType::person) break;
    --wb;
  }
  // a negotiator's word (data/patterns/negotiators.pat) in [b, e), the first
  auto cue_in = [&](std::size_t b, std::size_t e) -> const Cue* {
    const Cue* first = nullptr;
    for (const Cue& c : s_.cues)
      if ((c.kind == "negotiator" || c.kind == "represents") && c.begin >= b && c.begin < e &&
          (!first || c.begin < first->begin))
        first = &c;
    return first;
  };
  std::optional<std::uint32_t> c;
  const Cue* cue = cue_in(wb, pb);
  if (cue) {
    c = side_in(wb, cue->begin, cue->begin);
  } else {
    cue = cue_in(m(p).tok_end, ae);
    if (!cue) return false;
    const std::size_t k = cue->begin;
    c = cue->kind == "represents" ? side_in(k + 1, std::min(n(), k + 4), k) : side_in(m(p).tok_end, k, k);
  }
  if (!c) return false;
  emit_by(*cue, RelationType::leads, end(p), delegation_of(*c));
  return true;
}

// Two titles for one person, "EU Chief Negotiator and Deputy Director-General for Trade X":
// the first, a negotiator's with its side before it, makes X head of that side's delegation.
bool Negotiators::stacked_negotiator_title(int p, std::size_t before) {
  if (before < 3 || !is(t_[before - 1], "and")) return false;
  const std::size_t title_end = before - 1;
  for (std::size_t k = title_end >= 4 ? title_end - 4 : 0; k < title_end; ++k)
    for (const auto& tm : lex_.matches(t_, k)) {
      const LexEntry& title = lex_.entry(tm.entry);
      if (title.kind != LexKind::title || k + tm.length != title_end || title.attr("side") != "head") continue;
      if (auto c = side_in(k >= 3 ? k - 3 : 0, k, k)) {
        emit(RelationType::leads, end(p), delegation_of(*c));
        return true;
      }
    }
  return false;
}

}  // namespace newsgraph::extract::rel
