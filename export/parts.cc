#include "export/parts.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>
#include <variant>

#include "export/json_text.h"
#include "export/parallel.h"

namespace newsgraph::exporter {

namespace {

// Values are written straight as text, byte for byte as nlohmann's dump(-1, ' ', true, replace)
// of the same objects writes them (keys in its sorted order; export/json_text.h): building
// nlohmann objects only to dump them was most of the GraphML's cost. PartsReader reads them
// with nlohmann.
void append_key(std::string& out, bool& first, const char* key) {
  if (!first) out += ',';
  first = false;
  out += '"';
  out += key;
  out += "\":";
}

void append_string(std::string& out, std::string_view s) { append_json_string(out, s, true); }

template <class Items>  // strings in order: a std::set, or Sources::sorted()
void append_strings(std::string& out, const Items& items) {
  out += '[';
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ',';
    first = false;
    append_string(out, item);
  }
  out += ']';
}

// Adds a list field only when it holds something.
template <class Items>
void put(std::string& out, bool& first, const char* key, const Items& items) {
  if (items.empty()) return;
  append_key(out, first, key);
  append_strings(out, items);
}
void put(std::string& out, bool& first, const char* key, const std::string& value) {
  if (value.empty()) return;
  append_key(out, first, key);
  append_string(out, value);
}

}  // namespace

PartsWriter::PartsWriter(const graph::KnowledgeGraph& kg, const std::vector<bool>& kept, unsigned threads)
    : raw_(kg.parts()), kept_(kept), owner_(kg.part_owners()), key_(boost::num_vertices(raw_)),
      parts_of_(boost::num_vertices(kg.graph())) {
  // Each part's normalised name once: the sort key of parts, and the `to` of edges to it.
  parallel_for(key_.size(), threads, [&](std::size_t b, std::size_t e) {
    for (std::size_t p = b; p < e; ++p) key_[p] = graph::name_key(raw_[p].label);
  });
  for (std::size_t p = 0; p < owner_.size(); ++p)
    if (owner_[p] != graph::Graph::null_vertex()) parts_of_[owner_[p]].push_back(p);
  parallel_for(parts_of_.size(), threads, [&](std::size_t b, std::size_t e) {
    for (std::size_t v = b; v < e; ++v)  // by name, not by the order articles came in
      std::sort(parts_of_[v].begin(), parts_of_[v].end(),
                [this](graph::Vertex a, graph::Vertex b) { return key_[a] < key_[b]; });
  });
}

void PartsWriter::append_json(std::string& out, graph::Vertex v) const {
  out += '[';
  const std::size_t first_part = out.size();
  struct Edge {
    std::string_view type, to_type, to;
    graph::Graph::edge_descriptor e;
  };
  std::vector<Edge> edges;
  for (graph::Vertex p : parts_of_[v]) {
    const graph::NodeData& d = raw_[p];
    if (out.size() > first_part) out += ',';
    out += '{';
    bool first = true;
    put(out, first, "aliases", d.aliases);
    put(out, first, "country", d.country);
    edges.clear();
    for (auto [e, end] = boost::out_edges(p, raw_); e != end; ++e) {
      const graph::Vertex to = boost::target(*e, raw_);
      const graph::Vertex owner = owner_[to];
      if (owner == graph::Graph::null_vertex() || !kept_[owner]) continue;
      edges.push_back({to_string(raw_[*e].type), to_string(raw_[to].type), key_[to], *e});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
      return std::tie(a.type, a.to_type, a.to) < std::tie(b.type, b.to_type, b.to);
    });
    if (!edges.empty()) {
      append_key(out, first, "edges");
      out += '[';
      for (std::size_t i = 0; i < edges.size(); ++i) {
        const graph::EdgeData& ed = raw_[edges[i].e];
        if (i) out += ',';
        out += "{\"evidence\":[";
        bool first_evidence = true;
        for (const auto& ev : ed.evidence) {
          if (!first_evidence) out += ',';
          first_evidence = false;
          out += '[';
          append_string(out, ev.article);
          out += ',';
          append_json_int(out, ev.sentence);
          out += ',';
          append_string(out, ev.text);
          out += ']';
        }
        out += "],\"sources\":";
        append_strings(out, ed.sources.sorted());
        // A declared kind's symmetry travels with it (`merge` may run without its pattern file);
        // built-in kinds need no mark, so parts of built-in kinds read as before.
        const RelationSpec& spec = relation_spec(ed.type);
        if (spec.symmetric && !spec.builtin) out += ",\"symmetric\":true";
        out += ",\"to\":";
        append_string(out, edges[i].to);
        out += ",\"to_type\":";
        append_string(out, edges[i].to_type);
        out += ",\"type\":";
        append_string(out, edges[i].type);
        out += '}';
      }
      out += ']';
    }
    put(out, first, "keys", d.keys);
    if (d.lat && d.lon) {
      append_key(out, first, "lat");
      append_json_double(out, *d.lat);
      append_key(out, first, "lon");
      append_json_double(out, *d.lon);
    }
    append_key(out, first, "mentions");
    append_json_int(out, d.mentions);
    append_key(out, first, "names");
    out += '{';
    bool first_name = true;
    for (const auto& [name, count] : d.names) {
      if (!first_name) out += ',';
      first_name = false;
      append_string(out, name);
      out += ':';
      append_json_int(out, count);
    }
    out += '}';
    if (d.ordinal) {
      append_key(out, first, "ordinal");
      append_json_int(out, d.ordinal);
    }
    put(out, first, "seen", d.seen);
    put(out, first, "series", d.series);
    put(out, first, "sources", d.sources.sorted());
    out += '}';
  }
  out += ']';
}

