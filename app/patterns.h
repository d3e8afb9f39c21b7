// `newsgraph patterns [FILE...]`: lists the fact patterns a build would use (built-in ones and
// FILEs) and runs the examples of FILEs (of all, with none given), so that a user writing a
// pattern file sees which examples hold before running a build with it.
#pragma once

#include <string>
#include <vector>

namespace newsgraph::app {

struct PatternsOptions {
  std::vector<std::string> files;     // user pattern files
  std::vector<std::string> lexicons;  // user lexicons (word classes a pattern names)
  std::string data_dir;
  bool list = false;                  // print every pattern, one a line
};

// Exit status: 0 every example checked holds, 1 some do not (each printed as file:line: reason),
// 2 a file cannot be read or is malformed.
int run_patterns(const PatternsOptions& opt);

}  // namespace newsgraph::app
