// Running the pattern files on an article's sentences: mention patterns fill words no recogniser
// claimed; relation patterns emit relations between their captures, named after the pattern.
#pragma once

#include <vector>

#include "extract/mentions.h"
#include "extract/relations.h"

namespace newsgraph::extract {

// Adds the mentions that mention patterns find in sentence `s` (only over tokens no mention covers).
void pattern_mentions(const ArticleContext& ctx, SentenceMentions& s);
// Records the cues that cue patterns find in sentence `s` (SentenceMentions::cues).
void pattern_cues(const ArticleContext& ctx, SentenceMentions& s);
// Appends the relations that relation patterns find in sentence `si`.
void pattern_relations(const ArticleContext& ctx, const std::vector<SentenceMentions>& sentences, std::size_t si,
                       std::vector<RawRelation>& out);

}  // namespace newsgraph::extract
