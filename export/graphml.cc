// GraphML as Gephi, yEd, NetworkX, igraph and graphology read it (../shared/FORMATS.md):
// typed keys with single-token names, Gephi's reserved label/r/g/b/size/weight, no for="all".
#include <pugixml.hpp>

#include <cmath>

#include "export/document.h"
#include "export/parts.h"
#include "export/selection.h"
#include "export/style.h"
#include "export/xml_text.h"

namespace newsgraph::exporter {
namespace {

struct Key {
  const char* id;
  const char* domain;
  const char* name;
  const char* type;
};

// Shown by every client: label, type, aliases, mentions, sources (read by the scorer), dates
// seen, country and coordinates; Gephi's r/g/b/size. Hidden in effect: `parts` and `articles`,
// the exact data merging needs (export/parts.h). A graph key `article_info` (title, URL, date per
// article) is added when articles came with metadata.
constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},         {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},     {"mentions", "node", "mentions", "int"},
    {"sources", "node", "sources", "string"},     {"first_seen", "node", "first_seen", "string"},
    {"last_seen", "node", "last_seen", "string"}, {"country", "node", "country", "string"},
    {"lat", "node", "lat", "double"},             {"lon", "node", "lon", "double"},
    {"r", "node", "r", "int"},                    {"g", "node", "g", "int"},
    {"b", "node", "b", "int"},                    {"size", "node", "size", "double"},
    {"parts", "node", "parts", "string"},         {"e_type", "edge", "type", "string"},
    {"e_label", "edge", "label", "string"},       {"weight", "edge", "weight", "double"},
    {"e_sources", "edge", "sources", "string"},   {"evidence", "edge", "evidence", "string"},
    {"articles", "graph", "articles", "string"},
};

// Text is cleaned without a copy when it needs no cleaning (export/style.h).
// `ascii`: the value is printable ASCII by construction (JSON with \u escapes), nothing to clean.
void data(XmlWriter& w, const char* key, std::string_view value, bool ascii = false) {
  if (value.empty()) return;  // Gephi drops empty values anyway
  w.open("data");
  w.attribute("key", key);
  std::string buffer;
  w.text(ascii ? value : clean_view(value, buffer));
  w.close();
}

// A value made in the writer's scratch buffer by make(buffer).
template <class Make>
void data_made(XmlWriter& w, const char* key, Make&& make, bool ascii = false) {
  std::string& buffer = w.scratch();
  buffer.clear();
  make(buffer);
  data(w, key, buffer, ascii);
}

void attribute(XmlWriter& w, const char* name, std::string_view value) {
  std::string buffer;
  w.attribute(name, clean_view(value, buffer));
}

void node_element(XmlWriter& w, const Selection& sel, std::size_t i, const PartsWriter& parts) {
  const auto& n = sel.graph()[sel.nodes[i]];
  w.open("node");
  attribute(w, "id", sel.ids[i]);
  data(w, "label", n.label);
  data(w, "type", to_string(n.type));
  data_made(w, "aliases", [&](std::string& b) { append_joined(b, n.aliases); });
  data(w, "mentions", std::to_string(n.mentions));
  data_made(w, "sources", [&](std::string& b) { append_joined(b, n.sources); });
  if (!n.seen.empty()) {
    data(w, "first_seen", *n.seen.begin());
    data(w, "last_seen", *n.seen.rbegin());
  }
  data(w, "country", n.country);
  if (n.lat && n.lon && std::isfinite(*n.lat) && std::isfinite(*n.lon)) {
    data(w, "lat", number(*n.lat));
    data(w, "lon", number(*n.lon));
  }
  const NodeStyle s = style_of(n.type);
  data(w, "r", std::to_string(s.r));
  data(w, "g", std::to_string(s.g));
  data(w, "b", std::to_string(s.b));
  data(w, "size", number(node_size(n)));
  data_made(w, "parts", [&](std::string& b) { parts.append_json(b, sel.nodes[i]); }, true);
  w.close();
}

void edge_element(XmlWriter& w, const Selection& sel, std::size_t i) {
  const auto& e = sel.edges[i];
  const auto& d = sel.graph()[e.edge];
  w.open("edge");
  w.attribute("id", "e" + std::to_string(i));
  attribute(w, "source", sel.source_id(e));
  attribute(w, "target", sel.target_id(e));
  const std::string_view kind = to_string(d.type);
  data(w, "e_type", kind);
  data(w, "e_label", kind);
  data(w, "weight", std::to_string(d.sources.size()));
  data_made(w, "e_sources", [&](std::string& b) { append_joined(b, d.sources); });
  data_made(w, "evidence", [&](std::string& b) { append_evidence_text(b, d); });
  w.close();
}

// The frame's value of a graph key, a pugixml node: the frame is made once, by pugixml.
void frame_data(pugi::xml_node parent, const char* key, const std::string& value) {
  auto d = parent.append_child("data");
  d.append_attribute("key") = key;
  d.text().set(value.data(), value.size());
}

}  // namespace

void save_graphml(const graph::KnowledgeGraph& kg, const Filter& filter, unsigned threads, Sink& out) {
  const Selection sel = select(kg, filter, threads);
  const PartsWriter parts(kg, sel.kept, threads);
  pugi::xml_document frame;
  auto decl = frame.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = frame.append_child("graphml");
  root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  root.append_attribute("xsi:schemaLocation") =
      "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  for (const Key& k : kKeys) {
    auto key = root.append_child("key");
    key.append_attribute("id") = k.id;
    key.append_attribute("for") = k.domain;
    key.append_attribute("attr.name") = k.name;
    key.append_attribute("attr.type") = k.type;
  }
  // Declared only when some article has metadata: graphs of plain text stay as they were.
  const bool info = !kg.article_info().empty();
  if (info) {
    auto key = root.append_child("key");
    key.append_attribute("id") = "article_info";
    key.append_attribute("for") = "graph";
    key.append_attribute("attr.name") = "article_info";
    key.append_attribute("attr.type") = "string";
  }
  auto gr = root.append_child("graph");
  gr.append_attribute("id") = "newsgraph";
  gr.append_attribute("edgedefault") = "directed";
  // Both ASCII by construction (JSON with \u escapes); `articles` is never empty ("[]").
  frame_data(gr, "articles", articles_json(kg.article_ids()));
  if (info) frame_data(gr, "article_info", article_info_json(kg.article_info()));
  // Without nodes and edges the frame is the document (a marker would change <graph/>'s form).
  if (sel.nodes.empty() && sel.edges.empty()) {
    out.write(xml_string(frame));
    return;
  }
  gr.append_child(kItemsMarker);
  const std::string text = xml_string(frame);
  const FrameParts around = split_frame(text, kItemsMarkerTag, true);

  out.write(around.before);
  constexpr unsigned kDepth = 2;  // graphml > graph > node
  write_elements(sel.nodes.size(), threads, out, kDepth,
                 [&](XmlWriter& w, std::size_t i) { node_element(w, sel, i, parts); });
  write_elements(sel.edges.size(), threads, out, kDepth,
                 [&](XmlWriter& w, std::size_t i) { edge_element(w, sel, i); });
  out.write(around.after);
}

}  // namespace newsgraph::exporter
