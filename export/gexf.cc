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

// Text is cleaned without a copy when it needs no cleaning (export/style.h).
void value(XmlWriter& w, const char* id, std::string_view v) {
  if (v.empty()) return;
  w.open("attvalue");
  w.attribute("for", id);
  std::string buffer;
  w.attribute("value", clean_view(v, buffer));
  w.close();
}

// A value made in the writer's scratch buffer by make(buffer).
template <class Make>
void value_made(XmlWriter& w, const char* id, Make&& make) {
  std::string& buffer = w.scratch();
  buffer.clear();
  make(buffer);
  value(w, id, buffer);
}

void attribute(XmlWriter& w, const char* name, std::string_view value) {
  std::string buffer;
  w.attribute(name, clean_view(value, buffer));
}

// GEXF labels are XML tokens: one line, single spaces. Appended to `out`.
void append_token(std::string& out, std::string_view s) {
  const std::size_t start = out.size();
  std::string buffer;
  for (char c : clean_view(s, buffer)) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.size() == start || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (out.size() > start && out.back() == ' ') out.pop_back();
}

void viz_colour(XmlWriter& w, const NodeStyle& s) {
  w.open("viz:color");
  w.attribute("r", std::to_string(s.r));
  w.attribute("g", std::to_string(s.g));
  w.attribute("b", std::to_string(s.b));
  w.close();
}

// An element holding one attribute `value`.
void valued(XmlWriter& w, const char* name, std::string_view value) {
  w.open(name);
  w.attribute("value", value);
  w.close();
}

// start[v]: when node v appears on the timeline ("" throughout).
void node_element(XmlWriter& w, const Selection& sel, std::size_t i, const std::vector<std::string>& start) {
  const graph::Graph& g = sel.graph();
  const graph::Vertex v = sel.nodes[i];
  const auto& n = g[v];
  w.open("node");
  attribute(w, "id", sel.ids[i]);
  std::string& label = w.scratch();
  label.clear();
  append_token(label, n.label);
  w.attribute("label", label);
  if (!start[v].empty()) w.attribute("start", start[v]);
  w.open("attvalues");
  value(w, "type", to_string(n.type));
  value_made(w, "aliases", [&](std::string& b) { append_joined(b, n.aliases); });
  value(w, "mentions", std::to_string(n.mentions));
  value_made(w, "sources", [&](std::string& b) { append_joined(b, n.sources); });
  if (!n.seen.empty()) {
    value(w, "first_seen", *n.seen.begin());
    value(w, "last_seen", *n.seen.rbegin());
  }
  value(w, "country", n.country);
  if (n.lat && n.lon && std::isfinite(*n.lat) && std::isfinite(*n.lon)) {
    value(w, "lat", number(*n.lat));
    value(w, "lon", number(*n.lon));
  }
  w.close();
  const NodeStyle s = style_of(n.type);
  viz_colour(w, s);
  valued(w, "viz:size", number(node_size(n)));
  valued(w, "viz:shape", s.gexf_shape);
  w.close();
}

void edge_element(XmlWriter& w, const Selection& sel, std::size_t i, const std::vector<std::string>& start) {
  const graph::Graph& g = sel.graph();
  const auto& e = sel.edges[i];
  const auto& d = g[e.edge];
  const std::string_view kind = to_string(d.type);
  const std::string weight = std::to_string(d.sources.size());
  w.open("edge");
  w.attribute("id", "e" + std::to_string(i));
  attribute(w, "source", sel.source_id(e));
  attribute(w, "target", sel.target_id(e));
  w.attribute("label", kind);
  w.attribute("kind", kind);  // Gephi keeps parallel edges of different kinds apart
  w.attribute("weight", weight);
  const std::string from = edge_start(g, e.edge, start[boost::source(e.edge, g)], start[boost::target(e.edge, g)]);
  if (!from.empty()) w.attribute("start", from);
  w.open("attvalues");
  value(w, "type", kind);
  value_made(w, "sources", [&](std::string& b) { append_joined(b, d.sources); });
  value_made(w, "evidence", [&](std::string& b) { append_evidence_text(b, d); });
  w.close();
  if (!relation_spec(d.type).builtin) {  // built-in kinds keep Gephi's colouring, as before
    viz_colour(w, relation_rgb(d.type));
  }
  valued(w, "viz:thickness", weight);
  w.close();
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
    write_elements(sel.nodes.size(), threads, out, kDepth,
                   [&](XmlWriter& w, std::size_t i) { node_element(w, sel, i, start); });
    rest = around.after;
  }
  if (!sel.edges.empty()) {
    const FrameParts around = split_frame(rest, kItemsMarkerTag, true);
    out.write(around.before);
    write_elements(sel.edges.size(), threads, out, kDepth,
                   [&](XmlWriter& w, std::size_t i) { edge_element(w, sel, i, start); });
    rest = around.after;
  }
  out.write(rest);
}

}  // namespace newsgraph::exporter
