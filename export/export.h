// newsgraph export: writes a KnowledgeGraph in the formats analysts open.
//
// Contract
// - Every writer writes to a temporary file in the target's folder and renames it into place:
//   a failed or interrupted run never leaves a half-written file or clobbers an earlier one.
// - Output depends only on the graph: nodes sorted by their stable id, edges by
//   (source id, target id, type). Same graph, same bytes.
// - Errors come back as a message (empty on success); nothing here prints or exits.
#pragma once

#include <string>

#include "graph/graph.h"

namespace newsgraph::exporter {

// GraphML (Gephi, yEd, NetworkX, igraph, Cytoscape): typed keys, Gephi's r/g/b colours.
std::string write_graphml(const graph::KnowledgeGraph& kg, const std::string& path);
// DOT (Graphviz): nodes shaped and coloured by type, a legend, labelled edges.
std::string write_dot(const graph::KnowledgeGraph& kg, const std::string& path);

// The GraphML / DOT documents as strings (what the writers write).
std::string graphml_string(const graph::KnowledgeGraph& kg);
std::string dot_string(const graph::KnowledgeGraph& kg);

// Writes `content` to `path` atomically (temporary file + rename). Returns an error message.
std::string write_file_atomically(const std::string& path, const std::string& content);
// Checks that `path` can be written (its folder exists and is writable). Returns an error message.
std::string check_writable(const std::string& path);

}  // namespace newsgraph::exporter
