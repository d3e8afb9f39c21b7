// Merging saved graphs (graph/graph.h absorb, export/ GraphML read back): merging the graphs
// of parts of a corpus equals building the whole, node by node and edge by edge, in any order
// and any grouping; `build --into` likewise.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

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

// ---------------------------------------------------------------- declared relation kinds

TEST(Merge, DeclaredKindsInEitherOrderGiveTheWhole) {
  const KnowledgeGraph a = build({testing::user_kinds_article(1)});
  const KnowledgeGraph b = build({testing::user_kinds_article(2)});
  const KnowledgeGraph whole = build({testing::user_kinds_article(1), testing::user_kinds_article(2)});
  expect_same_graph(merge({&a, &b}), whole);
  for (exporter::Format f : exporter::kFormats) {
    EXPECT_EQ(exporter::render(merge({&a, &b}), f), exporter::render(whole, f)) << to_string(f);
    EXPECT_EQ(exporter::render(merge({&b, &a}), f), exporter::render(whole, f)) << to_string(f);
  }
}

TEST(Merge, PartWithAKnownKindBetweenOtherTypesIsRefused) {
  const testing::UserKinds k;  // signs: person -> agreement, here and in the part
  std::string doc = exporter::graphml_string(build({testing::user_kinds_article(1)}));
  const std::string edge = R"("to_type":"agreement","type":"signs")";
  const auto at = doc.find(edge);
  ASSERT_NE(at, std::string::npos);
  doc.replace(at, edge.size(), R"("to_type":"agency","type":"signs")");
  KnowledgeGraph out;
  const std::string err = exporter::parse_graphml(doc, out);
  EXPECT_NE(err.find("relation kind 'signs' exists as person -> agreement, not person -> agency"), std::string::npos)
      << err;
  EXPECT_EQ(boost::num_vertices(out.graph()), 0u);
}

// What a real `newsgraph merge` writes, in a process of its own that knows no declared kind
// but those it reads: in the order of its inputs, so their values differ between the two runs.
std::string merged_by_program(const std::string& dir, const std::string& first, const std::string& second) {
  const std::string out = dir + "/" + first + "+" + second;
  const std::string command = std::string(NEWSGRAPH_BINARY) + " merge --quiet --no-svg " + dir + "/" + first + ".graphml " +
                              dir + "/" + second + ".graphml -o " + out;
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return out;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(Merge, FreshProcessesDeclareKindsFromThePartsAndWriteTheSameBytes) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("merge_test_kinds_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const KnowledgeGraph a = build({testing::user_kinds_article(1)});
  const KnowledgeGraph b = build({testing::user_kinds_article(2)});
  const KnowledgeGraph whole = build({testing::user_kinds_article(1), testing::user_kinds_article(2)});
  ASSERT_EQ(exporter::write(a, exporter::Format::graphml, (dir / "a.graphml").string()), "");
  ASSERT_EQ(exporter::write(b, exporter::Format::graphml, (dir / "b.graphml").string()), "");
  // A declared symmetric kind says so in the parts: the merging process has no pattern file.
  const std::string saved = file_text((dir / "a.graphml").string());
  EXPECT_NE(saved.find(R"("symmetric":true,"to":"bo kim","to_type":"person","type":"meets")"), std::string::npos);
  EXPECT_EQ(saved.find(R"("symmetric":true,"to":"lima accord")"), std::string::npos);
  const std::string ab = merged_by_program(dir.string(), "a", "b"), ba = merged_by_program(dir.string(), "b", "a");
  for (exporter::Format f : exporter::kFormats) {
    const std::string name = "/graph." + std::string(to_string(f));
    const std::string text = file_text(ab + name);
    EXPECT_NE(text.find("aa-mediates"), std::string::npos) << name;
    EXPECT_EQ(text, file_text(ba + name)) << name;
    EXPECT_EQ(text, exporter::render(whole, f)) << name;
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph
