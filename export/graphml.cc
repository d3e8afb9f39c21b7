// GraphML as Gephi, yEd, NetworkX, igraph and graphology read it (../shared/FORMATS.md):
// typed keys with single-token names, Gephi's reserved label/r/g/b/size/weight, no for="all".
#include <pugixml.hpp>

#include <cmath>
#include <sstream>

#include "export/parts.h"
#include "export/selection.h"
#include "export/style.h"

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
// the exact data merging needs (export/parts.h).
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

void data(pugi::xml_node parent, const char* key, const std::string& value) {
  if (value.empty()) return;  // Gephi drops empty values anyway
  auto d = parent.append_child("data");
  d.append_attribute("key") = key;
  d.text() = clean_text(value).c_str();
}

}  // namespace

std::string graphml_string(const graph::KnowledgeGraph& kg, const Filter& filter) {
  pugi::xml_document doc;
  graphml_document(kg, filter, doc);
  return xml_document_string(doc);
}

void graphml_document(const graph::KnowledgeGraph& kg, const Filter& filter, pugi::xml_document& doc) {
  const Selection sel = select(kg, filter);
  const graph::Graph& g = kg.graph();
  const PartsWriter parts(kg, sel.kept);
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = doc.append_child("graphml");
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
  auto gr = root.append_child("graph");
  gr.append_attribute("id") = "newsgraph";
  gr.append_attribute("edgedefault") = "directed";
  data(gr, "articles", articles_json(kg.article_ids()));

  for (std::size_t i = 0; i < sel.nodes.size(); ++i) {
    const auto& n = g[sel.nodes[i]];
    auto node = gr.append_child("node");
    node.append_attribute("id") = clean_text(sel.ids[i]).c_str();
    data(node, "label", n.label);
    data(node, "type", std::string(to_string(n.type)));
    data(node, "aliases", joined(n.aliases));
    data(node, "mentions", std::to_string(n.mentions));
    data(node, "sources", joined(n.sources));
    if (!n.seen.empty()) {
      data(node, "first_seen", *n.seen.begin());
      data(node, "last_seen", *n.seen.rbegin());
    }
    data(node, "country", n.country);
    if (n.lat && n.lon && std::isfinite(*n.lat) && std::isfinite(*n.lon)) {
      data(node, "lat", number(*n.lat));
      data(node, "lon", number(*n.lon));
    }
    const NodeStyle s = style_of(n.type);
    data(node, "r", std::to_string(s.r));
    data(node, "g", std::to_string(s.g));
    data(node, "b", std::to_string(s.b));
    data(node, "size", number(node_size(n)));
    data(node, "parts", parts.json(sel.nodes[i]));
  }

  int id = 0;
  for (const auto& e : sel.edges) {
    const auto& d = g[e.edge];
    auto edge = gr.append_child("edge");
    edge.append_attribute("id") = ("e" + std::to_string(id++)).c_str();
    edge.append_attribute("source") = clean_text(e.source_id).c_str();
    edge.append_attribute("target") = clean_text(e.target_id).c_str();
    const std::string kind(to_string(d.type));
    data(edge, "e_type", kind);
    data(edge, "e_label", kind);
    data(edge, "weight", std::to_string(d.sources.size()));
    data(edge, "e_sources", joined(d.sources));
    data(edge, "evidence", evidence_text(d));
  }

}

}  // namespace newsgraph::exporter
