#include "extract/relations_rules.h"

#include <algorithm>

namespace newsgraph::extract::rel {

// "D was led by its Foreign Minister, X": "by", a short description with one comma, the person.
bool DescribedLeads::led_by_described(int p) {
  const std::size_t pb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
  if (pb < 3 || t_[pb - 1].text != ",") return false;
  // (the description may name a body: "headed by the secretary of the Supreme National Security
  // Council, X")
  for (std::size_t k = pb - 1; k-- > 1 && k + 13 > pb;) {
    if (const Cue* by = cue_to("led-by", k + 1)) {  // data/patterns/leads.pat
      const int d = subject_agency(by->begin);
      if (d < 0) return false;
      emit(RelationType::leads, end(p), end(d));
      described_ministry(p, d, k + 1, pb - 1);
      described_body(p, k + 1, pb - 1);
      return true;
    }
    if (is(t_[k], "by")) return false;  // another verb's "by"
    const int mi = mention_at(k);
    if (!t_[k].word || (mi >= 0 && m(mi).type != EntityType::place && m(mi).type != EntityType::agency)) return false;
  }
  return false;
}

// "headed by the secretary of the Supreme National Security Council, X": X works in the body the
// description names (heads it after "chairman of").
void DescribedLeads::described_body(int p, std::size_t b, std::size_t e) {
  for (int i = 0; i < count(); ++i) {
    const Mention& a = m(i);
    if (a.type != EntityType::agency || a.delegation || a.outlet || a.tok_begin < b || a.tok_end > e) continue;
    if (accredited_to(a.tok_begin)) continue;  // "Representative of Peru to the United Nations"
    emit(heads_after(a.tok_begin) ? RelationType::leads : RelationType::member_of, end(p), end(i));
  }
}

// "The Iraqi delegation was led by its Foreign Minister, X": the title in the description makes
// X head of the ministry of the delegation's country, where the article names that ministry.
void DescribedLeads::described_ministry(int p, int d, std::size_t b, std::size_t e) {
  const auto c = country_of(m(d));
  if (!c) return;
  for (std::size_t k = b; k < e; ++k)
    for (const auto& tm : lex_.matches(t_, k)) {
      const LexEntry& title = lex_.entry(tm.entry);
      if (title.kind != LexKind::title || title.attr("role") != "head" || k + tm.length > e) continue;
      const std::string org = title.attr("org");
      const std::string dept = lex_.ministry_for(org.substr(0, org.find(' ')));
      if (org.empty() || dept.empty()) continue;
      emit(RelationType::leads, end(p),
           named(EntityType::agency, "Ministry of " + dept + " of " + ministry_country(lex_.entry(*c))));
      return;
    }
}

// "From the Japanese side, Mr. X, Deputy Minister (Chief Delegate)": the side named before.
bool DescribedLeads::chief_delegate(int p, std::size_t pe, std::size_t ae) {
  // "(Chief Delegate)", "head of delegation" in the appositive (data/patterns/members.pat)
  const bool cue = std::any_of(s_.cues.begin(), s_.cues.end(), [&](const Cue& c) {
    return c.kind == "chief-delegate" && c.begin >= pe && c.begin + 1 < std::min(n(), ae + 2);
  });
  if (!cue) return false;
  int d = -1;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::agency && m(i).delegation && m(i).tok_end <= m(p).tok_begin) d = i;
  if (d < 0) return false;
  emit(RelationType::leads, end(p), end(d));
  return true;
}

