// The graph before resolution ("parts", see graph/graph.h) as saved in GraphML (internal to
// export/): each node's hidden `parts` key holds, as JSON, every part resolved into it with
// all its fields and its outgoing edges. This is what makes a saved graph mergeable exactly.
//
// One node's value: [{"names": {"Donald Trump": 2}, "aliases": [...], "mentions": 3,
//   "sources": [...], "seen": [...], "country": "US", "lat": .., "lon": .., "ordinal": 1,
//   "series": "...", "keys": [...], "edges": [{"type": "leads", "to_type": "agency",
//   "to": "<normalised name of the target part>", "sources": [...],
//   "evidence": [["article", 3, "sentence"], ...]}]}, ...]
// An edge of a declared kind (not built in) that is symmetric also holds "symmetric": true.
// Empty fields are left out. The text is ASCII (\u escapes): it survives any XML handling.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::exporter {

// The graph's `articles` value: every article id, as a JSON list; and reading it back
// (returns an error message).
std::string articles_json(const std::set<std::string>& ids);
std::string read_articles_json(std::string_view text, std::set<std::string>& ids);

// The graph's `article_info` value (GraphML) / the items of "article_info" (node-link JSON): the
// metadata of articles read from pages, feeds and JSON lines, as a JSON list of
// {"id", "title", "url", "date"} sorted by id (empty fields left out; ASCII); and reading it back.
std::string article_info_json(const std::map<std::string, graph::ArticleInfo>& info);
std::string read_article_info_json(std::string_view text, graph::KnowledgeGraph& kg);

// Writes the parts of kept nodes; edges to parts of nodes not kept are left out.
class PartsWriter {
 public:
  // Prepares on up to `threads` threads.
  PartsWriter(const graph::KnowledgeGraph& kg, const std::vector<bool>& kept, unsigned threads = 1);
  // The `parts` value of node v of kg.graph(), appended to `out`. Safe to call from several
  // threads at once.
  void append_json(std::string& out, graph::Vertex v) const;

 private:
  const graph::Graph& raw_;
  const std::vector<bool>& kept_;
  std::vector<graph::Vertex> owner_;                  // part → node
  std::vector<std::string> key_;                      // part → its normalised name
  std::vector<std::vector<graph::Vertex>> parts_of_;  // node → parts, by name
};

// Reads `parts` values back into a KnowledgeGraph's parts. Edges are added by finish(), once
// every node was read, since they point to parts of other nodes.
class PartsReader {
 public:
  explicit PartsReader(graph::KnowledgeGraph& kg) : kg_(kg) {}
  // Adds the parts of one node of type `type`. Returns an error message.
  std::string add(EntityType type, std::string_view json);
  // Adds the edges. Returns an error message (an edge to a part no node holds).
  std::string finish();

 private:
  struct PendingEdge {
    graph::Vertex from;
    EntityType to_type;
    std::string to;
    graph::EdgeData data;
  };
  graph::KnowledgeGraph& kg_;
  std::map<std::pair<EntityType, std::string>, graph::Vertex> parts_;
  std::vector<PendingEdge> edges_;
};

}  // namespace newsgraph::exporter
