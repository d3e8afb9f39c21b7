#include "export/style.h"

#include "export/export.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace newsgraph::exporter {

NodeStyle style_of(EntityType t) {
  switch (t) {
    case EntityType::person: return {31, 119, 180, "ellipse", "disc"};
    case EntityType::agency: return {255, 127, 14, "box", "square"};
    case EntityType::agreement: return {44, 160, 44, "note", "diamond"};
    case EntityType::round: return {214, 39, 40, "hexagon", "triangle"};
    case EntityType::place: return {148, 103, 189, "house", "disc"};
    case EntityType::date: return {140, 86, 75, "parallelogram", "square"};
  }
  return {128, 128, 128, "ellipse", "disc"};
}

std::string hex_colour(const NodeStyle& s) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", s.r, s.g, s.b);
  return buf;
}

std::string_view text_colour(const NodeStyle& s) {
  return 0.299 * s.r + 0.587 * s.g + 0.114 * s.b < 140 ? "white" : "black";  // perceived brightness
}

double node_size(const graph::NodeData& n) { return 10.0 + 4.0 * std::clamp(n.mentions, 0, 20); }

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return 0;
  }
  return n;
}

}  // namespace

std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t run = 0;  // start of the pending run of bytes kept as they are
  auto flush = [&](std::size_t upto) {
    out.append(s, run, upto - run);
  };
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80) {  // plain ASCII: the common case, kept in runs
      ++i;
      continue;
    }
    const std::size_t n = utf8_length(s, i);
    const bool control = n == 1 && c < 0x20 && c != '\t' && c != '\n';
    // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
    const bool nonchar = n == 3 && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                         static_cast<unsigned char>(s[i + 2]) >= 0xBE;
    if (n == 0 || control || nonchar) {
      flush(i);
      if (n == 0) out += "\xEF\xBF\xBD";  // U+FFFD for an invalid byte
      i += n == 0 ? 1 : n;
      run = i;
      continue;
    }
    i += n;
  }
  flush(s.size());
  return out;
}

std::string number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string joined(const std::set<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += '|';
    out += s;
  }
  return out;
}

namespace {
struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};
}  // namespace

struct FdWriter : pugi::xml_writer {
  explicit FdWriter(int fd) : fd(fd) {}
  void write(const void* data, std::size_t size) override {
    if (error.empty()) error = write_all(fd, static_cast<const char*>(data), size);
  }
  int fd;
  std::string error;
};

std::string save_xml_document(const pugi::xml_document& doc, int fd) {
  FdWriter w(fd);
  doc.save(w, "  ", pugi::format_indent, pugi::encoding_utf8);
  return w.error;
}

std::string xml_document_string(const pugi::xml_document& doc) {
  StringWriter w;
  doc.save(w, "  ", pugi::format_indent, pugi::encoding_utf8);
  return std::move(w.out);
}

}  // namespace newsgraph::exporter
