#include "extract/relations_rules.h"

namespace newsgraph::extract::rel {

void Membership::membership(int p, std::size_t pe, std::size_t ae) {
  // "US AIR Force's Lieutenant General Thomas Bussiere"
  const std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
  if (tb >= 2 && t_[tb - 1].text == "'s") {
    const int a = mention_at(tb - 2);
    if (a >= 0 && m(a).type == EntityType::agency && !m(a).delegation) emit(RelationType::member_of, end(p), end(a));
  }
  // Credits: "AFP/JOE KLAMAR", "(AP Photo/Jane Doe)"
  if (tb >= 2 && t_[tb - 1].text == "/") {
    std::size_t k = tb - 2;
    if (k >= 1 && is_any(t_[k], lex_.words(Words::photo))) --k;
    const int a = mention_at(k);
    if (a >= 0 && m(a).type == EntityType::agency && m(a).outlet) emit(RelationType::member_of, end(p), end(a));
  }
  // Credits: "(JOE KLAMAR / AFP)"
  if (pe + 1 < n() && t_[pe].text == "/") {
    const int a = mention_at(pe + 1);
    if (a >= 0 && m(a).type == EntityType::agency) emit(RelationType::member_of, end(p), end(a));
    return;
  }
  if (ae <= pe) {
    // e-mail byline without a comma: "Gi-Jae Han record@donga.com"
    if (pe + 2 < n() && t_[pe + 1].text == "@") {
      const int a = mention_at(pe + 2);
      if (a >= 0 && m(a).type == EntityType::agency) emit(RelationType::member_of, end(p), end(a));
    }
    return;
  }
  for (int i = 0; i < count(); ++i) {
    const Mention& a = m(i);
    if (a.type != EntityType::agency || a.delegation || a.tok_begin < pe || a.tok_begin >= ae) continue;
    // "X, head of A" is leads, handled above
    if (a.tok_begin >= 2 && is(t_[a.tok_begin - 1], "of") && is_any(t_[a.tok_begin - 2], lex_.words(Words::head_words))) continue;
    if (accredited_to(a.tok_begin) || titles_next_person(i)) continue;
    // "X, …, Xinhua news agency reported", "…, the Foreign Ministry said", "…, the press service
    // of the Foreign Ministry reported": the body is the report's source, not X's employer
    if (a.tok_end < n() && is_any(t_[a.tok_end], lex_.words(Words::report_verbs))) continue;
    emit(RelationType::member_of, end(p), end(i));
  }
}

// "A, B, Lebanese Petroleum Administration board member C": a body followed by a role and the
// next name is that person's, not the one before.
bool Membership::titles_next_person(int a) const {
  const std::size_t e = m(a).tok_end;
  for (int i = 0; i < count(); ++i) {
    if (m(i).type != EntityType::person) continue;
    const std::size_t b = m(i).title >= 0 ? m(i).title_begin : m(i).tok_begin;
    if (b < e || b > e + 3) continue;
    bool role = true;  // only lower-case words between: "board member"
    for (std::size_t k = e; k < b; ++k) role = role && t_[k].word && !t_[k].cap;
    if (role) return true;
  }
  return false;
}

// "X, …, who has been representing India in the Working Mechanism for …": X sits on the body
// a side is represented in.
void Membership::represents_in(int p, std::size_t pe) {
  for (std::size_t k = pe; k + 2 < n() && k < pe + 25; ++k) {
    const int mi = mention_at(k);
    if (mi >= 0 && m(mi).type == EntityType::person) return;
    if (t_[k].text == ";" || !is_any(t_[k], lex_.words(Words::representing))) continue;
    for (std::size_t q = k + 1; q + 1 < n() && q < k + 5; ++q) {
      if (!(is(t_[q], "in") || is(t_[q], "at") || is(t_[q], "on"))) continue;
      const int a = mention_at(is(t_[q + 1], "the") ? q + 2 : q + 1);
      if (a >= 0 && m(a).type == EntityType::agency && !m(a).delegation && !m(a).outlet)
        emit(RelationType::member_of, end(p), end(a));
      return;
    }
    return;
  }
}

// "said Ana Ruiz of the Lowy Institute", "led by Tom Reed at the Department for Business and
// Trade": the body right after the name is the person's own.
void Membership::affiliation(int p, std::size_t pe) {
  if (pe + 1 >= n() || !(is(t_[pe], "of") || is(t_[pe], "at") || is(t_[pe], "from"))) return;
  std::size_t k = pe + 1;
  if (is(t_[k], "the")) ++k;
  const int a = mention_at(k);
  if (a < 0 || m(a).tok_begin != k || m(a).type != EntityType::agency || m(a).delegation || m(a).outlet) return;
  if (is(t_[pe], "at")) {
    // "met with Mr Barnier at the European Commission's headquarters": a place of meeting
    if (m(a).tok_end < n() && t_[m(a).tok_end].text == "'s") return;
    const std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
    for (std::size_t q = tb >= 3 ? tb - 3 : 0; q < tb; ++q)
      if (is_any(t_[q], lex_.words(Words::met_with))) return;
  }
  emit(RelationType::member_of, end(p), end(a));
}

}  // namespace newsgraph::extract::rel
