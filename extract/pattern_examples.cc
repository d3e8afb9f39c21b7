#include "extract/pattern_examples.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/patterns.h"

namespace newsgraph::extract {

std::vector<std::string> yielded_by(const Article& a, std::string_view rule) {
  std::vector<std::string> out;
  for (const auto& r : a.relations)
    if (r.rule == rule)
      out.push_back(std::string(to_string(r.type)) + " " + a.entities[r.from].name + " -> " + a.entities[r.to].name);
  // Mentions and cues carry their pattern in the trace only: "   agency 'Nile Basin Council' <…> [rule]",
  // "   cue expiry <expires> [rule]".
  const std::string tag = "[" + std::string(rule) + "]";
  for (const auto& line : a.trace) {
    if (!line.starts_with("   ") || !line.ends_with(tag)) continue;
    if (line.starts_with("   cue ")) {
      const auto b = line.find('<'), e = line.rfind('>');
      out.push_back(line.substr(3, b - 4) + " " + line.substr(b + 1, e - b - 1));
    } else {
      const auto q1 = line.find('\''), q2 = line.find('\'', q1 + 1);
      std::string type = line.substr(3, line.find(' ', 3) - 3);
      for (char& c : type) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      out.push_back(type + " " + line.substr(q1 + 1, q2 - q1 - 1));
    }
  }
  return out;
}

std::vector<ExampleFailure> check_pattern_examples(const std::shared_ptr<const Lexicon>& lexicon,
                                                   const std::vector<std::string>& files) {
  std::vector<ExampleFailure> failures;
  Extractor x(lexicon);
  x.set_trace(true);
  for (const Pattern& p : lexicon->patterns().patterns()) {
    if (!files.empty() && std::find(files.begin(), files.end(), p.file) == files.end()) continue;
    for (const PatternExample& e : p.examples) {
      const auto got = yielded_by(x.extract("example", e.text), p.name);
      std::string all;
      for (const auto& g : got) all += (all.empty() ? "" : "; ") + g;
      if (all.empty()) all = "nothing";
      if (e.matches) {
        for (const auto& want : e.expected)
          if (std::find(got.begin(), got.end(), want) == got.end())
            failures.push_back({p.file, e.line, p.name + ": expected '" + want + "', got " + all});
      } else if (!got.empty()) {
        failures.push_back({p.file, e.line, p.name + ": must not match, yet gave " + all});
      }
    }
  }
  return failures;
}

}  // namespace newsgraph::extract
