// Stage 2: split normalised text into sentences.
// A line break always ends a sentence (headlines, captions and datelines are lines of their
// own). Inside a line a sentence ends at '.', '?' or '!' (and any closing quotes or brackets
// after it) followed by a space and an upper-case letter, digit or opening quote, unless the
// word before the period is an abbreviation ("U.S.", "Dec.", "Mr.", "J."), which does not end one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

struct Sentence {
  std::string_view text;  // view into the article text, trimmed
  std::size_t offset = 0; // byte offset of text in the article
};

std::vector<Sentence> split_sentences(std::string_view text);

// Hard-wrapped text (wire copy: "U.S. Trade Representative Michael\nFroman and …"), where most
// lines are short and break mid-sentence: each line break inside a paragraph becomes a space, so
// offsets stay valid. Other text is left as it is.
void unwrap_hard_wrapped(std::string& text);

// True for words whose trailing period does not end a sentence ("Dec.", "U.S.", "Gen.").
bool is_abbreviation(std::string_view word_with_period);

}  // namespace newsgraph::extract
