#include "extract/recognise_ministries.h"

#include <tuple>

namespace newsgraph::extract::recognise {

// "UK Government", "Government of Colombia", "the British Government": the country acting,
// an alias of its place node (guidelines), not an agency.
std::optional<std::uint32_t> MinistryRules::government_of(std::size_t b, std::size_t e) const {
  if (e >= b + 3 && is_any(t_[b], lex_.words(Words::government_levels))) ++b;
  auto whole_country = [&](std::size_t x, std::size_t y) -> std::optional<std::uint32_t> {
    if (x < y && is(t_[x], "the")) ++x;
    if (x >= y) return std::nullopt;
    if (auto c = lex_.country_by_adjective(span_text(s_, x, y))) return c;
    for (const auto& m : matches_at(x))
      if (lex_.entry(m.entry).kind == LexKind::country && x + m.length == y) return m.entry;
    return std::nullopt;
  };
  auto is_government = [&](std::size_t k) { return is_any(t_[k], lex_.words(Words::governments)); };
  if (e - b >= 2 && is_government(e - 1)) return whole_country(b, e - 1);
  if (e - b >= 3 && is_government(b) && is(t_[b + 1], "of")) return whole_country(b + 2, e);
  return std::nullopt;
}

// ---- ministries ----
// "the Greek and Turkish Foreign Ministries": one ministry of each country.
void MinistryRules::paired_ministries(std::size_t i) {
  if (i < 4 || !is(t_[i - 3], "and") || !free(i - 4, i + 1)) return;
  const std::string dept = lex_.ministry_for(t_[i - 1].text);
  const auto first = lex_.country_by_adjective(t_[i - 4].text);
  const auto second = lex_.country_by_adjective(t_[i - 2].text);
  if (dept.empty() || !first || !second) return;
  for (const auto& [c, b, e] : {std::tuple{*first, i - 4, i - 3}, std::tuple{*second, i - 2, i + 1}}) {
    Mention m;
    m.type = EntityType::agency;
    m.name = "Ministry of " + dept + " of " + official_name(c);
    m.country = lex_.entry(c).attr("code");
    m.alias_only = true;  // "Greek" alone is no name of the ministry
    add(std::move(m), b, e);
  }
}

void MinistryRules::ministries() {
  for (std::size_t i = 0; i < n(); ++i) {
    if (!used_[i] && is(t_[i], "ministries")) paired_ministries(i);
    if (used_[i] || !is(t_[i], "ministry")) continue;
    std::string dept;
    std::size_t b = i, e = i + 1;
    std::optional<std::uint32_t> country;
    if (t_[i].cap && word_at(i + 1, "of") && i + 2 < n() && t_[i + 2].cap) {
      // "Ministry of Foreign Affairs (of X)"
      std::size_t k = i + 2;
      while (k < n() && (t_[k].cap || (is(t_[k], "and") && k + 1 < n() && t_[k + 1].cap) || listed_portfolio(k)))
        ++k;
      dept = std::string(span_text(s_, i + 2, k));
      e = k;
      if (word_at(e, "of")) {
        std::size_t cb = 0;
        std::size_t ce = e + 1;
        if (word_at(ce, "the")) ++ce;
        for (const auto& m : matches_at(ce))
          if (lex_.entry(m.entry).kind == LexKind::country) {
            country = m.entry;
            cb = ce + m.length;
          }
        if (country) e = cb;
      }
      const std::string mapped = lex_.ministry_for(dept);
      if (!mapped.empty()) dept = mapped;
      if (!country) country = country_before(i, b);
    } else if (i > 0) {
      // "(the) [South Korean|Seoul's] foreign (affairs) ministry"
      const std::size_t words = portfolio_before(i, dept);
      if (words == 0) {
        if (!is(t_[i - 1], "the")) continue;
        // "the ministry": the last ministry named
        if (ctx_.ministries.empty()) continue;
        Mention m;
        m.type = EntityType::agency;
        m.name = ctx_.ministries.rbegin()->second;
        m.alias_only = true;
        if (!last_ministry_.empty()) m.name = last_ministry_;
        add(std::move(m), i, i + 1);
        continue;
      }
      b = i - words;
      country = country_before(b, b);
    } else {
      continue;
    }
    if (dept.empty() || !free(b, e)) continue;
    std::string name;
    // A portfolio no government shares ("Ministry of Peshmerga Affairs") names one ministry by
    // itself: no country is guessed from elsewhere in the article.
    const bool distinctive = !country && t_[i].cap && lex_.ministry_for(dept).empty();
    if (distinctive) {
      name = "Ministry of " + dept;
    } else if (country) {
      name = "Ministry of " + dept + " of " + official_name(*country);
    } else if (auto it = ctx_.ministries.find(dept); it != ctx_.ministries.end()) {
      name = it->second;
    } else if (auto near = country_mentioned_before(b)) {
      // "Japan's delegation was led by X, director-general of the Foreign Ministry's …"
      name = "Ministry of " + dept + " of " + official_name(*near);
      country = near;
    } else if (!ctx_.dateline_country.empty()) {
      if (auto hc = lex_.country_by_code(ctx_.dateline_country))
        name = "Ministry of " + dept + " of " + official_name(*hc);
    }
    // No country known: an unqualified "Ministry of X" would merge the ministries of every
    // country across articles, so it is no node.
    if (name.empty()) continue;
    ctx_.ministries[dept] = name;
    last_ministry_ = name;
    Mention m;
    m.type = EntityType::agency;
    m.name = name;
    if (country) m.country = lex_.entry(*country).attr("code");
    add(std::move(m), b, e);
  }
}

// The portfolio written before the "ministry" at i, into dept; returns its length in words (0:
// none). The longest the lexicon knows ("foreign affairs", "trade and industry"), else one word
// of a portfolio the article named in full for the same country ("the Egyptian water ministry"
// after "Ministry of Water Resources and Irrigation"), else one word the lexicon knows.
std::size_t MinistryRules::portfolio_before(std::size_t i, std::string& dept) const {
  for (std::size_t k = std::min<std::size_t>(3, i); k >= 2; --k) {
    if (!t_[i - k].word) continue;
    dept = lex_.ministry_for(span_text(s_, i - k, i));
    if (!dept.empty()) return k;
  }
  const Token& w = t_[i - 1];
  if (!w.word || is(w, "the")) return 0;
  std::size_t cb = 0;
  const auto country = country_before(i - 1, cb);
  for (const auto& [portfolio, name] : ctx_.ministries) {
    if (country && name != "Ministry of " + portfolio + " of " + official_name(*country)) continue;
    for (const auto& p : tokenize(portfolio))
      if (p.word && !is(p, "and") && iequals(p.text, w.text)) {
        dept = portfolio;
        return 1;
      }
  }
  dept = lex_.ministry_for(w.text);
  return dept.empty() ? 0 : 1;
}

// A comma inside a list of portfolios: "Ministry of Trade, Industry and Energy".
bool MinistryRules::listed_portfolio(std::size_t k) const {
  if (t_[k].text != "," || k + 1 >= n() || !t_[k + 1].cap) return false;
  for (std::size_t q = k + 1; q < n() && q < k + 6; ++q) {
    if (is(t_[q], "and")) return q + 1 < n() && t_[q + 1].cap;
    if (!t_[q].cap) return false;
  }
  return false;
}

}  // namespace newsgraph::extract::recognise
