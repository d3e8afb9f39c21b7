// Unit tests of the exporters (export/export.h): escaping and injection in every format,
// what each client needs (../shared/FORMATS.md), filters, GEXF time, GraphML read back,
// byte-identical output (on any number of threads), and documents written in pieces being what
// pugixml and nlohmann write of the whole.
#include "export/export.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "export/json_text.h"
#include "export/parallel.h"
#include "export/style.h"
#include "export/xml_writer.h"
#include "export_helpers.h"

namespace newsgraph::exporter {
namespace {

using graph::KnowledgeGraph;
using testing::Doc;
using testing::Strings;

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
  d.entity(EntityType::place, kKorean);
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

// Relation kinds a user's pattern file declared, beside a built-in one (graph_test_helpers.h).
KnowledgeGraph user_kinds_graph() { return testing::build({testing::user_kinds_article(1), testing::user_kinds_article(2)}); }

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

// ---------------------------------------------------------------- threads and pieces

// "" when a == b, else where they first differ (a diff of two large documents would not fit).
std::string difference(const std::string& a, const std::string& b) {
  if (a == b) return "";
  std::size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  const std::size_t from = i < 80 ? 0 : i - 80;
  return "at byte " + std::to_string(i) + ":\n" + a.substr(from, 160) + "\n---\n" + b.substr(from, 160);
}

// More nodes and edges than one block of texts (export/document.h), names with XML, JSON and
// DOT syntax, non-ASCII text, and nodes named by many articles (long lists of sources).
KnowledgeGraph large_graph() {
  const std::string odd[] = {"Tag <b>&amp;", "Quote \"q\" \\ back", "Caf\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80",
                             "Tab\there", "\xef\xbf\xbf end"};
  KnowledgeGraph kg;
  for (int a = 0; a < 300; ++a) {
    Doc d("art-" + std::to_string(a), extract::Date{2020, 1 + a % 12, 1 + a % 28});
    const auto hub = d.entity(EntityType::agency, "Hub Agency " + std::to_string(a % 3));
    std::size_t before = hub;
    for (int k = 0; k < 16; ++k) {
      const int id = a * 16 + k;
      const auto e = d.entity(k % 2 ? EntityType::agency : EntityType::place,
                              "Item " + std::to_string(id) + (k == 3 ? " " + odd[a % 5] : ""), {"alias " + std::to_string(id)});
      d.relation(RelationType::member_of, e, hub, k + 1, "Sentence " + std::to_string(k) + " with \"quotes\" & <tags>\nend");
      if (k % 4 == 0) d.relation(RelationType::part_of, before, e, k + 2);
      before = e;
    }
    kg.add(d.a);
  }
  kg.resolve();
  return kg;
}

TEST(Threads, EveryFormatIsByteIdenticalOnAnyNumberOfThreads) {
  const KnowledgeGraph large = large_graph();
  ASSERT_GT(boost::num_vertices(large.graph()), 4096u);  // more than one block
  ASSERT_GT(boost::num_edges(large.graph()), 4096u);
  const KnowledgeGraph empty;
  Filter places;
  places.types = {EntityType::place};  // nodes, no edges
  for (const KnowledgeGraph* kg : {&large, &empty})
    for (const Filter& filter : {Filter{}, places})
      for (Format f : kFormats) {
        const std::string one = render(*kg, f, filter, 1);
        for (unsigned threads : {2u, 3u, 8u})
          EXPECT_EQ(difference(render(*kg, f, filter, threads), one), "") << to_string(f) << " " << threads;
      }
  for (Format f : kFormats) EXPECT_EQ(render(hostile_graph(), f, {}, 4), render(hostile_graph(), f, {}, 1)) << to_string(f);
  for (Format f : kFormats) EXPECT_EQ(render(user_kinds_graph(), f, {}, 3), render(user_kinds_graph(), f, {}, 1)) << to_string(f);
}

TEST(Threads, WriteOnThreadsMatchesRender) {
  const KnowledgeGraph kg = large_graph();
  const auto dir = std::filesystem::temp_directory_path() / ("export_test_threads_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  for (Format f : kFormats) {
    const auto path = (dir / ("graph." + std::string(to_string(f)))).string();
    ASSERT_EQ(write(kg, f, path, {}, 3), "");
    std::ifstream in(path, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(difference(content, render(kg, f)), "") << to_string(f);
  }
  std::filesystem::remove_all(dir);
}

// Documents are written in pieces; put together, they must be what the library writes of the
// whole document.
TEST(Pieces, XmlIsWhatPugixmlSavesOfTheWholeDocument) {
  for (const KnowledgeGraph& kg : {large_graph(), hostile_graph(), dated_graph(), user_kinds_graph()})
    for (Format f : {Format::graphml, Format::gexf}) {
      const std::string text = render(kg, f, {}, 2);
      pugi::xml_document doc;
      ASSERT_TRUE(doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_declaration)) << to_string(f);
      std::ostringstream again;
      doc.save(again, "  ", pugi::format_indent, pugi::encoding_utf8);
      EXPECT_EQ(difference(again.str(), text), "") << to_string(f);
    }
}

TEST(Pieces, JsonIsWhatNlohmannDumpsOfTheWholeDocument) {
  for (const KnowledgeGraph& kg : {large_graph(), hostile_graph(false), dated_graph(), user_kinds_graph(), KnowledgeGraph()}) {
    const std::string text = json_string(kg, {}, 2);
    EXPECT_EQ(difference(nlohmann::json::parse(text).dump(1, ' ', false) + "\n", text), "");
  }
}

TEST(Pieces, PartsAreWhatNlohmannDumps) {
  for (const KnowledgeGraph& kg : {large_graph(), hostile_graph(false), user_kinds_graph()}) {
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(graphml_string(kg).c_str()));
    int checked = 0;
    for (const auto& x : doc.select_nodes("//data[@key='parts']")) {
      const std::string parts = x.node().text().get();
      EXPECT_EQ(nlohmann::json::parse(parts).dump(-1, ' ', true), parts);
      ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(boost::num_vertices(kg.graph())));
  }
}

TEST(JsonText, StringsAreEscapedAsNlohmannEscapesThem) {
  // Pieces of valid and broken UTF-8, controls, quotes; strings made of random runs of them.
  const std::string pieces[] = {"a",        "Z ",       "\"",       "\\",       "\n",       "\t",         "\r",
                                "\x01",     "\x1f",     "\x7f",     "\xc3\xa9",  "\xe2\x80\xa8", "\xef\xbf\xbf", "\xf0\x9f\x98\x80",
                                "\xed\x9f\xbf", "\xff",     "\xc3",     "\xe2\x80",  "\xed\xa0\x80", "\xc0\xaf",   "\xf4\x90\x80\x80",
                                "\xf0\x9f", "\x80",     "/",        "\xc2\x80",  "\xdf\xbf",  "\xe0\xa0\x80", "\xf4\x8f\xbf\xbf"};
  unsigned seed = 12345;
  auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    // Up to 24 pieces: long enough for the runs scanned 16 bytes at a time (export/byte_scan.h).
    for (unsigned n = next() % 24; n > 0; --n) s += pieces[next() % std::size(pieces)];
    for (bool ascii : {true, false}) {
      std::string out = "x";
      append_json_string(out, s, ascii);
      ASSERT_EQ(out, "x" + nlohmann::json(s).dump(-1, ' ', ascii, nlohmann::json::error_handler_t::replace))
          << ::testing::PrintToString(s) << " ensure_ascii=" << ascii;
    }
  }
}

