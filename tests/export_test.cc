// Unit tests of the exporters (export/export.h): escaping and injection in every format,
// what each client needs (../shared/FORMATS.md), filters, GEXF time, GraphML read back, and
// byte-identical output.
#include "export/export.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "export_helpers.h"

namespace newsgraph::exporter {
namespace {

using graph::KnowledgeGraph;
using testing::Doc;

// Names that carry DOT, XML and JSON syntax, control characters and broken UTF-8.
const std::string kInjection = "\"]; evil [label=\"";
const std::string kBackslash = "Back\\Slash \\N \\\" end\\";
const std::string kXmlBreaker = "Tag <b>&amp; \x01\x0b\xef\xbf\xbe bad\xff byte";
const std::string kXmlBreakerCleaned = "Tag <b>&amp;  bad\xef\xbf\xbd byte";
const std::string kKeyword = "strict";
const std::string kKorean = "문재인 Moon";

// With `broken_utf8`, one name holds a byte that is not UTF-8 (the extractor never makes one).
KnowledgeGraph hostile_graph(bool broken_utf8 = true) {
  Doc d("art\"icle|1", extract::Date{2020, 1, 14});
  const auto a = d.entity(EntityType::person, kInjection, {"two\nlines"});
  const auto b = d.entity(EntityType::agency, kBackslash);
  const auto c = d.entity(EntityType::agency, broken_utf8 ? kXmlBreaker : "Tag <b>&amp; \x01\x0b\xef\xbf\xbe end");
  const auto k = d.entity(EntityType::person, kKeyword);
  const auto u = d.entity(EntityType::place, kKorean);
  d.last().lat = 37.566535123456789;
  d.last().lon = 126.97796919;
  d.relation(RelationType::member_of, a, b, 1, "A sentence with \"quotes\", <tags> & a\nnewline.");
  d.relation(RelationType::member_of, k, c, 2);
  d.relation(RelationType::counterpart_of, a, k, 3);
  d.relation(RelationType::leads, k, b, 4);
  KnowledgeGraph kg;
  kg.add(d.a);
  kg.resolve();
  return kg;
}

// A round held on a date, in a place, of an agreement that expires: everything GEXF times.
KnowledgeGraph dated_graph() {
  Doc d("seoul-1", extract::Date{2019, 3, 5});
  const auto r = d.entity(EntityType::round, "Round 3 of Special Measures Agreement talks");
  const auto on = d.entity(EntityType::date, "2019-02");
  const auto in = d.entity(EntityType::place, "Seoul");
  const auto x = d.entity(EntityType::agreement, "Special Measures Agreement");
  const auto exp = d.entity(EntityType::date, "2019-12-31");
  const auto p = d.entity(EntityType::person, "Timothy Betts");
  d.relation(RelationType::held_on, r, on);
  d.relation(RelationType::held_in, r, in);
  d.relation(RelationType::part_of, r, x);
  d.relation(RelationType::expires, x, exp);
  d.relation(RelationType::leads, p, d.entity(EntityType::agency, "U.S. delegation"));
  Doc later("wire-2", extract::Date{2019, 6, 1});
  later.entity(EntityType::person, "Timothy Betts");
  KnowledgeGraph kg;
  kg.add(d.a);
  kg.add(later.a);
  kg.resolve();
  return kg;
}

std::string run(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    pclose(p);
  }
  return out;
}

bool have(const char* program) { return std::system((std::string("command -v ") + program + " >/dev/null 2>&1").c_str()) == 0; }

std::string temp_file(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("export_test_" + std::to_string(getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

// ---------------------------------------------------------------- DOT

TEST(Dot, InjectedLabelStaysOneQuotedLabel) {
  const std::string dot = dot_string(hostile_graph());
  EXPECT_NE(dot.find("label=\"\\\"]; evil [label=\\\"\""), std::string::npos) << dot;
  EXPECT_EQ(dot.find("evil [label=\"\n"), std::string::npos);
}

TEST(Dot, BackslashesDoubledBeforeQuotesEscaped) {
  const std::string dot = dot_string(hostile_graph());
  EXPECT_NE(dot.find("label=\"Back\\\\Slash \\\\N \\\\\\\" end\\\\\""), std::string::npos) << dot;
}

TEST(Dot, EveryIdIsQuotedSoKeywordsAreSafe) {
  const std::string dot = dot_string(hostile_graph());
  EXPECT_NE(dot.find("label=\"strict\""), std::string::npos);
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    if (line.find(" [label=") == std::string::npos || line.rfind("  graph", 0) == 0) continue;
    const auto start = line.find_first_not_of(' ');
    EXPECT_EQ(line[start], '"') << line;
  }
}

TEST(Dot, Utf8KeptRawAndBrokenBytesReplaced) {
  const std::string dot = dot_string(hostile_graph());
  EXPECT_NE(dot.find(kKorean), std::string::npos);
  EXPECT_EQ(dot.find('\xff'), std::string::npos);
  EXPECT_EQ(dot.find('\x01'), std::string::npos);
  EXPECT_NE(dot.find(kXmlBreakerCleaned), std::string::npos);
}

TEST(Dot, DotAndSfdpRenderWithoutWarnings) {
  if (!have("dot") || !have("sfdp")) GTEST_SKIP() << "Graphviz not installed";
  const std::string path = temp_file("hostile.dot", dot_string(hostile_graph()));
  for (const char* layout : {"dot", "sfdp"}) {
    const std::string err = run(std::string(layout) + " -Tsvg -o /dev/null " + path + " 2>&1");
    EXPECT_EQ(err, "") << layout;
  }
  const std::string svg = run("dot -Tsvg " + path);
  EXPECT_NE(svg.find("&quot;]; evil [label=&quot;"), std::string::npos);
  EXPECT_NE(svg.find("Back\\Slash \\N \\&quot; end\\"), std::string::npos);
  std::filesystem::remove(path);
}

// ---------------------------------------------------------------- XML formats

bool xml_forbidden(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

TEST(GraphmlAndGexf, ForbiddenCharactersNeverReachTheXml) {
  const KnowledgeGraph kg = hostile_graph();
  for (const std::string& doc : {graphml_string(kg), gexf_string(kg)}) {
    for (char c : doc) EXPECT_FALSE(xml_forbidden(static_cast<unsigned char>(c)));
    EXPECT_EQ(doc.find("&#1;"), std::string::npos);
    EXPECT_EQ(doc.find("\xef\xbf\xbe"), std::string::npos);
    EXPECT_EQ(doc.find('\xff'), std::string::npos);
  }
  pugi::xml_document graphml, gexf;
  ASSERT_TRUE(graphml.load_string(graphml_string(kg).c_str()));
  ASSERT_TRUE(gexf.load_string(gexf_string(kg).c_str()));
  EXPECT_TRUE(graphml.select_node(("//data[@key='label'][.='" + kXmlBreakerCleaned + "']").c_str()));
  EXPECT_TRUE(gexf.select_node("//node[@label='Tag <b>&amp; bad\xef\xbf\xbd byte']"));  // one line, single spaces
}

TEST(Graphml, KeysAreTypedSingleTokensNeverForAll) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(graphml_string(hostile_graph()).c_str()));
  std::set<std::string> node_keys;
  for (auto key : doc.child("graphml").children("key")) {
    const std::string name = key.attribute("attr.name").value();
    EXPECT_EQ(name.find(' '), std::string::npos);
    EXPECT_NE(std::string(key.attribute("for").value()), "all");
    EXPECT_FALSE(std::string(key.attribute("attr.type").value()).empty()) << name;
    if (std::string(key.attribute("for").value()) == "node") node_keys.insert(name);
  }
  for (const char* scorer_key : {"label", "type", "aliases", "mentions", "sources"})
    EXPECT_TRUE(node_keys.count(scorer_key)) << scorer_key;
}

TEST(Gexf, RelationKindInLabelAndAttributeNeverInXmlType) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(gexf_string(hostile_graph()).c_str()));
  auto gexf = doc.child("gexf");
  EXPECT_STREQ(gexf.attribute("xmlns").value(), "http://gexf.net/1.3");
  EXPECT_STREQ(gexf.attribute("xmlns:viz").value(), "http://gexf.net/1.3/viz");
  EXPECT_STREQ(gexf.attribute("version").value(), "1.3");
  int edges = 0;
  for (auto edge : gexf.child("graph").child("edges").children("edge")) {
    ++edges;
    EXPECT_FALSE(edge.attribute("type"));
    const std::string kind = edge.attribute("label").value();
    EXPECT_TRUE(relation_type_from(kind)) << kind;
    EXPECT_STREQ(edge.attribute("kind").value(), kind.c_str());  // Gephi's edge kind: parallel edges stay apart
    EXPECT_STREQ(edge.child("attvalues").find_child_by_attribute("attvalue", "for", "type").attribute("value").value(),
                 kind.c_str());
  }
  EXPECT_EQ(edges, 4);
}