// "head of the D X": a head word, "of", a delegation (or agency) mention, then the person.
bool DescribedLeads::head_of_before(int p) {
  std::size_t k = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
  // "the speaker of the National Assembly, opposition leader X": a short description between
  std::size_t q0 = k;
  // (not "and": ", and X" adds another person, whom the head before is no description of)
  while (q0 > 0 && k - q0 < 3 && t_[q0 - 1].word && !t_[q0 - 1].cap && !is(t_[q0 - 1], "and")) --q0;
  if (q0 < k && q0 > 0 && t_[q0 - 1].text == ",") k = q0;
  if (k > 0 && t_[k - 1].text == ",") --k;
  int a = k > 0 ? mention_at(k - 1) : -1;
  if (a >= 0 && m(a).tok_end != k) a = -1;
  if (a >= 0 && m(a).type != EntityType::agency) a = delegation_before_phrases(a);
  if (a < 0 || m(a).type != EntityType::agency) return false;
  std::size_t q = m(a).tok_begin;
  if (q > 0 && is(t_[q - 1], "the")) --q;
  if (q < 2 || !is(t_[q - 1], "of") || !is_any(t_[q - 2], lex_.words(Words::head_words))) return false;
  // "A, head of the office of the President of the Region, B": A is the head (B the President)
  if (q >= 4 && t_[q - 3].text == "," && mention_at(q - 4) >= 0 && m(mention_at(q - 4)).type == EntityType::person)
    return false;
  emit(RelationType::leads, end(p), end(a));
  return true;
}

// "the head of the delegation of Norway before the dialogue table in Mexico, X": the delegation
// before phrases that open with a preposition and end with the name `last` (a place, a body)
// right before the person; -1 if there is none. No comma, person or verb between ("… to the talks
// met in Lima X"): the phrases only say where the delegation is.
int DescribedLeads::delegation_before_phrases(int last) const {
  const std::size_t stop = m(last).tok_begin;
  auto verb = [&](const Token& t) {
    return !t.cap && (t.text.ends_with("ed") || is_any(t, lex_.words(Words::meet_verbs)) || is_any(t, lex_.words(Words::met)) ||
                      is_any(t, lex_.words(Words::held_verbs)) || is_any(t, lex_.words(Words::visit)) ||
                      is_any(t, lex_.words(Words::arrive)));
  };
  for (std::size_t q = stop; q > 0 && stop - q < 12; --q) {
    const Token& t = t_[q - 1];
    if (t.text == "," || t.text == ";" || cue_from("speech", q - 1) || verb(t)) return -1;
    const int mi = mention_at(q - 1);
    if (mi < 0) continue;
    if (m(mi).type == EntityType::person) return -1;
    if (m(mi).type != EntityType::agency || !m(mi).delegation || m(mi).tok_end != q) continue;
    const Token& prep = t_[q];
    return is_any(prep, lex_.words(Words::location_prepositions)) || is(prep, "before") || is(prep, "for") ? mi : -1;
  }
  return -1;
}

// "Japan will be represented by A and Russia by B": the verb left out after "and"; B heads
// the delegation of the side before "by".
bool DescribedLeads::gapped_representation(int p) {
  const std::size_t tb = m(p).title >= 0 ? m(p).title_begin : m(p).tok_begin;
  if (tb < 4 || !is(t_[tb - 1], "by")) return false;
  const int side = mention_at(tb - 2);
  if (side < 0 || m(side).tok_end != tb - 1) return false;
  const std::size_t sb = m(side).tok_begin;
  if (sb < 2 || !(is(t_[sb - 1], "and") || t_[sb - 1].text == ",")) return false;
  bool verb = false;  // the verb the clause leaves out: "represented by", "led by" (a led-by cue)
  for (std::size_t k = 1; k + 1 < sb; ++k) verb = verb || (is(t_[k + 1], "by") && is(t_[k], "represented"));
  for (const Cue& c : s_.cues) verb = verb || (c.kind == "led-by" && c.begin >= 1 && c.end <= sb);
  if (!verb) return false;
  std::optional<std::uint32_t> c;
  if (m(side).type == EntityType::agency && m(side).delegation) {
    emit(RelationType::leads, end(p), end(side));
    return true;
  }
  if (!(c = country_of(m(side)))) return false;
  emit(RelationType::leads, end(p), delegation_of(*c));
  return true;
}

}  // namespace newsgraph::extract::rel
