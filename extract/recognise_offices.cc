#include "extract/recognise_offices.h"

namespace newsgraph::extract::recognise {

// "the Obama administration", "the Ivan Petrov Administration": a leader's government is the
// country (guidelines), known when the article gave the leader a country's title ("Russian
// President Ivan Petrov"); else no node at all (neither the leader's name a place nor an agency).
// Returns the end of the phrase starting at i, or 0.
std::size_t OfficeRules::leader_government(std::size_t i) {
  if (!t_[i].cap || (i > 0 && t_[i - 1].cap && !is(t_[i - 1], "the"))) return 0;
  std::size_t e = i;
  while (e < n() && e < i + 3 && t_[e].cap && t_[e].word && !is(t_[e], "administration")) ++e;
  if (e == i || e >= n() || !is(t_[e], "administration")) return 0;
  if (t_[e].cap && !ctx_.people.count(std::string(span_text(s_, i, e)))) return 0;  // "Drug Enforcement Administration"
  for (std::size_t k = i; k < e; ++k)
    if (lex_.is_orghead(t_[k].text) || lex_.is_stopword(t_[k].text)) return 0;
  const std::string_view name = span_text(s_, i, e);
  if (lex_.country_by_adjective(name)) return 0;  // "the U.S. administration": government_of
  for (const auto& m : matches_at(i)) {
    const auto kind = lex_.entry(m.entry).kind;
    if (kind == LexKind::country || kind == LexKind::agency) return 0;
  }
  std::string full = ctx_.people.count(std::string(name)) ? std::string(name) : known(std::string(name));
  auto it = ctx_.person_country.find(full);
  auto c = it == ctx_.person_country.end() ? std::nullopt : lex_.country_by_code(it->second);
  if (!c) {
    claim(i, e + 1);
    return e + 1;
  }
  Mention g;
  g.type = EntityType::place;
  g.name = lex_.entry(*c).name;
  g.country = it->second;
  g.government = true;
  add(std::move(g), i, e + 1);
  return e + 1;
}

// "the National Assembly", "Parliament", "the parliament": a bare legislature is the one of
// the country named last before it in the sentence, else of the article's most named country;
// named "<word> of <country>" unless the lexicon knows it otherwise ("Hellenic Parliament").
// Returns the end of the phrase starting at i, or 0.
std::size_t OfficeRules::legislature(std::size_t i, bool name_follows, std::optional<std::uint32_t> c) {
  std::size_t e = i;
  std::string word;
  if (is(t_[i], "parliament")) {
    e = i + 1, word = "Parliament";
  } else if (is(t_[i], "national") && i + 1 < n() && is(t_[i + 1], "assembly") && t_[i].cap == t_[i + 1].cap) {
    e = i + 2, word = "National Assembly";
  } else {
    return 0;
  }
  // part of a longer name ("Kurdistan Parliament", "National Assembly Speaker")
  if (i > 0 && t_[i - 1].cap && !is(t_[i - 1], "the")) return 0;
  if (e < n() && t_[e].cap && !t_[e].digit && !is(t_[e], "of") && !name_follows) return 0;
  if (e + 1 < n() && is(t_[e], "of") && t_[e + 1].cap) return 0;  // "Parliament of Ghana": the name itself
  if (!t_[i].cap && (i == 0 || !is(t_[i - 1], "the"))) return 0;  // "a parliament", "parliament members"
  // the country named last before it in the sentence, by name or adjective ("the Nigerian
  // Constitution … the National Assembly")
  std::size_t last = 0;
  for (const auto& m : s_.mentions)
    if (m.tok_end <= i && !m.country.empty() && (m.type == EntityType::place || m.delegation) && !name_follows)
      if (auto mc = lex_.country_by_code(m.country); mc && (m.delegation || lex_.entry(*mc).name == m.name))
        c = mc, last = m.tok_end;
  Mention m;
  m.type = EntityType::agency;
  // a legislature named before in the article ("the European Parliament … the parliament")
  if (!c && !ctx_.legislature.empty() && ctx_.legislature.find(word) != std::string::npos) {
    m.name = ctx_.legislature;
    add(std::move(m), i, e);
    return e;
  }
  // a country's adjective in the sentence, before it or else after it ("… the National Assembly
  // ratifies …, in line with … the Nigerian Constitution")
  for (std::size_t k = last; k < i && !name_follows; ++k)
    if (t_[k].cap && !used_[k])
      if (auto adj = lex_.country_by_adjective(t_[k].text)) c = adj;
  for (std::size_t k = e; k < n() && !c && !name_follows; ++k)
    if (t_[k].cap) c = lex_.country_by_adjective(t_[k].text);
  if (!c) c = article_country();
  if (!c) return 0;
  m.name = word + " of " + with_article(lex_.entry(*c));
  if (auto known = lex_.find(LexKind::agency, m.name)) m.name = lex_.entry(*known).name;
  m.country = lex_.entry(*c).attr("code");
  ctx_.legislature = m.name;
  add(std::move(m), i, e);
  return e;
}

// "the office of the President of the Kurdistan Region": a head's office is a body, named
// "Office of the <title> of <X>". Returns the end of the phrase starting at i, or 0.
std::size_t OfficeRules::office_of(std::size_t i) {
  if (t_[i].cap || !is(t_[i], "office") || i == 0 || !is(t_[i - 1], "the") || !word_at(i + 1, "of") ||
      !word_at(i + 2, "the"))
    return 0;
  for (const auto& tm : matches_at(i + 3)) {
    const LexEntry& title = lex_.entry(tm.entry);
    if (title.kind != LexKind::title || title.attr("role") != "head") continue;
    std::size_t q = i + 3 + tm.length;
    if (!word_at(q, "of")) continue;
    std::size_t b = q + 1;
    if (word_at(b, "the")) ++b;
    const std::size_t e = cap_span_end(b);
    if (e == b || e > b + 5) return 0;
    Mention m;
    m.type = EntityType::agency;
    m.name = "Office of the " + std::string(span_text(s_, i + 3, q)) + " of " + std::string(span_text(s_, q + 1, e));
    add(std::move(m), i, e);
    return e;
  }
  return 0;
}

}  // namespace newsgraph::extract::recognise