TEST(Gexf, VizColourSizeAndShapeOnEveryNode) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(gexf_string(hostile_graph()).c_str()));
  for (auto node : doc.child("gexf").child("graph").child("nodes").children("node")) {
    EXPECT_TRUE(node.child("viz:color").attribute("r"));
    EXPECT_TRUE(node.child("viz:size").attribute("value"));
    EXPECT_TRUE(node.child("viz:shape").attribute("value"));
    const std::string label = node.attribute("label").value();
    EXPECT_EQ(label.find('\n'), std::string::npos);
  }
}

// Start time of the element with this id, or "-" when it has none.
std::string start_of(const pugi::xml_document& doc, const char* element, const std::string& id) {
  auto list = doc.child("gexf").child("graph").child(element == std::string("node") ? "nodes" : "edges");
  for (auto e : list.children(element)) {
    const std::string key = element == std::string("node")
                                ? e.attribute("id").value()
                                : std::string(e.attribute("source").value()) + ">" + e.attribute("target").value();
    if (key == id) return e.attribute("start") ? e.attribute("start").value() : "-";
  }
  return "missing";
}

TEST(Gexf, DatesPlayOnTheTimeline) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(gexf_string(dated_graph()).c_str()));
  auto graph = doc.child("gexf").child("graph");
  EXPECT_STREQ(graph.attribute("mode").value(), "dynamic");
  EXPECT_STREQ(graph.attribute("timeformat").value(), "date");
  const std::string round = "round:round-3-of-special-measures-agreement-talks";
  EXPECT_EQ(start_of(doc, "node", round), "2019-02-01");           // held on February 2019
  EXPECT_EQ(start_of(doc, "node", "date:20191231"), "2019-12-31");  // a date is its own time
  EXPECT_EQ(start_of(doc, "node", "person:timothy-betts"), "2019-03-05");  // first article
  EXPECT_EQ(start_of(doc, "edge", "agreement:special-measures-agreement>date:20191231"), "2019-12-31");
  EXPECT_EQ(start_of(doc, "edge", round + ">date:201902"), "2019-02-01");
  EXPECT_EQ(start_of(doc, "edge", round + ">place:seoul"), "2019-03-05");  // when both ends exist
  const std::string text = gexf_string(dated_graph());
  EXPECT_EQ(text.find("timestamp"), std::string::npos);  // intervals only, never mixed
  EXPECT_EQ(text.find(" end="), std::string::npos);
}

