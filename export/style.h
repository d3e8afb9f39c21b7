// How each node type looks, shared by the exporters so every format agrees.
#pragma once

#include <string>
#include <string_view>

#include "extract/extract.h"

namespace newsgraph::exporter {

struct NodeStyle {
  int r, g, b;             // fill colour
  std::string_view shape;  // Graphviz shape
};

NodeStyle style_of(EntityType t);
std::string hex_colour(const NodeStyle& s);  // "#1f77b4"

// Removes what XML 1.0 forbids (C0 controls but tab/newline, U+FFFE, U+FFFF, lone surrogates
// can't occur in valid UTF-8); everything else is kept for the XML writer to escape.
std::string xml_safe(std::string_view s);

}  // namespace newsgraph::exporter
