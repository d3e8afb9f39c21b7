#include "export/parts.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace newsgraph::exporter {

using nlohmann::json;

namespace {

std::string key_of(const graph::NodeData& d) { return graph::name_key(d.label); }

json edge_json(const graph::Graph& raw, graph::Graph::edge_descriptor e) {
  const auto& d = raw[e];
  const auto& to = raw[boost::target(e, raw)];
  json evidence = json::array();
  for (const auto& ev : d.evidence) evidence.push_back(json::array({ev.article, ev.sentence, ev.text}));
  return {{"type", std::string(to_string(d.type))},
          {"to_type", std::string(to_string(to.type))},
          {"to", key_of(to)},
          {"sources", d.sources},
          {"evidence", std::move(evidence)}};
}

// Adds a field to `o` only when it holds something.
template <class T>
void put(json& o, const char* name, const T& value) {
  if (!value.empty()) o[name] = value;
}

}  // namespace

PartsWriter::PartsWriter(const graph::KnowledgeGraph& kg, const std::vector<bool>& kept)
    : kg_(kg), kept_(kept), owner_(kg.part_owners()), parts_of_(boost::num_vertices(kg.graph())) {
  const graph::Graph& raw = kg.parts();
  for (std::size_t p = 0; p < owner_.size(); ++p)
    if (owner_[p] != graph::Graph::null_vertex()) parts_of_[owner_[p]].push_back(p);
  for (auto& parts : parts_of_)  // by name, not by the order articles came in
    std::sort(parts.begin(), parts.end(),
              [&raw](graph::Vertex a, graph::Vertex b) { return key_of(raw[a]) < key_of(raw[b]); });
}

std::string PartsWriter::json(graph::Vertex v) const {
  const graph::Graph& raw = kg_.parts();
  nlohmann::json out = nlohmann::json::array();
  for (graph::Vertex p : parts_of_[v]) {
    const graph::NodeData& d = raw[p];
    nlohmann::json o = {{"names", d.names}, {"mentions", d.mentions}};
    put(o, "aliases", d.aliases);
    put(o, "sources", d.sources);
    put(o, "seen", d.seen);
    put(o, "country", d.country);
    if (d.lat && d.lon) {
      o["lat"] = *d.lat;
      o["lon"] = *d.lon;
    }
    if (d.ordinal) o["ordinal"] = d.ordinal;
    put(o, "series", d.series);
    put(o, "keys", d.keys);
    std::vector<std::tuple<std::string, std::string, std::string, nlohmann::json>> edges;
    for (auto [e, end] = boost::out_edges(p, raw); e != end; ++e) {
      const graph::Vertex owner = owner_[boost::target(*e, raw)];
      if (owner == graph::Graph::null_vertex() || !kept_[owner]) continue;
      nlohmann::json ej = edge_json(raw, *e);
      edges.emplace_back(ej["type"], ej["to_type"], ej["to"], std::move(ej));
    }
    std::sort(edges.begin(), edges.end(),
              [](const auto& a, const auto& b) { return std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a)) <
                                                        std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b)); });
    if (!edges.empty()) {
      nlohmann::json& list = o["edges"] = nlohmann::json::array();
      for (auto& edge : edges) list.push_back(std::move(std::get<3>(edge)));
    }
    out.push_back(std::move(o));
  }
  return out.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

namespace {

template <class T>
T optional_field(const nlohmann::json& o, const char* name) {
  auto it = o.find(name);
  return it == o.end() ? T{} : it->get<T>();
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
      d.sources = optional_field<std::set<std::string>>(o, "sources");
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
        const auto rel = relation_type_from(e.at("type").get<std::string>());
        const auto to_type = entity_type_from(e.at("to_type").get<std::string>());
        if (!rel || !to_type) return "parts: unknown relation or node type in " + e.dump();
        PendingEdge pending{p, *to_type, e.at("to").get<std::string>(), {}};
        pending.data.type = *rel;
        pending.data.sources = optional_field<std::set<std::string>>(e, "sources");
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
  return nlohmann::json(ids).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
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
