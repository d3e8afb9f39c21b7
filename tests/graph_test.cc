// Unit tests of the knowledge graph (graph/graph.h): nodes and edges from extracted articles,
// built by hand here so that only the graph's own rules are under test.
#include "graph/graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "graph_test_helpers.h"

namespace newsgraph::graph {
namespace {

using extract::Article;
using testing::Doc;
using testing::join;
using testing::node;
using testing::Strings;

// One line per node (in id order) and per edge (sorted): everything an exporter would write.
Strings dump(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  Strings out;
  for (Vertex v : kg.sorted_vertices()) {
    const NodeData& n = g[v];
    out.push_back(kg.node_id(v) + " label=" + n.label + " aliases=" + join(n.aliases) +
                  " sources=" + join(n.sources) + " mentions=" + std::to_string(n.mentions));
  }
  Strings edges;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    std::string ev;
    for (const auto& x : g[*e].evidence) ev += x.article + "#" + std::to_string(x.sentence) + ";";
    edges.push_back(std::string(to_string(g[*e].type)) + " " + kg.node_id(boost::source(*e, g)) + " -> " +
                    kg.node_id(boost::target(*e, g)) + " sources=" + join(g[*e].sources) + " evidence=" + ev);
  }
  std::sort(edges.begin(), edges.end());
  out.insert(out.end(), edges.begin(), edges.end());
  return out;
}

// Node ids of the graph, sorted.
Strings ids(const KnowledgeGraph& kg) {
  Strings out;
  for (Vertex v : kg.sorted_vertices()) out.push_back(kg.node_id(v));
  return out;
}

std::size_t edge_count(const KnowledgeGraph& kg) { return boost::num_edges(kg.graph()); }

// ---------------------------------------------------------------- name_key

TEST(NameKey, CaseFoldedWithoutPunctuationOrThe) {
  EXPECT_EQ(name_key("The United States"), "united states");
  EXPECT_EQ(name_key("U.S."), "us");
  EXPECT_EQ(name_key("the EU-Mercosur  Agreement"), "eumercosur agreement");
  EXPECT_EQ(name_key("Round 4 of the EU-Mercosur Agreement talks"), "round 4 of eumercosur agreement talks");
}

TEST(NameKey, TheAtTheEndAloneOrAfterSymbolsGoes) {
  EXPECT_EQ(name_key("Talks of The"), "talks of");
  EXPECT_EQ(name_key("the"), "");
  EXPECT_EQ(name_key("  the  "), "");
  EXPECT_EQ(name_key("-- the Z\u00fcrich talks --"), "z\u00fcrich talks");
  EXPECT_EQ(name_key("\"The\" Deal"), "deal");  // quotes vanish first
}

TEST(NameKey, TheInsideAWordStays) {
  EXPECT_EQ(name_key("Theresa May"), "theresa may");
  EXPECT_EQ(name_key("Other Nations"), "other nations");
}

TEST(NameKey, NonAsciiLettersAreKept) {
  EXPECT_EQ(name_key("Türkiye"), "türkiye");
  EXPECT_NE(name_key("Côte d'Ivoire"), name_key("Cote d'Ivoire"));
}

// ---------------------------------------------------------------- nodes

TEST(Nodes, SameNameAcrossArticlesIsOneNode) {
  Doc a("a1"), b("b2");
  a.entity(EntityType::agency, "European Union", {"EU"}, 2);
  b.entity(EntityType::agency, "European Union", {"the European bloc"}, 3);
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(b.a);
  ASSERT_EQ(boost::num_vertices(kg.graph()), 1u);
  const NodeData* eu = node(kg, EntityType::agency, "European Union");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->sources, (Sources{"a1", "b2"}));
  EXPECT_EQ(eu->aliases, (std::set<std::string>{"EU", "the European bloc"}));
  EXPECT_EQ(eu->mentions, 5);
  EXPECT_EQ(kg.articles(), 2u);
}

TEST(Nodes, NamesEqualUnderTheKeyAreOneNode) {
  Doc a("a1"), b("b2");
  a.entity(EntityType::agency, "World Trade Organization");
  b.entity(EntityType::agency, "the World Trade Organization");
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(b.a);
  EXPECT_EQ(ids(kg), (Strings{"agency:world-trade-organization"}));
}

