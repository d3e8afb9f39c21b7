// The draft's shared helpers: entities made once per (type, name), relations once per
// (type, from, to), and the short names and country tests the naming steps use.
#include "extract/article_draft.h"

#include <algorithm>

namespace newsgraph::extract::article {

bool is_current(const Lexicon& lex, const std::string& modifier) {
  return lex.words(Words::current).holds_exactly(modifier);
}

// Whether mentions x and y (x first) of sentence s are joined as a pair: "X and (the) Y", also
// across an abbreviation ("the European Union (EU) and Japan"); with `headline`, also "X, Y",
// "X-Y" and "X & Y". One test for sides, parties and the parties of a trade agreement.
bool paired(const SentenceMentions& s, const Mention& x, const Mention& y, bool headline) {
  std::size_t k = x.tok_end;
  while (k < y.tok_begin && (s.tokens[k].text == "(" || s.tokens[k].text == ")" || is_all_caps(s.tokens[k].text))) ++k;
  if (k >= y.tok_begin) return false;
  const std::string_view joint = s.tokens[k].text;
  const bool joined = iequals(joint, "and") || (headline && (joint == "," || joint == "-" || joint == "&"));
  if (!joined) return false;
  ++k;
  if (k < y.tok_begin && iequals(s.tokens[k].text, "the")) ++k;
  return k == y.tok_begin;
}

bool Draft::is_country(const Mention& m) const {
  auto c = lex.country_by_code(m.country);
  return c && lex.entry(*c).name == m.name;
}

std::string Draft::party_short(const Mention& m) const {
  std::optional<std::uint32_t> e = m.type == EntityType::place ? lex.find(LexKind::country, m.name)
                                                                : lex.find(LexKind::agency, m.name);
  if (!e) return m.name;
  // "China", "Japan"; else the short capitals form: "US", "UK", "EU"
  const std::string& name = lex.entry(*e).name;
  if (name.find(' ') == std::string::npos) return name;
  // "US", "UK", "EU": an abbreviation made of the name's initials ("ROK" is no short name of South Korea)
  std::string initials;
  for (const auto& t : tokenize(name))
    if (t.word) initials += t.text[0];
  for (const auto& a : lex.entry(*e).aliases)
    if (a == initials) return a;
  // a body known by a short form in capitals, whatever its language: "ELN"
  if (m.type == EntityType::agency)
    for (const auto& a : lex.entry(*e).aliases)
      if (a.size() >= 2 && a.size() <= 5 && is_all_caps(a)) return a;
  return name;
}

std::size_t Draft::entity(const Mention& m, int sentence) {
  const auto key = std::make_pair(m.type, m.name);
  auto it = index.find(key);
  std::size_t i;
  if (it == index.end()) {
    i = out.entities.size();
    Entity e;
    e.type = m.type;
    e.name = m.name;
    e.first_sentence = sentence;
    out.entities.push_back(std::move(e));
    index.emplace(key, i);
  } else {
    i = it->second;
  }
  Entity& e = out.entities[i];
  ++e.mentions;
  if (e.country.empty()) e.country = m.country;
  if (!e.lat && m.lat) {
    e.lat = m.lat;
    e.lon = m.lon;
  }
  if (!e.ordinal) e.ordinal = m.ordinal;
  if (e.series.empty()) e.series = m.series;
  if (!m.alias_only && !m.surface.empty() && m.surface != m.name &&
      std::find(e.aliases.begin(), e.aliases.end(), m.surface) == e.aliases.end())
    e.aliases.push_back(m.surface);
  return i;
}
std::optional<std::size_t> Draft::named_entity(EntityType type, const std::string& name, bool create) {
  auto it = index.find({type, name});
  if (it != index.end()) return it->second;
  if (!create) return std::nullopt;
  Mention m;
  m.type = type;
  m.name = name;
  m.delegation = true;
  m.alias_only = true;
  const std::size_t i = entity(m, 0);
  out.entities[i].mentions = 1;
  return i;
}

void Draft::relation(RelationType type, std::size_t from, std::size_t to, int sentence, std::string_view rule) {
  if (from == to) return;
  for (const auto& r : out.relations)
    if (r.type == type && r.from == from && r.to == to) return;
  Relation r;
  r.type = type;
  r.from = from;
  r.to = to;
  r.sentence = sentence + 1;
  r.evidence = std::string(sents[static_cast<std::size_t>(sentence)].text);
  r.rule = rule;
  out.relations.push_back(std::move(r));
}

}  // namespace newsgraph::extract::article
