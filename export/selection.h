// The nodes and edges one export writes, in the order every writer writes them (internal to
// export/): nodes by stable id, edges by (source id, target id, kind; see relation_before).
#pragma once

#include <string>
#include <vector>

#include "export/export.h"
#include "graph/graph.h"

namespace newsgraph::exporter {

struct SelectedEdge {
  std::size_t source, target;  // indices into Selection::ids of the ends' ids
  graph::Graph::edge_descriptor edge;
};

struct Selection {
  const graph::KnowledgeGraph& kg;
  std::vector<graph::Vertex> nodes;  // sorted by id
  std::vector<std::string> ids;      // ids[i] is the id of nodes[i]
  std::vector<SelectedEdge> edges;   // both ends kept, sorted
  std::vector<bool> kept;            // by vertex of kg.graph()
  const graph::Graph& graph() const { return kg.graph(); }
  const std::string& source_id(const SelectedEdge& e) const { return ids[e.source]; }
  const std::string& target_id(const SelectedEdge& e) const { return ids[e.target]; }
};

// Applies `filter` and sorts (node ids made on up to `threads` threads).
Selection select(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads = 1);

// Which vertices of kg.graph() `filter` keeps (export/filter.cc).
std::vector<bool> kept_vertices(const graph::KnowledgeGraph& kg, const Filter& filter);

// "article#sentence: text" of the first 5 sentences stating the edge, one per line, appended
// to `out`.
void append_evidence_text(std::string& out, const graph::EdgeData& d);

}  // namespace newsgraph::exporter
