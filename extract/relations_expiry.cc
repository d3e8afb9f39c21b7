#include "extract/relations_rules.h"

namespace newsgraph::extract::rel {

void Expiry::expiry() {
  bool any_date = false;  // most sentences have none: no need to look for the verb
  for (int i = 0; i < count() && !any_date; ++i) any_date = m(i).type == EntityType::date;
  if (!any_date) return;
  const Cue* cue = expiry_cue();
  if (!cue) return;
  const std::size_t trig = cue->begin;
  rule_ = cue->rule;
  // the date after the verb
  int date = -1;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::date && m(i).tok_begin > trig && (date < 0 || m(i).tok_begin < m(date).tok_begin))
      date = i;
  if (date < 0) return;
  // "… the deal that expired on …" with no date → nothing; "expired in months" has no date mention.
  // "next year on January 17": the day told right after a year is in that year
  if (date + 1 < count()) {
    Mention& day = s_.mentions[static_cast<std::size_t>(date + 1)];
    const Date& year = m(date).date;
    if (day.type == EntityType::date && day.tok_begin <= m(date).tok_end + 1 && day.date.month && !year.month) {
      day.date.year = year.year;
      day.name = day.date.iso();
      ++date;
    }
  }
  int agreement = -1;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::agreement && m(i).tok_begin < trig && !(agreement >= 0 && complement(m(i))))
      agreement = i;
  if (agreement < 0) {
    for (int i = 0; i < count(); ++i)
      if (m(i).type == EntityType::agreement && m(i).tok_begin > trig && m(i).tok_begin < m(date).tok_begin) {
        agreement = i;
        break;
      }
  }
  if (agreement < 0) {
    previous_agreement_expiry(trig, date);
    return;
  }
  // a date that only says when the agreement was signed is not its end
  if (m(date).tok_begin > 0 && is(t_[m(date).tok_begin - 1], "since")) return;
  emit(RelationType::expires, end(agreement), end(date));
}

// "The current protocol to the agreement will expire …": an agreement after "to" or "of" is a
// complement of the subject, not what expires.
bool Expiry::complement(const Mention& a) const {
  std::size_t k = a.tok_begin;
  if (k > 0 && (is(t_[k - 1], "the") || is(t_[k - 1], "this"))) --k;
  return k > 0 && (is(t_[k - 1], "to") || is(t_[k - 1], "of"));
}

// "The Ganges treaty was signed in 1996. It expires in 2026.": "it" just before the verb is the
// agreement the sentence before ends on.
void Expiry::previous_agreement_expiry(std::size_t trig, int date) {
  if (si_ == 0 || trig == 0) return;
  // only auxiliaries between: "it is due to expire", "it will lapse", "it also expires"
  std::size_t k = trig;
  while (k > 0 && trig - k < 4 && is_any(t_[k - 1], lex_.words(Words::expiry_between))) --k;
  if (k == 0 || !is(t_[k - 1], "it")) return;
  const SentenceMentions& prev = all_[si_ - 1];
  int agreement = -1;
  for (std::size_t i = 0; i < prev.mentions.size(); ++i)
    if (prev.mentions[i].type == EntityType::agreement) agreement = static_cast<int>(i);
  if (agreement < 0) return;
  if (m(date).tok_begin > 0 && is(t_[m(date).tok_begin - 1], "since")) return;
  emit(RelationType::expires, {static_cast<int>(si_ - 1), agreement, EntityType::agreement, {}}, end(date));
}

}  // namespace newsgraph::extract::rel
