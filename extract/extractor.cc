// The article pipeline: normalise → sentences → tokens → people (first pass) → mentions →
// relations → article-level naming (headline agreements cut to what the body writes, rounds,
// "the current deal", "the protocol") → entities and relations (party-to: the sides, and the
// countries written with each agreement).
// The article-level steps are in extract/article_*.cc (extract/article_steps.h lists them).
#include <algorithm>

#include "extract/article_draft.h"
#include "extract/article_steps.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/normalise.h"
#include "extract/pattern_apply.h"
#include "extract/relations.h"
#include "extract/sentences.h"

namespace newsgraph::extract {

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

namespace {

// Blanks lines that are page furniture ("Go to Contents", "Most Popular").
std::string drop_clutter(const Lexicon& lex, std::string text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    if (lex.is_clutter_line(std::string_view(text).substr(pos, nl - pos)))
      std::fill(text.begin() + static_cast<long>(pos), text.begin() + static_cast<long>(nl), ' ');
    pos = nl + 1;
  }
  return text;
}
// The whole article being assembled: the sentence stages, then the article's steps on its draft.
class ArticleBuilder {
 public:
  ArticleBuilder(const Lexicon& lex, Article& out) : d_(lex, out) {}

  void run(std::string_view text, const std::optional<Date>& published) {
    d_.ctx.date = find_publication_date(d_.lex, text);
    if (!d_.ctx.date) d_.ctx.date = published;
    d_.out.date = d_.ctx.date;
    // No year hint from elsewhere in the text: an undated "Dec. 31" in a story that mentions
    // 2014 is not 2014-12-31 (dates.h resolves a month/day from a full date in its own sentence).
    const auto sentences = split_sentences(text);
    d_.sents.resize(sentences.size());
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      d_.sents[i].index = static_cast<int>(i + 1);
      d_.sents[i].text = sentences[i].text;
      tokenize(sentences[i].text, d_.sents[i].tokens);
    }
    dateline();
    for (auto& s : d_.sents) find_mentions(d_.ctx, s);
    drop_bodies_of_unnamed_countries(d_.ctx, d_.sents);
    promote_candidates(d_.ctx);
    for (auto& s : d_.sents) resolve_pending(d_.ctx, s);
    for (auto& s : d_.sents) {
      pattern_mentions(d_.ctx, s);
      pattern_cues(d_.ctx, s);
    }
    for (std::size_t i = 0; i < d_.sents.size(); ++i) find_relations(d_.ctx, d_.sents, i, d_.rels);
    article::agreements(d_);
    article::name_generic_agreements(d_);
    article::name_rounds(d_);
    build();
  }

  void trace() {
    d_.out.trace.push_back("publication date: " + (d_.ctx.date ? d_.ctx.date->iso() : std::string("none")));
    for (const auto& s : d_.sents) {
      d_.out.trace.push_back(std::string("S") + std::to_string(s.index) + ": " + std::string(s.text));
      for (const auto& m : s.mentions)
        d_.out.trace.push_back("   " + std::string(to_string(m.type)) + " '" + m.name + "' <" + m.surface + ">" +
                                (m.ordinal ? " #" + std::to_string(m.ordinal) : "") +
                                (m.modifier.empty() ? "" : " mod=" + m.modifier) + (m.government ? " gov" : "") +
                                (m.rule.empty() ? "" : " [" + std::string(m.rule) + "]"));
      for (const auto& c : s.cues)
        d_.out.trace.push_back("   cue " + std::string(c.kind) + " <" +
                                std::string(s.text.substr(s.tokens[c.begin].begin,
                                                          s.tokens[c.end - 1].end() - s.tokens[c.begin].begin)) +
                                "> [" + std::string(c.rule) + "]");
    }
    for (const auto& r : d_.rels) {
      auto name = [&](const RelEnd& e) {
        return e.sentence < 0 ? e.name : d_.sents[e.sentence].mentions[e.mention].name;
      };
      d_.out.trace.push_back("R S" + std::to_string(r.sentence + 1) + " " + std::string(to_string(r.type)) + " '" +
                              name(r.from) + "' -> '" + name(r.to) + "' [" + std::string(r.rule) + "]");
    }
  }

 private:
  article::Draft d_;

  // The dateline's city and its country: "SEOUL, Jan. 24 (Yonhap)", "Jakarta.", "VIENNA —", "London:".
  void dateline() {
    for (std::size_t i = 0; i < std::min<std::size_t>(d_.sents.size(), 8); ++i) {
      const auto& t = d_.sents[i].tokens;
      if (t.empty()) continue;
      for (const auto& m : d_.lex.longest(t, 0)) {
        const LexEntry& e = d_.lex.entry(m.entry);
        if (e.kind != LexKind::city || m.length >= t.size()) continue;
        const auto sep = t[m.length].text;
        if (sep == "," || sep == "." || sep == "-" || sep == ":" || (sep == "(" && is_all_caps(t[0].text))) {
          d_.ctx.dateline_country = e.attr("country");
          d_.ctx.dateline_city = e.name;
          return;
        }
      }
    }
  }

  void build() {
    article::short_body_names(d_);
    article::add_entities(d_);
    article::precise_meeting_dates(d_);
    article::most_specific_places(d_);
    article::drop_membership_of_heads(d_);
    article::part_of(d_);
    article::authors(d_);
    article::party_to(d_);
    article::counterparts(d_);
    article::drop_unused_dates(d_);
    for (auto& e : d_.out.entities) {
      std::sort(e.aliases.begin(), e.aliases.end());
      if (e.type == EntityType::person) e.key = d_.lex.person_key(e.name);
    }
  }
};

}  // namespace

Article Extractor::extract(std::string_view id, std::string_view raw, std::optional<Date> published) const {
  Article out;
  out.id = std::string(id);
  Normalised nz = normalise(raw);
  if (nz.invalid_utf8) out.warnings.push_back(std::to_string(nz.invalid_utf8) + " invalid UTF-8 sequences replaced by U+FFFD");
  if (nz.control_chars) out.warnings.push_back(std::to_string(nz.control_chars) + " control characters removed");
  std::string text = drop_clutter(*lexicon_, std::move(nz.text));
  unwrap_hard_wrapped(text);
  ArticleBuilder builder(*lexicon_, out);
  builder.run(text, published);
  if (trace_) builder.trace();
  return out;
}

}  // namespace newsgraph::extract
