#include "app/patterns.h"

#include <algorithm>
#include <iostream>

#include "extract/lexicon.h"
#include "extract/pattern_examples.h"

namespace newsgraph::app {
namespace {

std::string_view output_name(extract::PatternOutput o) {
  switch (o) {
    case extract::PatternOutput::relation: return "relation";
    case extract::PatternOutput::mention: return "mention";
    case extract::PatternOutput::cue: return "cue";
    case extract::PatternOutput::name: return "name";
  }
  return "";
}

}  // namespace

int run_patterns(const PatternsOptions& opt) {
  const auto load = extract::load_lexicon(opt.lexicons, opt.data_dir, opt.files);
  if (load.error) {
    std::cerr << "newsgraph: " << load.error->to_string() << "\n";
    return 2;
  }
  const auto& patterns = load.lexicon->patterns().patterns();
  if (opt.list)
    for (const auto& p : patterns)
      std::cout << p.file << ":" << p.line << ": " << p.name << " (" << output_name(p.output) << ", "
                << p.examples.size() << " examples)\n";
  const auto failures = extract::check_pattern_examples(load.lexicon, opt.files);
  for (const auto& f : failures) std::cerr << f.to_string() << "\n";
  std::size_t checked = 0, examples = 0;
  for (const auto& p : patterns)
    if (opt.files.empty() || std::find(opt.files.begin(), opt.files.end(), p.file) != opt.files.end()) {
      ++checked;
      examples += p.examples.size();
    }
  std::cerr << "newsgraph: " << checked << " patterns, " << examples << " examples, " << failures.size()
            << " failed\n";
  return failures.empty() ? 0 : 1;
}

}  // namespace newsgraph::app
