// newsgraph graph: the knowledge graph built from extracted articles, on Boost.Graph.
//
// Contract
// - add() takes one extracted article at a time: its entities become nodes (an entity whose
//   type and normalised name are already in the graph adds to that node) and its relations
//   become edges (one edge per type and end nodes, carrying every article that states it).
// - resolve() then merges nodes that name the same real thing (rules and guards in
//   graph/resolve.h) using boost::connected_components over "same as" links.
// - Node and edge order, ids and every attribute depend only on the set of articles added,
//   not on the order they were added in: the output is reproducible byte for byte.
// - Beside the resolved graph it keeps the graph before resolution ("parts": one node per type
//   and normalised name, as add() made them). resolve() always starts again from the parts, so
//   merging two graphs (absorb) unites their parts and resolves once: merging the graphs of two
//   halves of a corpus gives exactly the graph of the whole, in any order. Exporters save the
//   parts (export/parts.cc), so every NodeData/EdgeData field must be written there too.
// - Not thread-safe: one thread adds (extraction itself runs in parallel before).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/extract.h"
#include "graph/sources.h"

namespace newsgraph::graph {

// Where a fact was read: article id, 1-based sentence number, the sentence.
struct Evidence {
  std::string article;
  int sentence = 0;
  std::string text;
  auto operator<=>(const Evidence&) const = default;
};

struct NodeData {
  EntityType type = EntityType::person;
  std::string label;                        // canonical name
  std::map<std::string, int> names;         // every name used for it → articles that used it as canonical
  std::set<std::string> aliases;            // other surface forms
  int mentions = 0;
  Sources sources;                          // article ids
  std::set<std::string> seen;               // publication dates (ISO) of those articles, when known
  std::string country;                      // ISO code, when known
  std::optional<double> lat, lon;
  int ordinal = 0;                          // agreement instance / round number
  std::string series;                       // agreement series of an instance or round
  std::set<std::string> keys;               // people: names as compared across romanisations
};

struct EdgeData {
  RelationType type = RelationType::leads;
  Sources sources;                          // article ids
  std::set<Evidence> evidence;              // the first kMaxEvidence sentences that state it
  static constexpr std::size_t kMaxEvidence = 5;  // memory follows the graph, not the corpus
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
using Vertex = Graph::vertex_descriptor;

// The normalised form names are compared in (case-folded ASCII, punctuation and "the" dropped),
// the same as the evaluation's.
std::string name_key(std::string_view name);

// What a page, feed item or JSON line said about its article (plain text says nothing); "" when absent.
struct ArticleInfo {
  std::string title;
  std::string url;
  std::string date;  // publication date, ISO ("2025-03-04")
  bool operator==(const ArticleInfo&) const = default;
};

class KnowledgeGraph {
 public:
  // Adds one article's entities and relations (to the parts: the resolved graph is rebuilt
  // from them by resolve(), or on the first use of graph() after an addition).
  void add(const extract::Article& article);
  // Merges nodes that name the same thing (see graph/resolve.h). Idempotent.
  void resolve() const;
  // Adds another graph's nodes and edges (used by `merge` and `--into`), then resolve() again.
  void absorb(const KnowledgeGraph& other);

  // The resolved graph (resolved now if articles or parts were added since the last time).
  const Graph& graph() const {
    if (stale_) resolve();
    return *g_;
  }
  std::size_t articles() const { return articles_.size(); }
  // Stable id of a node: derived from its type and label, unique in the graph.
  std::string node_id(Vertex v) const;
  // Nodes sorted by id: the order every exporter writes them in.
  std::vector<Vertex> sorted_vertices() const;

  // The graph before resolution: one node per type and normalised name, edges between them.
  const Graph& parts() const { return raw_; }
  // For each part, the node of graph() it was resolved into (valid after resolve()).
  std::vector<Vertex> part_owners() const;
  // Ids of every article added, including those that yielded nothing.
  const std::set<std::string>& article_ids() const { return articles_; }
  // For readers of saved graphs: adds a part (united with the part of its type and normalised
  // name), an edge between parts, article ids. Call resolve() once all are added.
  Vertex add_part(const NodeData& data);
  Vertex add_part(NodeData&& data);
  void add_part_edge(Vertex from, Vertex to, const EdgeData& data);
  void add_article_ids(const std::set<std::string>& ids) { articles_.insert(ids.begin(), ids.end()); }
  // Metadata of an article (kept by absorb(), written in GraphML and JSON); the first set wins.
  void set_article_info(const std::string& id, ArticleInfo info) { info_.emplace(id, std::move(info)); }
  const std::map<std::string, ArticleInfo>& article_info() const { return info_; }

 private:
  // The resolved graph is a cache of the parts: rebuilt lazily, hence mutable. Held by pointer
  // because boost's adjacency_list cannot be moved, only copied.
  mutable std::unique_ptr<Graph> g_ = std::make_unique<Graph>();
  mutable bool stale_ = false;
  Graph raw_;  // the parts
  // Looked up for every entity of every article (never iterated: a hash map keeps no order
  // that could leak into the output).
  struct KeyHash {  // not noexcept: libstdc++ then keeps each key's hash in its node
    std::size_t operator()(const std::pair<EntityType, std::string>& k) const {
      return std::hash<std::string>{}(k.second) * 31 + static_cast<std::size_t>(k.first);
    }
  };
  std::unordered_map<std::pair<EntityType, std::string>, Vertex, KeyHash> raw_by_key_;
  std::set<std::string> articles_;
  std::map<std::string, ArticleInfo> info_;
};

}  // namespace newsgraph::graph
