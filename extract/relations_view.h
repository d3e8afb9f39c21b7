// Relations: what every rule of a sentence sees (the article, the lexicon, the sentence, its
// mentions and the relations found so far) and the small helpers they all use. Each family of
// rules (relations_<family>.cc) is a class over this view; find_relations runs them in order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/relations.h"
#include "extract/sides.h"

namespace newsgraph::extract::rel {

struct RelView {
  RelView(const ArticleContext& ctx, std::vector<SentenceMentions>& all, std::size_t si,
          std::vector<RawRelation>& out, std::string_view rule)
      : ctx_(ctx), lex_(*ctx.lex), all_(all), si_(si), s_(all[si]), t_(s_.tokens), out_(out), rule_(rule) {}

  const ArticleContext& ctx_;
  const Lexicon& lex_;
  std::vector<SentenceMentions>& all_;
  std::size_t si_;
  SentenceMentions& s_;
  const std::vector<Token>& t_;
  std::vector<RawRelation>& out_;
  std::string_view rule_;  // the step running, named in --trace

  std::size_t n() const { return t_.size(); }
  const Mention& m(int i) const { return s_.mentions[static_cast<std::size_t>(i)]; }
  int count() const { return static_cast<int>(s_.mentions.size()); }
  RelEnd end(int mention) const { return {static_cast<int>(si_), mention, m(mention).type, {}}; }
  RelEnd named(EntityType type, std::string name) const { return {-1, -1, type, std::move(name)}; }
  void emit(RelationType type, RelEnd from, RelEnd to) {
    out_.push_back({type, std::move(from), std::move(to), static_cast<int>(si_), rule_});
  }

  // The mention covering token k, or -1.
  int mention_at(std::size_t k) const {
    for (int i = 0; i < count(); ++i)
      if (m(i).tok_begin <= k && k < m(i).tok_end) return i;
    return -1;
  }
  // First mention of a type starting in [b, e), or -1.
  int first_of(EntityType type, std::size_t b, std::size_t e) const {
    for (int i = 0; i < count(); ++i)
      if (m(i).type == type && m(i).tok_begin >= b && m(i).tok_begin < e) return i;
    return -1;
  }
  // Adds a delegation mention for a country entry (a negotiator cue names no delegation word).
  RelEnd delegation_of(std::uint32_t country) const {
    return named(EntityType::agency, lex_.delegation_adjective(country) + " delegation");
  }
  std::optional<std::uint32_t> country_of(const Mention& x) const { return extract::country_of(lex_, x); }
  std::optional<std::uint32_t> adjective_at(std::size_t k) const {
    if (auto a = extract::adjective_at(lex_, t_, k)) return a->country;
    return std::nullopt;
  }
  std::optional<std::uint32_t> side_in(std::size_t b, std::size_t e, std::size_t near) const;
  std::size_t appositive_end(int person) const;
  bool accredited_to(std::size_t b) const;
  bool country_seat(const Mention& body) const;
  int subject_agency(std::size_t verb) const;
  bool talks_subject(std::size_t verb) const;
  bool talks_object(std::size_t after_verb) const;
  std::optional<std::uint32_t> opening_side() const;
  bool heads_after(std::size_t k) const;
  const Cue* first_cue(std::string_view kind) const;
  const Cue* cue_from(std::string_view kind, std::size_t begin) const;
  const Cue* cue_to(std::string_view kind, std::size_t end) const;
  // Emits as the pattern whose cue told the fact (--trace names it; its examples check it).
  void emit_by(const Cue& c, RelationType type, RelEnd from, RelEnd to) {
    out_.push_back({type, std::move(from), std::move(to), static_cast<int>(si_), c.rule});
  }
  const Cue* expiry_cue() const;
  std::size_t expiry_trigger() const;
  bool has_expiry_trigger() const { return expiry_trigger() != SIZE_MAX; }
};

}  // namespace newsgraph::extract::rel
