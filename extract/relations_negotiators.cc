#include "extract/relations_rules.h"

#include <algorithm>

namespace newsgraph::extract::rel {

bool Negotiators::negotiator(int p, std::size_t pb, std::size_t ae) {
  const std::size_t before = m(p).title >= 0 ? m(p).title_begin : pb;
  if (stacked_negotiator_title(p, before)) return true;
  if (m(p).title >= 0) {
    // "US Chief Negotiator Dan Mullaney": the title itself says who leads which side.
    const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(m(p).title));
    if (title.attr("role") == "negotiator" && lower(title.name).find("negotiator") != std::string::npos) {
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
  auto cue_in = [&](std::size_t b, std::size_t e) -> std::size_t {
    for (std::size_t k = b; k < e && k < n(); ++k) {
      if (is_any(t_[k], lex_.words(Words::negotiator_words))) {
        if (is(t_[k], "envoy")) {
          // an envoy to the talks or for negotiations, not any envoy
          bool about_talks = false;
          for (std::size_t q = k + 1; q < std::min(n(), k + 8); ++q)
            if (is(t_[q], "talks") || is(t_[q], "negotiations")) about_talks = true;
          if (!about_talks) continue;
        }
        if ((k > 0 && is(t_[k - 1], "deputy")) || (k > 1 && is(t_[k - 2], "deputy"))) continue;
        return k;
      }
    }
    return SIZE_MAX;
  };
  std::size_t cue = cue_in(wb, pb);
  std::optional<std::uint32_t> c;
  if (cue != SIZE_MAX) {
    c = side_in(wb, cue, cue);
  } else {
    cue = cue_in(m(p).tok_end, ae);
    if (cue == SIZE_MAX) return false;
    if (is(t_[cue], "represents") || is(t_[cue], "represent") || is(t_[cue], "representing") || is(t_[cue], "represented"))
      c = side_in(cue + 1, std::min(n(), cue + 4), cue);
    else
      c = side_in(m(p).tok_end, cue, cue);
  }
  if (!c) return false;
  emit(RelationType::leads, end(p), delegation_of(*c));
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
      if (title.kind != LexKind::title || k + tm.length != title_end || title.attr("role") != "negotiator" ||
          lower(title.name).find("negotiator") == std::string::npos)
        continue;
      if (auto c = side_in(k >= 3 ? k - 3 : 0, k, k)) {
        emit(RelationType::leads, end(p), delegation_of(*c));
        return true;
      }
    }
  return false;
}

}  // namespace newsgraph::extract::rel
