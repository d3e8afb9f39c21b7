#include "extract/pattern_apply.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/patterns.h"
#include "extract/sides.h"

namespace newsgraph::extract {
namespace {

// The relation end a capture stands for: its mention, a country written as an adjective, or the
// delegation of the country it names.
std::optional<RelEnd> end_of(const Lexicon& lex, const SentenceMentions& s, int si, const PatternEnd& e,
                             const PatternMatch::Bound& b) {
  std::optional<std::uint32_t> country;
  if (b.mention >= 0) {
    if (!e.delegation) return RelEnd{si, b.mention, s.mentions[static_cast<std::size_t>(b.mention)].type, {}};
    country = country_of(lex, s.mentions[static_cast<std::size_t>(b.mention)]);
  } else if (auto a = adjective_at(lex, s.tokens, b.begin)) {
    country = a->country;
  }
  if (!country) return std::nullopt;
  if (e.delegation) return RelEnd{-1, -1, EntityType::agency, lex.delegation_adjective(*country) + " delegation"};
  return RelEnd{-1, -1, EntityType::place, lex.entry(*country).name};
}

std::string span_text(const SentenceMentions& s, std::uint32_t b, std::uint32_t e) {
  return std::string(s.text.substr(s.tokens[b].begin, s.tokens[e - 1].end() - s.tokens[b].begin));
}

// Calls f(pattern, emit, span) for the span of each emit of each match of the patterns of one
// stage (mentions, cues) in sentence s; a pattern's matches are all found before f changes s.
template <typename F>
void each_span(const Lexicon& lex, const SentenceMentions& s, PatternStage stage, F f) {
  std::vector<std::uint32_t> todo;
  lex.patterns().candidates(s, stage, todo);
  for (const std::uint32_t pi : todo) {
    const Pattern& p = lex.patterns().patterns()[pi];
    for (const auto& m : lex.patterns().match(pi, s, lex))
      for (const auto& em : p.emits)
        for (const auto& b : m.captures[static_cast<std::size_t>(em.from.capture)]) f(p, em, b);
  }
}

}  // namespace

void pattern_mentions(const ArticleContext& ctx, SentenceMentions& s) {
  each_span(*ctx.lex, s, PatternStage::mentions, [&](const Pattern& p, const PatternEmit& em, const PatternMatch::Bound& b) {
    const bool taken = std::any_of(s.mentions.begin(), s.mentions.end(),
                                   [&](const Mention& x) { return x.tok_begin < b.end && b.begin < x.tok_end; });
    if (taken) return;
    Mention x;
    x.type = em.mention;
    x.name = x.surface = span_text(s, b.begin, b.end);
    x.tok_begin = b.begin;
    x.tok_end = b.end;
    x.rule = p.name;
    auto at = std::lower_bound(s.mentions.begin(), s.mentions.end(), x.tok_begin,
                               [](const Mention& y, std::uint32_t k) { return y.tok_begin < k; });
    s.mentions.insert(at, std::move(x));
  });
}

namespace {
void cues(const Lexicon& lex, SentenceMentions& s, PatternStage stage) {
  each_span(lex, s, stage, [&](const Pattern& p, const PatternEmit& em, const PatternMatch::Bound& b) {
    s.cues.push_back({em.cue, b.begin, b.end, p.name});
  });
}
}  // namespace

void pattern_cues(const ArticleContext& ctx, SentenceMentions& s) { cues(*ctx.lex, s, PatternStage::cues); }

void pattern_relations(const ArticleContext& ctx, const std::vector<SentenceMentions>& sentences, std::size_t si,
                       std::vector<RawRelation>& out) {
  const Lexicon& lex = *ctx.lex;
  const SentenceMentions& s = sentences[si];
  std::vector<std::uint32_t> todo;
  lex.patterns().candidates(s, PatternStage::relations, todo);
  const int sentence = static_cast<int>(si);
  for (const std::uint32_t pi : todo) {
    const Pattern& p = lex.patterns().patterns()[pi];
    for (const auto& m : lex.patterns().match(pi, s, lex))
      for (const auto& em : p.emits)
        for (const auto& fb : m.captures[static_cast<std::size_t>(em.from.capture)])
          for (const auto& tb : m.captures[static_cast<std::size_t>(em.to.capture)]) {
            auto from = end_of(lex, s, sentence, em.from, fb);
            auto to = end_of(lex, s, sentence, em.to, tb);
            if (from && to) out.push_back({em.type, std::move(*from), std::move(*to), sentence, p.name});
          }
  }
}

}  // namespace newsgraph::extract
