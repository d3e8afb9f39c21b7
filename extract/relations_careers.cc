#include "extract/relations_rules.h"

namespace newsgraph::extract::rel {

// A career told after the name: "X previously served as deputy chief of mission at the U.S.
// Embassy in Nairobi, director of the Office of …", "X worked at the World Bank": each body named
// in the clause is the person's (led by them after "director of", "head of" …).
void Careers::career(const RelEnd& who, std::size_t from) {
  std::size_t v = from;
  while (v < n() && v < from + 3 && is_any(t_[v], lex_.words(Words::career_between))) ++v;
  if (v >= n() || !is_any(t_[v], lex_.words(Words::career_verbs))) return;
  // "was" tells a career only with "previously"/"formerly" before or "a former" after it
  if (is(t_[v], "was") && !(v > from && (is(t_[v - 1], "previously") || is(t_[v - 1], "formerly"))) &&
      !(v + 2 < n() && is(t_[v + 2], "former")))
    return;
  for (int i = 0; i < count(); ++i) {
    const Mention& a = m(i);
    if (a.tok_begin <= v) continue;
    if (a.type == EntityType::person || t_[a.tok_begin].text == ";") break;
    if (a.type != EntityType::agency || a.delegation || a.outlet) continue;
    emit(heads_after(a.tok_begin) ? RelationType::leads : RelationType::member_of, who, end(i));
  }
}

// "Before joining the State Department, Reed worked …": the body the person joined.
void Careers::joined_before(int p) {
  std::size_t k = 0;
  while (k < n() && !t_[k].word) ++k;
  if (k + 2 >= n() || !(is(t_[k], "before") || is(t_[k], "after") || is(t_[k], "since")) ||
      !(is(t_[k + 1], "joining") || is(t_[k + 1], "leaving")))
    return;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::agency && !m(i).delegation && m(i).tok_end <= m(p).tok_begin &&
        m(i).tok_begin <= k + 3)
      emit(RelationType::member_of, end(p), end(i));
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
