#include "extract/recognise_agreements.h"

#include <algorithm>
#include <cctype>

namespace newsgraph::extract::recognise {

// ---- "the 2011 Teesta River agreement", "the Doha accord" ----
// A place (not a country) right before a lower-case agreement word names the agreement after it.
// (A country there is a party, not a name: "the Iran deal" is left to the lexicon.)
void AgreementRules::place_agreements() {
  for (std::size_t i = 1; i < n(); ++i) {
    if (used_[i] || t_[i].cap || !is_any(t_[i], lex_.words(Words::generic_agreement_words))) continue;
    if (is_any(t_[i], lex_.words(Words::agreements_plural))) continue;
    const Mention* place = nullptr;
    for (const auto& m : s_.mentions)
      if (m.type == EntityType::place && m.tok_end == i && !m.government) place = &m;
    if (!place || lex_.find(LexKind::country, place->name)) continue;
    Mention m;
    m.type = EntityType::agreement;
    m.name = m.series = place->surface + " " + lower(t_[i].text);  // as the text calls it: "Nile River"
    m.surface = place->surface + " " + std::string(t_[i].text);
    add(std::move(m), i, i + 1);
  }
}

// ---- "the current deal", "the new agreement", "The current arrangement, signed in 2014" ----
// Named later: the article's series or one of its numbered instances (extractor.cc).
void AgreementRules::generic_agreements() {
  for (std::size_t i = 0; i < n(); ++i) {
    if (used_[i] || t_[i].cap || !is_any(t_[i], lex_.words(Words::generic_agreement_words))) continue;
    if (is(t_[i], "agreements") || is(t_[i], "accords")) continue;
    // Walk back over lower-case modifiers to a determiner.
    std::size_t b = i;
    std::string modifier;
    // (quotes and compounds are skipped: an "ambitious" post-Brexit free trade agreement)
    auto quote = [&](std::size_t k) { return t_[k].text == "\"" || t_[k].text == "'" || t_[k].text == "\u201c" || t_[k].text == "\u201d"; };
    auto compound = [&](std::size_t k) {
      return !used_[k] && ((t_[k].text == "-" && !t_[k].space_before) ||
                           (t_[k].cap && k > 0 && t_[k - 1].text == "-" && !t_[k].space_before));
    };
    while (b > 0 && b + 9 > i && (quote(b - 1) || compound(b - 1) ||
                                  (t_[b - 1].word && !t_[b - 1].cap && (!used_[b - 1] || t_[b - 1].digit))) &&
           !is(t_[b - 1], "the") && !is(t_[b - 1], "a") && !is(t_[b - 1], "an") && !is(t_[b - 1], "its") &&
           !is(t_[b - 1], "their") && !is_any(t_[b - 1], lex_.words(Words::no_modifier))) {
      --b;
      if (is_any(t_[b], lex_.words(Words::agreement_modifiers))) modifier = lower(t_[b].text);
    }
    if (b == 0 || !(is(t_[b - 1], "the") || is(t_[b - 1], "its") || is(t_[b - 1], "their") ||
                    is(t_[b - 1], "this") || is(t_[b - 1], "a") || is(t_[b - 1], "an")))
      continue;
    // A description the lexicon knows ("the cost-sharing deal" for the SMA) is a name.
    bool known = false;
    int ordinal = 0;
    for (std::size_t k = b; k <= i && !known; ++k) {
      for (const auto& lm : longest_at(k))
        known = known || (lex_.entry(lm.entry).kind == LexKind::agreement && k + lm.length > i);
      if (lex_.ordinal(t_[k].text) > 0) ordinal = lex_.ordinal(t_[k].text);
      if (is(t_[k], "such")) ordinal = -1;  // "the first such agreement": a kind's first, no instance
    }
    if (known) continue;
    ordinal = std::max(ordinal, 0);
    Mention m;
    m.type = EntityType::agreement;
    m.agreement = AgreementRef::generic;
    m.modifier = modifier;
    // "The current deal, the ninth since 1991": an appositive ordinal names the instance.
    std::size_t e = i + 1;
    m.ordinal = ordinal;  // "the 10th deal"
    if (e + 2 < n() && t_[e].text == "," && is(t_[e + 1], "the") && lex_.ordinal(t_[e + 2].text) > 0) {
      m.ordinal = lex_.ordinal(t_[e + 2].text);
    }
    if (const std::size_t end = commodity_end(b, i); end > e) {
      m.agreement = AgreementRef::named;
      m.name = m.series = commodity_name(i + 2, end);
      e = end;
    }
    add(std::move(m), b, e);
  }
}

// "a new trade agreement on softwood lumber": a trade deal on one good is named after it
// ("Softwood Lumber Agreement"), as such deals are. The end of "on <one or two words>" after
// the agreement word at i, where [b, i) holds "trade" and the words end the phrase; else 0.
std::size_t AgreementRules::commodity_end(std::size_t b, std::size_t i) const {
  // words that are no good's name: determiners and the trade's own nouns ("sugar exports")
  // words that may follow the good's name: the phrase ends there
  bool trade = false;
  for (std::size_t k = b; k < i; ++k) trade = trade || is(t_[k], "trade");
  if (!trade || !word_at(i + 1, "on")) return 0;
  std::size_t k = i + 2;
  while (k < n() && k < i + 5 && t_[k].word && !t_[k].cap && !t_[k].digit && !used_[k] &&
         !is_any(t_[k], lex_.words(Words::not_goods)) && !is_any(t_[k], lex_.words(Words::phrase_ends)))
    ++k;
  const std::size_t words = k - (i + 2);
  if (words < 1 || words > 2) return 0;
  if (k < n() && (t_[k].word || t_[k].digit) && !is_any(t_[k], lex_.words(Words::phrase_ends)))
    return 0;  // a longer phrase ("on sugar exports to …") is a description, not a name
  return k;
}

std::string AgreementRules::commodity_name(std::size_t b, std::size_t e) const {
  std::string name;
  for (std::size_t k = b; k < e; ++k) {
    std::string w(t_[k].text);
    w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    name += w + " ";
  }
  return name + "Agreement";
}

// An agreement mention over [b, e), with an ordinal just before making it an instance.
void AgreementRules::agreement(const std::string& series, std::size_t b, std::size_t e) {
  Mention m;
  m.type = EntityType::agreement;
  m.series = series;
  m.name = series;
  std::size_t start = b;
  if (b > 0 && lex_.ordinal(t_[b - 1].text) > 0 && !used_[b - 1]) {
    m.ordinal = lex_.ordinal(t_[b - 1].text);
    m.name = ordinal_suffix(m.ordinal) + " " + series;
    start = b - 1;
  } else if (b > 0 && is_any(t_[b - 1], lex_.words(Words::agreement_modifiers))) {
    m.modifier = lower(t_[b - 1].text);
  } else if (b > 1 && t_[b - 1].word && !t_[b - 1].cap && is_any(t_[b - 2], lex_.words(Words::agreement_modifiers))) {
    m.modifier = lower(t_[b - 2].text);
  }
  if (b > 0 && !t_[b - 1].cap && t_[b - 1].word && m.modifier.empty() && !m.ordinal &&
      (b < 2 || is(t_[b - 2], "the")))
    m.modifier = lower(t_[b - 1].text);  // "the five-year SMA"
  add(std::move(m), start, e);
  abbreviation_after(s_.mentions.back(), e);
}

// An agreement named inside an organisation's name ("JCPOA Joint Commission") is mentioned too.
void AgreementRules::inner_agreement(std::size_t b, std::size_t e) {
  for (std::size_t k = e - 1; k > b; --k) {
    auto found = lex_.find(LexKind::agreement, span_text(s_, b, k));
    if (!found) continue;
    Mention a;
    a.type = EntityType::agreement;
    a.name = a.series = lex_.entry(*found).name;
    a.tok_begin = static_cast<std::uint32_t>(b);
    a.tok_end = static_cast<std::uint32_t>(k);
    a.surface = std::string(span_text(s_, b, k));
    s_.mentions.push_back(std::move(a));
    return;
  }
}

}  // namespace newsgraph::extract::recognise
