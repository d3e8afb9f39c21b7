#include "extract/recognise_view.h"

#include <algorithm>

namespace newsgraph::extract::recognise {
namespace {

// The full name of a person named in the article that `name` is a short form of, or "" (also
// "" when two people fit).
std::string known_as(const ArticleContext& ctx, const std::string& name, bool any_first_word) {
  std::string found;
  const std::size_t n_words = std::count(name.begin(), name.end(), ' ') + 1;
  for (const auto& full : ctx.people) {
    if (full == name) return full;
    if (full.size() <= name.size()) continue;
    const bool suffix = full.compare(full.size() - name.size(), name.size(), name) == 0 &&
                        full[full.size() - name.size() - 1] == ' ';
    const auto sp = full.find(' ');
    const bool east_asian_family = n_words == 1 && sp != std::string::npos && full.compare(0, sp, name) == 0 &&
                                   (any_first_word || full.find('-', sp) != std::string::npos ||
                                    std::count(full.begin(), full.end(), ' ') == 2);
    if (suffix || east_asian_family) {
      if (!found.empty() && found != full) return {};  // ambiguous: two people
      found = full;
    }
  }
  return found;
}

}  // namespace

std::string known_full_name(const ArticleContext& ctx, const std::string& name) {
  std::string found = known_as(ctx, name, false);
  // "Liu" for "Liu He": a family name written first, when no full name ends with the word.
  if (found.empty() && name.find(' ') == std::string::npos) found = known_as(ctx, name, true);
  return found;
}

// "Joint River Commission" → "JRC" (and "India-Bangladesh Joint River Commission" → "JRC" and
// "IBJRC"): the initials of a body's capitalised words, for an abbreviation the article uses
// without defining it ("JRC Executive Engineer X").
void SentenceView::remember_initials(const std::string& name) {
  auto initials = [](std::string_view text, std::size_t& words) {
    std::string out;
    for (const auto& t : tokenize(text))
      if (t.word && t.cap) {
        out += t.text[0];
        ++words;
      }
    return out;
  };
  std::size_t words = 0, rest_words = 0;
  const std::string all = initials(name, words);
  const auto sp = name.find(' ');
  const bool parties = sp != std::string::npos && name.find('-') < sp;
  const std::string plain = parties ? initials(std::string_view(name).substr(sp + 1), rest_words) : all;
  if (words < 2) return;
  for (const std::string& key : {all, plain}) {
    if (key.size() < 2) continue;
    auto [it, fresh] = ctx_.initials.emplace(key, name);
    if (fresh || it->second == name || it->second.empty()) continue;
    // one body with and without its parties before it ("India-Bangladesh Joint River Commission")
    if (name.ends_with(" " + it->second)) continue;
    if (it->second.ends_with(" " + name)) it->second = name;
    else it->second.clear();
  }
}

// A country adjective or name (with "'s") ending just before position `end`; returns the
// country entry and sets `begin` to where it starts.
std::optional<std::uint32_t> SentenceView::country_before(std::size_t end, std::size_t& begin) const {
  if (end == 0) return std::nullopt;
  std::size_t e = end;
  if (e >= 1 && t_[e - 1].text == "'s") --e;  // "South Korea's"
  // "the Seychelles' delegation", "the Philippines' panel"
  if (e >= 2 && e == end && t_[e - 1].text == "'" && !t_[e - 1].space_before && t_[e - 2].text.ends_with("s")) --e;
  for (std::size_t len = std::min<std::size_t>(3, e); len >= 1; --len) {
    const std::size_t b = e - len;
    if (!(t_[b].cap || t_[b].digit)) continue;
    const std::string_view phrase = span_text(s_, b, e);
    std::optional<std::uint32_t> c;
    if (e == end) c = lex_.country_by_adjective(phrase);
    if (!c) {
      for (const auto& m : matches_at(b))
        if (m.length == len && (lex_.entry(m.entry).kind == LexKind::country ||
                                !lex_.entry(m.entry).attr("adj").empty()))
          c = m.entry;
      if (!c) c = lex_.country_by_capital(phrase);
    }
    if (c) {
      begin = b;
      return c;
    }
  }
  return std::nullopt;
}

// The country of the last country or delegation mention before token b in this sentence.
std::optional<std::uint32_t> SentenceView::country_mentioned_before(std::size_t b) const {
  std::optional<std::uint32_t> found;
  for (const auto& m : s_.mentions) {
    if (m.tok_end > b || m.country.empty()) continue;
    if ((m.type == EntityType::place && !m.government) || (m.type == EntityType::agency && m.delegation)) {
      auto c = lex_.country_by_code(m.country);
      if (c && (m.delegation || lex_.entry(*c).name == m.name)) found = c;
    }
  }
  return found;
}

}  // namespace newsgraph::extract::recognise
