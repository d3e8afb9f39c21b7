// Running the examples of pattern files: each `example` sentence must yield what its `expect`
// lines say, each `never` sentence nothing, through the whole extractor (so an example also tests
// the mentions and naming the pattern relies on). The test suite checks the built-in and example
// files this way; `newsgraph patterns` checks a user's.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace newsgraph::extract {

class Lexicon;

struct ExampleFailure {
  std::string file;
  int line = 0;
  std::string reason;
  std::string to_string() const { return file + ":" + std::to_string(line) + ": " + reason; }
};

// The examples of every pattern (of the files `files` only, when not empty) that do not hold.
std::vector<ExampleFailure> check_pattern_examples(const std::shared_ptr<const Lexicon>& lexicon,
                                                   const std::vector<std::string>& files = {});

// What pattern `rule` yielded in an article extracted with tracing on, as `expect` lines write
// it: "leads Ana Ruiz -> Uruguayan delegation", "AGENCY Nile Basin Council", "cue expiry expires".
std::vector<std::string> yielded_by(const Article& article, std::string_view rule);

}  // namespace newsgraph::extract
