#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>

#include "export/export.h"

namespace newsgraph::exporter {
namespace fs = std::filesystem;

std::string check_writable(const std::string& path) {
  fs::path p(path);
  fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return path + ": folder " + dir.string() + " does not exist";
  if (fs::is_directory(p, ec)) return path + ": is a folder";
  if (::access(dir.c_str(), W_OK) != 0) return path + ": folder " + dir.string() + " is not writable";
  return {};
}

std::string write_file_atomically(const std::string& path, const std::function<std::string(int fd)>& fill) {
  fs::path p(path);
  fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  std::string name = ".";  // built in steps: GCC 12 warns (-Wrestrict, wrongly) on "." + string
  name += p.filename().string();
  name += ".tmpXXXXXX";
  std::string tmpl = (dir / name).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return path + ": cannot create a temporary file: " + std::strerror(errno);
  // Writers make the document while they write it: a failure there (out of memory) must not
  // leave the temporary file behind either.
  std::string err;
  try {
    err = fill(fd);
  } catch (const std::exception& e) {
    err = e.what();
  }
  if (!err.empty()) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    return path + ": write failed: " + err;
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    err = path + ": write failed: " + std::strerror(errno);
    ::unlink(tmpl.c_str());
    return err;
  }
  ::chmod(tmpl.c_str(), 0644);
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    err = path + ": cannot rename into place: " + std::strerror(errno);
    ::unlink(tmpl.c_str());
    return err;
  }
  return {};
}

std::string write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::strerror(errno);
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return {};
}

std::string write_file_atomically(const std::string& path, const std::string& content) {
  return write_file_atomically(path, [&](int fd) { return write_all(fd, content.data(), content.size()); });
}

}  // namespace newsgraph::exporter
