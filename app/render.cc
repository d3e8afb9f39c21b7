#include "app/render.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <thread>

extern char** environ;

namespace newsgraph::app {

std::string render_svg(const std::string& dot_path, const std::string& svg_path, std::chrono::milliseconds time_limit) {
  const std::string tmp = svg_path + ".tmp";
  const char* argv[] = {"dot", "-Tsvg", dot_path.c_str(), "-o", tmp.c_str(), nullptr};
  pid_t pid;
  if (posix_spawnp(&pid, "dot", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0)
    return "Graphviz (dot) not installed: " + svg_path + " not written";
  // Polled rather than waited for: a graph dot cannot lay out in time must not hang the run.
  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  int status = 0;
  for (auto pause = std::chrono::milliseconds(2);; pause = std::min(pause * 2, std::chrono::milliseconds(100))) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid || (done < 0 && errno != EINTR)) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      std::remove(tmp.c_str());
      return svg_path + ": not written: Graphviz took longer than " +
             std::to_string(std::chrono::duration_cast<std::chrono::seconds>(time_limit).count()) + " s";
    }
    std::this_thread::sleep_for(pause);
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::remove(tmp.c_str());
    return svg_path + ": dot failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
  }
  std::error_code ec;
  std::filesystem::rename(tmp, svg_path, ec);
  if (ec) return svg_path + ": " + ec.message();
  return {};
}

}  // namespace newsgraph::app