TEST(JsonText, NumbersAreWrittenAsNlohmannWritesThem) {
  for (double v : {0.0, -0.0, 14.0, 90.0, 1e21, 1e-7, 37.566535123456789, 126.97796919, -122.4194, 0.1, 1.0 / 3,
                   std::nan(""), HUGE_VAL, 123456789012345678.0}) {
    std::string out;
    append_json_double(out, v);
    EXPECT_EQ(out, nlohmann::json(v).dump()) << v;
  }
  for (long long v : {0LL, -1LL, 42LL, 9007199254740993LL, -9223372036854775807LL - 1}) {
    std::string out;
    append_json_int(out, v);
    EXPECT_EQ(out, nlohmann::json(v).dump()) << v;
  }
}

// Text and attribute values as pugixml prints them: element by element, a pugixml node for each.
std::string pugixml_element(std::string_view value, unsigned depth) {
  pugi::xml_document doc;
  auto e = doc.append_child("e");
  e.append_attribute("a").set_value(value.data(), value.size());
  e.text().set(value.data(), value.size());
  std::ostringstream out;
  e.print(out, "  ", pugi::format_indent, pugi::encoding_utf8, depth);
  return out.str();
}

TEST(XmlText, EscapedAsPugixmlEscapes) {
  // Every byte but NUL alone, then random runs of pieces: XML syntax, quotes, controls, NUL,
  // UTF-8 valid and broken, and plain runs long enough to be scanned 16 bytes at a time.
  for (int c = 1; c < 256; ++c) {
    const std::string value = "x" + std::string(1, static_cast<char>(c)) + "y";
    XmlWriter w(0);
    std::string out;
    w.start(out);
    w.open("e");
    w.attribute("a", value);
    w.text(value);
    w.close();
    ASSERT_EQ(out, pugixml_element(value, 0)) << c;
  }
  const std::string pieces[] = {"a",  "plain words, some of them", "&",  "<",   ">",        "\"",     "'",
                                "\t", "\n",   "\r",   "\x01", "\x1f",     "\x7f", "\xc3\xa9", "\xf0\x9f\x98\x80",
                                "\xff", "\xc3", "&amp;", "]]>", std::string(1, '\0'), "0123456789abcdef0"};
  unsigned seed = 777;
  auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string value;
    for (unsigned n = next() % 12; n > 0; --n) value += pieces[next() % std::size(pieces)];
    const unsigned depth = next() % 4;
    XmlWriter w(depth);
    std::string out = "before";
    w.start(out);
    w.open("e");
    w.attribute("a", value);
    w.text(value);
    w.close();
    ASSERT_EQ(out, "before" + pugixml_element(value, depth)) << ::testing::PrintToString(value);
  }
}