TEST(Gexf, StaticWithoutAnyDate) {
  Doc d("undated");
  d.entity(EntityType::person, "Katherine Tai");
  KnowledgeGraph kg;
  kg.add(d.a);
  kg.resolve();
  const std::string text = gexf_string(kg);
  EXPECT_NE(text.find("mode=\"static\""), std::string::npos);
  EXPECT_EQ(text.find("start="), std::string::npos);
}

// ---------------------------------------------------------------- JSON

TEST(Json, ParsesBackAsNodeLinkWithEveryLinkEndANode) {
  const KnowledgeGraph kg = hostile_graph();
  const auto doc = nlohmann::json::parse(json_string(kg));
  EXPECT_EQ(doc["directed"], true);
  EXPECT_EQ(doc["multigraph"], true);
  std::set<std::string> ids;
  for (const auto& n : doc["nodes"]) ids.insert(n["id"].get<std::string>());
  EXPECT_EQ(ids.size(), boost::num_vertices(kg.graph()));
  EXPECT_EQ(doc["links"].size(), boost::num_edges(kg.graph()));
  bool found_injection = false;
  for (const auto& n : doc["nodes"]) found_injection |= n["label"] == kInjection;
  EXPECT_TRUE(found_injection);
  for (const auto& l : doc["links"]) {
    EXPECT_TRUE(ids.count(l["source"].get<std::string>()));
    EXPECT_TRUE(ids.count(l["target"].get<std::string>()));
    EXPECT_EQ(l["key"], l["type"]);
  }
}

// ---------------------------------------------------------------- filters

std::set<std::string> graphml_node_ids(const std::string& doc) {
  pugi::xml_document parsed;
  parsed.load_string(doc.c_str());
  std::set<std::string> out;
  for (auto n : parsed.child("graphml").child("graph").children("node")) out.insert(n.attribute("id").value());
  return out;
}

TEST(Filter, ByTypeKeepsEdgesBetweenKeptNodesOnly) {
  Filter f;
  ASSERT_EQ(parse_types("person, agency", f.types), "");
  const KnowledgeGraph kg = dated_graph();
  EXPECT_EQ(graphml_node_ids(graphml_string(kg, f)),
            (std::set<std::string>{"agency:us-delegation", "person:timothy-betts"}));
  const auto doc = nlohmann::json::parse(json_string(kg, f));
  EXPECT_EQ(doc["links"].size(), 1u);
}

TEST(Filter, UnknownTypeIsAnError) {
  std::set<EntityType> types, none;
  EXPECT_NE(parse_types("person,planet", types).find("unknown node type 'planet'"), std::string::npos);
  EXPECT_EQ(parse_types(",", none), "no node type given");
}