TEST(Nodes, SameNameOfDifferentTypesStaysApart) {
  Doc a("a1");
  a.entity(EntityType::place, "Jordan");
  a.entity(EntityType::person, "Jordan");
  KnowledgeGraph kg;
  kg.add(a.a);
  EXPECT_EQ(ids(kg), (Strings{"person:jordan", "place:jordan"}));
}

TEST(Nodes, PublicationDatesAreRecorded) {
  Doc a("a1", extract::Date{2022, 3, 3}), b("b2");
  a.entity(EntityType::place, "Geneva");
  b.entity(EntityType::place, "Geneva");
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(b.a);
  EXPECT_EQ(node(kg, EntityType::place, "Geneva")->seen, (std::set<std::string>{"2022-03-03"}));
}

TEST(Nodes, SameArticleAddedTwiceCountsOnce) {
  Doc a("a1");
  a.entity(EntityType::place, "Geneva");
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(a.a);
  EXPECT_EQ(kg.articles(), 1u);
  EXPECT_EQ(node(kg, EntityType::place, "Geneva")->sources, (Sources{"a1"}));
}

// ---------------------------------------------------------------- edges

TEST(Edges, SameFactFromTwoArticlesIsOneEdgeWithBothSources) {
  Doc a("a1"), b("b2");
  a.relation(RelationType::leads, a.entity(EntityType::person, "Elisabeth Bowes"),
             a.entity(EntityType::agency, "Australian delegation"), 2);
  b.entity(EntityType::place, "Canberra");
  b.relation(RelationType::leads, b.entity(EntityType::person, "Elisabeth Bowes"),
             b.entity(EntityType::agency, "Australian delegation"), 5);
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(b.a);
  ASSERT_EQ(edge_count(kg), 1u);
  const Graph& g = kg.graph();
  const auto [e, end] = boost::edges(g);
  EXPECT_EQ(g[*e].type, RelationType::leads);
  EXPECT_EQ(g[*e].sources, (Sources{"a1", "b2"}));
  ASSERT_EQ(g[*e].evidence.size(), 2u);
  EXPECT_EQ(g[*e].evidence.begin()->article, "a1");
  EXPECT_EQ(g[*e].evidence.begin()->sentence, 2);
  EXPECT_EQ(g[*e].evidence.rbegin()->sentence, 5);
}

TEST(Edges, DifferentTypesBetweenTheSameNodesAreDifferentEdges) {
  Doc a("a1");
  const auto p = a.entity(EntityType::person, "Sabine Weyand");
  const auto d = a.entity(EntityType::agency, "Directorate-General for Trade");
  a.relation(RelationType::leads, p, d);
  a.relation(RelationType::member_of, p, d);
  KnowledgeGraph kg;
  kg.add(a.a);
  EXPECT_EQ(edge_count(kg), 2u);
}

TEST(Edges, DirectionMattersForDirectedTypes) {
  Doc a("a1"), b("b2");
  a.relation(RelationType::member_of, a.entity(EntityType::person, "Li Chenggang"),
             a.entity(EntityType::agency, "Ministry of Commerce"));
  b.relation(RelationType::member_of, b.entity(EntityType::person, "Li Chenggang"),
             b.entity(EntityType::agency, "Ministry of Commerce"));
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(b.a);
  ASSERT_EQ(edge_count(kg), 1u);
  const Graph& g = kg.graph();
  const auto [e, end] = boost::edges(g);
  EXPECT_EQ(g[boost::source(*e, g)].type, EntityType::person);
  EXPECT_EQ(g[boost::target(*e, g)].type, EntityType::agency);
}

TEST(Edges, CounterpartsStatedEitherWayAreOneEdge) {
  Doc a("a1"), b("b2");
  a.relation(RelationType::counterpart_of, a.entity(EntityType::person, "Piyush Goyal"),
             a.entity(EntityType::person, "Mary Ng"));
  const auto ng = b.entity(EntityType::person, "Mary Ng");
  b.relation(RelationType::counterpart_of, ng, b.entity(EntityType::person, "Piyush Goyal"));
  KnowledgeGraph kg;
  kg.add(a.a);
  kg.add(b.a);
  ASSERT_EQ(edge_count(kg), 1u);
  const auto [e, end] = boost::edges(kg.graph());
  EXPECT_EQ(kg.graph()[*e].sources, (Sources{"a1", "b2"}));
}

