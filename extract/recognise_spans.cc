#include "extract/recognise_spans.h"

#include <algorithm>
#include <cctype>

namespace newsgraph::extract::recognise {

std::size_t SpanRules::span(std::size_t b, std::size_t e) {
  // Sentence-initial or stop words are not part of names ("The", "Since", "Meanwhile"), nor
  // are trailing ones ("Mari Koseki Tel: …").
  const std::size_t span_end = e;
  bool titled = false;  // "Presidents Donald Trump and Xi Jinping"
  for (;;) {
    if (b < e && (lex_.is_stopword(t_[b].text) || is(t_[b], "the"))) {
      ++b;
    } else if (const std::size_t plural = b < e ? plural_title(b) : 0) {
      b += plural;
      titled = true;
    } else {
      break;
    }
  }
  // "Heads of Government": a plural title's body is no name
  if (titled && b < e && is_any(t_[b], lex_.words(Words::connectors))) return span_end;
  // "Toronto-based", "Corp Commander-level": an adjective and what leads to it name nothing here
  if (b < e && compound_adjective(t_[e - 1].text)) return span_end;
  // a stop word ends no name, except the body's members of "Council of Ministers"
  while (e > b && lex_.is_stopword(t_[e - 1].text) &&
         !(e >= b + 3 && (is(t_[e - 2], "of") || is(t_[e - 2], "for")) && org_span(b, e)))
    --e;
  while (e > b && is_any(t_[e - 1], lex_.words(Words::connectors))) --e;
  if (b >= e) return span_end;
  // "the Economic Partnership Agreement Seychelles has with the EU": a country after an
  // agreement's head word is no part of its name
  if (e > b + 2 && lex_.is_agreementhead(t_[e - 2].text)) {
    for (const auto& lm : matches_at(e - 1))
      if (lm.length == 1 && lex_.entry(lm.entry).kind == LexKind::country) {
        span(b, e - 1);
        place(lex_.entry(lm.entry), e - 1, e);
        claim(b, e);
        return span_end;
      }
  }
  if (place_span(b, e)) {
    unknown_place(b, e);
    return e;
  }
  // A government is its country's place node: "Syrian Government", "Government of Canada".
  if (auto c = government_of(b, e)) {
    place(lex_.entry(*c), b, e);
    if (!s_.mentions.empty() && s_.mentions.back().tok_begin == b) s_.mentions.back().government = true;
    claim(b, e);
    return e;
  }
  // A title inside the span ("U.S. President Donald Trump" reached at "President"); not a
  // word of a company's name ("General Motors", "Major League Baseball Players Association").
  bool company = lex_.is_orghead(t_[e - 1].text);
  for (std::size_t k = b; k < e && company; ++k) company = !is_any(t_[k], lex_.words(Words::connectors));
  for (std::size_t k = b; k < e; ++k) {
    // the tail of a hyphenated word is no title: "Directorate-General for Trade"
    if (k > b && t_[k - 1].text == "-" && !t_[k].space_before) continue;
    auto ms = matches_at(k);
    for (const auto& m : ms) {
      if (lex_.entry(m.entry).kind != LexKind::title) continue;
      if (company && lex_.entry(m.entry).attr("role") == "honorific") continue;
      // "Office of the High Commissioner for Refugees": a title inside a body's name (not one after
      // "and": "… Leading Group and Vice Minister X")
      bool in_body = false;
      for (std::size_t q = b + 1; q + 1 < k && !in_body; ++q)
        in_body = (is(t_[q], "of") || is(t_[q], "for")) && lex_.is_orghead(t_[q - 1].text);
      if (in_body && !is(t_[k - 1], "and") && !is(t_[k - 1], "Vice")) continue;
      std::size_t left = k;  // "… Leading Group and Vice Minister X": the "and" joins no name
      while (left > b && (is_any(t_[left - 1], lex_.words(Words::connectors)) || is(t_[left - 1], "Vice"))) --left;
      if (company_before_title(b, left, lex_.entry(m.entry))) {
        title(k, k + m.length, m.entry);
        return std::max<std::size_t>(k + m.length, k + 1);
      }
      // (not a service of no country before a rank: "Air Force Brigadier General X")
      if (left > b && !lex_.country_by_adjective(span_text(s_, b, left)) &&
          !lex_.is_orghead(std::string(span_text(s_, b, left))))
        span(b, left);
      title(k, k + m.length, m.entry);
      return std::max<std::size_t>(k + m.length, k + 1);
    }
  }
  if (const std::size_t ve = venue_end(b, e)) {
    return place_as_written(b, ve);
  }
  if (const std::size_t rest = plural_of_known(b, e)) return rest;
  if (org_span(b, e)) {
    bool only_heads = true, shouting = e - b > 3;
    for (std::size_t k = b; k < e; ++k) {
      only_heads = only_heads && lex_.is_orghead(t_[k].text);
      shouting = shouting && !has_lower(t_[k].text);
    }
    const bool bare_ministry = e - b == 2 && is(t_[e - 1], "ministry");  // "Foreign Ministry" of no country
    // "the Association of Serb majority municipalities": a name cut off by the lower-case words
    // its nationality adjective describes is a description, not a body's name
    const bool cut_description = e < n() && t_[e].word && !t_[e].cap && !is_any(t_[e], lex_.words(Words::connectors)) &&
                                 lex_.country_by_adjective(t_[e - 1].text) && !lex_.is_orghead(t_[e - 1].text);
    only_heads = only_heads || cut_description;
    // "the Biden Administration": a government named by its leader, whose country is not said here
    if (is(t_[e - 1], "Administration") && e > b + 1 && !known(std::string(span_text(s_, b, e - 1))).empty())
      only_heads = true;
    // "the Biden Administration": one name-like word, not a field ("the Maritime Administration")
    if (is(t_[e - 1], "Administration") && e == b + 2 && b > 0 && is(t_[b - 1], "the") && has_lower(t_[b].text) &&
        !common_word(b) && !lex_.country_by_adjective(t_[b].text) && matches_at(b).empty())
      only_heads = true;
    if (only_heads || shouting || bare_ministry) {  // "News", "THIS PICTURE WAS PROVIDED BY A THIRD PARTY"
      claim(b, e);
      return e;
    }
    // "the XV Association Committee": a Roman numeral before a body that meets in numbered
    // sittings (noun:sitting-body) counts the sitting; the body is named without it
    // (not "XIV Corps", a unit's own name)
    if (e - b >= 3 && roman_value(t_[b].text) > 1 && is_any(t_[e - 1], lex_.words(Words::sitting_bodies))) {
      claim(b, b + 1);
      ++b;
    }
    Mention m;
    m.type = venue_of_meeting(b, e) ? EntityType::place : EntityType::agency;
    m.name = std::string(span_text(s_, b, e));
    // "the Council of Ministers of the AU": a body's name ends the same way in every article
    // when a known body's short form after "of the" is written out ("… of the African Union")
    if (e >= b + 4 && is(t_[e - 2], "the") && is(t_[e - 3], "of") && is_all_caps(t_[e - 1].text))
      for (const auto& lm : matches_at(e - 1))
        if (lm.length == 1 && lex_.entry(lm.entry).kind == LexKind::agency) {
          m.name = std::string(span_text(s_, b, e - 1)) + " " + lex_.entry(lm.entry).name;
          break;
        }
    add(std::move(m), b, e);
    abbreviation_after(s_.mentions.back(), e);
    if (s_.mentions.back().type == EntityType::agency) abbreviation_before(Mention(s_.mentions.back()), b);
    inner_agreement(b, e);
    claim(b, e);
    return e;
  }
  if (agreement_span(b, e)) {
    // A title-case headline running into a known agreement ("Envoy Sizes Up Ongoing Columbia
    // River Treaty"): the agreement is the known name, the words before it are no part of it.
    for (std::size_t k = b + 1; k + 1 < e; ++k)
      if (auto known = lex_.find(LexKind::agreement, span_text(s_, k, e))) {
        span(b, k);
        agreement(lex_.entry(*known).name, k, e);
        claim(b, e);
        return e;
      }
    // "a US Treaty arrangement", "the Iran Deal": a country and a head word describe a deal
    // of that country, they do not name one; the country stays a place
    if (e == b + 2 && !used_[b]) {
      for (const auto& lm : matches_at(b))
        if (lm.length == 1 && lex_.entry(lm.entry).kind == LexKind::country) {
          place(lex_.entry(lm.entry), b, b + 1);
          claim(b, e);
          return e;
        }
    }
    std::size_t start = b;
    if (lex_.ordinal(t_[b].text) > 0) ++start;
    used_[b] = false;
    agreement(std::string(span_text(s_, start, e)), start, e);
    claim(b, e);
    return e;
  }
  // "Teesta River", "Hamid Karzai International Airport", "Camp Aguinaldo": a place by its head word.
  if (e - b >= 2 && (lex_.is_placehead(t_[e - 1].text, false) || lex_.is_placehead(t_[b].text, true)) &&
      !ctx_.people.count(std::string(span_text(s_, b, e)))) {
    Mention m;
    m.type = EntityType::place;
    m.name = std::string(span_text(s_, b, e));
    add(std::move(m), b, e);
    return e;
  }
  if (compass_span(b, e)) return e;
  // "Chushul-Moldo Border Personnel Meeting (BPM) point": the name and its head, without the
  // bracketed abbreviation
  if (e + 3 < n() && t_[e].text == "(" && t_[e + 2].text == ")" && is_all_caps(t_[e + 1].text) &&
      t_[e + 3].word && !t_[e + 3].cap && lex_.is_placehead(t_[e + 3].text, false) && e - b <= 6) {
    Mention m;
    m.type = EntityType::place;
    m.name = std::string(span_text(s_, b, e)) + " " + std::string(t_[e + 3].text);
    add(std::move(m), b, e + 4);
    return e + 4;
  }
  // "the Iremmo institute", "the Hoover institution": a body by a lower-case head word after it
  bool named = true;  // "the Geneva-based institution" is no name
  for (std::size_t k = b; k < e; ++k) {
    const auto dash = t_[k].text.find('-');
    named = named && t_[k].cap && !(dash != std::string_view::npos && dash + 1 < t_[k].text.size() &&
                                    std::islower(static_cast<unsigned char>(t_[k].text[dash + 1])));
  }
  if (named && e < n() && !t_[e].cap && is_any(t_[e], lex_.words(Words::lower_bodies)) && b > 0 && is(t_[b - 1], "the") && e - b <= 3 &&
      !ctx_.people.count(std::string(span_text(s_, b, e))) && !lex_.country_by_adjective(span_text(s_, b, e))) {
    Mention m;
    m.type = EntityType::agency;
    m.name = std::string(span_text(s_, b, e + 1));
    add(std::move(m), b, e + 1);
    return e + 1;
  }
  if (const std::size_t pe = cued_place_end(b, e)) {
    return place_as_written(b, pe);
  }
  // A defined abbreviation or a short reference to someone named before.
  if (e == b + 1) {
    if (auto it = ctx_.abbreviations.find(std::string(t_[b].text)); it != ctx_.abbreviations.end()) {
      Mention m = it->second;
      m.surface.clear();
      add(std::move(m), b, e);
      return e;
    }
    if (initials_body(b)) return e;
    if (body_before_title(b)) return e;
    if (is(t_[b], "North") || is(t_[b], "South")) {
      // "the North": the country "North …" named in the article
      if (b > 0 && is(t_[b - 1], "the") && (b + 1 >= n() || !t_[b + 1].cap)) {
        const std::string prefix = std::string(t_[b].text) + " ";
        for (const auto& code : ctx_.countries_seen) {
          auto c = lex_.country_by_code(code);
          if (c && lex_.entry(*c).name.rfind(prefix, 0) == 0) {
            place(lex_.entry(*c), b, e);
            return e;
          }
        }
      }
      return e;
    }
  }
  if (defined_body(b, e)) return e;
  // "JRC Executive Engineer Kazi Shahidur Rahman": a role word inside the span; the name follows.
  for (std::size_t k = e - 2; e >= b + 4 && k > b + 1 && k + 4 > e; --k)
    if (is_any(t_[k - 1], lex_.words(Words::person_before)) && !is_any(t_[k - 1], lex_.words(Words::connectors))) {
      initials_body(b);
      claim(b, k);
      person(k, e, /*evidence=*/true);
      return e;
    }
  // Two things joined by "and" that make no one organisation: "the Commission and Japan".
  for (std::size_t k = b + 1; k + 1 < e; ++k)
    if (is(t_[k], "and")) {
      span(b, k);
      return k + 1;
    }
  // "Tuxtla Gutierrez, the capital of …", "Kiru, a small town": a place by its apposition.
  if (place_apposition(e)) {
    unknown_place(b, e);
    return e;
  }
  // "Crans-Montana Switzerland": a place and its country, the comma left out.
  for (std::size_t k = b + 1; k < e && k <= b + 3 && place_head_of_country(b, k); ++k)
    for (const auto& m : matches_at(k))
      if (k + m.length == e && lex_.entry(m.entry).kind == LexKind::country && known(std::string(span_text(s_, b, k))).empty()) {
        unknown_place(b, k);
        return k;
      }
  // Long spans are no single name (connectors such as "da", "e" do not count).
  std::size_t words = 0;
  for (std::size_t k = b; k < e; ++k) words += !is_any(t_[k], lex_.words(Words::connectors));
  if (words > 5) return e;
  person(b, e, (s_.byline || titled) && e - b >= 2);
  return e;
}

// "Andes Freight CEO Ana Ruiz": a name the lexicon does not know right before a title only a
// company's head has (of=company) is the company's, an agency; adds it and says so.
bool SpanRules::company_before_title(std::size_t b, std::size_t e, const LexEntry& title) {
  if (e <= b || e > b + 3 || title.attr("of") != "company" || ctx_.people.count(std::string(span_text(s_, b, e))))
    return false;
  if (b > 0 && t_[b - 1].cap && t_[b - 1].word) return false;  // the rest of a longer name ("General Motors")
  for (std::size_t k = b; k < e; ++k)
    if (!t_[k].cap || !t_[k].word || common_word(k) || lex_.is_stopword(t_[k].text) || !matches_at(k).empty())
      return false;
  Mention m;
  m.type = EntityType::agency;
  m.name = std::string(span_text(s_, b, e));
  add(std::move(m), b, e);
  return true;
}

// A place named as written, over tokens [b, e) (a venue, a place its context cues); returns e.
std::size_t SpanRules::place_as_written(std::size_t b, std::size_t e) {
  Mention m;
  m.type = EntityType::place;
  m.name = std::string(span_text(s_, b, e));
  add(std::move(m), b, e);
  return e;
}

}  // namespace newsgraph::extract::recognise
