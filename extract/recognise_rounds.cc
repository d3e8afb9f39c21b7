#include "extract/recognise_rounds.h"

#include <algorithm>
#include <array>

namespace newsgraph::extract::recognise {

// ---- dates ----
// Whether a sentence can hold a date at all: a number or a calendar word. Most sentences
// cannot, and the date scanner is the costliest recogniser.
bool RoundRules::may_hold_date() const {
  // Prefixes of the date scanner's words (dates.cc), not words: they stay beside it, in code.
  static constexpr std::array<std::string_view, 36> kCalendar = {{
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "year", "month",
      "yesterday", "tomorrow", "mid", "end", "week", "weekend", "today", "tonight", "day", "spring", "autumn"}};
  // Every calendar word has three letters or more: their first three letters, folded, sift
  // the tokens before the full comparison (this runs on every token of every sentence).
  static const std::array<std::uint32_t, kCalendar.size()> kHeads = [] {
    std::array<std::uint32_t, kCalendar.size()> out{};
    for (std::size_t i = 0; i < kCalendar.size(); ++i) out[i] = folded_prefix3(kCalendar[i]);
    std::sort(out.begin(), out.end());
    return out;
  }();
  for (const Token& t : t_) {
    if (t.digit) return true;
    if (t.text.size() < 3 || !t.word) continue;
    const std::uint32_t head = folded_prefix3(t.text);
    if (!std::binary_search(kHeads.begin(), kHeads.end(), head)) continue;
    // compare the first letters: "January" → "jan", "Wednesday" → "wed"
    for (std::string_view w : kCalendar)
      if (t.text.size() >= w.size() && iequals(t.text.substr(0, w.size()), w)) return true;
  }
  return false;
}

void RoundRules::dates() {
  if (!s_.dates) s_.dates = may_hold_date() ? find_dates(lex_, s_.text, ctx_.date) : std::vector<DateMention>{};
  for (const auto& d : *s_.dates) {
    std::size_t b = n(), e = 0;
    for (std::size_t k = 0; k < n(); ++k) {
      if (t_[k].begin >= d.begin && t_[k].end() <= d.end) {
        b = std::min(b, k);
        e = std::max(e, k + 1);
      }
    }
    if (b >= e || !free(b, e)) continue;
    Mention m;
    m.type = EntityType::date;
    m.name = d.value.iso();
    m.surface = d.surface;
    m.date = d.value;
    add(std::move(m), b, e);
  }
}

// ---- rounds ----
// The token of the ordinal of the round word at i: just before it, or before at most two
// describing words ("the 7th negotiation round", "the third indirect negotiation meeting");
// i where there is none.
std::size_t RoundRules::ordinal_before(std::size_t i) const {
  // "the seventh and latest round", "the third and final session": the ordinal numbers it
  if (i >= 3 && is(t_[i - 2], "and") && lex_.ordinal(t_[i - 3].text) > 0 &&
      is_any(t_[i - 1], lex_.words(Words::round_modifiers)))
    return i - 3;
  int words = 0;  // a hyphen joins words into one ("US-mediated")
  for (std::size_t k = i; k-- > 0;) {
    if (lex_.ordinal(t_[k].text) > 0) return k;
    if (t_[k].text == "-") continue;
    if (!t_[k].word || t_[k].digit || is_any(t_[k], lex_.words(Words::not_round_descriptors)) || is_any(t_[k], lex_.words(Words::round_words)) ||
        ++words > 2 + (k > 0 && t_[k - 1].text == "-"))
      break;
  }
  return i;
}

// "the third of four rounds", "the second of several planned sessions": the token of the
// ordinal that picks one of the plural round word at i (one or two words between "of" and it);
// i where there is none.
std::size_t RoundRules::ordinal_of_plural(std::size_t i) const {
  for (std::size_t o = i >= 4 ? i - 4 : 0; o + 2 < i; ++o) {
    if (lex_.ordinal(t_[o].text) <= 0 || !is(t_[o + 1], "of")) continue;
    bool words = true;
    for (std::size_t k = o + 2; k < i; ++k) words = words && (t_[k].digit || (t_[k].word && !t_[k].cap));
    if (words) return o;
  }
  return i;
}

// The first token of a day's date owning the round word at i ("Monday's meeting"), else i.
std::size_t RoundRules::dated_by(std::size_t i) const {
  if (i < 2 || t_[i - 1].text != "'s") return i;
  for (const auto& x : s_.mentions)
    if (x.type == EntityType::date && x.tok_end == i - 1 && x.date.day > 0) return x.tok_begin;
  return i;
}

// "their first meeting since March", "the first scheduled meeting after the vote": a first
// meeting counted from another event (cue:other-event), not the talks' first round.
bool RoundRules::since_follows(std::size_t k) const {
  // (or under a new head: "the first meeting held under director-general X")
  for (std::size_t q = k; q < std::min(n(), k + 3); ++q)
    if (is(t_[q], "under") || is_any(t_[q], lex_.words(Words::other_event))) return true;
  // "its first ministers' meeting in five years", "the first talks in a decade"
  if (k < n() && is(t_[k], "in"))
    for (std::size_t q = k + 1; q < std::min(n(), k + 4); ++q)
      if (is_any(t_[q], lex_.words(Words::periods)))
        return true;
  return false;
}

// "the 18th Ordinary Session of the Assembly of Heads of State", "its 78th session to the General
// Assembly": the session after k belongs to a standing body (noun:plenary-body) named in the
// capitalised words after "of"/"to" — that body's sitting, not a round of the talks.
bool RoundRules::of_plenary_body(std::size_t k) const {
  if (!word_at(k, "of") && !word_at(k, "to")) return false;
  std::size_t q = k + 1;
  if (word_at(q, "the")) ++q;
  for (; q < n() && (t_[q].cap || t_[q].text == "-" || t_[q].text == "."); ++q)
    if (is_any(t_[q], lex_.words(Words::plenary_bodies))) return true;
  return false;
}

// "The commanders met for the seventh time on Monday", "This is the third time the dialogue
// has convened": round 7, round 3, where a verb of meeting stands within a few words.
void RoundRules::nth_time_met() {
  for (std::size_t i = 1; i < n(); ++i) {
    if (!is(t_[i], "time") || used_[i] || used_[i - 1] || lex_.ordinal(t_[i - 1].text) <= 0) continue;
    bool met = false;
    for (std::size_t k = i >= 5 ? i - 5 : 0; k < i && !met; ++k) met = is_any(t_[k], lex_.words(Words::met));
    // after it, a name counts as one word ("the third time the U.S.-Russia Strategic Stability
    // Dialogue has convened")
    for (std::size_t k = i + 1, words = 0; k < n() && words < 6 && !met; ++k) {
      met = is_any(t_[k], lex_.words(Words::met));
      if (!t_[k].cap && t_[k].text != "-" && t_[k].text != ".") ++words;
    }
    if (!met) continue;
    Mention m;
    m.type = EntityType::round;
    m.round = RoundRef::numbered;
    m.ordinal = lex_.ordinal(t_[i - 1].text);
    m.alias_only = true;  // "the seventh time" describes the meeting, it does not name it
    add(std::move(m), i - 1, i + 1);
  }
}

// The first token of "two-day" ("two-day" or "two - day") just before i, else i.
std::size_t RoundRules::multi_day_before(std::size_t i) const {
  if (i == 0) return i;
  const std::string_view w = t_[i - 1].text;
  if (w.size() > 4 && iequals(w.substr(w.size() - 4), "-day")) return i - 1;
  if (i > 2 && is(t_[i - 1], "day") && t_[i - 2].text == "-" && t_[i - 3].word) return i - 3;
  return i;
}

// "the previous Indus treaty talks", "the next talks": talks of one meeting, told relative to a
// round named nearby (up to three describing words between).
void RoundRules::relative_talks() {
  for (std::size_t i = 2; i < n(); ++i) {
    if (!is_any(t_[i], lex_.words(Words::talks_core)) || used_[i]) continue;
    for (std::size_t k = i; k-- > 1 && k + 4 >= i;) {
      if (is_any(t_[k], lex_.words(Words::adjacent))) {
        if (!is(t_[k - 1], "the") || !free(k, i + 1)) break;
        Mention m;
        m.type = EntityType::round;
        m.round = RoundRef::relative;
        m.modifier = lower(t_[k].text);
        add(std::move(m), k, i + 1);
        break;
      }
      if (!t_[k].word || t_[k].digit || is_any(t_[k], lex_.words(Words::not_round_descriptors))) break;
    }
  }
}

// "INC-4", "COP29": a body's session by the abbreviation of its series (abbr:session) and its
// number, round N of the talks; written in capitals ("Cop" is a word).
void RoundRules::session_codes() {
  for (std::size_t i = 0; i < n(); ++i) {
    if (used_[i] || !t_[i].word || !t_[i].cap) continue;
    const std::string_view w = t_[i].text;
    std::size_t letters = w.size();
    while (letters > 0 && w[letters - 1] >= '0' && w[letters - 1] <= '9') --letters;
    std::string_view number = w.substr(letters);
    std::size_t e = i + 1;
    if (number.empty() && i + 2 < n() && t_[i + 1].text == "-" && !t_[i + 1].space_before &&
        !t_[i + 2].space_before && t_[i + 2].digit) {  // "INC-4"
      number = t_[i + 2].text;
      e = i + 3;
    }
    std::string_view series = w.substr(0, letters);
    if (!series.empty() && series.back() == '-') series.remove_suffix(1);  // "INC-4" as one token
    if (number.empty() || number.size() > 3 || number.find_first_not_of("0123456789") != std::string_view::npos ||
        !is_all_caps(series) || !lex_.words(Words::session_series).holds(series))
      continue;
    Mention m;
    m.type = EntityType::round;
    m.round = RoundRef::numbered;
    m.ordinal = std::atoi(std::string(number).c_str());
    if (m.ordinal <= 0) continue;
    // (often another body's session named in passing, "ahead of COP15": no round the article's
    // talks at a place are folded into, nor the one "the previous round" counts from)
    m.modifier = "code";
    m.surface = std::string(span_text(s_, i, e));
    // "the COP27 UN Climate Summit": the event's name after the code is the same session
    for (std::size_t k = e; k < n() && k < e + 4 && t_[k].cap; ++k)
      if (is_any(t_[k], lex_.words(Words::event_names))) {
        e = k + 1;
        break;
      }
    add(std::move(m), i, e);
  }
}

void RoundRules::rounds() {
  nth_time_met();
  relative_talks();
  session_codes();
  for (std::size_t i = 0; i < n(); ++i) {
    if (used_[i] || !is_any(t_[i], lex_.words(Words::round_words))) continue;
    const bool plural = is_any(t_[i], lex_.words(Words::rounds_plural));
    const bool is_round = is(t_[i], "round");
    Mention m;
    m.type = EntityType::round;
    std::size_t b = i, e = i + 1;
    if (t_[i].text == "Round" && i + 1 < n() && t_[i + 1].digit) {  // "Round 9"
      m.ordinal = std::atoi(std::string(t_[i + 1].text).c_str());
      m.round = RoundRef::numbered;
      e = i + 2;
    } else if (const std::size_t o = plural ? ordinal_of_plural(i) : ordinal_before(i); o < i) {
      m.ordinal = lex_.ordinal(t_[o].text);
      m.round = RoundRef::numbered;
      b = o;
    } else if (i > 0 && is_round && is(t_[i - 1], "opening")) {  // "the opening round": round 1
      m.ordinal = 1;
      m.round = RoundRef::numbered;
      b = i - 1;
    } else if (i > 0 && !plural && is_round && is_any(t_[i - 1], lex_.words(Words::round_modifiers))) {
      m.modifier = lower(t_[i - 1].text);
      m.round = (m.modifier == "this" || m.modifier == "that" || m.modifier == "the") ? RoundRef::anaphor
                                                                                       : RoundRef::relative;
      b = i - 1;
    } else if (const std::size_t d = multi_day_before(i); d < i && !plural) {
      m.modifier = "n-day";  // "the two-day session": a round whose number or place is told nearby
      m.round = RoundRef::relative;
      b = d;
    } else if (const std::size_t d = dated_by(i); d < i && !plural) {
      // "Monday's meeting", "Sunday's session": a round named just before, held on that day
      m.round = RoundRef::anaphor;
      m.modifier = "dated";
      m.surface = std::string(span_text(s_, d, i + 1));
      add(std::move(m), i, i + 1);
      continue;
    } else if (i > 0 && !plural && is(t_[i], "meeting") &&
               is_any(t_[i - 1], lex_.words(Words::meeting_relative))) {
      m.modifier = lower(t_[i - 1].text);
      m.round = RoundRef::relative;
      b = i - 1;
    } else {
      continue;
    }
    if (m.round == RoundRef::numbered && !is_round && !plural && !is_any(t_[i], lex_.words(Words::numbered_meetings)) &&
        t_[i].text != "Round")
      continue;
    // The surface runs on through "of (the) ... talks/negotiations" for a fuller alias.
    std::size_t se = e;
    if (word_at(se, "of")) {
      std::size_t k = se + 1;
      if (word_at(k, "the")) ++k;
      std::size_t stop = std::min(n(), k + 6);
      for (std::size_t q = k; q < stop; ++q) {
        if (is_any(t_[q], lex_.words(Words::talks_nouns))) {
          se = q + 1;
          break;
        }
        if (!t_[q].word && t_[q].text != "-") break;  // "of the Russian-Japanese consultations"
      }
    }
    // "cycle" and "phase" are rounds only of talks ("the fourth cycle of peace talks").
    if (is_any(t_[i], lex_.words(Words::talk_parts)) && se == e) continue;
    // "their first meeting face-to-face since the appointment" counts meetings since an
    // event (or in a time, or under a head), not the rounds of the talks.
    if (m.round == RoundRef::numbered && m.ordinal == 1 && since_follows(se)) continue;
    if (m.round == RoundRef::numbered && !is_round && of_plenary_body(e)) continue;
    m.surface = std::string(span_text(s_, b, se));
    if (m.round == RoundRef::anaphor) m.surface.clear();  // "this round" names nothing by itself
    if (m.surface.empty()) m.alias_only = true;
    if (m.surface.empty()) m.surface = std::string(span_text(s_, b, e));
    add(std::move(m), b, e);
  }
}

}  // namespace newsgraph::extract::recognise
