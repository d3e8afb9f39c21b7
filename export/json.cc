// Node-link JSON, the shape NetworkX's node_link_graph, D3, Sigma.js and Cytoscape.js adapters
// read (../shared/FORMATS.md): {"directed", "multigraph", "graph", "nodes", "links"}. Written
// with nlohmann-json: strict JSON, no NaN, every link end a node id. Two relations between
// the same pair of nodes are two links told apart by "key" (the relation kind), so the graph
// is a multigraph.
#include <nlohmann/json.hpp>

#include <cmath>

#include "export/selection.h"
#include "export/style.h"
#include "export/timeline.h"

namespace newsgraph::exporter {

std::string json_string(const graph::KnowledgeGraph& kg, const Filter& filter) {
  using nlohmann::json;
  const Selection sel = select(kg, filter);
  const graph::Graph& g = kg.graph();
  std::vector<std::string> start(boost::num_vertices(g));

  json nodes = json::array();
  for (std::size_t i = 0; i < sel.nodes.size(); ++i) {
    const graph::Vertex v = sel.nodes[i];
    const auto& n = g[v];
    const NodeStyle s = style_of(n.type);
    json node = {{"id", sel.ids[i]},
                 {"label", n.label},
                 {"type", std::string(to_string(n.type))},
                 {"aliases", n.aliases},
                 {"mentions", n.mentions},
                 {"sources", n.sources},
                 {"color", hex_colour(s)},
                 {"size", node_size(n)}};
    if (!n.seen.empty()) {
      node["first_seen"] = *n.seen.begin();
      node["last_seen"] = *n.seen.rbegin();
    }
    if (!n.country.empty()) node["country"] = n.country;
    if (n.lat && n.lon && std::isfinite(*n.lat) && std::isfinite(*n.lon)) {
      node["lat"] = *n.lat;
      node["lon"] = *n.lon;
    }
    start[v] = node_start(g, v);
    if (!start[v].empty()) node["start"] = start[v];
    nodes.push_back(std::move(node));
  }

  json links = json::array();
  for (const auto& e : sel.edges) {
    const auto& d = g[e.edge];
    const std::string kind(to_string(d.type));
    json evidence = json::array();
    for (const auto& ev : d.evidence)
      evidence.push_back({{"article", ev.article}, {"sentence", ev.sentence}, {"text", ev.text}});
    json link = {{"source", e.source_id},
                 {"target", e.target_id},
                 {"key", kind},
                 {"type", kind},
                 {"label", kind},
                 {"weight", d.sources.size()},
                 {"sources", d.sources},
                 {"evidence", std::move(evidence)}};
    const std::string from =
        edge_start(g, e.edge, start[boost::source(e.edge, g)], start[boost::target(e.edge, g)]);
    if (!from.empty()) link["start"] = from;
    links.push_back(std::move(link));
  }

  json doc = {{"directed", true},
              {"multigraph", true},
              {"graph", {{"name", "newsgraph"}, {"articles", kg.articles()}}},
              {"nodes", std::move(nodes)},
              {"links", std::move(links)}};
  // Invalid UTF-8 (never produced by the extractor) would become U+FFFD rather than throw.
  return doc.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace newsgraph::exporter