TEST(Edges, EdgeBetweenTwoNamesOfOneNodeIsDropped) {
  Doc a("a1");
  const auto x = a.entity(EntityType::agency, "U.S. delegation");
  const auto y = a.entity(EntityType::agency, "US delegation");
  a.relation(RelationType::member_of, x, y);
  KnowledgeGraph kg;
  kg.add(a.a);
  EXPECT_EQ(boost::num_vertices(kg.graph()), 1u);
  EXPECT_EQ(edge_count(kg), 0u);
}

TEST(Edges, RelationWithAnEndOutOfRangeIsIgnored) {
  Doc a("a1");
  const auto p = a.entity(EntityType::person, "Katherine Tai");
  a.relation(RelationType::leads, p, 7);
  KnowledgeGraph kg;
  kg.add(a.a);
  EXPECT_EQ(boost::num_vertices(kg.graph()), 1u);
  EXPECT_EQ(edge_count(kg), 0u);
}

// ---------------------------------------------------------------- ids and order

TEST(Ids, DerivedFromTypeAndLabel) {
  Doc a("a1");
  a.entity(EntityType::person, "Piyush Goyal");
  a.entity(EntityType::round, "Round 4 of EU-Mercosur Agreement talks");
  a.entity(EntityType::date, "2022-12-31");
  a.entity(EntityType::place, "United States");
  KnowledgeGraph kg;
  kg.add(a.a);
  EXPECT_EQ(ids(kg), (Strings{"date:20221231", "person:piyush-goyal", "place:united-states",
                              "round:round-4-of-eumercosur-agreement-talks"}));
}

TEST(Ids, SortedVerticesAreInIdOrder) {
  Doc a("a1");
  for (const char* n : {"Uruguay", "Brazil", "Paraguay", "Argentina"}) a.entity(EntityType::place, n);
  KnowledgeGraph kg;
  kg.add(a.a);
  EXPECT_EQ(ids(kg), (Strings{"place:argentina", "place:brazil", "place:paraguay", "place:uruguay"}));
}

// Three articles about the Canada-India talks that name some things alike.
std::vector<Article> corpus() {
  Doc a("ottawa-1", extract::Date{2023, 5, 2});
  {
    const auto p = a.entity(EntityType::person, "Mary Ng", {"Trade Minister Mary Ng"});
    const auto d = a.entity(EntityType::agency, "Canadian delegation");
    const auto r = a.entity(EntityType::round, "Round 2 of Early Progress Trade Agreement talks", {"second round"});
    const auto c = a.entity(EntityType::place, "Ottawa");
    a.relation(RelationType::leads, p, d, 1);
    a.relation(RelationType::held_in, r, c, 2);
  }
  Doc b("delhi-2", extract::Date{2023, 5, 9});
  {
    const auto p = b.entity(EntityType::person, "Ng", {"Minister Ng"});
    const auto q = b.entity(EntityType::person, "Piyush Goyal");
    const auto d = b.entity(EntityType::agency, "Canadian delegation", {"Canada's negotiating team"});
    const auto e = b.entity(EntityType::agency, "Indian delegation");
    b.relation(RelationType::leads, p, d, 3);
    b.relation(RelationType::leads, q, e, 3);
    b.relation(RelationType::counterpart_of, q, p, 3);
  }
  Doc c("wire-3");
  {
    const auto g = c.entity(EntityType::person, "Piyush Goyal", {"Goyal"});
    const auto m = c.entity(EntityType::agency, "Ministry of Commerce and Industry");
    const auto x = c.entity(EntityType::agreement, "Early Progress Trade Agreement", {"EPTA"});
    const auto dt = c.entity(EntityType::date, "2025-06-30", {"June 30, 2025"});
    c.relation(RelationType::member_of, g, m, 1);
    c.relation(RelationType::expires, x, dt, 4);
  }
  return {a.a, b.a, c.a};
}

