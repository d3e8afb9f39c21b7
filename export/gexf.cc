// GEXF 1.3, Gephi's own format (../shared/FORMATS.md): namespace http://gexf.net/1.3, the same
// attributes as the GraphML, viz colours, sizes and shapes, and time for Gephi's timeline
// (export/timeline.h): `start` on nodes and edges only — intervals, never timestamps. The
// relation kind is in the edge's label, its `kind` (Gephi's edge type, which keeps parallel
// edges apart) and its `type` attribute value, never in its XML `type`.
#include <pugixml.hpp>

#include <cmath>

#include "export/document.h"
#include "export/parallel.h"
#include "export/selection.h"
#include "export/style.h"
#include "export/timeline.h"
#include "export/xml_text.h"

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

// Text is cleaned without a copy when it needs no cleaning (export/style.h), and handed to
// pugixml with its length.
void value(pugi::xml_node values, const char* id, std::string_view v) {
  if (v.empty()) return;
  auto a = values.append_child("attvalue");
  a.append_attribute("for") = id;
  std::string buffer;
  const std::string_view clean = clean_view(v, buffer);
  a.append_attribute("value").set_value(clean.data(), clean.size());
}

void attribute(pugi::xml_node node, const char* name, std::string_view value) {
  std::string buffer;
  const std::string_view clean = clean_view(value, buffer);
  node.append_attribute(name).set_value(clean.data(), clean.size());
}

// GEXF labels are XML tokens: one line, single spaces.
std::string token(std::string_view s) {
  std::string out;
  std::string buffer;
  for (char c : clean_view(s, buffer)) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// start[v]: when node v appears on the timeline ("" throughout).
void viz_colour(pugi::xml_node element, const NodeStyle& s) {
  auto colour = element.append_child("viz:color");
  colour.append_attribute("r") = s.r;
  colour.append_attribute("g") = s.g;
  colour.append_attribute("b") = s.b;
}

void node_element(pugi::xml_node node, const Selection& sel, std::size_t i, const std::vector<std::string>& start) {
  const graph::Graph& g = sel.graph();
  const graph::Vertex v = sel.nodes[i];
  const auto& n = g[v];
  attribute(node, "id", sel.ids[i]);
  const std::string label = token(n.label);
  node.append_attribute("label").set_value(label.data(), label.size());
  if (!start[v].empty()) node.append_attribute("start") = start[v].c_str();
  auto values = node.append_child("attvalues");
  value(values, "type", to_string(n.type));
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
  viz_colour(node, s);
  node.append_child("viz:size").append_attribute("value") = number(node_size(n)).c_str();
  node.append_child("viz:shape").append_attribute("value") = std::string(s.gexf_shape).c_str();
}

void edge_element(pugi::xml_node edge, const Selection& sel, std::size_t i, const std::vector<std::string>& start) {
  const graph::Graph& g = sel.graph();
  const auto& e = sel.edges[i];
  const auto& d = g[e.edge];
  const std::string kind(to_string(d.type));
  edge.append_attribute("id") = ("e" + std::to_string(i)).c_str();
  attribute(edge, "source", sel.source_id(e));
  attribute(edge, "target", sel.target_id(e));
  edge.append_attribute("label") = kind.c_str();
  edge.append_attribute("kind") = kind.c_str();  // Gephi keeps parallel edges of different kinds apart
  edge.append_attribute("weight") = std::to_string(d.sources.size()).c_str();
  const std::string from = edge_start(g, e.edge, start[boost::source(e.edge, g)], start[boost::target(e.edge, g)]);
  if (!from.empty()) edge.append_attribute("start") = from.c_str();
  auto values = edge.append_child("attvalues");
  value(values, "type", kind);
  value(values, "sources", joined(d.sources));
  value(values, "evidence", evidence_text(d));
  if (!relation_spec(d.type).builtin) {  // built-in kinds keep Gephi's colouring, as before
    viz_colour(edge, relation_rgb(d.type));
  }
  edge.append_child("viz:thickness").append_attribute("value") = std::to_string(d.sources.size()).c_str();
}

}  // namespace

void save_gexf(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out) {
  const Selection sel = select(kg, filter, threads);
  const graph::Graph& g = kg.graph();
  std::vector<std::string> start(boost::num_vertices(g));
  parallel_for(sel.nodes.size(), threads, [&](std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e; ++i) start[sel.nodes[i]] = node_start(g, sel.nodes[i]);
  });
  bool dynamic = false;
  for (graph::Vertex v : sel.nodes) dynamic |= !start[v].empty();

  pugi::xml_document frame;
  auto decl = frame.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = frame.append_child("gexf");
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
  auto edges = gr.append_child("edges");
  edges.append_attribute("count") = sel.edges.size();
  // A marker only in a list that is not empty: an empty one stays <nodes count="0" />.
  if (!sel.nodes.empty()) nodes.append_child(kItemsMarker);
  if (!sel.edges.empty()) edges.append_child(kItemsMarker);
  const std::string text = xml_string(frame);

  constexpr unsigned kDepth = 3;  // gexf > graph > nodes > node
  std::string_view rest = text;
  if (!sel.nodes.empty()) {
    const FrameParts around = split_frame(rest, kItemsMarkerTag, true);
    out.write(around.before);
    write_elements(sel.nodes.size(), threads, out, "node", kDepth,
                   [&](pugi::xml_node xml, std::size_t i) { node_element(xml, sel, i, start); });
    rest = around.after;
  }
  if (!sel.edges.empty()) {
    const FrameParts around = split_frame(rest, kItemsMarkerTag, true);
    out.write(around.before);
    write_elements(sel.edges.size(), threads, out, "edge", kDepth,
                   [&](pugi::xml_node xml, std::size_t i) { edge_element(xml, sel, i, start); });
    rest = around.after;
  }
  out.write(rest);
}

}  // namespace newsgraph::exporter
