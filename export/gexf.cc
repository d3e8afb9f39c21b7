// GEXF 1.3, Gephi's own format (../shared/FORMATS.md): namespace http://gexf.net/1.3, the same
// attributes as the GraphML, viz colours, sizes and shapes, and time for Gephi's timeline
// (export/timeline.h): `start` on nodes and edges only — intervals, never timestamps. The
// relation kind is in the edge's label, its `kind` (Gephi's edge type, which keeps parallel
// edges apart) and its `type` attribute value, never in its XML `type`.
#include <pugixml.hpp>

#include <cmath>
#include <sstream>

#include "export/selection.h"
#include "export/style.h"
#include "export/timeline.h"

namespace newsgraph::exporter {
namespace {

struct Attribute {
  const char* id;
  const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "string"},      {"aliases", "string"},   {"mentions", "integer"},
    {"sources", "string"},   {"first_seen", "string"}, {"last_seen", "string"},
    {"country", "string"},   {"lat", "double"},        {"lon", "double"},
};
constexpr Attribute kEdgeAttributes[] = {{"type", "string"}, {"sources", "string"}, {"evidence", "string"}};

void declare(pugi::xml_node graph, const char* cls, const Attribute* begin, const Attribute* end) {
  auto attributes = graph.append_child("attributes");
  attributes.append_attribute("class") = cls;
  for (const Attribute* a = begin; a != end; ++a) {
    auto at = attributes.append_child("attribute");
    at.append_attribute("id") = a->id;
    at.append_attribute("title") = a->id;
    at.append_attribute("type") = a->type;
  }
}

void value(pugi::xml_node values, const char* id, const std::string& v) {
  if (v.empty()) return;
  auto a = values.append_child("attvalue");
  a.append_attribute("for") = id;
  a.append_attribute("value") = clean_text(v).c_str();
}

// GEXF labels are XML tokens: one line, single spaces.
std::string token(std::string_view s) {
  std::string out;
  for (char c : clean_text(s)) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string gexf_string(const graph::KnowledgeGraph& kg, const Filter& filter) {
  pugi::xml_document doc;
  gexf_document(kg, filter, doc);
  return xml_document_string(doc);
}

void gexf_document(const graph::KnowledgeGraph& kg, const Filter& filter, pugi::xml_document& doc) {
  const Selection sel = select(kg, filter);
  const graph::Graph& g = kg.graph();
  std::vector<std::string> start(boost::num_vertices(g));
  bool dynamic = false;
  for (graph::Vertex v : sel.nodes) dynamic |= !(start[v] = node_start(g, v)).empty();

  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = doc.append_child("gexf");
  root.append_attribute("xmlns") = "http://gexf.net/1.3";
  root.append_attribute("xmlns:viz") = "http://gexf.net/1.3/viz";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  root.append_attribute("xsi:schemaLocation") = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";
  root.append_attribute("version") = "1.3";
  auto meta = root.append_child("meta");
  meta.append_child("creator").text() = "newsgraph";
  meta.append_child("description").text() =
      "Negotiations in the news: people, agencies, agreements, rounds, places and dates";
  auto gr = root.append_child("graph");
  gr.append_attribute("defaultedgetype") = "directed";
  gr.append_attribute("mode") = dynamic ? "dynamic" : "static";
  if (dynamic) gr.append_attribute("timeformat") = "date";
  declare(gr, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
  declare(gr, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));

  auto nodes = gr.append_child("nodes");
  nodes.append_attribute("count") = sel.nodes.size();
  for (std::size_t i = 0; i < sel.nodes.size(); ++i) {
    const graph::Vertex v = sel.nodes[i];
    const auto& n = g[v];
    auto node = nodes.append_child("node");
    node.append_attribute("id") = clean_text(sel.ids[i]).c_str();
    node.append_attribute("label") = token(n.label).c_str();
    if (!start[v].empty()) node.append_attribute("start") = start[v].c_str();
    auto values = node.append_child("attvalues");
    value(values, "type", std::string(to_string(n.type)));
    value(values, "aliases", joined(n.aliases));
    value(values, "mentions", std::to_string(n.mentions));
    value(values, "sources", joined(n.sources));
    if (!n.seen.empty()) {
      value(values, "first_seen", *n.seen.begin());
      value(values, "last_seen", *n.seen.rbegin());
    }
    value(values, "country", n.country);
    if (n.lat && n.lon && std::isfinite(*n.lat) && std::isfinite(*n.lon)) {
      value(values, "lat", number(*n.lat));
      value(values, "lon", number(*n.lon));
    }
    const NodeStyle s = style_of(n.type);
    auto colour = node.append_child("viz:color");
    colour.append_attribute("r") = s.r;
    colour.append_attribute("g") = s.g;
    colour.append_attribute("b") = s.b;
    node.append_child("viz:size").append_attribute("value") = number(node_size(n)).c_str();
    node.append_child("viz:shape").append_attribute("value") = std::string(s.gexf_shape).c_str();
  }

  auto edges = gr.append_child("edges");
  edges.append_attribute("count") = sel.edges.size();
  int id = 0;
  for (const auto& e : sel.edges) {
    const auto& d = g[e.edge];
    const std::string kind(to_string(d.type));
    auto edge = edges.append_child("edge");
    edge.append_attribute("id") = ("e" + std::to_string(id++)).c_str();
    edge.append_attribute("source") = clean_text(e.source_id).c_str();
    edge.append_attribute("target") = clean_text(e.target_id).c_str();
    edge.append_attribute("label") = kind.c_str();
    edge.append_attribute("kind") = kind.c_str();  // Gephi keeps parallel edges of different kinds apart
    edge.append_attribute("weight") = std::to_string(d.sources.size()).c_str();
    const std::string from = edge_start(g, e.edge, start[boost::source(e.edge, g)], start[boost::target(e.edge, g)]);
    if (!from.empty()) edge.append_attribute("start") = from.c_str();
    auto values = edge.append_child("attvalues");
    value(values, "type", kind);
    value(values, "sources", joined(d.sources));
    value(values, "evidence", evidence_text(d));
    edge.append_child("viz:thickness").append_attribute("value") = std::to_string(d.sources.size()).c_str();
  }

}

}  // namespace newsgraph::exporter
