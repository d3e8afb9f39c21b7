#include "extract/recognise_lexicon.h"

#include <algorithm>

namespace newsgraph::extract::recognise {

// Chooses among equally long lexicon matches and records the mention; false if none applies.
bool LexiconRules::lexicon(const std::vector<LexMatch>& matches, std::size_t b, std::size_t e) {
  static constexpr LexKind kPriority[] = {LexKind::country, LexKind::agency, LexKind::agreement,
                                          LexKind::title,   LexKind::city,   LexKind::region,
                                          LexKind::venue};
  for (LexKind want : kPriority) {
    for (const auto& m : matches) {
      const LexEntry& entry = lex_.entry(m.entry);
      if (entry.kind != want) continue;
      switch (want) {
        case LexKind::country:
        case LexKind::region:
        case LexKind::venue:
        case LexKind::city: {
          if (want != LexKind::venue && compass_place(entry, b, e)) return true;
          const std::size_t before = s_.mentions.size();
          place(entry, b, e);
          if (s_.mentions.size() == before) continue;
          return true;
        }
        case LexKind::agency: {
          Mention mm;
          mm.type = venue_of_meeting(b, e) ? EntityType::place : EntityType::agency;
          mm.name = entry.name;
          mm.country = entry.attr("country");
          mm.outlet = entry.attr("outlet") == "1";
          own_body_of_country(mm, entry, b, e);
          e = outlet_edition(mm, b, e);
          if (mm.name.find("Parliament") != std::string::npos || mm.name.find("Assembly") != std::string::npos ||
              mm.name.find("Congress") != std::string::npos)
            ctx_.legislature = mm.name;  // what a later bare "the parliament" refers to
          add(std::move(mm), b, e);
          abbreviation_after(s_.mentions.back(), e);
          abbreviation_before(Mention(s_.mentions.back()), b);
          inner_agreement(b, e);
          return true;
        }
        case LexKind::agreement: {
          agreement(entry.name, b, e);
          return true;
        }
        case LexKind::title:
          return title(b, e, m.entry);
        default:
          break;
      }
    }
  }
  return false;
}

// "CNN Philippines", "CNN Indonesia": an outlet's name then a country's or region's is that
// outlet's edition there, a body of its own (not "CNN" and a place); not "Reuters Iran's ...".
std::size_t LexiconRules::outlet_edition(Mention& mm, std::size_t b, std::size_t e) const {
  if (!mm.outlet || e >= n() || !t_[e].cap || used_[e]) return e;
  for (const auto& lm : matches_at(e)) {
    const LexKind kind = lex_.entry(lm.entry).kind;
    const std::size_t end = e + lm.length;
    if ((kind != LexKind::country && kind != LexKind::region) || (end < n() && t_[end].text == "'s")) continue;
    mm.name = std::string(span_text(s_, b, end));
    return end;
  }
  return e;
}

// "Armenia's Security Council", "Kentucky's General Assembly": an international body's short
// name after a country's possessive is that country's own body ("Security Council of Armenia").
void LexiconRules::own_body_of_country(Mention& mm, const LexEntry& entry, std::size_t b, std::size_t e) const {
  if (b < 2 || e < b + 2 || !entry.attr("country").empty() || t_[b - 1].text != "'s" || s_.mentions.empty()) return;
  const Mention& owner = s_.mentions.back();
  if (owner.type != EntityType::place || owner.tok_end != b - 1) return;
  const auto c = lex_.country_by_code(owner.country);
  const std::string_view surface = span_text(s_, b, e);
  if (!c || lex_.entry(*c).name != owner.name || iequals(surface, entry.name)) return;
  mm.name = std::string(surface) + " of " + owner.name;
  mm.country = owner.country;
}

// A title: a person name should follow. Returns true (the title is consumed).
bool LexiconRules::title(std::size_t b, std::size_t e, std::uint32_t entry) {
  // "envoy Amir Reza Tavakoli": after a role word, an honorific that is also a given name starts the name
  if (e == b + 1 && b > 0 && !t_[b - 1].cap && is_any(t_[b - 1], lex_.words(Words::person_before)) &&
      is_any(t_[b], lex_.words(Words::given_titles))) {
    const std::size_t name_e = cap_span_end(b);
    if (name_e >= b + 2 && name_e <= b + 4) {
      person(b, name_e, /*evidence=*/true);
      return true;
    }
  }
  claim(b, e);
  std::size_t p = e;
  // Portfolio after the title: "Special Presidential Envoy for Arms Control Marshall Billingslea".
  // A portfolio of two departments goes on after "and": "Minister of Industry and Trade …" (the
  // lexicon's title may hold the first: "Minister of Industry").
  bool in_portfolio = false;
  for (std::size_t k = b; k < e; ++k) in_portfolio = in_portfolio || is(t_[k], "of") || is(t_[k], "for");
  auto department = [&](std::size_t k) { return !lex_.ministry_for(lower(t_[k].text)).empty(); };
  const bool portfolio = word_at(p, "for") || word_at(p, "of") || (in_portfolio && word_at(p, "and") && department(p - 1));
  // "Special Envoy to Syria Geir Pedersen": a posting to a country or body, then the name
  if (word_at(p, "to") && !portfolio) {
    std::size_t q = p + 1 + (word_at(p + 1, "the") ? 1 : 0);
    for (const auto& m : longest_at(q)) {
      const LexKind k = lex_.entry(m.entry).kind;
      if (k != LexKind::country && k != LexKind::agency) continue;
      const std::size_t name_b = q + m.length, name_e = cap_span_end(name_b);
      bool named_thing = false;  // (a city's name may be a given name too: "Amara")
      for (const auto& x : longest_at(name_b)) named_thing = named_thing || lex_.entry(x.entry).kind != LexKind::city;
      if (name_e >= name_b + 2 && name_e <= name_b + 3 && !named_thing)
        person(name_b, name_e, /*evidence=*/true, static_cast<int>(entry), b);
      break;
    }
    return true;
  }
  std::size_t end = portfolio ? cap_span_end(p + 1) : cap_span_end(p);
  if (end == p) return true;
  std::size_t name_b = p;
  if (portfolio && end == p + 1) {
    // a portfolio in lower case: "Deputy Secretary of state for arms control and international
    // security Andrea Thompson"
    std::size_t q = p + 1;
    while (q < n() && q < p + 12 && t_[q].word && !t_[q].cap && !t_[q].digit) ++q;
    // "President of the National Assembly Jorge Rodriguez": the legislature, then the name
    if (q < n() && q == p + 2 && is(t_[q - 1], "the"))
      if (const std::size_t le = legislature(q, /*name_follows=*/true,
                                             b > 0 ? lex_.country_by_adjective(t_[b - 1].text) : std::nullopt)) {
        const std::size_t name_e = cap_span_end(le);
        if (name_e >= le + 2 && name_e <= le + 3) person(le, name_e, /*evidence=*/true, static_cast<int>(entry), b);
        return true;
      }
    // "Chairman of the Nile Basin Commission Ana Ruiz": the title's body, then its holder
    if (q < n() && q == p + 2 && is(t_[q - 1], "the") && holder_after_body(q, entry, b)) return true;
    // not a body or place: "President of the Kurdistan Region", "for relations with Russia …"
    if (q >= n() || !t_[q].cap || is(t_[q - 1], "the") || !matches_at(q).empty()) return true;
    const std::size_t name_e = cap_span_end(q);
    if (name_e >= q + 2 && name_e <= q + 3) person(q, name_e, /*evidence=*/true, static_cast<int>(entry), b);
    return true;
  }
  bool given_start = false;  // the name's start found by a given name: it may have five words
  if (portfolio) {
    if (end > p + 1 && word_at(end, "and") && department(end - 1) && end + 1 < n() && t_[end + 1].cap &&
        !used_[end + 1])
      end = cap_span_end(end + 1);
    // the portfolio keeps at least one word: "Envoy for Arms Control" names nobody
    name_b = end >= p + 4 ? end - 2 : end;
    if (end >= p + 4 && t_[end - 2].text.size() == 2 && t_[end - 2].text[1] == '.') name_b = end - 3;
    // a portfolio that ends in a ministry's word ends there: "Minister of Industry and Trade
    // Vu Huy Hoang" (a name of three words)
    for (std::size_t cut = end - 2; cut >= p + 2 && cut + 4 > end && end >= p + 4; --cut)
      if (!lex_.ministry_for(lower(t_[cut - 1].text)).empty() ||
          !lex_.ministry_for(lower(span_text(s_, cut - 2, cut))).empty()) {
        name_b = cut;
        break;
      }
    // "Commissioner for Indus Waters Syed Muhammad Mehar Ali Shah": a common given name ends the
    // portfolio, so the name may be longer than the two words guessed
    for (std::size_t k = p + 2; k < name_b; ++k)
      if (is_any(t_[k], lex_.words(Words::given_names))) {
        name_b = k;
        given_start = true;
        break;
      }
  }
  // Another title may follow ("Deputy" + "Foreign Minister"): let the walk see it. A rank
  // after a post ("Corps Commander Lt General Harinder Singh") is passed over: the post says more.
  for (bool again = true; again;) {
    again = false;
    // "Deputy Prime Ministers Mher Grigorian and …": a plural title is no name either
    if (const std::size_t plural = plural_title(name_b); plural > 0 && name_b + plural + 2 <= end) {
      name_b += plural;
      again = true;
      continue;
    }
    for (const auto& m : longest_at(name_b)) {
      if (lex_.entry(m.entry).kind != LexKind::title) continue;
      if (lex_.entry(m.entry).attr("role") != "honorific") return true;
      if (is_any(t_[name_b], lex_.words(Words::given_titles))) break;  // "Governor Amir Hossein X": a given name
      // (a rank written with a period ends the capitalised run: "Commander Gen. Robert Abrams")
      const std::size_t nb = name_b + m.length, ne = std::max(end, cap_span_end(nb));
      if (nb + 2 > ne) return true;
      name_b = nb;
      end = ne;
      again = true;
      break;
    }
  }
  // Words written apart; particles do not count ("Luiz Inacio Lula da Silva"), nor do the parts
  // of a hyphenated surname ("Gustavo Adolfo Meza-Cuadra Velasquez": four words)
  std::size_t words = 0;
  for (std::size_t k = name_b; k < end; ++k)
    words += (k == name_b || t_[k].space_before) && !is_any(t_[k], lex_.words(Words::connectors));
  if (words > (given_start ? 5u : 4u) || end <= name_b) return true;
  person(name_b, end, /*evidence=*/true, static_cast<int>(entry), b);
  return true;
}

// "Governor of the Bank of Korea Lee Ju-yeol", "Chairman of the Nile Basin Commission Ana Ruiz":
// after a title and "of the", a body's name (the lexicon's, or one ending on an organisation's
// head word) runs straight into the name of the title's holder. Records the holder, titled;
// the walk finds the body. Returns whether it did.
bool LexiconRules::holder_after_body(std::size_t q, std::uint32_t title_entry, std::size_t title_b) {
  // a legislature without its country is left to legislature(): "the National Assembly" of which?
  if (is(t_[q], "parliament") || (is(t_[q], "national") && word_at(q + 1, "assembly"))) return false;
  // Where the body may end: after the lexicon's name, after a head word, or after a head word's
  // "of" and a place ("Central Bank of Uruguay"); the longest that leaves a name of 2-3 words.
  std::vector<std::size_t> ends;
  for (const auto& m : longest_at(q))
    if (lex_.entry(m.entry).kind == LexKind::agency) ends.push_back(q + m.length);
  for (std::size_t h = q; h < n() && h < q + 8 && (t_[h].cap || is(t_[h], "of") || is(t_[h], "and")); ++h) {
    if (!lex_.is_orghead(t_[h].text)) continue;
    ends.push_back(h + 1);
    if (word_at(h + 1, "of"))
      for (const auto& m : longest_at(h + 2))
        if (lex_.entry(m.entry).kind == LexKind::country || lex_.entry(m.entry).kind == LexKind::city)
          ends.push_back(h + 2 + m.length);
  }
  std::sort(ends.rbegin(), ends.rend());
  for (const std::size_t body_e : ends) {
    if (body_e >= n() || used_[body_e] || !t_[body_e].cap) continue;
    const std::size_t name_e = cap_span_end(body_e);
    if (name_e < body_e + 2 || name_e > body_e + 3) continue;
    // (a city's name may be a surname: "Pereira")
    bool name = true;
    for (std::size_t k = body_e; k < name_e && name; ++k) {
      name = !lex_.is_orghead(t_[k].text);
      for (const auto& m : longest_at(k)) name = name && lex_.entry(m.entry).kind == LexKind::city;
    }
    if (!name) continue;
    person(body_e, name_e, /*evidence=*/true, static_cast<int>(title_entry), title_b);
    return true;
  }
  return false;
}

}  // namespace newsgraph::extract::recognise
