// Reads back the GraphML newsgraph writes (export/graphml.cc): node types and the hidden
// `parts` and `articles` keys, which hold the graph before resolution (export/parts.h). The
// visible keys are derived data and are not read.
#include <pugixml.hpp>

#include <map>

#include "export/export.h"
#include "export/parts.h"

namespace newsgraph::exporter {
namespace {

// Key ids by (domain, attr.name), so that files naming their keys otherwise still read.
std::map<std::pair<std::string, std::string>, std::string> key_ids(pugi::xml_node root) {
  std::map<std::pair<std::string, std::string>, std::string> out;
  for (auto key : root.children("key"))
    out[{key.attribute("for").value(), key.attribute("attr.name").value()}] = key.attribute("id").value();
  return out;
}

std::string data_of(pugi::xml_node element, const std::string& key) {
  for (auto d : element.children("data"))
    if (key == d.attribute("key").value()) return d.text().get();
  return {};
}

std::string read_document(const pugi::xml_document& doc, graph::KnowledgeGraph& kg) {
  auto root = doc.child("graphml");
  if (!root) return "not GraphML (no <graphml> element)";
  auto gr = root.child("graph");
  if (!gr) return "no <graph> element";
  const auto keys = key_ids(root);
  const auto key = [&keys](const char* domain, const char* name) {
    auto it = keys.find({domain, name});
    return it == keys.end() ? std::string() : it->second;
  };
  const std::string type_key = key("node", "type"), parts_key = key("node", "parts");
  if (parts_key.empty())
    return "no `parts` key: not a graph written by newsgraph (or written by a version before merging)";

  std::set<std::string> articles;
  const std::string articles_key = key("graph", "articles");
  if (!articles_key.empty()) {
    std::string err = read_articles_json(data_of(gr, articles_key), articles);
    if (!err.empty()) return err;
  }
  kg.add_article_ids(articles);
  const std::string info_key = key("graph", "article_info");
  if (!info_key.empty()) {
    std::string err = read_article_info_json(data_of(gr, info_key), kg);
    if (!err.empty()) return err;
  }

  PartsReader reader(kg);
  for (auto node : gr.children("node")) {
    const std::string id = node.attribute("id").value();
    const std::string type_name = data_of(node, type_key);
    const auto type = entity_type_from(type_name);
    if (!type) return "node " + id + ": unknown type '" + type_name + "'";
    const std::string parts = data_of(node, parts_key);
    if (parts.empty()) return "node " + id + ": no `parts` data";
    std::string err = reader.add(*type, parts);
    if (!err.empty()) return "node " + id + ": " + err;
  }
  return reader.finish();
}

std::string parse(const pugi::xml_document& doc, const pugi::xml_parse_result& parsed,
                  const std::string& where, graph::KnowledgeGraph& out) {
  if (!parsed)
    return where + ": not well-formed XML at byte " + std::to_string(parsed.offset) + ": " + parsed.description();
  graph::KnowledgeGraph read;
  std::string err = read_document(doc, read);
  if (!err.empty()) return where + ": " + err;
  out.absorb(read);
  return {};
}

}  // namespace

std::string read_graphml(const std::string& path, graph::KnowledgeGraph& out) {
  pugi::xml_document doc;
  const auto parsed = doc.load_file(path.c_str());
  if (parsed.status == pugi::status_file_not_found) return path + ": no such file";
  if (parsed.status == pugi::status_io_error) return path + ": cannot read";
  return parse(doc, parsed, path, out);
}

std::string parse_graphml(std::string_view document, graph::KnowledgeGraph& out) {
  pugi::xml_document doc;
  const auto parsed = doc.load_buffer(document.data(), document.size());
  return parse(doc, parsed, "GraphML", out);
}

}  // namespace newsgraph::exporter
