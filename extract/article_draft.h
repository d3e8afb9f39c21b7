// The article stage, after the mentions and relations of each sentence: one Draft of the article
// that the steps of extract/article_steps.h read and complete in turn (extract/extractor.cc runs
// them), and the few helpers they share. A draft belongs to one thread; the lexicon is read-only.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/relations.h"

namespace newsgraph::extract::article {

// The whole article being assembled.
struct Draft {
  Draft(const Lexicon& lexicon, Article& article) : lex(lexicon), out(article) { ctx.lex = &lexicon; }
  Draft(const Draft&) = delete;
  Draft& operator=(const Draft&) = delete;

  const Lexicon& lex;
  Article& out;  // its entities and relations are built last (add_entities and after)
  ArticleContext ctx;
  std::vector<SentenceMentions> sents;
  std::vector<RawRelation> rels;
  // The article's agreement (agreements()):
  std::string main_series;
  std::map<int, std::string> instances;  // ordinal → name, of the main series
  std::string negotiated;                // the instance under negotiation (highest ordinal)
  std::set<int> current;                 // ordinals of instances the article presents as in force
  std::string negotiation;               // what rounds of no agreement are named after (name_rounds())
  std::map<std::pair<EntityType, std::string>, std::size_t> index;  // (type, name) → entity of `out`

  Mention& mention(const RelEnd& e) { return sents[e.sentence].mentions[e.mention]; }
  bool is_country(const Mention& m) const;
  // The short name of a party for an agreement's name: "EU", "UK", "Japan".
  std::string party_short(const Mention& m) const;

  // ---- entities and relations ----
  // The entity of a mention (made at its first mention, counted at each).
  std::size_t entity(const Mention& m, int sentence);
  // The entity of that type and name, if any; else, with `create`, a new one (a delegation).
  std::optional<std::size_t> named_entity(EntityType type, const std::string& name, bool create);
  // Adds a relation once (0-based `sentence`, whose text is its evidence).
  void relation(RelationType type, std::size_t from, std::size_t to, int sentence, std::string_view rule = "article");
};

// Whether a modifier makes an agreement the one in force ("the current deal", "the expiring SMA").
bool is_current(const Lexicon& lex, const std::string& modifier);
// Whether mentions x and y (x first) of sentence s are joined as a pair (see article_draft.cc).
bool paired(const SentenceMentions& s, const Mention& x, const Mention& y, bool headline);

}  // namespace newsgraph::extract::article