TEST(Order, AddOrderDoesNotChangeTheGraph) {
  auto docs = corpus();
  std::sort(docs.begin(), docs.end(), [](const Article& x, const Article& y) { return x.id < y.id; });
  Strings first;
  int permutations = 0;
  do {
    KnowledgeGraph kg;
    for (const auto& d : docs) kg.add(d);
    kg.resolve();
    const Strings now = dump(kg);
    if (first.empty()) first = now;
    EXPECT_EQ(now, first) << "order starting with " << docs.front().id;
    ++permutations;
  } while (std::next_permutation(docs.begin(), docs.end(),
                                 [](const Article& x, const Article& y) { return x.id < y.id; }));
  EXPECT_EQ(permutations, 6);
  EXPECT_FALSE(first.empty());
}

TEST(Order, AddOrderDoesNotChangeTheGraphBeforeResolution) {
  const auto docs = corpus();
  KnowledgeGraph forward, backward;
  for (const auto& d : docs) forward.add(d);
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) backward.add(*it);
  EXPECT_EQ(dump(forward), dump(backward));
}

TEST(Order, SameInputGivesTheSameIds) {
  const auto docs = corpus();
  KnowledgeGraph one, two;
  for (const auto& d : docs) one.add(d), two.add(d);
  one.resolve();
  two.resolve();
  EXPECT_EQ(ids(one), ids(two));
  EXPECT_EQ(dump(one), dump(two));
}

// ---------------------------------------------------------------- resolve and absorb

TEST(Resolve, IsIdempotent) {
  KnowledgeGraph kg;
  for (const auto& d : corpus()) kg.add(d);
  kg.resolve();
  const Strings once = dump(kg);
  kg.resolve();
  EXPECT_EQ(dump(kg), once);
}

TEST(Resolve, NodesCanBeFoundAgainAfterResolution) {
  KnowledgeGraph kg;
  for (const auto& d : corpus()) kg.add(d);
  kg.resolve();
  const std::size_t nodes = boost::num_vertices(kg.graph());
  Doc later("later-4");
  later.entity(EntityType::person, "Mary Ng");
  later.entity(EntityType::person, "Piyush Goyal");
  kg.add(later.a);
  EXPECT_EQ(boost::num_vertices(kg.graph()), nodes);
  EXPECT_EQ(node(kg, EntityType::person, "Mary Ng")->sources,
            (Sources{"delhi-2", "later-4", "ottawa-1"}));
}

TEST(Absorb, EqualsAddingEveryArticleToOneGraph) {
  const auto docs = corpus();
  KnowledgeGraph all;
  for (const auto& d : docs) all.add(d);
  all.resolve();
  KnowledgeGraph first, second;
  first.add(docs[0]);
  first.resolve();
  second.add(docs[1]);
  second.add(docs[2]);
  second.resolve();
  first.absorb(second);
  EXPECT_EQ(dump(first), dump(all));
  EXPECT_EQ(first.articles(), 3u);
}

}  // namespace
}  // namespace newsgraph::graph

namespace newsgraph::graph {
namespace {

TEST(Sources, ListsIdsInStringOrderWhateverTheOrderTheyCameIn) {
  Sources s;
  for (const char* id : {"zeta-9", "alpha-1", "mid-5", "alpha-1", "beta-2"}) s.insert(id);
  EXPECT_EQ(s.size(), 4u);
  EXPECT_EQ(s.sorted(), (std::vector<std::string_view>{"alpha-1", "beta-2", "mid-5", "zeta-9"}));
  EXPECT_TRUE(s.contains("mid-5"));
  EXPECT_FALSE(s.contains("never-seen"));
}

TEST(Sources, MergeIsAUnion) {
  Sources a{"a1", "c3"}, b{"b2", "c3", "d4"};
  a.merge(b);
  EXPECT_EQ(a, (Sources{"d4", "c3", "b2", "a1"}));
  EXPECT_EQ(a.size(), 4u);
  Sources empty;
  empty.merge(a);
  EXPECT_EQ(empty, a);
  a.merge(Sources{});
  EXPECT_EQ(a.size(), 4u);
}

}  // namespace
}  // namespace newsgraph::graph
