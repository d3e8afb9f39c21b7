// Edges in the order every exporter writes them: by source id, target id, then type.
#pragma once

#include <string>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::exporter {

struct SortedEdge {
  std::string source_id, target_id;
  graph::Graph::edge_descriptor edge;
};

std::vector<SortedEdge> sorted_edges(const graph::KnowledgeGraph& kg);

// "article#sentence: text" of every sentence stating the edge, one per line, first 5.
std::string evidence_text(const graph::EdgeData& d);

}  // namespace newsgraph::exporter