TEST(XmlText, ElementsPrintAsPugixmlPrintsThem) {
  // Random trees of elements: empty, with attributes only, with text (empty text too), with
  // children, several deep; printed by both, from any depth.
  unsigned seed = 4242;
  auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  const char* const names[] = {"node", "data", "viz:color", "attvalues"};
  const std::string texts[] = {"", "t", "a & b", "two\nlines"};
  for (int round = 0; round < 2000; ++round) {
    pugi::xml_document doc;
    const unsigned depth = next() % 4;
    XmlWriter w(depth);
    std::string out;
    w.start(out);
    // Builds both at once; `level` is how deep below the top element this one is.
    std::function<void(pugi::xml_node, int)> build = [&](pugi::xml_node parent, int level) {
      const char* name = names[next() % std::size(names)];
      auto e = parent.append_child(name);
      w.open(name);
      for (unsigned a = next() % 3; a > 0; --a) {
        const std::string value = texts[next() % std::size(texts)];
        e.append_attribute(("k" + std::to_string(a)).c_str()).set_value(value.data(), value.size());
        w.attribute("k" + std::to_string(a), value);
      }
      const unsigned content = next() % 3;  // none, text, children
      if (content == 1) {
        const std::string& text = texts[next() % std::size(texts)];
        e.text().set(text.data(), text.size());
        w.text(text);
      } else if (content == 2 && level < 3) {
        for (unsigned k = 1 + next() % 3; k > 0; --k) build(e, level + 1);
      }
      w.close();
    };
    build(doc, 0);
    std::ostringstream expected;
    doc.first_child().print(expected, "  ", pugi::format_indent, pugi::encoding_utf8, depth);
    ASSERT_EQ(out, expected.str()) << round;
  }
}

TEST(CleanText, WhatNeedsCleaningIsFoundWhereverItSits) {
  // Before, inside and after the runs of plain bytes the cleaner skips 16 at a time.
  const std::string plain(40, 'p');
  for (std::size_t at = 0; at <= plain.size(); ++at) {
    const std::string control = plain.substr(0, at) + "\x01" + plain.substr(at);
    const std::string broken = plain.substr(0, at) + "\xff" + plain.substr(at);
    const std::string korean = plain.substr(0, at) + kKorean + plain.substr(at);
    std::string buffer;
    EXPECT_EQ(clean_view(control, buffer), plain) << at;
    EXPECT_EQ(clean_view(broken, buffer), plain.substr(0, at) + "\xef\xbf\xbd" + plain.substr(at)) << at;
    EXPECT_EQ(clean_view(korean, buffer).data(), korean.data()) << at;  // nothing to clean: no copy
  }
}

