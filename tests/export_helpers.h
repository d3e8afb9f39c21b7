// Test helpers for export_test and merge_test: graphs from the examples, and a dump of every
// field of every node and edge, for comparing two graphs field by field. Articles made by hand
// (Doc) and build() are in graph_test_helpers.h.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "graph/graph.h"
#include "graph_test_helpers.h"

namespace newsgraph::testing {

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

}  // namespace newsgraph::testing
