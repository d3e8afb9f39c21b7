// Stage 5: relations — facts stated between the mentions of one sentence.
//
// Patterns over tokens and mentions (never mere co-occurrence):
// - leads: "X (has) led / heads / will lead D", "D (has been / will be) led|headed by (a
//   description) X", "Y was represented by X", "the talks were led by X … and Y …" (each to
//   their side's delegation), a negotiator cue near the name ("Y's chief negotiator X", "X,
//   ambassador for …, represents Y", "Y's envoy to the talks, X") → Y's delegation, "his U.S.
//   counterpart, X", a head title before the name ("Foreign Minister X", "European Council
//   President X", "Business and Trade Secretary X" → the department of that portfolio), "X,
//   head of A".
// - member-of: an agency in the appositive after a person ("X, deputy … at the U.S. State
//   Department"), "A's <title> X", a member title ("Russian Deputy Foreign Minister X"),
//   credits ("(NAME / AFP)", "AFP/NAME"), e-mail bylines, "X of/at/from A", "A spokesman X",
//   careers ("X previously served as … at A, director of B" — leads of B), "Before joining A, X",
//   a delegation's listed members ("The Indian delegation also included X").
// - held-in / held-on: a round (or "talks … held", or "meetings took place in A in March, on B in
//   April") with a place after in/at/on, "hosted by", "scheduled for", or "ended here" (the
//   dateline's city), and the date of the same clause (not a date something was said on).
// - expires: an agreement (named or "the current deal") with expire / last until / through /
//   runs out / lapses / is due to end / comes to an end, and the date after the verb ("next year
//   on Jan. 17": the day in that year); the subject, not a complement ("the protocol to the
//   agreement"); "It expires …" is the agreement of the sentence before.
// Targets named by title only (a ministry the article never names) are kept as names and
// dropped later if the article has no such entity.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/mentions.h"

namespace newsgraph::extract {

// An end of a relation: a mention, or an entity named by type and name.
struct RelEnd {
  int sentence = -1;  // index into the article's sentences, -1 for a named end
  int mention = -1;
  EntityType type = EntityType::agency;
  std::string name;   // for named ends
  bool suffix = false;  // named end: the one agency whose name ends with `name`
};

struct RawRelation {
  RelationType type;
  RelEnd from, to;
  int sentence = 0;   // index of the sentence that states it
  std::string_view rule = "code";  // the pattern (or code step) that found it, for --trace
};

// Finds the relations of sentence `si` of `sentences` (earlier ones serve as context for
// references such as "the talks"). May add mentions (delegations named by a negotiator cue).
void find_relations(const ArticleContext& ctx, std::vector<SentenceMentions>& sentences, std::size_t si,
                    std::vector<RawRelation>& out);

}  // namespace newsgraph::extract