namespace {

template <class T>
T optional_field(const nlohmann::json& o, const char* name) {
  auto it = o.find(name);
  return it == o.end() ? T{} : it->get<T>();
}

graph::Sources sources_field(const nlohmann::json& o) {
  graph::Sources out;
  for (const auto& id : optional_field<std::vector<std::string>>(o, "sources")) out.insert(id);
  return out;
}

// The kind of an edge read back: a built-in one as it is; a declared one (the graph was built
// with a pattern file) is declared here from its end types, or refused when this process knows
// it with other ends.
std::variant<RelationType, std::string> edge_kind(const std::string& name, EntityType from, EntityType to,
                                                  bool symmetric) {
  const auto known = relation_type_from(name);
  if (known) {
    const RelationSpec& spec = relation_spec(*known);
    if (spec.builtin || (spec.from == from && spec.to == to && spec.symmetric == symmetric)) return *known;
  }
  return declare_relation_type(name, from, to, symmetric);
}

}  // namespace

std::string PartsReader::add(EntityType type, std::string_view text) {
  try {
    const nlohmann::json parts = nlohmann::json::parse(text);
    if (!parts.is_array()) return "parts: not a JSON list";
    for (const auto& o : parts) {
      graph::NodeData d;
      d.type = type;
      d.names = o.at("names").get<std::map<std::string, int>>();
      if (d.names.empty()) return "parts: a part without a name";
      d.label = d.names.begin()->first;
      d.aliases = optional_field<std::set<std::string>>(o, "aliases");
      d.mentions = o.at("mentions").get<int>();
      d.sources = sources_field(o);
      d.seen = optional_field<std::set<std::string>>(o, "seen");
      d.country = optional_field<std::string>(o, "country");
      if (o.contains("lat") && o.contains("lon")) {
        d.lat = o["lat"].get<double>();
        d.lon = o["lon"].get<double>();
      }
      d.ordinal = optional_field<int>(o, "ordinal");
      d.series = optional_field<std::string>(o, "series");
      d.keys = optional_field<std::set<std::string>>(o, "keys");
      const graph::Vertex p = kg_.add_part(d);
      parts_[{type, graph::name_key(d.label)}] = p;
      if (!o.contains("edges")) continue;
      for (const auto& e : o["edges"]) {
        const auto to_type = entity_type_from(e.at("to_type").get<std::string>());
        if (!to_type) return "parts: unknown node type in " + e.dump();
        const auto rel = edge_kind(e.at("type").get<std::string>(), type, *to_type, e.value("symmetric", false));
        if (const auto* error = std::get_if<std::string>(&rel)) return "parts: " + *error;
        PendingEdge pending{p, *to_type, e.at("to").get<std::string>(), {}};
        pending.data.type = std::get<RelationType>(rel);
        pending.data.sources = sources_field(e);
        for (const auto& ev : e.at("evidence"))
          pending.data.evidence.insert({ev.at(0).get<std::string>(), ev.at(1).get<int>(), ev.at(2).get<std::string>()});
        edges_.push_back(std::move(pending));
      }
    }
  } catch (const nlohmann::json::exception& e) {
    return std::string("parts: ") + e.what();
  }
  return {};
}

std::string articles_json(const std::set<std::string>& ids) {
  std::string out;
  append_strings(out, ids);
  return out;
}

std::string article_info_json(const std::map<std::string, graph::ArticleInfo>& info) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& [id, i] : info) {
    nlohmann::json item = {{"id", id}};
    if (!i.title.empty()) item["title"] = i.title;
    if (!i.url.empty()) item["url"] = i.url;
    if (!i.date.empty()) item["date"] = i.date;
    list.push_back(std::move(item));
  }
  return list.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

std::string read_article_info_json(std::string_view text, graph::KnowledgeGraph& kg) {
  const auto list = nlohmann::json::parse(text, nullptr, false);
  if (!list.is_array()) return "`article_info` is not a JSON list";
  for (const auto& item : list) {
    if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) return "`article_info`: an item without id";
    graph::ArticleInfo i;
    i.title = item.value("title", "");
    i.url = item.value("url", "");
    i.date = item.value("date", "");
    kg.set_article_info(item["id"].get<std::string>(), std::move(i));
  }
  return {};
}

std::string read_articles_json(std::string_view text, std::set<std::string>& ids) {
  try {
    const auto list = nlohmann::json::parse(text).get<std::set<std::string>>();
    ids.insert(list.begin(), list.end());
  } catch (const nlohmann::json::exception& e) {
    return std::string("articles: ") + e.what();
  }
  return {};
}

std::string PartsReader::finish() {
  for (const auto& e : edges_) {
    auto it = parts_.find({e.to_type, e.to});
    if (it == parts_.end())
      return "parts: an edge leads to '" + e.to + "' (" + std::string(to_string(e.to_type)) +
             "), which no node holds";
    kg_.add_part_edge(e.from, it->second, e.data);
  }
  edges_.clear();
  return {};
}

}  // namespace newsgraph::exporter
