// Unit tests of the knowledge graph (graph/graph.h): nodes and edges from extracted articles,
// built by hand here so that only the graph's own rules are under test.
#include "graph/graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>
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

// The string order is ranked once for the ids interned so far: ids interned after a listing
// take their places in the next one, in every set that holds them.
TEST(Sources, ListsIdsInternedAfterAnEarlierListingInPlace) {
  Sources s{"kilo-3", "delta-1"};
  EXPECT_EQ(s.sorted(), (std::vector<std::string_view>{"delta-1", "kilo-3"}));
  s.insert("echo-2");
  s.insert("able-0");
  Sources t{"zulu-9", "echo-2"};
  EXPECT_EQ(s.sorted(), (std::vector<std::string_view>{"able-0", "delta-1", "echo-2", "kilo-3"}));
  EXPECT_EQ(t.sorted(), (std::vector<std::string_view>{"echo-2", "zulu-9"}));
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

// ---------------------------------------------------------------- relation kinds

TEST(RelationKinds, BuiltInKindsKeepTheirNamesAndEnds) {
  std::size_t builtin = 0;
  for (RelationType t : relation_types()) {
    const RelationSpec& spec = relation_spec(t);
    if (!spec.builtin) continue;
    ++builtin;
    EXPECT_EQ(to_string(t), spec.name);
    EXPECT_EQ(relation_type_from(spec.name), t) << spec.name;
    // Declaring a built-in kind with its own ends finds it (a pattern file may name one).
    const auto again = declare_relation_type(spec.name, spec.from, spec.to, spec.symmetric);
    ASSERT_TRUE(std::holds_alternative<RelationType>(again)) << std::get<std::string>(again);
    EXPECT_EQ(std::get<RelationType>(again), t);
  }
  EXPECT_EQ(builtin, 8u);
  EXPECT_EQ(to_string(RelationType::counterpart_of), "counterpart-of");
  EXPECT_TRUE(relation_spec(RelationType::counterpart_of).symmetric);
  EXPECT_FALSE(relation_spec(RelationType::leads).symmetric);
  const auto wrong = declare_relation_type("leads", EntityType::person, EntityType::agreement);
  ASSERT_TRUE(std::holds_alternative<std::string>(wrong));
  EXPECT_EQ(std::get<std::string>(wrong), "relation kind 'leads' exists as person -> agency, not person -> agreement");
}

TEST(RelationKinds, DeclaredKindIsFoundAgainByName) {
  const testing::UserKinds k;
  EXPECT_GT(k.signs, RelationType::counterpart_of);
  EXPECT_NE(k.signs, k.mediates);
  EXPECT_EQ(to_string(k.signs), "signs");
  EXPECT_EQ(relation_type_from("signs"), k.signs);
  EXPECT_EQ(relation_type_from("aa-mediates"), k.mediates);
  EXPECT_FALSE(relation_type_from("never-declared"));
  const RelationSpec& spec = relation_spec(k.signs);
  EXPECT_FALSE(spec.builtin);
  EXPECT_EQ(spec.from, EntityType::person);
  EXPECT_EQ(spec.to, EntityType::agreement);
  EXPECT_TRUE(relation_spec(k.meets).symmetric);
  EXPECT_EQ(testing::declared("signs", EntityType::person, EntityType::agreement), k.signs);  // no second kind
  const auto other = declare_relation_type("signs", EntityType::person, EntityType::agency);
  ASSERT_TRUE(std::holds_alternative<std::string>(other));
  EXPECT_EQ(std::get<std::string>(other), "relation kind 'signs' exists as person -> agreement, not person -> agency");
  const auto one_way = declare_relation_type("meets", EntityType::person, EntityType::person, false);
  ASSERT_TRUE(std::holds_alternative<std::string>(one_way));
  EXPECT_NE(std::get<std::string>(one_way).find("exists as person <-> person"), std::string::npos);
}

TEST(RelationKinds, MalformedNamesAreRefusedWithTheReason) {
  for (std::string_view bad : {"", "Signs", "signs--off", "-signs", "signs-", "signs off", "signs2", "signs_off",
                               "sign\xc3\xa9"}) {
    const auto r = declare_relation_type(bad, EntityType::person, EntityType::agreement);
    ASSERT_TRUE(std::holds_alternative<std::string>(r)) << bad;
    EXPECT_NE(std::get<std::string>(r).find("lower-case words"), std::string::npos) << std::get<std::string>(r);
    EXPECT_FALSE(relation_type_from(bad)) << bad;
  }
  EXPECT_TRUE(std::holds_alternative<std::string>(
      declare_relation_type(std::string(65, 'a'), EntityType::person, EntityType::agreement)));
  const auto lopsided = declare_relation_type("talks-with", EntityType::person, EntityType::agency, true);
  ASSERT_TRUE(std::holds_alternative<std::string>(lopsided));
  EXPECT_NE(std::get<std::string>(lopsided).find("symmetric"), std::string::npos);
}

// Kinds are meant to be declared before extraction starts; still, reading takes no lock, so it
// must hold while another thread declares: readers see every kind whole or not at all.
TEST(RelationKinds, ReadingWhileAnotherThreadDeclares) {
  std::atomic<bool> done{false};
  std::atomic<int> wrong{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r)
    readers.emplace_back([&] {
      while (!done) {
        if (to_string(RelationType::party_to) != "party-to" || relation_type_from("held-on") != RelationType::held_on) ++wrong;
        for (RelationType t : relation_types())
          if (relation_type_from(to_string(t)) != t) ++wrong;  // a kind seen is seen whole
      }
    });
  for (int i = 0; i < 40; ++i)
    testing::declared(std::string("concurrent-") + char('a' + i / 26) + char('a' + i % 26), EntityType::person,
                      EntityType::round);
  done = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(wrong, 0);
  EXPECT_TRUE(relation_type_from("concurrent-bn"));
}

// In a child process: filling the registry must not take the kinds other tests declare.
TEST(RelationKindsDeathTest, TooManyKindsIsAnErrorNotAWrap) {
  EXPECT_EXIT(
      {
        std::string last_error;
        int added = 0;
        for (int i = 0; i < 300 && last_error.empty(); ++i) {
          const std::string name = std::string("filler-") + char('a' + i / 26 % 26) + char('a' + i % 26);
          const auto r = declare_relation_type(name, EntityType::person, EntityType::place);
          if (const auto* e = std::get_if<std::string>(&r)) last_error = *e;
          else if (to_string(std::get<RelationType>(r)) == name) ++added;
        }
        const bool full = relation_types().size() == 256 && last_error.find("too many") != std::string::npos;
        std::exit(full && added + 8 <= 256 ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(Edges, DeclaredKindFromTwoArticlesIsOneEdgeWithBothSources) {
  KnowledgeGraph kg;
  kg.add(testing::user_kinds_article(1));
  kg.add(testing::user_kinds_article(2));
  const Graph& g = kg.graph();
  std::map<std::string, Strings> by_kind;  // kind -> "source -> target sources"
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    by_kind[std::string(to_string(g[*e].type))].push_back(kg.node_id(boost::source(*e, g)) + " -> " +
                                                          kg.node_id(boost::target(*e, g)) + " " + join(g[*e].sources));
  EXPECT_EQ(by_kind["signs"], (Strings{"person:ann-lee -> agreement:lima-accord u1|u2"}));
  EXPECT_EQ(by_kind["aa-mediates"], (Strings{"person:ann-lee -> agreement:lima-accord u2"}));
  // Symmetric like counterpart-of: stated either way, one edge from the smaller id.
  EXPECT_EQ(by_kind["meets"], (Strings{"person:ann-lee -> person:bo-kim u1|u2"}));
  EXPECT_EQ(by_kind["leads"], (Strings{"person:ann-lee -> agency:trade-office u1"}));
  EXPECT_EQ(edge_count(kg), 4u);
}

TEST(Order, AddOrderDoesNotChangeAGraphWithDeclaredKinds) {
  const Article one = testing::user_kinds_article(1), two = testing::user_kinds_article(2);
  KnowledgeGraph a, b;
  a.add(one);
  a.add(two);
  b.add(two);
  b.add(one);
  EXPECT_EQ(dump(a), dump(b));
}

}  // namespace
}  // namespace newsgraph::graph
