#include "extract/recognise_places.h"

#include <cctype>

namespace newsgraph::extract::recognise {

// ---- "the Austrian capital", "the U.S. capital" → the capital city ----
void PlaceRules::capitals() {
  for (std::size_t i = 1; i < n(); ++i) {
    if (used_[i] || !is(t_[i], "capital")) continue;
    std::size_t b = i;
    auto c = country_before(i, b);
    if (!c || !free(b, i)) continue;
    const std::string city = lex_.entry(*c).attr("capital");
    if (city.empty()) continue;
    Mention m;
    m.type = EntityType::place;
    m.name = city;
    m.country = lex_.entry(*c).attr("code");
    if (auto ce = lex_.find(LexKind::city, city)) {
      if (const auto ll = lex_.entry(*ce).coordinates()) {
        m.lat = ll->first;
        m.lon = ll->second;
      }
    }
    add(std::move(m), b, i + 1);
  }
}

// "South Lebanon", "eastern Ladakh", "the western Indian Ocean": a compass word before a known
// place names a region of it. Records it over the compass word and the place [b, e) when the
// compass word stands right before b (capitalised or not).
bool PlaceRules::compass_place(const LexEntry& entry, std::size_t b, std::size_t e) {
  if (b == 0 || used_[b - 1] || !is_any(t_[b - 1], lex_.words(Words::compass))) return false;
  // "north" in lower case is a direction ("north of Seoul"), "northern" a region
  if (!t_[b - 1].cap && !t_[b - 1].text.ends_with("ern")) return false;
  // "in southern Seoul": in lower case before a city, a part of the city, not a place of its own
  if (!t_[b - 1].cap && entry.kind == LexKind::city) return false;
  std::string word(t_[b - 1].text);
  word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  Mention m;
  m.type = EntityType::place;
  m.name = word + " " + entry.name;
  m.country = entry.kind == LexKind::country ? entry.attr("code") : entry.attr("country");
  // "the eastern Mediterranean": a region known under the compass name keeps the lexicon's name
  if (auto known = lex_.find(LexKind::region, word + " " + std::string(span_text(s_, b, e))))
    m.name = lex_.entry(*known).name;
  add(std::move(m), b - 1, e);
  return true;
}

// A capitalised span [b, e) that is a compass word and a known place ("South Lebanon").
bool PlaceRules::compass_span(std::size_t b, std::size_t e) {
  if (e < b + 2) return false;
  for (const auto& m : matches_at(b + 1)) {
    const LexEntry& entry = lex_.entry(m.entry);
    const bool is_place = entry.kind == LexKind::country || entry.kind == LexKind::region ||
                          entry.kind == LexKind::city;
    if (is_place && b + 1 + m.length == e && compass_place(entry, b + 1, e)) return true;
  }
  return false;
}

void PlaceRules::place(const LexEntry& entry, std::size_t b, std::size_t e) {
  if (entry.kind == LexKind::country) ++ctx_.country_counts[entry.attr("code")];
  if (entry.kind == LexKind::country && !location_context(b, e)) ++ctx_.actor_counts[entry.attr("code")];
  // "the Indus treaty talks", "the Paris accord": a river or city naming an agreement is no place
  // (written with its head word it still is one: "the Nile River agreement")
  if ((entry.kind == LexKind::region || entry.kind == LexKind::city) && e < n() && !t_[e].cap &&
      is_any(t_[e], lex_.words(Words::agreement_nouns)) && !lex_.is_placehead(t_[e - 1].text, false))
    return;
  Mention m;
  m.type = EntityType::place;
  m.name = entry.name;
  m.country = entry.kind == LexKind::country ? entry.attr("code") : entry.attr("country");
  if (entry.kind == LexKind::country) {
    ctx_.countries_seen.insert(m.country);
  } else {
    if (const auto ll = entry.coordinates()) {
      m.lat = ll->first;
      m.lon = ll->second;
    }
  }
  if (entry.kind == LexKind::venue && entry.attr("seat") == "1" && !location_context(b, e)) {
    // "the White House said": the government, an alias of the country
    if (auto c = lex_.country_by_code(entry.attr("country"))) {
      m.name = lex_.entry(*c).name;
      m.lat.reset();
      m.lon.reset();
      m.government = true;
      ctx_.countries_seen.insert(m.country);
    }
  }
  if (entry.kind == LexKind::city) {
    const std::string_view text = span_text(s_, b, e);
    // "from March 6-7": a month is no town (March, Cambridgeshire) whatever the preposition;
    // "Mora, Deputy Secretary-General …": the article's person
    if (e == b + 1 && entry.attr("curated").empty() && is_calendar_name(t_[b].text)) return;
    if (!known(std::string(text)).empty()) return;
    // "from Summit of the Americas", "to Conference of the Parties": a common word that is also
    // a small town's name, with "of" after it, heads the name of an event or body, not the town
    if (e == b + 1 && e < n() && is(t_[e], "of") && entry.attr("curated").empty() && common_word(b)) return;
    const auto capital_of = lex_.country_by_capital(entry.name);
    const bool at_place = location_context(b, e);
    const std::string body = entry.attr("seat_of");
    if (!body.empty() && !at_place) {
      // "a deal with Brussels": the body seated there (the European Union), not Belgium
      if (auto a = lex_.find(LexKind::agency, body)) {
        Mention g;
        g.type = EntityType::agency;
        g.name = lex_.entry(*a).name;
        g.surface = std::string(span_text(s_, b, e));
        add(std::move(g), b, e);
        return;
      }
    }
    if (capital_of && !at_place) {
      // "Seoul and Washington are deadlocked": the government, an alias of the country.
      const LexEntry& c = lex_.entry(*capital_of);
      m.name = c.name;
      m.country = c.attr("code");
      m.lat.reset();
      m.lon.reset();
      m.government = true;
      ctx_.countries_seen.insert(m.country);
    } else if (!capital_of && !at_place && entry.attr("curated").empty() && entry.population < 1000000) {
      return;  // a lesser-known city name outside a location context is too often a word or name
    }
    if (is_all_caps(text) && text.size() > 3) m.surface = title_case(text);
  }
  add(std::move(m), b, e);
}

// Words [b, k) that may name a place before its country: not a thing ("Economic Partnership
// Agreement Seychelles"), a shouted word ("RELATED South Korea") or a compass word ("South Lebanon").
bool PlaceRules::place_head_of_country(std::size_t b, std::size_t k) const {
  // (nor a sentence's first word or a headline's: "Reiterating Armenia's …", "Oil-rich Qatar")
  bool first = true;  // a sentence's first word
  for (std::size_t q = 0; q < b && first; ++q) first = !t_[q].word;
  if (first || headline_ || org_span(b, k) || agreement_span(b, k)) return false;
  for (std::size_t q = b; q < k; ++q) {
    const std::string_view w = t_[q].text;
    const auto dash = w.find('-');
    if (w == "-" && q > b && !t_[q].space_before) continue;  // "Crans-Montana"
    if (!t_[q].cap || !has_lower(w) || lex_.is_stopword(w) || is_any(t_[q], lex_.words(Words::place_qualifiers)) || common_word(q) ||
        (dash != std::string_view::npos && dash + 1 < w.size() && !(w[dash + 1] >= 'A' && w[dash + 1] <= 'Z')))
      return false;
  }
  return true;
}

// A place the lexicon does not know, named by its shape ("Galwan Valley").
void PlaceRules::unknown_place(std::size_t b, std::size_t e) {
  Mention m;
  m.type = EntityType::place;
  const std::string_view text = span_text(s_, b, e);
  m.name = is_all_caps(text) ? title_case(text) : std::string(text);
  add(std::move(m), b, e);
}

}  // namespace newsgraph::extract::recognise
