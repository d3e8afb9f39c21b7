// Merging saved graphs (graph/graph.h absorb, export/ GraphML read back): merging the graphs
// of parts of a corpus equals building the whole, node by node and edge by edge, in any order
// and any grouping; `build --into` likewise.
#include <gtest/gtest.h>

#include "export/export.h"
#include "export_helpers.h"

namespace newsgraph {
namespace {

using graph::KnowledgeGraph;
using testing::build;
using testing::Doc;
using testing::expect_same_graph;
using Articles = std::vector<extract::Article>;

// What `newsgraph merge` does: each graph saved as GraphML, read back, merged in turn.
KnowledgeGraph merge(const std::vector<const KnowledgeGraph*>& graphs) {
  KnowledgeGraph out;
  for (const KnowledgeGraph* g : graphs) {
    const std::string err = exporter::parse_graphml(exporter::graphml_string(*g), out);
    EXPECT_EQ(err, "");
  }
  return out;
}

TEST(Merge, HalvesOfTheExamplesEqualTheWhole) {
  const Articles& all = testing::example_articles();
  ASSERT_GE(all.size(), 2u);
  const std::size_t mid = all.size() / 2;
  const KnowledgeGraph whole = build(all);
  const KnowledgeGraph a = build({all.begin(), all.begin() + mid});
  const KnowledgeGraph b = build({all.begin() + mid, all.end()});
  expect_same_graph(merge({&a, &b}), whole);
  expect_same_graph(merge({&b, &a}), whole);
  for (exporter::Format f : exporter::kFormats)
    EXPECT_EQ(exporter::render(merge({&a, &b}), f), exporter::render(whole, f)) << to_string(f);
}

TEST(Merge, EverySplitOfTheExamplesInTwo) {
  const Articles& all = testing::example_articles();
  const KnowledgeGraph whole = build(all);
  const std::size_t n = all.size();
  for (unsigned mask = 1; mask + 1 < (1u << n); ++mask) {
    Articles left, right;
    for (std::size_t i = 0; i < n; ++i) (mask >> i & 1 ? left : right).push_back(all[i]);
    const KnowledgeGraph a = build(left), b = build(right);
    SCOPED_TRACE("split " + std::to_string(mask));
    expect_same_graph(merge({&a, &b}), whole);
  }
}

TEST(Merge, IsAssociative) {
  const Articles& all = testing::example_articles();
  ASSERT_GE(all.size(), 3u);
  const KnowledgeGraph a = build({all[0]}), b = build({all[1]}), c = build({all.begin() + 2, all.end()});
  const KnowledgeGraph ab = merge({&a, &b}), bc = merge({&b, &c});
  expect_same_graph(merge({&ab, &c}), merge({&a, &bc}));
  expect_same_graph(merge({&ab, &c}), build(all));
}

TEST(Merge, IntoAddsArticlesToASavedGraph) {
  const Articles& all = testing::example_articles();
  const KnowledgeGraph first = build({all.begin(), all.begin() + 2});
  KnowledgeGraph kg;
  ASSERT_EQ(exporter::parse_graphml(exporter::graphml_string(first), kg), "");
  for (auto it = all.begin() + 2; it != all.end(); ++it) kg.add(*it);
  kg.resolve();
  expect_same_graph(kg, build(all));
}

// A short name unique in each half but ambiguous in the whole: merging resolved graphs would
// have merged "Kim" into two different people; merging the saved parts keeps the rules exact.
TEST(Merge, ShortNameAmbiguousOnlyInTheWhole) {
  Doc one("one"), two("two"), three("three");
  one.relation(RelationType::counterpart_of, one.entity(EntityType::person, "Kim Jong Un"),
               one.entity(EntityType::person, "Donald Trump"));
  one.entity(EntityType::person, "Kim");
  two.entity(EntityType::person, "Kim Yo Jong");
  two.entity(EntityType::person, "Kim");
  three.entity(EntityType::person, "Trump");
  const KnowledgeGraph a = build({one.a}), b = build({two.a, three.a});
  const KnowledgeGraph whole = build({one.a, two.a, three.a});
  expect_same_graph(merge({&a, &b}), whole);
  expect_same_graph(merge({&b, &a}), whole);
}

TEST(Merge, SingleValuedFieldsDoNotDependOnOrder) {
  Doc one("one"), two("two");
  one.entity(EntityType::place, "Seoul");
  one.last().country = "KR";
  one.last().lat = 37.5;
  one.last().lon = 127.0;
  two.entity(EntityType::place, "Seoul");
  two.last().country = "KP";
  two.last().lat = 37.56;
  two.last().lon = 126.97;
  const KnowledgeGraph a = build({one.a}), b = build({two.a});
  expect_same_graph(merge({&a, &b}), merge({&b, &a}));
  expect_same_graph(merge({&a, &b}), build({two.a, one.a}));
}

TEST(Merge, EmptyGraphIsTheIdentity) {
  const KnowledgeGraph empty;
  const KnowledgeGraph whole = build(testing::example_articles());
  expect_same_graph(merge({&empty, &whole}), whole);
  expect_same_graph(merge({&whole, &empty}), whole);
}

}  // namespace
}  // namespace newsgraph
