#include "export/document.h"

#include <algorithm>
#include <vector>

#include "export/parallel.h"

namespace newsgraph::exporter {

namespace {
// Writes of 1 MiB: few system calls, little memory.
constexpr std::size_t kFileBuffer = 1 << 20;
}  // namespace

FileSink::FileSink(int fd) : fd_(fd) { buffer_.reserve(kFileBuffer); }

void FileSink::write(std::string_view bytes) {
  if (!error_.empty()) return;
  if (buffer_.size() + bytes.size() > kFileBuffer) {
    flush();
    if (bytes.size() >= kFileBuffer) {  // a large piece goes as it is
      error_ = write_all(fd_, bytes.data(), bytes.size());
      return;
    }
  }
  buffer_.append(bytes);
}

std::string FileSink::flush() {
  if (error_.empty() && !buffer_.empty()) error_ = write_all(fd_, buffer_.data(), buffer_.size());
  buffer_.clear();
  return error_;
}

FrameParts split_frame(std::string_view frame, std::string_view marker, bool whole_line) {
  std::size_t begin = frame.find(marker);
  if (begin == std::string_view::npos) return {frame, {}};  // never: every frame holds its marker
  std::size_t end = begin + marker.size();
  if (whole_line) {
    const std::size_t newline = frame.rfind('\n', begin);
    begin = newline == std::string_view::npos ? 0 : newline + 1;
    end = std::min(frame.find('\n', end), frame.size() - 1) + 1;
  }
  return {frame.substr(0, begin), frame.substr(end)};
}

void write_items(std::size_t n, unsigned threads, Sink& out,
                 const std::function<void(std::size_t, std::size_t, std::string*)>& make,
                 std::string_view separator) {
  // While the other threads make a block's texts, this one writes the block before (writing
  // costs the kernel's copy into the page cache): two blocks of texts are held at a time.
  std::vector<std::string> texts, ready;
  std::size_t ready_start = 0;
  const auto write_ready = [&] {
    for (std::size_t k = 0; k < ready.size(); ++k) {
      if (ready_start + k > 0) out.write(separator);
      out.write(ready[k]);
    }
    ready.clear();
  };
  for (std::size_t start = 0; start < n; start += kBlock) {
    const std::size_t len = std::min(kBlock, n - start);
    texts.assign(len, std::string());
    parallel_for(
        len, threads, [&](std::size_t b, std::size_t e) { make(start + b, start + e, texts.data() + b); },
        write_ready);
    std::swap(texts, ready);
    ready_start = start;
  }
  write_ready();
}

}  // namespace newsgraph::exporter
