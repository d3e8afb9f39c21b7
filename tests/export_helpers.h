// Test helpers for export_test and merge_test: graphs made by hand or from the examples, and a
// dump of every field of every node and edge, for comparing two graphs field by field.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "graph/graph.h"

namespace newsgraph::testing {

using Strings = std::vector<std::string>;

// An article assembled entity by entity.
struct Doc {
  extract::Article a;
  explicit Doc(std::string id, std::optional<extract::Date> date = std::nullopt) {
    a.id = std::move(id);
    a.date = date;
  }
  std::size_t entity(EntityType type, std::string name, Strings aliases = {}, int mentions = 1) {
    extract::Entity e;
    e.type = type;
    e.name = std::move(name);
    e.aliases = std::move(aliases);
    e.mentions = mentions;
    a.entities.push_back(std::move(e));
    return a.entities.size() - 1;
  }
  extract::Entity& last() { return a.entities.back(); }
  void relation(RelationType type, std::size_t from, std::size_t to, int sentence = 1, std::string text = "") {
    extract::Relation r;
    r.type = type;
    r.from = from;
    r.to = to;
    r.sentence = sentence;
    r.evidence = text.empty() ? "sentence " + std::to_string(sentence) + " of " + a.id : std::move(text);
    a.relations.push_back(std::move(r));
  }
};

inline std::string join(const std::set<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += (out.empty() ? "" : "|") + x;
  return out;
}

// One line per node (in id order) and per edge (sorted) with every field.
inline Strings dump(const graph::KnowledgeGraph& kg) {
  const graph::Graph& g = kg.graph();
  Strings out;
  for (graph::Vertex v : kg.sorted_vertices()) {
    const graph::NodeData& n = g[v];
    std::ostringstream line;
    line.precision(17);
    line << kg.node_id(v) << " label=" << n.label << " names=";
    for (const auto& [name, c] : n.names) line << name << ":" << c << ";";
    line << " aliases=" << join(n.aliases) << " mentions=" << n.mentions << " sources=" << join(n.sources)
         << " seen=" << join(n.seen) << " country=" << n.country << " lat=" << (n.lat ? *n.lat : -999)
         << " lon=" << (n.lon ? *n.lon : -999) << " ordinal=" << n.ordinal << " series=" << n.series
         << " keys=" << join(n.keys);
    out.push_back(line.str());
  }
  Strings edges;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    std::string line = std::string(to_string(g[*e].type)) + " " + kg.node_id(boost::source(*e, g)) + " -> " +
                       kg.node_id(boost::target(*e, g)) + " sources=" + join(g[*e].sources) + " evidence=";
    for (const auto& x : g[*e].evidence) line += x.article + "#" + std::to_string(x.sentence) + ":" + x.text + ";";
    edges.push_back(line);
  }
  std::sort(edges.begin(), edges.end());
  out.insert(out.end(), edges.begin(), edges.end());
  return out;
}

// Expects two graphs to hold the same nodes and edges, reporting the first difference.
inline void expect_same_graph(const graph::KnowledgeGraph& got, const graph::KnowledgeGraph& want) {
  const Strings a = dump(got), b = dump(want);
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
    if (a[i] != b[i]) {
      ADD_FAILURE() << "first difference at line " << i << "\n got: " << a[i] << "\nwant: " << b[i];
      return;
    }
  EXPECT_EQ(a.size(), b.size());
  EXPECT_EQ(got.article_ids(), want.article_ids());
}

// The example articles, extracted with the built-in lexicons, in file-name order.
inline const std::vector<extract::Article>& example_articles() {
  static const std::vector<extract::Article> articles = [] {
    namespace fs = std::filesystem;
    auto load = extract::load_lexicon({}, NEWSGRAPH_SOURCE_DIR "/data/lexicon");
    EXPECT_FALSE(load.error) << load.error->to_string();
    const extract::Extractor ex(load.lexicon);
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(NEWSGRAPH_SOURCE_DIR "/examples/articles"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<extract::Article> out;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      out.push_back(ex.extract(f.stem().string(), text));
    }
    return out;
  }();
  return articles;
}

// A resolved graph of the given articles.
inline graph::KnowledgeGraph build(const std::vector<extract::Article>& articles) {
  graph::KnowledgeGraph kg;
  for (const auto& a : articles) kg.add(a);
  kg.resolve();
  return kg;
}

}  // namespace newsgraph::testing
