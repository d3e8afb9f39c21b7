#include "extract/relations_rules.h"

namespace newsgraph::extract::rel {

// A date that tells when something was said, or a deadline, is not when a round is held.
bool RoundClauses::meeting_date(int date) const {
  std::size_t b = m(date).tok_begin;
  // "explained, on 12 July": look past "on", "the" and commas.
  while (b > 0 && (is_any(t_[b - 1], lex_.words(Words::before_meeting_date)) || t_[b - 1].text == ","))
    --b;
  if (b == 0) return true;
  // "the 2010 New START treaty", "their 2015 deal": a year naming a thing, not a meeting.
  const std::size_t e = m(date).tok_end;
  if (m(date).date.month == 0 && e < n() && (t_[e].cap || is(t_[e], "nuclear") || mention_at(e) >= 0))
    return false;
  if (plan_given_up(b)) return false;
  const Token& p = t_[b - 1];
  // (also a round's last day: "which will end Friday"; held-on is its first)
  // (and when the talks themselves were set up: "the Dialogue, which was initiated in June 2020")
  // (or the day the sides agreed to meet: "agreed late on Tuesday to hold another round")
  return !is_any(p, lex_.words(Words::not_meeting_date));
}

// "had been scheduled to begin Friday, but …": a plan the pluperfect says was not kept.
bool RoundClauses::plan_given_up(std::size_t date_begin) const {
  for (std::size_t k = date_begin; k-- > 2 && k + 5 >= date_begin;)
    if (is_any(t_[k], lex_.words(Words::scheduled_for)) && is(t_[k - 1], "been") && is(t_[k - 2], "had")) return true;
  return false;
}

// "Seychelles and the EU on Monday started the first round": a verb of holding or opening
// between a date and the round.
// (Not across a dateline's dash: "LIMA, June 14 -- Chile and Peru held the third round".)
bool RoundClauses::held_verb_between(std::size_t b, std::size_t e) const {
  bool verb = false;
  for (std::size_t k = b; k < e; ++k) {
    if (!t_[k].word && t_[k].text != "," && !(t_[k].text == "-" && t_[k - 1].word && t_[k + 1].word)) return false;
    verb = verb || is_any(t_[k], lex_.words(Words::held_verbs)) || is_any(t_[k], lex_.words(Words::meet_verbs));
  }
  return verb;
}

// The last date mention that ends before token e, or -1.
int RoundClauses::last_date_before(std::size_t e) const {
  int found = -1;
  for (int i = 0; i < count(); ++i)
    if (m(i).type == EntityType::date && m(i).tok_end <= e) found = i;
  return found;
}

// A place after a preposition ("in Honolulu", "on Jeju Island", "at the Niederoesterreich
// Palace", "island of Jeju") or "hosted by New Delhi", in [b, stop).
// The clause of a round only: "the last before the next Summit, to be held in Tokyo on 29 May".
std::size_t RoundClauses::clause_end(std::size_t b, std::size_t stop) const {
  bool relative = false;  // inside ", which …,": the clause goes on after its closing comma
  for (std::size_t k = b; k < stop; ++k) {
    if (relative) {
      relative = t_[k].text != ",";
      continue;
    }
    // (another event: "a full round, which was followed by a ministerial meeting on 18 July")
    if (is_any(t_[k], lex_.words(Words::other_event)) || t_[k].text == ";") return k;
    // "The talks, which began at 9am, were held at …"
    if (t_[k].text == "," && k + 1 < stop && is(t_[k + 1], "which")) {
      relative = true;
      ++k;
      continue;
    }
    // "The fifth round was a success, officials in Geneva said": another clause
    if (t_[k].text == "," && k + 1 < stop && !is_any(t_[k + 1], lex_.words(Words::goes_on)) && !t_[k + 1].digit &&
        mention_at(k + 1) < 0)
      return k;
  }
  return stop;
}

int RoundClauses::place_after(std::size_t b, std::size_t stop) const {
  stop = clause_end(b, stop);
  for (int i = 0; i < count(); ++i) {
    const Mention& x = m(i);
    if (x.type != EntityType::place || x.tok_begin < b || x.tok_begin >= stop) continue;
    if (cue_on("venue", x)) return i;
  }
  return -1;
}

// The cue of a kind that marks mention x ("in", "hosted by" before a place: data/patterns/held-in.pat).
const Cue* RoundClauses::cue_on(std::string_view kind, const Mention& x) const {
  for (const Cue& c : s_.cues)
    if (c.kind == kind && c.begin == x.tok_begin && c.end == x.tok_end) return &c;
  return nullptr;
}

// "Round 9 took place in a hybrid format, with some Indian officials travelling to London": the
// city (not a country) the delegates travel to for the round, in [b, stop), or -1.
int RoundClauses::travelled_to(std::size_t b, std::size_t stop) const {
  for (int i = 0; i < count(); ++i) {
    const Mention& x = m(i);
    if (x.type != EntityType::place || x.government || x.tok_begin < b + 2 || x.tok_begin >= stop) continue;
    if (!cue_on("travel", x)) continue;  // "travelling to London" (data/patterns/held-in.pat)
    if (auto c = lex_.country_by_code(x.country); c && lex_.entry(*c).name == x.name) continue;
    return i;
  }
  return -1;
}

// "at the Diaoyutai State Guesthouse in Beijing": the city a venue stands in, told right after
// it, or -1. It names the round (extractor.cc keeps the venue as the more specific held-in).
int RoundClauses::city_after_venue(int venue) const {
  if (!venue_name(m(venue).name)) return -1;
  const std::size_t e = m(venue).tok_end;
  if (e + 1 >= n() || !is(t_[e], "in")) return -1;
  const int city = mention_at(e + 1);
  if (city < 0 || m(city).type != EntityType::place || m(city).government) return -1;
  if (auto c = lex_.country_by_code(m(city).country); c && lex_.entry(*c).name == m(city).name) return -1;
  return city;
}

// A venue named by its head word ("Edsa Room", "Camp Aguinaldo", "Hyatt Regency hotel").
bool RoundClauses::venue_name(std::string_view name) const {
  const auto sp = name.rfind(' '), first = name.find(' ');
  return sp != std::string_view::npos &&
         (lex_.is_venuehead(name.substr(sp + 1)) || lex_.is_venuehead(name.substr(0, first), true));
}

// "Negotiators met in Beijing on Monday for a fifth round of talks": the date a verb of meeting
// puts the sides together on, just before the round, in its clause.
int RoundClauses::date_before(std::size_t round_begin) const {
  for (int i = count(); i-- > 0;) {
    const Mention& x = m(i);
    if (x.type != EntityType::date || x.tok_end > round_begin || x.tok_end + 4 < round_begin) continue;
    for (std::size_t k = x.tok_end; k < round_begin; ++k)
      if (!t_[k].word) return -1;  // another clause
    if (!meeting_date(i)) return -1;
    for (std::size_t k = x.tok_begin; k-- > 0 && k + 8 >= x.tok_begin;) {
      if (!t_[k].word && t_[k].text != "-" && t_[k].text != "." && t_[k].text != ",") return -1;
      if (is_any(t_[k], lex_.words(Words::meet_verbs))) return i;
    }
    return -1;
  }
  return -1;
}

// "X and Y will open the talks with a video call on Tuesday. The first round will then run for
// two weeks": the day the sentence before opens the talks on is the first round's.
std::optional<RelEnd> RoundClauses::talks_opened_before() const {
  if (si_ == 0) return std::nullopt;
  const SentenceMentions& p = all_[si_ - 1];
  const auto& t = p.tokens;
  for (std::size_t k = 0; k + 2 < t.size(); ++k) {
    if (!is_any(t[k], lex_.words(Words::open))) continue;
    const std::size_t o = is(t[k + 1], "the") ? k + 2 : k + 1;
    if (o >= t.size() || !(is(t[o], "talks") || is(t[o], "negotiations"))) continue;
    for (std::size_t i = 0; i < p.mentions.size(); ++i) {
      const Mention& d = p.mentions[i];
      if (d.type == EntityType::date && d.tok_begin > o && d.tok_begin <= o + 10 && d.date.day > 0 &&
          is(t[d.tok_begin - 1], "on"))
        return RelEnd{static_cast<int>(si_ - 1), static_cast<int>(i), EntityType::date, {}};
    }
  }
  return std::nullopt;
}

// "Dendias and Blinken are meeting in Washington for the third round": a meeting told in the
// present progressive is held on the day the article is dated.
bool RoundClauses::meeting_now(std::size_t round_begin) const {
  if (!ctx_.date || ctx_.date->day == 0) return false;
  for (std::size_t k = round_begin; k-- > 1 && k + 8 >= round_begin;) {
    if (!t_[k].word) return false;
    if (is_any(t_[k], lex_.words(Words::meeting_now)) && is_any(t_[k - 1], lex_.words(Words::be_present)))
      return true;
  }
  return false;
}

// "They are meeting in Washington for the third round", "began on Monday in Lima the second
// round": a place a verb of meeting puts the sides in, just before the round, in its clause.
int RoundClauses::place_before(std::size_t round_begin) const {
  for (int i = count(); i-- > 0;) {
    const Mention& x = m(i);
    if (x.type != EntityType::place || x.tok_end > round_begin || x.tok_end + 8 < round_begin) continue;
    // "Nairobi hosted the second session": the host before the round (data/patterns/held-in.pat)
    if (cue_on("host", x)) return i;
    if (x.tok_begin == 0) return -1;
    // "the Indian delegation visited Islamabad for the previous talks", "EU officials arrived in
    // Wellington on Monday for the fourth round": the city travelled to
    const bool arrived = x.tok_begin >= 2 && is_any(t_[x.tok_begin - 2], lex_.words(Words::arrive)) &&
                         (is_any(t_[x.tok_begin - 1], lex_.words(Words::place_prepositions)) || is(t_[x.tok_begin - 1], "upon"));
    bool visited = arrived || is_any(t_[x.tok_begin - 1], lex_.words(Words::visited));
    if (visited) {  // ... "for" the round
      bool for_round = false;
      for (std::size_t k = x.tok_end; k < round_begin && !for_round; ++k) for_round = is(t_[k], "for");
      visited = for_round;
    }
    if (!visited && !is_any(t_[x.tok_begin - 1], lex_.words(Words::place_prepositions))) return -1;
    // "met in Brussels, from 9 to 17 July for a full round": a date may stand between
    std::size_t after = x.tok_end;
    if (after + 1 < round_begin && t_[after].text == ",") {
      const int d = mention_at(after + 1 + (is(t_[after + 1], "from") || is(t_[after + 1], "on") ? 1 : 0));
      if (d >= 0 && m(d).type == EntityType::date) after = m(d).tok_end;
    }
    for (std::size_t k = after; k < round_begin; ++k)
      if (!t_[k].word && t_[k].text != "-") return -1;  // another clause
    if (visited) return i;
    for (std::size_t k = x.tok_begin - 1; k-- > 0 && k + 6 >= x.tok_begin;)
      if (is_any(t_[k], lex_.words(Words::meet_verbs))) return i;
    return -1;
  }
  return -1;
}

// A sentence about how meetings are usually held, not about one of them.
bool RoundClauses::habitual() const {
  for (std::size_t k = 0; k < n(); ++k)
    if (is_any(t_[k], lex_.words(Words::usually))) return true;
  return false;
}

// Whether the word at k is the sentence's subject: only "the", "new", "latest" … before it.
bool RoundClauses::subject_at(std::size_t k) const {
  if (k > 3) return false;
  for (std::size_t q = 0; q < k; ++q)
    if (!is_any(t_[q], lex_.words(Words::before_subject)) && lex_.ordinal(t_[q].text) <= 0) return false;
  return true;
}

// A place in [b, stop) with a verb of holding, opening or lasting at most 9 tokens before it ("last for three days from Dec. 11 in Seoul").
int RoundClauses::place_after_verb(std::size_t b, std::size_t stop) const {
  const int place = place_after(b, stop);
  if (place < 0) return -1;
  const std::size_t p = m(place).tok_begin;
  for (std::size_t k = p; k-- > b && k + 10 > p;) {
    if (!is_any(t_[k], lex_.words(Words::run_verbs)) && !is_any(t_[k], lex_.words(Words::held_verbs))) continue;
    // "the release of hostages held in Gaza": the people are held there, not the talks
    if (k > 0 && is_any(t_[k - 1], lex_.words(Words::captives))) return -1;
    return place;
  }
  return -1;
}

}  // namespace newsgraph::extract::rel
