#include "extract/relations_rules.h"

#include <algorithm>

namespace newsgraph::extract::rel {

// "The talks were held in Washington from Friday to Sunday", "at their talks in Washington on
// Jan. 14": a round named by its place (extractor.cc decides whether it is a round seen before).
void TalksHeld::talks_held() {
  for (std::size_t k = 0; k < n(); ++k) {
    const bool talks = is_any(t_[k], lex_.words(Words::talks_nouns));
    // "The new meeting took place …": a meeting as the subject, never "at a meeting in X"
    if (!talks && !(is_any(t_[k], lex_.words(Words::meeting_one)) && subject_at(k))) continue;
    if (habitual()) return;  // "The meeting is held annually alternately in A and B
    // "talks in X" or "talks … (were) held in X" within a few tokens
    std::size_t e = std::min(n(), k + 5);
    bool held = false;
    for (std::size_t q = k + 1; q < e; ++q)
      if (is_any(t_[q], lex_.words(Words::held_verbs)) || is(t_[q], "place")) held = true;
    const bool direct = k + 1 < n() && (is(t_[k + 1], "in") || is(t_[k + 1], "at"));
    int place = held || direct ? place_after(k + 1, std::min(n(), k + 14)) : -1;
    // "Consultations between A and B on the treaty began on Tuesday in Geneva", "The
    // negotiations will last three days from Dec. 11 in Seoul": the verb near the place.
    if (place < 0) place = place_after_verb(k + 1, std::min(n(), k + 35));
    if (place < 0) {
      if (dated_talks(k)) return;
      continue;
    }
    if (visit_to_leader(k, place)) continue;
    const Mention& pl = m(place);
    // Only a city or venue names a round; "talks in South Korea" says too little, but places
    // a round named just before ("the nine-day negotiations in the Gulf state of Qatar").
    const auto c = lex_.country_by_code(pl.country);
    Mention round;
    round.type = EntityType::round;
    round.round = RoundRef::place_talks;
    if (c && lex_.entry(*c).name == pl.name) round.modifier = "country";
    round.tok_begin = static_cast<std::uint32_t>(k);
    round.tok_end = static_cast<std::uint32_t>(k + 1);
    round.surface = "talks in " + pl.name;
    round.alias_only = true;  // "talks in Washington" describes, it does not name
    s_.mentions.push_back(round);
    const int ri = count() - 1;
    if (const int city = city_after_venue(place); city >= 0) emit(RelationType::held_in, end(ri), end(city));
    emit(RelationType::held_in, end(ri), end(place));
    if (!m(ri).modifier.empty()) return;  // a round told before has its date there
    const int date = first_of(EntityType::date, k + 1, n());
    if (date >= 0 && meeting_date(date) && !has_expiry_trigger()) emit(RelationType::held_on, end(ri), end(date));
    return;
  }
}

// "The envoy also held talks in Lisbon with Portuguese Prime Minister X": one person's talks at a
// place with a head of government or state are a visit, not a round of the negotiation.
bool TalksHeld::visit_to_leader(std::size_t k, int place) const {
  std::size_t v = k;  // the verb before the talks: "held talks", "also held talks"
  if (v == 0 || !is_any(t_[v - 1], lex_.words(Words::held_verbs))) return false;
  --v;
  if (v > 0 && is(t_[v - 1], "also")) --v;
  const int subject = v > 0 ? mention_at(v - 1) : -1;
  if (subject < 0 || m(subject).type != EntityType::person) return false;
  const std::size_t w = m(place).tok_end;
  if (w >= n() || !is(t_[w], "with")) return false;
  for (int i = 0; i < count(); ++i) {
    const Mention& x = m(i);
    if (x.type != EntityType::person || x.title < 0 || x.title_begin < w + 1 || x.title_begin > w + 3) continue;
    const LexEntry& title = lex_.entry(static_cast<std::uint32_t>(x.title));
    if (title.attr("role") == "head" && (title.attr("org") == "government" || title.name == "President")) return true;
  }
  return false;
}

// "The negotiating teams will meet again in Montevideo, Uruguay from 10 to 14 September",
// "negotiators were meeting in Washington this week": the sides meeting at a place are a round
// there (extractor.cc decides whether it is one seen before).
bool TalksHeld::meeting_at_place() {
  for (std::size_t k = 1; k + 2 < n(); ++k) {
    const bool again = is_any(t_[k], lex_.words(Words::meet_again)) && is(t_[k + 1], "again");
    const bool ongoing = is(t_[k], "meeting") && is_any(t_[k - 1], lex_.words(Words::be_finite));
    if (!again && !ongoing) continue;
    const std::size_t b = k + (again ? 2 : 1);
    const int place = place_after(b, std::min(n(), b + 3));
    if (place < 0 || m(place).tok_begin != b + 1) continue;
    if (auto c = lex_.country_by_code(m(place).country); c && lex_.entry(*c).name == m(place).name) continue;
    Mention round;
    round.type = EntityType::round;
    round.round = RoundRef::place_talks;
    round.tok_begin = static_cast<std::uint32_t>(k);
    round.tok_end = static_cast<std::uint32_t>(k + 1);
    round.surface = "talks in " + m(place).name;
    round.alias_only = true;
    if (again) round.modifier = "again";  // another meeting, never the round just named
    s_.mentions.push_back(round);
    const int ri = count() - 1;
    emit(RelationType::held_in, end(ri), end(place));
    const int date = first_of(EntityType::date, m(place).tok_end, clause_end(m(place).tok_end, n()));
    if (date >= 0 && meeting_date(date)) emit(RelationType::held_on, end(ri), end(date));
    return true;
  }
  return false;
}

// "Talks began Sunday.", "The new meeting took place this Monday": the talks as the subject of a
// verb of holding or beginning, then a date; no place. The date of the round named just before
// (extractor.cc names it; with no round nearby it names nothing).
bool TalksHeld::dated_talks(std::size_t k) {
  if (!subject_at(k) || has_expiry_trigger()) return false;
  std::size_t v = k + 1;
  while (v < n() && v < k + 3 && is_any(t_[v], lex_.words(Words::aux_past)))
    ++v;
  if (v >= n() || !is_any(t_[v], lex_.words(Words::began))) return false;
  const int date = first_of(EntityType::date, v + 1, std::min(n(), v + 5));
  if (date < 0 || m(date).date.day == 0 || !meeting_date(date)) return false;
  Mention round;
  round.type = EntityType::round;
  round.round = RoundRef::place_talks;
  round.modifier = "dated";
  round.tok_begin = static_cast<std::uint32_t>(k);
  round.tok_end = static_cast<std::uint32_t>(k + 1);
  round.alias_only = true;
  s_.mentions.push_back(round);
  emit(RelationType::held_on, end(count() - 1), end(date));
  return true;
}

// "Earlier meetings took place in Honolulu in March, on Jeju Island in April and in Washington,
// D.C. in May": one round per place listed, each with the date that follows its place.
// The word that opens a list of meetings ("Earlier meetings took place", "The previous ones
// took place", "started negotiations in A, followed by talks in B"), or n().
std::size_t TalksHeld::listed_start() const {
  for (std::size_t k = 0; k < n(); ++k) {
    const bool meetings = is_any(t_[k], lex_.words(Words::meetings_listed));
    // "The previous ones", "the earlier ones": rounds named in the sentence before
    const bool ones = is(t_[k], "ones") && k > 0 && is_any(t_[k - 1], lex_.words(Words::earlier));
    if (meetings || ones) {
      // a count ("eight rounds", "the first six rounds") says which rounds no more than it names them
      if (k > 0 && (t_[k - 1].digit || is_any(t_[k - 1], lex_.words(Words::few))))
        return n();
      for (std::size_t q = k + 1; q < std::min(n(), k + 4); ++q)
        if (is_any(t_[q], lex_.words(Words::held_verbs))) return k;
      return n();
    }
    // "The two sides started negotiations … in Honolulu in March, followed by talks on Jeju Island"
    if (is_any(t_[k], lex_.words(Words::talks_core)) && k > 0 && is_any(t_[k - 1], lex_.words(Words::started)))
      for (std::size_t q = k + 1; q + 1 < n(); ++q)
        if (is(t_[q], "followed") && is(t_[q + 1], "by")) return k;
  }
  return n();
}

// "Like the two previous U.S.-Russia Strategic Stability Dialogues in Geneva last year": that
// many earlier rounds, each held at the place and on the date told (extractor.cc numbers them
// back from the highest numbered round where the count fits).
bool TalksHeld::counted_earlier_rounds() {
  for (std::size_t k = 1; k + 2 < n(); ++k) {
    if (!is(t_[k], "previous") && !is(t_[k], "earlier")) continue;
    const int told = is(t_[k - 1], "two") ? 2 : is(t_[k - 1], "three") ? 3 : is(t_[k - 1], "four") ? 4 : 0;
    if (told == 0) continue;
    std::size_t h = k + 1;
    while (h < n() && h < k + 8 && !is_any(t_[h], lex_.words(Words::meetings)) && (t_[h].word || t_[h].text == "-" || t_[h].text == "."))
      ++h;
    if (h >= n() || !is_any(t_[h], lex_.words(Words::meetings))) continue;
    const int place = place_after(h + 1, std::min(n(), h + 4));
    if (place < 0) continue;
    const int date = first_of(EntityType::date, m(place).tok_end, clause_end(m(place).tok_end, n()));
    for (int j = 0; j < told; ++j) {
      Mention round;
      round.type = EntityType::round;
      round.round = RoundRef::place_talks;
      round.modifier = "listed";
      round.tok_begin = static_cast<std::uint32_t>(h);
      round.tok_end = static_cast<std::uint32_t>(h);
      round.alias_only = true;
      s_.mentions.push_back(round);
      const int ri = count() - 1;
      emit(RelationType::held_in, end(ri), end(place));
      if (date >= 0 && meeting_date(date)) emit(RelationType::held_on, end(ri), end(date));
    }
    return true;
  }
  return false;
}

// Whether [b, e) holds at most a few capitalised words and stops ("D.C.", ", Hawaii").
bool TalksHeld::only_names_between(std::size_t b, std::size_t e) const {
  if (e > b + 5) return false;
  for (std::size_t k = b; k < e; ++k)
    if (t_[k].word && !t_[k].cap) return false;
  return true;
}

bool TalksHeld::listed_meetings() {
  const std::size_t k = listed_start();
  if (k == n()) return false;
  std::vector<int> places;
  for (int i = 0; i < count(); ++i) {
    const Mention& x = m(i);
    if (x.type != EntityType::place || x.tok_begin <= k || x.tok_begin == 0) continue;
    std::size_t p = x.tok_begin - 1;
    if (is(t_[p], "the") && p > 0) --p;
    // "in Washington D.C., Seoul and Seattle": a place listed right after a listed place
    const bool next_in_list = !places.empty() && (t_[p].text == "," || is(t_[p], "and")) &&
                              only_names_between(m(places.back()).tok_end, p);
    if (!is_any(t_[p], lex_.words(Words::place_prepositions)) && !next_in_list) continue;
    if (auto c = lex_.country_by_code(x.country); c && lex_.entry(*c).name == x.name) continue;
    places.push_back(i);
  }
  if (places.size() < 2) return false;
  for (std::size_t j = 0; j < places.size(); ++j) {
    const int place = places[j];
    const std::size_t stop = j + 1 < places.size() ? m(places[j + 1]).tok_begin : n();
    Mention round;
    round.type = EntityType::round;
    round.round = RoundRef::place_talks;
    round.modifier = "listed";
    round.tok_begin = m(place).tok_begin;
    round.tok_end = m(place).tok_begin;
    round.alias_only = true;
    s_.mentions.push_back(round);
    const int ri = count() - 1;
    emit(RelationType::held_in, end(ri), end(place));
    const int date = first_of(EntityType::date, m(place).tok_end, stop);
    if (date >= 0) emit(RelationType::held_on, end(ri), end(date));
  }
  return true;
}

}  // namespace newsgraph::extract::rel
