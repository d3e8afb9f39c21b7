// The cues of a sentence (words a cue pattern of data/patterns/*.pat found) as the relation
// rules look them up: by where they start or end.
#include "extract/relations_view.h"

namespace newsgraph::extract::rel {

// The cue of a kind that starts at token `begin` / ends before token `end`, or none.
const Cue* RelView::cue_from(std::string_view kind, std::size_t begin) const {
  for (const Cue& c : s_.cues)
    if (c.kind == kind && c.begin == begin) return &c;
  return nullptr;
}

const Cue* RelView::cue_to(std::string_view kind, std::size_t end) const {
  for (const Cue& c : s_.cues)
    if (c.kind == kind && c.end == end) return &c;
  return nullptr;
}

}  // namespace newsgraph::extract::rel
