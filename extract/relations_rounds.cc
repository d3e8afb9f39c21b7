#include "extract/relations_rules.h"

namespace newsgraph::extract::rel {

void Rounds::rounds() {
  TalksHeld held(*this);
  std::vector<int> rounds;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::round) rounds.push_back(i);
  if (rounds.empty()) {
    if (!held.counted_earlier_rounds() && !held.listed_meetings() && !held.meeting_at_place()) held.talks_held();
    return;
  }
  const bool expiry_sentence = has_expiry_trigger();
  for (std::size_t r = 0; r < rounds.size(); ++r) {
    const int ri = rounds[r];
    const std::size_t stop = r + 1 < rounds.size() ? m(rounds[r + 1]).tok_begin : n();
    int place = place_after(m(ri).tok_end, stop);
    const int before = r == 0 ? place_before(m(ri).tok_begin) : -1;
    if (place < 0 && before < 0) place = travelled_to(m(ri).tok_end, stop);
    // "reconvene in Kolkata for a two-day meeting … hosted at the Hyatt Regency hotel": the city
    // first (it names the round), the venue too (held-in keeps the most specific).
    if (before >= 0 && (place < 0 || venue_name(m(place).name))) emit(RelationType::held_in, end(ri), end(before));
    if (place >= 0) {
      emit(RelationType::held_in, end(ri), end(place));
    } else if (!ctx_.dateline_city.empty()) {
      // "The first round … has ended here": the city of the dateline
      // ("troops stationed here" is not the round's place: the word must follow a verb of meeting)
      for (std::size_t k = m(ri).tok_end; k < clause_end(m(ri).tok_end, stop); ++k)
        if (t_[k].text == "here" && is_any(t_[k - 1], lex_.words(Words::meet_here))) {
          emit(RelationType::held_in, end(ri), named(EntityType::place, ctx_.dateline_city));
          break;
        }
    }
    if (m(ri).modifier == "dated") {  // "Monday's meeting"
      for (int i = 0; i < count(); ++i)
        if (m(i).type == EntityType::date && m(i).tok_end + 1 == m(ri).tok_begin)
          emit(RelationType::held_on, end(ri), end(i));
      continue;
    }
    if (!expiry_sentence) {
      int date = -1;
      const std::size_t clause = clause_end(m(ri).tok_end, stop);
      for (int i = 0; i < count(); ++i)
        if (m(i).type == EntityType::date && m(i).tok_begin >= m(ri).tok_end && m(i).tok_begin < clause &&
            meeting_date(i) && (date < 0 || m(i).tok_begin < m(date).tok_begin))
          date = i;
      if (date >= 0) emit(RelationType::held_on, end(ri), end(date));
      else if (rounds.size() == 1) {
        const int before = last_date_before(m(ri).tok_begin);
        if (before >= 0 && meeting_date(before) && held_verb_between(m(before).tok_end, m(ri).tok_begin))
          emit(RelationType::held_on, end(ri), end(before));
        else if (const int met = date_before(m(ri).tok_begin); met >= 0)
          emit(RelationType::held_on, end(ri), end(met));
        else if (meeting_now(m(ri).tok_begin))
          emit(RelationType::held_on, end(ri), named(EntityType::date, ctx_.date->iso()));
        else if (m(ri).round == RoundRef::numbered && m(ri).ordinal == 1)
          if (auto opened = talks_opened_before()) emit(RelationType::held_on, end(ri), *opened);
      }
    }
  }
}

}  // namespace newsgraph::extract::rel
