#include "app/inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <set>

#include "readers/readers.h"

namespace newsgraph::app {
namespace fs = std::filesystem;
namespace {

std::string stem_of(const fs::path& p) { return p.stem().string(); }

// What a file that is neither regular nor a folder is, or nullptr. Uses the type the listing
// read (a stat only for symbolic links).
const char* special_kind(const fs::directory_entry& e) {
  std::error_code ec;
  if (e.is_fifo(ec)) return "a named pipe";
  if (e.is_socket(ec)) return "a socket";
  if (e.is_block_file(ec)) return "a block device";
  if (e.is_character_file(ec)) return "a character device";
  return nullptr;
}

void walk(const fs::path& dir, std::set<fs::path>& visited, InputList& out) {
  std::error_code ec;
  const fs::path canon = fs::canonical(dir, ec);
  if (ec) {
    out.errors.push_back({dir.string(), "cannot resolve folder: " + ec.message()});
    return;
  }
  if (!visited.insert(canon).second) {
    out.errors.push_back({dir.string(), "folder already visited (a symbolic link loop?); skipped"});
    return;
  }
  // directory_entry keeps the file type read with the folder listing: no stat per file.
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    out.errors.push_back({dir.string(), "cannot read folder: " + ec.message()});
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      out.errors.push_back({dir.string(), "cannot read folder: " + ec.message()});
      break;
    }
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    std::error_code e2;
    const fs::path& p = entry.path();
    if (entry.is_directory(e2)) {
      walk(p, visited, out);
    } else if (const char* what = special_kind(entry)) {
      out.warnings.push_back({p.string(), std::string("not a regular file (") + what + "); skipped"});
    } else if (readers::supported_extension(p.extension().string())) {
      out.inputs.push_back({p.string(), stem_of(p)});
    }
  }
}

}  // namespace

InputList collect_inputs(const std::vector<std::string>& args) {
  InputList out;
  std::set<fs::path> visited;
  for (const auto& a : args) {
    if (a == "-") {
      out.inputs.push_back({"-", "stdin"});
      continue;
    }
    std::error_code ec;
    const auto st = fs::status(a, ec);
    if (ec || !fs::exists(st)) {
      out.errors.push_back({a, "no such file or folder"});
    } else if (fs::is_directory(st)) {
      walk(a, visited, out);
    } else {
      out.inputs.push_back({a, stem_of(a), true});
    }
  }
  // Two files with one name in different folders keep distinct ids.
  std::map<std::string, int> seen;
  for (auto& in : out.inputs)
    if (seen[in.id]++ > 0) in.id += "~" + std::to_string(seen[in.id] - 1);
  return out;
}

std::string read_input(const Input& in, std::size_t max_bytes, std::string& out) {
  out.clear();
  if (in.path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (out.size() > max_bytes) return "larger than the article size limit (" + std::to_string(max_bytes) + " bytes); skipped";
    return {};
  }
  // One open, one fstat and reads straight into the string: the per-article path of a batch.
  // Found in a folder: never wait on the open of a pipe that has taken a file's place since.
  const int fd = ::open(in.path.c_str(), O_RDONLY | O_CLOEXEC | (in.named ? 0 : O_NONBLOCK));
  if (fd < 0) return std::string("cannot open: ") + std::strerror(errno);
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return std::string("cannot read: ") + std::strerror(errno);
  if (S_ISDIR(st.st_mode)) return "is a folder";
  if (!in.named && !S_ISREG(st.st_mode)) return "not a regular file; skipped";
  const auto too_large = "larger than the article size limit (" + std::to_string(max_bytes) + " bytes); skipped";
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > max_bytes) return too_large;
  // Regular files are read to their size; pipes and the like until end of file.
  std::size_t capacity = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) + 1 : 1u << 16;
  out.resize(capacity);
  std::size_t used = 0;
  for (;;) {
    if (used == out.size()) {
      if (used > max_bytes) break;
      out.resize(out.size() * 2);
    }
    const ssize_t got = ::read(fd, out.data() + used, out.size() - used);
    if (got < 0) {
      if (errno == EINTR) continue;
      out.clear();
      return std::string("cannot read: ") + std::strerror(errno);
    }
    if (got == 0) break;
    used += static_cast<std::size_t>(got);
  }
  out.resize(used);
  if (out.size() > max_bytes) {
    out.clear();
    return too_large;
  }
  return {};
}

}  // namespace newsgraph::app
