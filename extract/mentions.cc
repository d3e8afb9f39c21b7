#include "extract/mentions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

#include "extract/pattern_apply.h"
#include "extract/recognise.h"

namespace newsgraph::extract {

std::string with_article(const LexEntry& country) {
  // "the United States", "the Czech Republic", "the Solomon Islands", and the countries whose
  // lexicon line lists the article ("The Philippines", "The Gambia"); not "Cyprus", "Laos"
  const std::string& name = country.name;
  bool the = name.rfind("United ", 0) == 0 || name.ends_with("Republic") || name.ends_with("Islands");
  for (const auto& a : country.aliases) the = the || a == "The " + name;
  return the ? "the " + name : name;
}

std::string ministry_country(const LexEntry& country) {
  const std::string styled = country.attr("ministries");
  return styled.empty() ? with_article(country) : styled;
}

std::string ordinal_suffix(int n) {
  const int mod100 = n % 100;
  const char* suffix = "th";
  if (mod100 < 11 || mod100 > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

void find_mentions(ArticleContext& ctx, SentenceMentions& s) {
  recognise::Recogniser(ctx, s).run();
}

std::string known_person(const ArticleContext& ctx, const std::string& name) { return recognise::known_full_name(ctx, name); }

namespace {
// The one person of the article whose full name ends in the single word `surname`, or "".
std::string longer_name(const ArticleContext& ctx, const std::string& surname) {
  std::string found;
  for (const auto& full : ctx.people) {
    if (full.size() <= surname.size() + 1 || full[full.size() - surname.size() - 1] != ' ' ||
        full.compare(full.size() - surname.size(), surname.size(), surname) != 0)
      continue;
    if (!found.empty()) return {};  // two people share the surname
    found = full;
  }
  return found;
}
}  // namespace

void resolve_pending(const ArticleContext& ctx, SentenceMentions& s) {
  // "Kim Jong Un and Moon Jae-in met": a name coordinated with a person is a person.
  auto coordinated = [&](const SentenceMentions::Pending& p) {
    const std::size_t words = std::count(p.name.begin(), p.name.end(), ' ') + 1;
    if (words < 2 || words > 3 || p.end + 1 >= s.tokens.size() || !is(s.tokens[p.end], "and")) return false;
    for (const auto& m : s.mentions)
      if (m.type == EntityType::person && m.tok_begin == p.end + 1) return true;
    return false;
  };
  // "Mr Frost" named before "David Frost" was known to be a person: the one full name ending so.
  for (auto& m : s.mentions)
    if (m.type == EntityType::person && m.name.find(' ') == std::string::npos)
      if (std::string full = longer_name(ctx, m.name); !full.empty()) m.name = full;
  if (s.pending.empty()) return;  // most sentences: the mentions are already in order
  const std::size_t before = s.mentions.size();
  for (const auto& p : s.pending) {
    std::string full = ctx.people.count(p.name) ? p.name : known_person(ctx, p.name);
    if (full.empty() && coordinated(p)) full = p.name;
    if (full.empty()) continue;
    Mention m;
    m.type = EntityType::person;
    m.name = full;
    m.tok_begin = p.begin;
    m.tok_end = p.end;
    m.surface = std::string(s.text.substr(s.tokens[p.begin].begin, s.tokens[p.end - 1].end() - s.tokens[p.begin].begin));
    s.mentions.push_back(std::move(m));
  }
  s.pending.clear();
  if (s.mentions.size() == before) return;
  std::stable_sort(s.mentions.begin(), s.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.tok_begin < b.tok_begin; });
}

void drop_bodies_of_unnamed_countries(const ArticleContext& ctx, std::vector<SentenceMentions>& sentences) {
  const Lexicon& lex = *ctx.lex;
  auto named = [&](const std::string& code) {
    return ctx.countries_seen.count(code) || ctx.country_counts.count(code) || ctx.adjective_counts.count(code);
  };
  // per body of a country the article never names: whether it is written as an institution's
  // common name ("Foreign Office": a head word such as Office), and whether any form names the
  // country ("British Foreign Office"); a proper name ("Hamas", "Mossad") is that body anywhere
  auto names_country = [&](std::string_view text, const std::string& code) {  // by name or adjective
    const auto toks = tokenize(text);
    for (std::size_t k = 0; k < toks.size(); ++k) {
      if (auto c = lex.country_by_adjective(toks[k].text); c && lex.entry(*c).attr("code") == code) return true;
      for (const auto& m : lex.matches(toks, k))
        if (lex.entry(m.entry).kind == LexKind::country && lex.entry(m.entry).attr("code") == code) return true;
    }
    return false;
  };
  std::map<std::string, std::pair<bool, bool>> bodies;  // name → (common name, country named)
  for (const auto& s : sentences)
    for (const auto& m : s.mentions) {
      if (m.type != EntityType::agency || m.delegation || m.outlet) continue;
      const auto e = lex.find(LexKind::agency, m.name);
      if (!e) continue;
      const std::string& code = lex.entry(*e).attr("country");
      if (code.empty() || named(code)) continue;
      auto& [common, own] = bodies[m.name];
      common = common || lex.names_a_body(m.surface);
      own = own || names_country(m.name, code) || names_country(m.surface, code);
    }
  for (auto& s : sentences)
    std::erase_if(s.mentions, [&](const Mention& m) {
      const auto it = m.type == EntityType::agency ? bodies.find(m.name) : bodies.end();
      return it != bodies.end() && it->second.first && !it->second.second;
    });
}

void promote_candidates(ArticleContext& ctx) {
  for (const auto& word : ctx.surname_cues) {
    const std::string suffix = " " + word;
    const std::string* found = nullptr;
    int count = 0;
    for (const auto& c : ctx.name_candidates)
      if (c.size() > suffix.size() && c.compare(c.size() - suffix.size(), suffix.size(), suffix) == 0) {
        found = &c;
        ++count;
      }
    if (count == 1) ctx.people.insert(*found);
  }
}

}  // namespace newsgraph::extract
