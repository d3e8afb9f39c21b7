// Where the article tells its rounds: the questions the round-naming step (article_rounds.cc)
// asks about the rounds around a sentence. Read-only over the draft.
#pragma once

#include <cstddef>
#include <string>

#include "extract/article_draft.h"

namespace newsgraph::extract::article {

class RoundLookup {
 public:
  explicit RoundLookup(const Draft& d) : d_(d) {}

  // The place a round mention is held in (from the held-in relations), or "".
  std::string held_in(std::size_t si, std::size_t mi) const;
  // Whether the lead names a round by its place, a few sentences before si, with no numbered round.
  bool lead_round_ahead(std::size_t si) const;
  // The one numbered round named in sentence si or the sentences beside it, or null.
  const Mention* numbered_near(std::size_t si) const;
  const Mention* numbered_in_lead() const;
  // Whether the article names a round only by its place (`listed`: in a list of places).
  bool has_placed_talks(bool listed) const;
  // Sentence index of a round named in this or the 3 previous sentences (or, from a headline,
  // the 2 next ones), or -1.
  int recent_round(std::size_t si) const;

 private:
  const Mention* numbered_in(std::size_t b, std::size_t e) const;
  const Draft& d_;
};

}  // namespace newsgraph::extract::article
