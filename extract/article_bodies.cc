// A body written short beside its full name in one article: one body, the short form an alias.
#include "extract/article_steps.h"

#include <map>
#include <optional>
#include <set>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {
namespace {

// Whether `full` is `short_name` with a qualifier that only says whose body it is: a country or
// body before it ("Syrian Constitutional Committee", "UN Ad Hoc Committee") or "of <owner>" after
// it ("State Civil Aviation Administration of Azerbaijan").
bool qualifies(const Lexicon& lex, const std::string& full, const std::string& short_name) {
  if (full.size() <= short_name.size() + 1) return false;
  if (full.starts_with(short_name + " of ")) return true;
  if (!full.ends_with(" " + short_name)) return false;
  const std::string q = full.substr(0, full.size() - short_name.size() - 1);
  if (q.find(' ') != std::string::npos) return false;
  return lex.country_by_adjective(q) || lex.find(LexKind::country, q) || lex.find(LexKind::agency, q);
}

// "Ministry of Water Resources of Egypt" beside "Ministry of Water Resources and Irrigation of
// Egypt": a ministry of the same country whose portfolio holds every word of the shorter one's.
bool wider_portfolio(const std::string& full, const std::string& short_name) {
  static const std::string kHead = "Ministry of ";
  auto split = [](const std::string& name) -> std::optional<std::pair<std::string, std::string>> {
    if (!name.starts_with(kHead)) return std::nullopt;
    const auto of = name.find(" of ", kHead.size());
    if (of == std::string::npos) return std::nullopt;
    return std::pair{name.substr(kHead.size(), of - kHead.size()), name.substr(of + 4)};
  };
  const auto a = split(full), b = split(short_name);
  if (!a || !b || a->second != b->second || a->first == b->first) return false;
  std::set<std::string> wide;
  for (const auto& t : tokenize(a->first))
    if (t.word) wide.insert(std::string(t.text));
  for (const auto& t : tokenize(b->first))
    if (t.word && !iequals(t.text, "and") && !wide.count(std::string(t.text))) return false;
  return true;
}

// The one body of `names` whose name is the word `n` and more ("Ford Motor Co" for "Ford"), where
// `n` is a name of no known thing, no abbreviation and no organisation's head word; else "".
std::string company_in_full(const Draft& d, const std::set<std::string>& names, const std::string& n) {
  if (is_all_caps(n) || d.lex.is_orghead(n) || d.lex.is_nonname(n) || d.lex.find(LexKind::agency, n) ||
      d.lex.find(LexKind::country, n))
    return {};
  std::string found;
  for (const auto& full : names)
    if (full.size() > n.size() + 1 && full.starts_with(n + " ")) {
      if (!found.empty()) return {};
      found = full;
    }
  return found;
}

}  // namespace

void short_body_names(Draft& d) {
  std::set<std::string> names;
  for (const auto& s : d.sents)
    for (const auto& m : s.mentions)
      if (m.type == EntityType::agency && !m.name.empty()) names.insert(m.name);
  std::map<std::string, std::string> full_of;
  for (const auto& n : names) {
    // one word ("Council", "Assembly") says too little to be any one body, save a company's own
    // name beside its full one ("Ford" beside "Ford Motor Co")
    if (n.find(' ') == std::string::npos) {
      if (const std::string full = company_in_full(d, names, n); !full.empty()) full_of.emplace(n, full);
      continue;
    }
    std::string found;
    int count = 0;
    for (const auto& full : names)
      if (qualifies(d.lex, full, n) || wider_portfolio(full, n)) {
        found = full;
        ++count;
      }
    if (count == 1) full_of.emplace(n, found);
  }
  if (full_of.empty()) return;
  for (auto& s : d.sents)
    for (auto& m : s.mentions) {
      if (m.type != EntityType::agency) continue;
      auto it = full_of.find(m.name);
      if (it == full_of.end()) continue;
      if (m.surface.empty()) m.surface = m.name;
      m.name = it->second;
    }
}

}  // namespace newsgraph::extract::article
