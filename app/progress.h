// Progress on stderr: a bar with articles/s and ETA when stderr is a terminal, a plain line
// every 10 seconds otherwise, nothing with --quiet.
#pragma once

#include <chrono>
#include <cstddef>

namespace newsgraph::app {

class Progress {
 public:
  Progress(std::size_t total, bool quiet);
  void update(std::size_t done);  // cheap: prints at most a few times a second
  void finish();

 private:
  std::size_t total_;
  bool enabled_, tty_;
  std::chrono::steady_clock::time_point start_, last_;
  bool printed_ = false;
};

}  // namespace newsgraph::app
