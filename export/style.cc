#include "export/style.h"

#include "export/byte_scan.h"
#include "export/export.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
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

NodeStyle relation_rgb(RelationType t) {
  const RelationSpec& spec = relation_spec(t);
  if (spec.builtin) return {85, 85, 85, "", ""};
  std::uint32_t h = 2166136261u;  // FNV-1a: fixed, unlike std::hash
  for (unsigned char c : spec.name) h = (h ^ c) * 16777619u;
  // Hue from the hash at fixed saturation and value (0.7, 0.75): dark enough to read on white.
  const double hue = (h % 360) / 60.0, v = 0.75, c = v * 0.7, x = c * (1 - std::abs(std::fmod(hue, 2.0) - 1));
  double rgb[3];
  switch (static_cast<int>(hue)) {
    case 0: rgb[0] = c, rgb[1] = x, rgb[2] = 0; break;
    case 1: rgb[0] = x, rgb[1] = c, rgb[2] = 0; break;
    case 2: rgb[0] = 0, rgb[1] = c, rgb[2] = x; break;
    case 3: rgb[0] = 0, rgb[1] = x, rgb[2] = c; break;
    case 4: rgb[0] = x, rgb[1] = 0, rgb[2] = c; break;
    default: rgb[0] = c, rgb[1] = 0, rgb[2] = x; break;
  }
  const auto channel = [&](double k) { return static_cast<int>(std::lround((k + v - c) * 255)); };
  return {channel(rgb[0]), channel(rgb[1]), channel(rgb[2]), "", ""};
}

std::string relation_colour(RelationType t) { return hex_colour(relation_rgb(t)); }

double node_size(const graph::NodeData& n) { return 10.0 + 4.0 * std::clamp(n.mentions, 0, 20); }

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
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

namespace {

// Length of the character at s[i] when clean_text keeps it as it is, else 0 (an invalid byte, a
// control character XML forbids, U+FFFE or U+FFFF).
std::size_t kept_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c >= 0x20 && c < 0x80) return 1;
  const std::size_t n = utf8_sequence_length(s, i);
  const bool control = n == 1 && c < 0x20 && c != '\t' && c != '\n';
  // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
  const bool nonchar = n == 3 && c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
                       static_cast<unsigned char>(s[i + 2]) >= 0xBE;
  return control || nonchar ? 0 : n;
}

// Where the first byte clean_text changes is; s.size() when it changes nothing.
std::size_t first_unclean(std::string_view s) {
  // Plain ASCII, the common case, is skipped 16 bytes at a time (export/byte_scan.h).
  const auto other = [](Block b) { return Block((b < 0x20) | (b >= 0x80)); };
  for (std::size_t i = 0; (i = find_special(s, i, other)) < s.size();) {
    const std::size_t n = kept_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return s.size();
}

}  // namespace

std::string clean_text(std::string_view s) {
  std::size_t i = first_unclean(s);
  std::string out(s.substr(0, i));
  while (i < s.size()) {
    const std::size_t n = kept_length(s, i);
    if (n > 0) {
      out.append(s, i, n);
      i += n;
      continue;
    }
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) out += "\xEF\xBF\xBD";  // U+FFFD for an invalid byte
    i += len == 0 ? 1 : len;
  }
  return out;
}

std::string_view clean_view(std::string_view s, std::string& buffer) {
  if (first_unclean(s) == s.size()) return s;
  buffer = clean_text(s);
  return buffer;
}

std::string number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

namespace {
template <class Items>
void append_items(std::string& out, const Items& items) {
  const std::size_t start = out.size();
  for (const auto& s : items) {
    if (out.size() > start) out += '|';  // none after empty items at the start
    out += s;
  }
}
}  // namespace

void append_joined(std::string& out, const std::set<std::string>& items) { append_items(out, items); }
void append_joined(std::string& out, const graph::Sources& sources) { append_items(out, sources.sorted()); }

}  // namespace newsgraph::exporter
