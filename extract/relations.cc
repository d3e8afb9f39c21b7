#include "extract/relations.h"
#include "extract/pattern_apply.h"
#include "extract/relations_rules.h"

namespace newsgraph::extract {

void find_relations(const ArticleContext& ctx, std::vector<SentenceMentions>& sentences, std::size_t si,
                    std::vector<RawRelation>& out) {
  // Patterns first: a fact both find is credited to its pattern.
  pattern_relations(ctx, sentences, si, out);
  // Then the code rules, family by family; each step's name is what --trace shows.
  rel::Leads(rel::RelView(ctx, sentences, si, out, "code:leads")).leads_and_membership();
  rel::Rounds(rel::RelView(ctx, sentences, si, out, "code:rounds")).rounds();
  rel::Expiry(rel::RelView(ctx, sentences, si, out, "code:expiry")).expiry();
}

}  // namespace newsgraph::extract