TEST(Parallel, EveryItemOnceAndErrorsComeBack) {
  for (std::size_t n : {0u, 1u, 63u, 64u, 65u, 1000u, 5000u})
    for (unsigned threads : {0u, 1u, 2u, 5u}) {
      std::vector<int> seen(n, 0);
      bool meanwhile = false;
      parallel_for(n, threads, [&](std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i) ++seen[i];
      }, [&] { meanwhile = true; });
      EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), static_cast<long>(n)) << n << " " << threads;
      EXPECT_TRUE(meanwhile);
    }
  EXPECT_THROW(parallel_for(1000, 3, [](std::size_t b, std::size_t) {
                 if (b >= 500) throw std::runtime_error("item failed");
               }),
               std::runtime_error);
}

// ---------------------------------------------------------------- declared relation kinds

// "kind source -> target" of every link of the node-link JSON, in the order written.
Strings json_links(const std::string& text) {
  Strings out;
  const auto doc = nlohmann::json::parse(text);
  for (const auto& l : doc["links"])
    out.push_back(l["type"].get<std::string>() + " " + l["source"].get<std::string>() + " -> " +
                  l["target"].get<std::string>());
  return out;
}

TEST(UserKinds, EveryFormatWritesThemOrderedByNameNotByDeclaration) {
  const testing::UserKinds k;
  ASSERT_LT(k.signs, k.mediates);  // declared first, but "aa-mediates" sorts first by name
  EXPECT_TRUE(relation_before(k.mediates, k.signs));
  EXPECT_TRUE(relation_before(RelationType::counterpart_of, k.mediates));  // built-in kinds first
  const KnowledgeGraph kg = user_kinds_graph();
  EXPECT_EQ(json_links(json_string(kg)), (Strings{"leads person:ann-lee -> agency:trade-office",
                                                  "aa-mediates person:ann-lee -> agreement:lima-accord",
                                                  "signs person:ann-lee -> agreement:lima-accord",
                                                  "meets person:ann-lee -> person:bo-kim"}));
  pugi::xml_document graphml, gexf;
  ASSERT_TRUE(graphml.load_string(graphml_string(kg).c_str()));
  ASSERT_TRUE(gexf.load_string(gexf_string(kg).c_str()));
  Strings graphml_kinds, gexf_kinds;
  for (const auto& x : graphml.select_nodes("//edge/data[@key='e_type']")) graphml_kinds.push_back(x.node().text().get());
  for (const auto& x : gexf.select_nodes("//edge")) gexf_kinds.push_back(x.node().attribute("kind").value());
  const Strings kinds{"leads", "aa-mediates", "signs", "meets"};
  EXPECT_EQ(graphml_kinds, kinds);
  EXPECT_EQ(gexf_kinds, kinds);
  const std::string dot = dot_string(kg);
  EXPECT_LT(dot.find("[label=\"aa-mediates\""), dot.find("[label=\"signs\""));
}

TEST(UserKinds, DeclaredKindsHaveAStableColourOfTheirOwnBuiltInsTheUsualGrey) {
  const testing::UserKinds k;
  for (RelationType t : {k.signs, k.meets, k.mediates}) {
    const std::string c = relation_colour(t);
    ASSERT_EQ(c.size(), 7u);
    EXPECT_EQ(c.find_first_not_of("0123456789abcdef", 1), std::string::npos) << c;
    EXPECT_NE(c, "#555555");
    EXPECT_EQ(relation_colour(t), c);
  }
  EXPECT_NE(relation_colour(k.signs), relation_colour(k.meets));
  EXPECT_NE(relation_colour(k.signs), relation_colour(k.mediates));
  for (RelationType t : relation_types()) {
    if (relation_spec(t).builtin) {
      EXPECT_EQ(relation_colour(t), "#555555") << to_string(t);
    }
  }
}

