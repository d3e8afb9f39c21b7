#include "app/render.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

extern char** environ;

namespace newsgraph::app {

std::string render_svg(const std::string& dot_path, const std::string& svg_path) {
  const std::string tmp = svg_path + ".tmp";
  const char* argv[] = {"dot", "-Tsvg", dot_path.c_str(), "-o", tmp.c_str(), nullptr};
  pid_t pid;
  if (posix_spawnp(&pid, "dot", nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0)
    return "Graphviz (dot) not installed: " + svg_path + " not written";
  int status = 0;
  waitpid(pid, &status, 0);
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