TEST(Filter, MinMentions) {
  Filter f;
  f.min_mentions = 2;
  EXPECT_EQ(graphml_node_ids(graphml_string(dated_graph(), f)), (std::set<std::string>{"person:timothy-betts"}));
}

TEST(Filter, LargestComponentIgnoresEdgeDirection) {
  Filter f;
  f.largest_component = true;
  const auto ids = graphml_node_ids(graphml_string(dated_graph(), f));
  EXPECT_EQ(ids.size(), 5u);  // the round, its place, date and agreement, the expiry date
  EXPECT_TRUE(ids.count("date:20191231"));
  EXPECT_FALSE(ids.count("person:timothy-betts"));
}

// ---------------------------------------------------------------- GraphML read back

TEST(GraphmlRoundTrip, EveryFieldComesBack) {
  // Forbidden characters are cleaned in the visible keys only: the saved parts are exact.
  const KnowledgeGraph kg = hostile_graph(false);
  KnowledgeGraph back;
  ASSERT_EQ(parse_graphml(graphml_string(kg), back), "");
  testing::expect_same_graph(back, kg);
  EXPECT_EQ(graphml_string(back), graphml_string(kg));
}

TEST(GraphmlRoundTrip, BrokenUtf8ComesBackAsReplacementCharacterStably) {
  const KnowledgeGraph kg = hostile_graph(true);
  KnowledgeGraph back;
  ASSERT_EQ(parse_graphml(graphml_string(kg), back), "");
  EXPECT_EQ(graphml_string(back), graphml_string(kg));
}

TEST(GraphmlRoundTrip, EvidenceComesBackNotOnlyTheFiveShown) {
  constexpr int kArticles = graph::EdgeData::kMaxEvidence + 2;  // the graph keeps kMaxEvidence
  KnowledgeGraph kg;
  for (int i = 0; i < kArticles; ++i) {
    Doc d("a" + std::to_string(i));
    d.relation(RelationType::leads, d.entity(EntityType::person, "Mary Ng"),
               d.entity(EntityType::agency, "Canadian delegation"), i + 1, "Ng | led \"it\"\n" + std::to_string(i));
    kg.add(d.a);
  }
  kg.resolve();
  KnowledgeGraph back;
  ASSERT_EQ(parse_graphml(graphml_string(kg), back), "");
  testing::expect_same_graph(back, kg);
  const auto [e, end] = boost::edges(back.graph());
  EXPECT_EQ(back.graph()[*e].evidence.size(), graph::EdgeData::kMaxEvidence);
  EXPECT_EQ(back.graph()[*e].sources.size(), static_cast<std::size_t>(kArticles));
}

TEST(GraphmlRoundTrip, ReadErrorsAreMessages) {
  KnowledgeGraph kg;
  EXPECT_NE(parse_graphml("<graphml><graph>", kg).find("not well-formed"), std::string::npos);
  EXPECT_NE(parse_graphml("<gexf/>", kg).find("not GraphML"), std::string::npos);
  EXPECT_NE(parse_graphml("<graphml><graph/></graphml>", kg).find("parts"), std::string::npos);
  const std::string broken =
      "<graphml><key id='t' for='node' attr.name='type' attr.type='string'/>"
      "<key id='p' for='node' attr.name='parts' attr.type='string'/><graph>"
      "<node id='x'><data key='t'>person</data><data key='p'>[{\"names\": 3}]</data></node></graph></graphml>";
  EXPECT_NE(parse_graphml(broken, kg).find("node x: parts:"), std::string::npos);
  EXPECT_NE(read_graphml("/no/such/file.graphml", kg).find("no such file"), std::string::npos);
  EXPECT_EQ(boost::num_vertices(kg.graph()), 0u);
}

// ---------------------------------------------------------------- determinism

TEST(Determinism, TwoRunsGiveByteIdenticalFilesInEveryFormat) {
  const auto& articles = testing::example_articles();
  ASSERT_FALSE(articles.empty());
  const KnowledgeGraph one = testing::build(articles);
  const KnowledgeGraph two = testing::build({articles.rbegin(), articles.rend()});  // other order too
  for (Format f : kFormats) EXPECT_EQ(render(one, f), render(two, f)) << to_string(f);
}

TEST(Determinism, WriteIsAtomicAndMatchesRender) {
  const KnowledgeGraph kg = dated_graph();
  const auto dir = std::filesystem::temp_directory_path() / ("export_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  for (Format f : kFormats) {
    const auto path = (dir / ("graph." + std::string(to_string(f)))).string();
    ASSERT_EQ(write(kg, f, path), "");
    std::ifstream in(path, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(content, render(kg, f));
  }
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 4);
  EXPECT_NE(write(kg, Format::json, (dir / "no/such/dir/x.json").string()), "");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph::exporter
