#include "extract/relations_rules.h"

namespace newsgraph::extract::rel {

// A career told after the name: "X previously served as deputy chief of mission at the U.S.
// Embassy in Nairobi, director of the Office of …", "X worked at the World Bank": each body named
// in the clause is the person's (led by them after "director of", "head of" …).
void Careers::career(const RelEnd& who, std::size_t from) {
  std::size_t v = from;
  while (v < n() && v < from + 3 && is_any(t_[v], lex_.words(Words::career_between))) ++v;
  // the verb, data/patterns/careers.pat ("was" only as "previously was", "was a former")
  const Cue* verb = v < n() ? cue_from("career", v) : nullptr;
  if (!verb) return;
  for (int i = 0; i < count(); ++i) {
    const Mention& a = m(i);
    if (a.tok_begin <= v) continue;
    if (a.type == EntityType::person || t_[a.tok_begin].text == ";") break;
    if (a.type != EntityType::agency || a.delegation || a.outlet) continue;
    emit_by(*verb, heads_after(a.tok_begin) ? RelationType::leads : RelationType::member_of, who, end(i));
  }
}

// "Before joining the State Department, Reed worked …": the body the person joined.
void Careers::joined_before(int p) {
  const Cue* start = first_cue("career-start");  // data/patterns/careers.pat
  if (!start) return;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::agency && !m(i).delegation && m(i).tok_end <= m(p).tok_begin &&
        m(i).tok_begin <= start->begin + 3)
      emit_by(*start, RelationType::member_of, end(p), end(i));
}

// "He previously served as …": a career told of the last person of the sentence before.
void Careers::pronoun_career() {
  if (si_ == 0 || n() < 3) return;
  std::size_t k = 0;
  while (k < n() && !t_[k].word) ++k;
  if (k >= n() || !(t_[k].text == "He" || t_[k].text == "She")) return;
  const auto& prev = all_[si_ - 1].mentions;
  for (std::size_t i = prev.size(); i-- > 0;)
    if (prev[i].type == EntityType::person) {
      career({static_cast<int>(si_ - 1), static_cast<int>(i), EntityType::person, {}}, k + 1);
      return;
    }
}

}  // namespace newsgraph::extract::rel
