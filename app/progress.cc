#include "app/progress.h"

#include <unistd.h>

#include <cstdio>

namespace newsgraph::app {

Progress::Progress(std::size_t total, bool quiet)
    : total_(total), enabled_(!quiet && total > 0), tty_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::update(std::size_t done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const double since = std::chrono::duration<double>(now - last_).count();
  // A terminal gets a bar refreshed 4 times a second (and at the end); a log a line every 10 s.
  if (tty_ ? (since < 0.25 && done < total_) : since < 10.0) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  const double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : 0;
  if (tty_) {
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(kWidth * static_cast<double>(done) / static_cast<double>(total_));
    char bar[kWidth + 1];
    for (int i = 0; i < kWidth; ++i) bar[i] = i < filled ? '#' : '.';
    bar[kWidth] = '\0';
    std::fprintf(stderr, "\r[%s] %zu/%zu articles, %.0f articles/s, ETA %.0f s   ", bar, done, total_, rate, eta);
    printed_ = true;
  } else {
    std::fprintf(stderr, "newsgraph: %zu/%zu articles, %.0f articles/s, ETA %.0f s\n", done, total_, rate, eta);
  }
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_ && tty_ && printed_) std::fputc('\n', stderr);
}

}  // namespace newsgraph::app
