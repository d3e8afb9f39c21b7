// The recogniser state for one sentence (extract/mentions.h): the article context, the tokens,
// which tokens a mention has claimed, and the helpers every family of rules uses. Each family
// of rules is one class over the one before it (recognise_rounds.h … recognise.h), in the order
// the rules call each other; only a capitalised span (SpanShape::span) is called back.
#pragma once

#include "extract/mentions.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::extract::recognise {

inline bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "A.K.", "J.": initials, written in capitals but part of a name.
inline bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (!(w[i] >= 'A' && w[i] <= 'Z') || w[i + 1] != '.') return false;
  return true;
}

// "Francisco Baraan III": a generation suffix, in capitals but part of a name.
inline bool is_generation(std::string_view w) { return w == "III" || w == "IV" || w == "Jr"; }

// A capitalised word that is not shouted: a word with lower case, initials or a generation suffix.
inline bool name_cased(std::string_view w) { return has_lower(w) || is_initials(w) || is_generation(w); }

inline std::string_view span_text(const SentenceMentions& s, std::size_t b, std::size_t e) {
  return s.text.substr(s.tokens[b].begin, s.tokens[e - 1].end() - s.tokens[b].begin);
}

// "JOE KLAMAR" → "Joe Klamar" (names printed in capitals in credits and headlines).
inline std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter && !start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    start = !letter && c != '\'';
  }
  return out;
}

// The full name of a person named in the article that `name` is a short form of, or "".
std::string known_full_name(const ArticleContext& ctx, const std::string& name);

class SentenceView {
 public:
  SentenceView(ArticleContext& ctx, SentenceMentions& s)
      : ctx_(ctx), lex_(*ctx.lex), s_(s), t_(s.tokens), used_(s.tokens.size(), false) {}

 protected:
  std::size_t n() const { return t_.size(); }
  bool free(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k)
      if (used_[k]) return false;
    return true;
  }
  void claim(std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e; ++k) used_[k] = true;
  }
  Mention& add(Mention m, std::size_t b, std::size_t e) {
    m.tok_begin = static_cast<std::uint32_t>(b);
    m.tok_end = static_cast<std::uint32_t>(e);
    if (m.surface.empty()) m.surface = std::string(span_text(s_, b, e));
    if (m.type == EntityType::agency && !m.delegation && !m.outlet) remember_initials(m.name);
    claim(b, e);
    s_.mentions.push_back(std::move(m));
    return s_.mentions.back();
  }
  bool word_at(std::size_t i, std::string_view w) const { return i < n() && is(t_[i], w); }
  void remember_initials(const std::string& name);
  const std::vector<LexMatch>& matches_at(std::size_t k) const {
    static const std::vector<LexMatch> none;
    if (k >= n()) return none;
    if (matches_.empty()) matches_.resize(n());
    if (!matches_[k]) matches_[k] = lex_.matches(t_, k);
    return *matches_[k];
  }
  std::vector<LexMatch> longest_at(std::size_t k) const { return Lexicon::longest_of(matches_at(k)); }
  std::optional<std::uint32_t> country_before(std::size_t end, std::size_t& begin) const;
  std::optional<std::uint32_t> country_mentioned_before(std::size_t b) const;
  std::string official_name(std::uint32_t country) const { return ministry_country(lex_.entry(country)); }
  std::string known(const std::string& name) const { return known_full_name(ctx_, name); }

  ArticleContext& ctx_;
  const Lexicon& lex_;
  SentenceMentions& s_;
  const std::vector<Token>& t_;
  std::vector<bool> used_;

  bool headline_ = false;  // a title-case headline: its small words are capitalised too

  // Lexicon matches starting at token k, looked up once per sentence: several recognisers ask
  // about the same tokens.
  mutable std::vector<std::optional<std::vector<LexMatch>>> matches_;
};

}  // namespace newsgraph::extract::recognise
