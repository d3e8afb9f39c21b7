#include "export/style.h"

#include <cstdio>

namespace newsgraph::exporter {

NodeStyle style_of(EntityType t) {
  switch (t) {
    case EntityType::person: return {31, 119, 180, "ellipse"};
    case EntityType::agency: return {255, 127, 14, "box"};
    case EntityType::agreement: return {44, 160, 44, "note"};
    case EntityType::round: return {214, 39, 40, "hexagon"};
    case EntityType::place: return {148, 103, 189, "house"};
    case EntityType::date: return {140, 86, 75, "parallelogram"};
  }
  return {128, 128, 128, "ellipse"};
}

std::string hex_colour(const NodeStyle& s) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", s.r, s.g, s.b);
  return buf;
}

std::string xml_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n') continue;
    // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace newsgraph::exporter