TEST(UserKinds, ColoursAndLegendWhereTheFormatHasThem) {
  const testing::UserKinds k;
  const KnowledgeGraph kg = user_kinds_graph();
  const std::string signs = relation_colour(k.signs);
  const auto doc = nlohmann::json::parse(json_string(kg));
  ASSERT_EQ(doc["links"].size(), 4u);
  for (const auto& l : doc["links"]) {
    if (l["type"] == "leads") EXPECT_FALSE(l.contains("color"));  // built-in links as before
    else EXPECT_EQ(l["color"], relation_colour(*relation_type_from(l["type"].get<std::string>())));
  }
  pugi::xml_document gexf;
  ASSERT_TRUE(gexf.load_string(gexf_string(kg).c_str()));
  const auto edge = gexf.select_node("//edge[@kind='signs']").node();
  char hex[8];
  std::snprintf(hex, sizeof hex, "#%02x%02x%02x", edge.child("viz:color").attribute("r").as_int(),
                edge.child("viz:color").attribute("g").as_int(), edge.child("viz:color").attribute("b").as_int());
  EXPECT_EQ(hex, signs);
  EXPECT_FALSE(gexf.select_node("//edge[@kind='leads']").node().child("viz:color"));
  const std::string dot = dot_string(kg);
  EXPECT_NE(dot.find("label=\"signs\", color=\"" + signs + "\", fontcolor=\"" + signs + "\""), std::string::npos);
  const auto legend = dot.find("subgraph cluster_relations");
  ASSERT_NE(legend, std::string::npos);
  for (const char* kind : {"aa-mediates", "meets", "signs"})
    EXPECT_NE(dot.find(std::string("\"legend:") + kind + ":from\" -> \"legend:" + kind + ":to\""), std::string::npos) << kind;
  // A legend of the kinds the export holds: without the agreement, no signs nor aa-mediates; none
  // at all for a graph of built-in kinds (its DOT is as before).
  Filter no_agreement;
  ASSERT_EQ(parse_types("person,agency", no_agreement.types), "");
  const std::string people = dot_string(kg, no_agreement);
  EXPECT_NE(people.find("\"legend:meets:from\""), std::string::npos);
  EXPECT_EQ(people.find("legend:signs"), std::string::npos);
  EXPECT_EQ(dot_string(hostile_graph()).find("cluster_relations"), std::string::npos);
}

TEST(UserKinds, GraphmlAndJsonReadBack) {
  const KnowledgeGraph kg = user_kinds_graph();
  KnowledgeGraph back;
  ASSERT_EQ(parse_graphml(graphml_string(kg), back), "");
  testing::expect_same_graph(back, kg);
  for (Format f : kFormats) EXPECT_EQ(render(back, f), render(kg, f)) << to_string(f);
  // The JSON holds each link's kind and evidence as the graph has them.
  const auto doc = nlohmann::json::parse(json_string(kg));
  int signs = 0;
  for (const auto& l : doc["links"]) {
    if (l["type"] != "signs") continue;
    ++signs;
    EXPECT_EQ(l["key"], "signs");
    EXPECT_EQ(l["sources"], nlohmann::json::array({"u1", "u2"}));
    EXPECT_EQ(l["evidence"][0]["text"], "Ann Lee signed the Lima Accord.");
  }
  EXPECT_EQ(signs, 1);
}

TEST(UserKinds, ExportsPassCheckClients) {
  const std::string checker = NEWSGRAPH_SOURCE_DIR "/../shared/tools/check-clients";
  if (!std::filesystem::exists(checker)) GTEST_SKIP() << checker << " not found (it ships beside the project, not in it)";
  const KnowledgeGraph kg = user_kinds_graph();
  const auto dir = std::filesystem::temp_directory_path() / ("export_test_clients_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string files;
  for (Format f : kFormats) {
    const auto path = (dir / ("graph." + std::string(to_string(f)))).string();
    ASSERT_EQ(write(kg, f, path), "");
    files += " " + path;
  }
  const std::string report = run(checker + files + " 2>&1; echo exit=$?");
  EXPECT_NE(report.find("exit=0"), std::string::npos) << report;
  EXPECT_EQ(report.find("FAIL"), std::string::npos) << report;
  EXPECT_NE(report.find(" passed, 0 failed"), std::string::npos) << report;
  EXPECT_EQ(report.find("\n0 passed"), std::string::npos) << report;  // some client did read them
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph::exporter
