#include "extract/recognise_span_shape.h"

namespace newsgraph::extract::recognise {

// "Presidents", "Ministers": the plural of a title.
// Tokens of a plural title starting at k ("Presidents": 1, "Prime Ministers": 2), 0 if none.
std::size_t SpanShape::plural_title(std::size_t k) const {
  for (std::size_t len = 1; len <= 2 && k + len <= n(); ++len) {
    const std::string_view w = t_[k + len - 1].text;
    // "Presidents", "FMs" (an abbreviation's plural)
    if (w.size() < 3 || w.back() != 's' || (w.size() == 3 && !is_all_caps(w.substr(0, 2)))) continue;
    const std::string singular = (len == 2 ? std::string(t_[k].text) + " " : std::string()) +
                                 std::string(w.substr(0, w.size() - 1));
    if (lex_.find(LexKind::title, singular)) return len;
  }
  return 0;
}

// End (exclusive) of the capitalised span starting at i (i itself if none).
std::size_t SpanShape::cap_span_end(std::size_t i) const {
  // No name is longer than this; the bound keeps a line of endless capitals linear.
  constexpr std::size_t kMaxSpan = 16;
  std::size_t j = i;
  while (j < n() && !used_[j] && j - i < kMaxSpan) {
    const Token& t = t_[j];
    // "Toronto-based", "Russian-proposed": an adjective ends the span it is in (span() drops it)
    if (t.cap && t.word && compound_adjective(t.text)) { ++j; break; }
    // a headline's capitalised small words part its names ("Get Out On Picket Lines")
    if (headline_ && j > i && t.cap && lex_.is_stopword(t.text)) break;
    if (t.cap && t.word) { ++j; continue; }
    // "St. Paul", "Mt. Kenya": an abbreviation's period inside a name
    if (j > i && t.text == "." && !t.space_before && j + 1 < n() && t_[j + 1].cap && !used_[j + 1] &&
        (t_[j - 1].text == "St" || t_[j - 1].text == "Mt" || t_[j - 1].text == "Ft")) {
      ++j;
      continue;
    }
    // "National Farmers' Federation", "Korean Women's Association": the possessive of the
    // people a body gathers is inside its name (not "Japan's Foreign Ministry")
    if (j > i && member_possessive(j)) {
      ++j;
      continue;
    }
    // "Armando Calderon Sol of El Salvador": a person's country follows the name, outside it
    // (not "Sea of Japan", "Gulf of Oman": a place's head word before "of")
    if (j > i && is(t, "of") && country_at(j + 1) && !org_span(i, j) && !place_span(i, j) &&
        !lex_.is_placehead(t_[j - 1].text, false))
      break;
    // "U.S. Department of the Interior", "UN Office of the High Commissioner": an organisation
    // goes on over "of the"
    // (and so does an agreement named by its head first: "Declaration on the Conduct of …")
    const bool head_first = j == i + 1 && lex_.is_agreementhead(t_[i].text);
    if (j > i && (is(t, "of") || (head_first && is(t, "on"))) && j + 2 < n() && is(t_[j + 1], "the") &&
        t_[j + 2].cap && !used_[j + 2] && (lex_.is_orghead(t_[j - 1].text) || head_first) &&
        !(j + 3 < n() && !t_[j + 3].cap && lex_.country_by_adjective(t_[j + 2].text))) {  // "of the Syrian government"
      j += 2;
      continue;
    }
    // "Protocol on Trade in Services": an agreement named by its head first goes on over "in"
    // after a common word (not "the Treaty of Lisbon in Brussels")
    if (j > i + 2 && is(t, "in") && j + 2 < n() && common_word(j - 1) && headed_agreement(i, j)) {
      const std::size_t next = is(t_[j + 1], "the") ? j + 2 : j + 1;
      if (t_[next].cap && !used_[next] && !is_calendar_name(t_[next].text)) {
        j = next;
        continue;
      }
    }
    if (t.digit && j == i && lex_.ordinal(t.text)) { ++j; continue; }
    // "Norbord Inc and Canfor Corp", "the Partnership Agreement and Protocol": a name that has
    // ended on its head word is not continued by "and"
    if (j > i && is_any(t, lex_.words(Words::connectors)) && j + 1 < n() && t_[j + 1].cap && !used_[j + 1] &&
        !is_calendar_name(t_[j + 1].text) &&
        !(is(t, "and") && !shared_place_head(j) &&
          ((person_like(i, j) && !one_body_over_and(i, j) && !one_agreement_over_and(j)) ||
           lex_.is_orghead(t_[j - 1].text) ||
           lex_.is_agreementhead(t_[j - 1].text)))) {
      ++j;
      continue;
    }
    // an Arabic article joined by a hyphen: "Mustafa al-Kadhemi", "Nimr al-Nimr"
    if (j > i && (is(t, "al") || is(t, "el")) && j + 2 < n() && t_[j + 1].text == "-" &&
        !t_[j + 1].space_before && t_[j + 2].cap && !t_[j + 2].space_before && !used_[j + 2]) {
      j += 3;
      continue;
    }
    // two particles in a row: "Juan de la Torre", "Ursula von der Leyen"
    if (j > i && !is(t, "and") && is_any(t, lex_.words(Words::connectors)) && j + 2 < n() && is_any(t_[j + 1], lex_.words(Words::connectors)) &&
        !is(t_[j + 1], "and") && t_[j + 2].cap && !used_[j + 2]) {
      j += 2;
      continue;
    }
    // "Federal Mediation & Conciliation Service": one body over a spaced ampersand too
    if (j > i && t.text == "&" && t.space_before && j + 1 < n() && t_[j + 1].cap && one_body_over_and(i, j)) {
      ++j;
      continue;
    }
    if (j > i && (t.text == "-" || t.text == "&") && !t.space_before && j + 1 < n() && t_[j + 1].cap &&
        !t_[j + 1].space_before && !glued_dateline(i, j)) {
      ++j;
      continue;
    }
    break;
  }
  // A span never ends on a connector.
  while (j > i && (is_any(t_[j - 1], lex_.words(Words::connectors)) || t_[j - 1].text == "-")) --j;
  return j;
}

// A possessive at `k` after a word naming the people a body gathers ("Farmers'", "Women's"),
// followed by capitalised words that end on an organisation's head word.
bool SpanShape::member_possessive(std::size_t k) const {
  const Token& t = t_[k];
  if (t.space_before || (t.text != "'s" && t.text != "'") || !is_any(t_[k - 1], lex_.words(Words::member_groups)) ||
      lex_.is_stopword(t_[k - 1].text))
    return false;
  if (t.text == "'" && !t_[k - 1].text.ends_with("s")) return false;
  std::size_t e = k + 1;
  while (e < n() && e < k + 6 && t_[e].cap && t_[e].word && !used_[e]) ++e;
  return e > k + 1 && lex_.is_orghead(t_[e - 1].text);
}

// "Airlines of ASEAN and the EU will …": a sentence's first word, capitalised as such, a plural
// before "of" and a body the lexicon knows, is a common noun; the body is named on its own.
// Returns where the body starts (the caller goes on there), else 0.
std::size_t SpanShape::plural_of_known(std::size_t b, std::size_t e) const {
  const bool first = b == 0 || (b == 1 && !t_[0].word);
  if (!first || e < b + 3 || !is(t_[b + 1], "of") || !t_[b].text.ends_with("s") || t_[b].text.ends_with("ss"))
    return 0;
  for (const auto& lm : matches_at(b + 2))
    if (lex_.entry(lm.entry).kind == LexKind::agency && b + 2 + lm.length == e) return b + 2;
  return 0;
}

// "ANKARA-Anadolu Agency": a shouted dateline city glued by a hyphen to the line's first name
// ("NATO-Russia Council" is one name: NATO is no city).
bool SpanShape::glued_dateline(std::size_t i, std::size_t dash) const {
  if (i != 0 || dash != 1 || !is_all_caps(t_[0].text) || is_all_caps(t_[2].text)) return false;
  for (const auto& lm : matches_at(0))
    if (lm.length == 1 && lex_.entry(lm.entry).kind == LexKind::city) return true;
  return false;
}

// A capitalised common word, never part of a person's name: "Draft", "Rights", or a
// department's word ("Trade", "Finance").
bool SpanShape::common_word(std::size_t k) const {
  const Token& t = t_[k];
  if (!t.cap || !t.word) return false;
  return lex_.is_nonname(t.text) || !lex_.ministry_for(t.text).empty();
}

// "Convention and Exhibition Centre": the word before the "and" at j and the place head after it
// share the head's last word ("Convention Centre", "Exhibition Centre"), so one building is
// named; "Tom Smith and Exhibition Centre" is two names ("Smith Centre" is no place head).
bool SpanShape::shared_place_head(std::size_t j) const {
  for (std::size_t len = 2; len >= 1; --len) {
    const std::size_t e = j + 1 + len;
    if (e > n() || !t_[e - 1].cap || !lex_.is_placehead(span_text(s_, j + 1, e), false)) continue;
    return lex_.is_placehead(std::string(t_[j - 1].text) + " " + std::string(t_[e - 1].text), false);
  }
  return false;
}

// A span shaped as a place's name: "Galwan Valley", "Havana Convention Center", "Mount Kenya".
bool SpanShape::place_span(std::size_t b, std::size_t e) const {
  if (e <= b + 1 || !t_[e - 1].cap || headed_agreement(b, e)) return false;  // "… in the South China Sea"
  if (lex_.is_placehead(t_[e - 1].text, false)) return true;
  if (lex_.is_placehead(span_text(s_, e - 2, e), false)) return true;
  if (e > b + 2 && is(t_[b + 1], "of") && lex_.is_placehead(t_[b].text, false)) return true;  // "Gulf of Guinea"
  return lex_.is_placehead(t_[b].text, true) && !org_span(b, e) && !agreement_span(b, e);
}

// "Lansing-based", "Russian-proposed", "Commander-level": a compound adjective, no name.
bool SpanShape::compound_adjective(std::string_view w) const {
  const auto dash = w.rfind('-');
  if (dash == std::string_view::npos || dash + 1 >= w.size()) return false;
  return lex_.words(Words::compound_tails).holds_exactly(w.substr(dash + 1));
}

// A country's name starting at token k ("Ecuador", "El Salvador").
bool SpanShape::country_at(std::size_t k) const {
  if (k >= n() || !t_[k].cap) return false;
  for (const auto& m : matches_at(k))
    if (lex_.entry(m.entry).kind == LexKind::country) return true;
  return false;
}

// "Federal Mediation and Conciliation Service", "Fire and Fury Corps": the words before "and"
// (at `conj`) are no name of their own, and those after end in an organisation's head word.
bool SpanShape::one_body_over_and(std::size_t b, std::size_t conj) const {
  std::size_t r = conj + 1;  // up to the first head word: "Fire and Fury Corps Commander …"
  while (r < n() && t_[r].cap && t_[r].word && !used_[r] && r < conj + 5 && !lex_.is_orghead(t_[r - 1].text)) ++r;
  if (r == conj + 1 || !lex_.is_orghead(t_[r - 1].text)) return false;
  // a building's head ("Exhibition Centre") joins a word that shares it ("Convention and
  // Exhibition Centre"), not a name ("Tom Smith and Exhibition Centre staff")
  if (r >= conj + 3 && lex_.is_placehead(span_text(s_, r - 2, r), false)) return shared_place_head(conj);
  if (b > 0 && used_[b - 1]) return false;  // a name after a title: "President Joe Biden and Central Bank …"
  // neither side holds a name the lexicon knows ("Arms Control and US Air Force")
  for (std::size_t k = b; k < r; ++k) {
    if (k == conj) continue;
    if (!t_[k].cap || lex_.is_stopword(t_[k].text) || (k < conj && lex_.is_orghead(t_[k].text))) return false;
    for (const auto& m : matches_at(k))  // (a city's name is often a word too: "Federal")
      if (lex_.entry(m.entry).kind != LexKind::city) return false;
  }
  const std::string left(span_text(s_, b, conj));
  return !ctx_.people.count(left) && known(left).empty();
}

// "Trade and Development Agreement", "Peace and Friendship Treaty": a common word before the
// "and" at `conj` (no name) and words after it ending on an agreement's head make one name.
bool SpanShape::one_agreement_over_and(std::size_t conj) const {
  if (!common_word(conj - 1)) return false;
  std::size_t r = conj + 1;
  while (r < n() && r < conj + 5 && t_[r].cap && t_[r].word && !used_[r] && !lex_.is_stopword(t_[r].text)) ++r;
  // (a plural head names a kind of agreement: "Trade Negotiations and Fisheries Agreements")
  return r > conj + 1 && lex_.is_agreementhead(t_[r - 1].text) && !t_[r - 1].text.ends_with('s');
}

bool SpanShape::person_like(std::size_t b, std::size_t e) const {
  return e > b && !org_span(b, e) && !agreement_span(b, e);
}

bool SpanShape::org_span(std::size_t b, std::size_t e) const {
  if (e <= b || headed_agreement(b, e)) return false;  // "Protocol on Trade in Services"
  if (lex_.is_orghead(t_[e - 1].text)) return true;
  if (e - b >= 2 && lex_.is_orghead(std::string(span_text(s_, e - 2, e)))) return true;
  // "Bureau of Political-Military Affairs", "Department for Business and Trade",
  // "Directorate-General for Trade" (a head in two words joined by a hyphen)
  for (std::size_t k = b; k + 1 < e; ++k) {
    std::size_t after = k + 1;
    if (after + 2 < e && t_[after].text == "-" && !t_[after].space_before &&
        lex_.is_orghead(std::string(span_text(s_, k, after + 2))))
      after += 2;
    const bool head = lex_.is_orghead(t_[k].text) ||
                      (k > b && lex_.is_orghead(std::string(span_text(s_, k - 1, k + 1))));  // "Episcopal Conference of …"
    if (head && (is(t_[after], "of") || is(t_[after], "for"))) return true;
  }
  return false;
}

bool SpanShape::agreement_span(std::size_t b, std::size_t e) const {
  return (e > b + 1 && lex_.is_agreementhead(t_[e - 1].text)) || headed_agreement(b, e);
}

// "Declaration of Principles", "Treaty of Peace and Friendship", "Protocol on Trade": a head
// word first, then "of" or "on" and what the agreement is about (not "Agreement on Monday").
bool SpanShape::headed_agreement(std::size_t b, std::size_t e) const {
  if (e < b + 3 || !t_[b].cap || !lex_.is_agreementhead(t_[b].text) || !(is(t_[b + 1], "of") || is(t_[b + 1], "on")))
    return false;
  const std::size_t subject = is(t_[b + 2], "the") && e > b + 3 ? b + 3 : b + 2;
  // (a name running on past what is read is a description: "a Convention on Countering the Use …")
  if (e < n() && (is(t_[e], "the") || is(t_[e], "of"))) return false;
  return t_[subject].cap && !is_calendar_name(t_[subject].text);
}

}  // namespace newsgraph::extract::recognise
