#include "extract/recognise_place_context.h"

#include <algorithm>

namespace newsgraph::extract::recognise {

// ---- places ----
bool PlaceContext::location_context(std::size_t b, std::size_t e) const {
  // "Seoul's share", "in Seoul's view": a possessive capital is the government acting
  if (e < n() && t_[e].text == "'s") return false;
  if (b == 0 || after_leading_date(b)) {
    // a dateline: "SEOUL, Jan. 24" / "Jakarta." / "VIENNA —" / "London:"
    if (lex_.is_stopword(t_[0].text)) return false;
    // "WASHINGTON (AP) —", "NEW DELHI (PTI) —"
    if (e + 1 < n() && t_[e].text == "(" && is_all_caps(t_[0].text)) return true;
    // "Mora, Deputy Secretary-General of …": a person's appositive title, not a dateline
    if (e + 1 < n() && t_[e].text == ",")
      for (const auto& m : matches_at(e + 1))
        if (lex_.entry(m.entry).kind == LexKind::title) return false;
    return e < n() && (t_[e].text == "," || t_[e].text == "." || t_[e].text == "-" || t_[e].text == ":") &&
           (is_all_caps(t_[0].text) || e + 1 >= n() || t_[e + 1].cap || t_[e].text != ",");
  }
  std::size_t p = b - 1;
  // "in southern Nairobi": a compass word in lower case says where in the place
  if (p > 0 && !t_[p].cap && is_any(t_[p], lex_.words(Words::compass))) --p;
  if (is(t_[p], "the") && p > 0) --p;
  if (is_any(t_[p], lex_.words(Words::location_prepositions))) return true;
  // "scheduled for Brussels", "set for Geneva"
  if (is(t_[p], "for") && p > 0 && is_any(t_[p - 1], lex_.words(Words::scheduled_for))) return true;
  if (is_any(t_[p], lex_.words(Words::visit))) return true;  // "visited Seoul": the city
  // "leaves Kabul for Doha": the cities travelled from and to
  if (is_any(t_[p], lex_.words(Words::leave))) return true;
  if (is(t_[p], "for") && p >= 2 && (is_any(t_[p - 2], lex_.words(Words::leave)) || (p >= 3 && is_any(t_[p - 3], lex_.words(Words::leave))))) return true;
  if (is(t_[p], "by") && p > 0 && is(t_[p - 1], "hosted")) return true;
  if (after_listed_location(b - 1, e)) return true;
  if (is(t_[p], "of") && p > 0 &&
      is_any(t_[p - 1], lex_.words(Words::place_parts)))  // "on the Indian side of the Chushul-Moldo meeting point"
    return true;
  // "the Vienna talks", "a Geneva summit": the city where they meet
  if (e < n() && !t_[e].cap) {
    if (is_any(t_[e], lex_.words(Words::events))) return true;
  }
  // "Honolulu, Hawaii" / "Busan, South Korea"
  if (e + 1 < n() && t_[e].text == ",") {
    for (const auto& m : matches_at(e + 1)) {
      const auto k = lex_.entry(m.entry).kind;
      if (k == LexKind::country || k == LexKind::region) return true;
    }
  }
  return false;
}

// A place that is not a country, named before token p as the previous item of a list
// ("in Washington, Seoul and Seattle": Seattle is a location like Washington).
// After a comma the item must go on the list ("in Mexico City, Nylander read …" is no list).
bool PlaceContext::after_listed_location(std::size_t p, std::size_t item_end) const {
  if (!(t_[p].text == "," || is(t_[p], "and") || is(t_[p], "or"))) return false;
  // the item is not the first word of a longer name: "the Caribbean and Central American states"
  if (item_end < n() && t_[item_end].cap) return false;
  if (t_[p].text == "," && !(item_end < n() && (t_[item_end].text == "," || is(t_[item_end], "and") ||
                                                is(t_[item_end], "or"))))
    return false;
  if ((is(t_[p], "and") || is(t_[p], "or")) && p > 0 && t_[p - 1].text == ",") --p;  // "A, B, and C"
  for (const auto& m : s_.mentions) {
    if (m.tok_end != p || m.type != EntityType::place || m.government) continue;
    auto c = lex_.country_by_code(m.country);
    return !(c && lex_.entry(*c).name == m.name);
  }
  return false;
}

// "the African, Caribbean and Pacific states": a region's adjective ("African", "Asian",
// "European": the region's name and "n" or "an") is no place.
bool PlaceContext::region_adjective(std::string_view w) const {
  if (w.size() < 5 || !w.ends_with('n')) return false;
  const std::string_view stem = w.substr(0, w.size() - 1);
  return lex_.find(LexKind::region, stem) || (stem.ends_with('a') && lex_.find(LexKind::region, stem.substr(0, stem.size() - 1)));
}

// Whether a country or region starts at token k, or a compass word and one ("South Lebanon").
bool PlaceContext::place_at(std::size_t k) const {
  for (std::size_t at = k; at <= k + 1 && at < n(); ++at) {
    if (at > k && !(t_[k].cap && is_any(t_[k], lex_.words(Words::compass_points))))
      break;
    for (const auto& m : matches_at(at)) {
      const auto kind = lex_.entry(m.entry).kind;
      if (kind == LexKind::country || kind == LexKind::region) return true;
    }
  }
  return false;
}

// The end of a place named by a capitalised span [b, e) that is in no lexicon, where the words
// around it say it is a place; 0 if they do not.
std::size_t PlaceContext::cued_place_end(std::size_t b, std::size_t e) const {
  if (e - b > 4 || ctx_.people.count(std::string(span_text(s_, b, e))) ||
      lex_.country_by_adjective(span_text(s_, b, e)) || (e == b + 1 && region_adjective(t_[b].text)))
    return 0;
  // "the Chenab basin", "the Hyatt Regency hotel": a head word in lower case after the name
  if (e < n() && !t_[e].cap && lex_.is_placehead(t_[e].text, false)) return e + 1;
  // "Kiru (624 MW)": a power plant by its capacity
  if (e + 3 < n() && t_[e].text == "(" && t_[e + 1].digit &&
      (t_[e + 2].text == "MW" || t_[e + 2].text == "GW" || is(t_[e + 2], "megawatts")))
    return e;
  if (b == 0) return 0;
  // "the border town of Naqoura", "the village of Panmunjom"
  if (b >= 2 && is(t_[b - 1], "of") && !t_[b - 2].cap && is_any(t_[b - 2], lex_.words(Words::settlements))) return e;
  // one word only: "in Washington and Andrea Hopkins in Ottawa" lists people after a place
  if (e == b + 1 && after_listed_location(b - 1, e)) return e;
  // "in Naqoura, South Lebanon": a location preposition before, a known wider place after
  std::size_t p = b - 1;
  if (is(t_[p], "the") && p > 0) --p;
  if (is_any(t_[p], lex_.words(Words::location_prepositions)) && !t_[p].cap && e + 1 < n() && t_[e].text == "," &&
      place_at(e + 1))
    return e;
  return 0;
}

// "hold the session at the Korea Institute for Defense Analyses in Seoul": a body with a
// building of its own, where a meeting is held, is the venue (a place).
bool PlaceContext::venue_of_meeting(std::size_t b, std::size_t e) const {
  bool building = false;
  for (std::size_t k = b; k < e; ++k) building = building || is_any(t_[k], lex_.words(Words::buildings));
  std::size_t p = b;
  if (p > 0 && is(t_[p - 1], "the")) --p;
  // "at downtown Detroit's Renaissance Center": a place's possessive, and a lower-case word or
  // two before it
  if (building && p >= 2 && t_[p - 1].text == "'s" && t_[p - 2].cap) {
    p -= 2;
    for (int words = 0; words < 2 && p > 1 && t_[p - 1].cap; ++words) --p;
    for (int words = 0; words < 2 && p > 1 && t_[p - 1].word && !t_[p - 1].cap && !is(t_[p - 1], "at"); ++words) --p;
    if (p > 0 && is(t_[p - 1], "the")) --p;
  }
  if (!building || p == 0 || !is(t_[p - 1], "at")) return false;
  for (std::size_t k = p >= 10 ? p - 10 : 0; k + 1 < p; ++k)
    if (!t_[k].cap && is_any(t_[k], lex_.words(Words::hosting))) return true;
  return false;
}

// Whether only a date (and the word "date") stands before token b: "date 2022-05-31 New Delhi:",
// a dateline after a printed date.
bool PlaceContext::after_leading_date(std::size_t b) const {
  if (b == 0 || b > 6) return false;
  for (std::size_t k = 0; k < b; ++k)
    if (!used_[k] && !is(t_[k], "date")) return false;
  for (const auto& m : s_.mentions)
    if (m.type == EntityType::date && m.tok_end == b) return true;
  return false;
}

// A capitalised span [b, e) not in the lexicon.
// "at the Presidential Palace", "in the Edsa Room", "at Camp Aguinaldo": a named venue (two
// words at least, a venue head word ending or starting it) where a place is expected.
// Returns the venue's end ("at the Hyatt Regency hotel" takes in the lower-case head), or 0.
std::size_t PlaceContext::venue_end(std::size_t b, std::size_t e) const {
  // "at the Swiss resort of Mont Pelerin": a country's adjective names no venue
  if (!location_context(b, e) || lex_.country_by_adjective(span_text(s_, b, e))) return 0;
  if (e < n() && !t_[e].cap && lex_.is_venuehead(t_[e].text)) return e + 1;
  // "at the Chushul-Moldo border meeting point", "at the Rafah border crossing": a lower-case
  // head after words that say what kind of venue it is
  for (std::size_t k = e; k < n() && k < e + 3 && !t_[k].cap && is_any(t_[k], lex_.words(Words::venue_kinds)); ++k)
    if (k + 1 < n() && !t_[k + 1].cap && (lex_.is_venuehead(t_[k + 1].text) || lex_.is_placehead(t_[k + 1].text, false)))
      return k + 2;
  if (e >= b + 2 && (lex_.is_venuehead(t_[e - 1].text) || lex_.is_venuehead(t_[b].text, true))) return e;
  return 0;
}

// ", the capital of", ", a small town": a place noun in the apposition after token e.
bool PlaceContext::place_apposition(std::size_t e) const {
  if (e + 2 >= n() || t_[e].text != "," || !(is(t_[e + 1], "the") || is(t_[e + 1], "a"))) return false;
  for (std::size_t k = e + 2; k < std::min(n(), e + 5); ++k) {
    if (t_[k].cap || !t_[k].word) return false;
    if (is_any(t_[k], lex_.words(Words::place_nouns))) return true;
  }
  return false;
}

}  // namespace newsgraph::extract::recognise
