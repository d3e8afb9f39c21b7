// What every exporter shares, so that the formats agree: how a node type looks, how text is
// made safe for any client, how numbers and lists are written.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "extract/extract.h"
#include "export/export.h"
#include "graph/graph.h"

namespace newsgraph::exporter {

struct NodeStyle {
  int r, g, b;                  // fill colour
  std::string_view shape;       // Graphviz shape
  std::string_view gexf_shape;  // GEXF viz:shape (disc, square, triangle, diamond)
};

NodeStyle style_of(EntityType t);
std::string hex_colour(const NodeStyle& s);  // "#1f77b4"
// "white" on dark fills, "black" on light ones: labels stay readable.
std::string_view text_colour(const NodeStyle& s);

// Colour of an edge kind: built-in kinds the edges' usual grey ("#555555"); a declared kind one
// made from its name (a hash picks the hue), the same in every run and on every machine.
NodeStyle relation_rgb(RelationType t);  // its r, g, b (no shapes)
std::string relation_colour(RelationType t);

// Node size shown by Gephi and Sigma.js: grows with mentions, capped.
double node_size(const graph::NodeData& n);

// Text any client accepts: invalid UTF-8 becomes U+FFFD; what XML 1.0 forbids (C0 controls
// but tab and newline, carriage return, U+FFFE, U+FFFF) is dropped.
std::string clean_text(std::string_view s);
// The same without a copy when s needs no cleaning (nearly always): s itself, else clean_text(s)
// kept in `buffer`.
std::string_view clean_view(std::string_view s, std::string& buffer);
// Length of the valid UTF-8 sequence at s[i] (1 for ASCII), or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// The shortest decimal that reads back as the same double ("37.5665", "126.978").
std::string number(double v);

// Items joined by "|" (the form the `aliases` and `sources` keys use), appended to `out`.
void append_joined(std::string& out, const std::set<std::string>& items);
void append_joined(std::string& out, const graph::Sources& sources);  // in id order

}  // namespace newsgraph::exporter
