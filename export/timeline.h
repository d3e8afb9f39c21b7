// When nodes and edges appear on Gephi's timeline (GEXF dynamic mode), as ISO days.
// - A date node starts on its date; a round on the earliest date it was held on (held-on);
//   any other node on the first publication date of the articles naming it.
// - A held-on or expires edge starts on its date; any other edge when both its ends exist.
// - "" means no known time: the node or edge is there throughout.
#pragma once

#include <string>
#include <string_view>

#include "graph/graph.h"

namespace newsgraph::exporter {

// "2019", "2019-12", "2019-12-31" → "2019-01-01", "2019-12-01", "2019-12-31"; "" if not a date.
std::string iso_day(std::string_view iso);

std::string node_start(const graph::Graph& g, graph::Vertex v);
std::string edge_start(const graph::Graph& g, graph::Graph::edge_descriptor e,
                       const std::string& source_start, const std::string& target_start);

}  // namespace newsgraph::exporter
