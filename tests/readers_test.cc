// Readers: HTML pages, RSS/Atom feeds and JSON Lines, on fixture files written for these tests
// (tests/fixtures/readers/), plus format detection and metadata dates.
#include "readers/readers.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace newsgraph::readers {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(NEWSGRAPH_SOURCE_DIR) + "/tests/fixtures/readers/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  EXPECT_FALSE(s.str().empty()) << name;
  return s.str();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const char* kFisheries =
    "Norway's chief negotiator Hilde Strand and her European Union counterpart Paolo Ricci opened the fourth round of "
    "talks on the fisheries agreement in Bergen on Tuesday, officials said.";

TEST(Detect, ByExtensionThenContent) {
  EXPECT_EQ(detect("a/b.html", ""), Kind::html);
  EXPECT_EQ(detect("b.HTM", ""), Kind::html);
  EXPECT_EQ(detect("b.rss", ""), Kind::feed);
  EXPECT_EQ(detect("b.atom", ""), Kind::feed);
  EXPECT_EQ(detect("b.ndjson", ""), Kind::jsonl);
  EXPECT_EQ(detect("b.txt", "<html><body>x"), Kind::text);  // .txt is always text
  // A pipe has no extension: its first bytes decide.
  EXPECT_EQ(detect("/dev/fd/63", "\xEF\xBB\xBF  <!DOCTYPE html><html>"), Kind::html);
  EXPECT_EQ(detect("/dev/fd/63", "<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">"), Kind::feed);
  EXPECT_EQ(detect("-", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"), Kind::feed);
  EXPECT_EQ(detect("x.xml", "<?xml version=\"1.0\"?><catalog/>"), Kind::feed);  // reported as no feed
  EXPECT_EQ(detect("-", "<?xml version=\"1.0\"?><catalog/>"), Kind::text);
  EXPECT_EQ(detect("-", "{\"text\": \"a\"}\n"), Kind::jsonl);
  EXPECT_EQ(detect("-", "SEOUL, Jan. 24 (Yonhap) -- talks"), Kind::text);
  EXPECT_TRUE(supported_extension(".jsonl"));
  EXPECT_TRUE(supported_extension(".XML"));
  EXPECT_FALSE(supported_extension(".json"));
  EXPECT_FALSE(supported_extension(".pdf"));
}

TEST(ParseDate, MetadataFormats) {
  auto iso = [](std::string_view s) { auto d = parse_date(s); return d ? d->iso() : std::string("none"); };
  EXPECT_EQ(iso("2025-03-04T09:30:00+01:00"), "2025-03-04");
  EXPECT_EQ(iso("2025-03-04 09:30:00"), "2025-03-04");
  EXPECT_EQ(iso("2025/06/11"), "2025-06-11");
  EXPECT_EQ(iso("2025-06"), "2025-06");
  EXPECT_EQ(iso("Tue, 04 Mar 2025 08:30:00 GMT"), "2025-03-04");
  EXPECT_EQ(iso("March 7, 2025"), "2025-03-07");
  EXPECT_EQ(iso("7 March 2025"), "2025-03-07");
  EXPECT_EQ(iso("2025-13-40"), "2025");
  EXPECT_EQ(iso("yesterday"), "none");
  EXPECT_EQ(iso(""), "none");
}

TEST(Html, MainTextWithoutPageFurniture) {
  const auto r = read_html("page", fixture("page.html"));
  ASSERT_TRUE(r.problems.empty());
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& d = r.documents[0];
  EXPECT_EQ(d.id, "page");
  EXPECT_TRUE(has(d.text, kFisheries)) << d.text;
  EXPECT_TRUE(has(d.text, "The two sides are expected to meet again next month"));
  // Headline first, as its own line; paragraphs apart.
  EXPECT_EQ(d.text.substr(0, d.text.find('\n')), "Fisheries");
  EXPECT_TRUE(has(d.text, "\n\nNorway and EU open fourth round of fisheries talks in Bergen\n\n"));
  for (const char* furniture : {"cookies", "Accept all", "Politics", "Search", "Share on", "Bergen harbour", "track(",
                                "Iceland", "Denmark", "Sweden", "Copyright", "About us", "Most read", "By Kari Lund",
                                "More from", "dataLayer", "font-family"})
    EXPECT_FALSE(has(d.text, furniture)) << furniture << " in:\n" << d.text;
}

TEST(Html, Metadata) {
  const Document d = read_html("page", fixture("page.html")).documents.at(0);
  EXPECT_EQ(d.title, "Norway and EU open fourth round of fisheries talks in Bergen");  // JSON-LD headline
  EXPECT_EQ(d.url, "https://nordicwire.example/2025/03/04/fisheries-talks");       // canonical over og:url
  EXPECT_EQ(d.published, "2025-03-04T09:30:00+01:00");
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->iso(), "2025-03-04");
  EXPECT_EQ(d.author, "Kari Lund");
  EXPECT_EQ(d.site, "Nordic Wire");
}

TEST(Html, WithoutArticleTheBlockWithMostParagraphText) {
  const Document d = read_html("nomain", fixture("nomain.html")).documents.at(0);
  EXPECT_TRUE(has(d.text, "Indonesia's trade minister Budi Santoso arrived in Canberra on Wednesday"));
  EXPECT_TRUE(has(d.text, "The talks are the second this year."));
  EXPECT_FALSE(has(d.text, "Subscribe"));
  EXPECT_FALSE(has(d.text, "Home"));
  EXPECT_FALSE(has(d.text, "Older stories"));
  EXPECT_EQ(d.title, "Trade envoy visits Canberra - Southern Post");  // <title>: no og:title, no h1
  EXPECT_EQ(d.published, "20250611");                                  // first date meta name
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->iso(), "2025-06-11");  // compact YYYYMMDD
}

TEST(Html, DateFromJsonLdOrTimeWhenNoMetaTag) {
  const std::string ld =
      "<html><head><script type=\"application/ld+json\">[{\"@type\": [\"ReportageNewsArticle\"], "
      "\"datePublished\": \"2024-11-02\", \"headline\": \"H\", \"mainEntityOfPage\": {\"@id\": \"https://x.example/a\"}}]"
      "</script></head><body><article><p>Text.</p></article></body></html>";
  const Document a = read_html("ld", ld).documents.at(0);
  EXPECT_EQ(a.date->iso(), "2024-11-02");
  EXPECT_EQ(a.url, "https://x.example/a");
  const Document t = read_html("t", "<article><h1>H</h1><time datetime=\"2023-05-06T10:00\">May 6</time><p>Text.</p></article>").documents.at(0);
  EXPECT_EQ(t.date->iso(), "2023-05-06");
  EXPECT_EQ(t.title, "H");
}

TEST(Html, HostileNestingAndSizeStayBounded) {
  // 200,000 nested elements (gumbo's time grows with the square of the depth): tags below depth
  // 256 are dropped before parsing, the text kept; the walks use explicit stacks.
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div><b class=\"x\">";
  deep += "<p>Deep text.</p>";
  const auto r = read_html("deep", deep);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_TRUE(has(r.documents[0].text, "Deep text."));
  // A page of nothing but markup gives a problem, not an empty article.
  const auto empty = read_html("empty", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>");
  EXPECT_TRUE(empty.documents.empty());
  ASSERT_EQ(empty.problems.size(), 1u);
  EXPECT_EQ(empty.problems[0].reason, "no text found in the page");
}

TEST(Feed, RssItemsWithHtmlDescriptions) {
  const auto r = read_feed("feed", fixture("feed.rss"));
  ASSERT_EQ(r.documents.size(), 2u);
  const Document& a = r.documents[0];
  EXPECT_EQ(a.id, "nordicwire-88213");  // guid
  EXPECT_EQ(a.url, "https://nordicwire.example/2025/03/04/fisheries-talks");
  EXPECT_EQ(a.title, "Norway and EU open fourth round of fisheries talks in Bergen");
  EXPECT_EQ(a.date->iso(), "2025-03-04");
  EXPECT_EQ(a.author, "Kari Lund");
  EXPECT_EQ(a.site, "Nordic Wire - Politics");
  EXPECT_EQ(a.line, 11);
  EXPECT_TRUE(has(a.text, std::string("Norway and EU open fourth round of fisheries talks in Bergen\n\n") + kFisheries));
  EXPECT_FALSE(has(a.text, "<p>"));
  EXPECT_FALSE(has(a.text, "alert"));
  const Document& b = r.documents[1];
  EXPECT_EQ(b.id, "https://nordicwire.example/2025/06/11/canberra");  // no guid: the link
  EXPECT_TRUE(has(b.text, "Indonesia's trade minister Budi Santoso"));  // content:encoded before description
  EXPECT_FALSE(has(b.text, "Short teaser"));
  EXPECT_FALSE(has(b.text, "lollol"));  // the DTD's entities are never expanded
  // The empty item is reported with its line.
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 26);
}

TEST(Feed, AtomEntries) {
  const auto r = read_feed("feed", fixture("feed.atom"));
  EXPECT_TRUE(r.problems.empty());
  ASSERT_EQ(r.documents.size(), 2u);
  const Document& a = r.documents[0];
  EXPECT_EQ(a.id, "tag:southernpost.example,2025:canberra-visit");
  EXPECT_EQ(a.url, "https://southernpost.example/canberra-visit");  // rel=alternate, not the enclosure
  EXPECT_EQ(a.date->iso(), "2025-06-11");                            // published, not updated
  EXPECT_EQ(a.author, "Mia Chen");
  EXPECT_EQ(a.site, "Southern Post");
  EXPECT_TRUE(has(a.text, "arrived in Canberra on Wednesday for talks on the economic partnership agreement, his office said.\n\nHe is due"));
  const Document& b = r.documents[1];
  EXPECT_EQ(b.id, "https://southernpost.example/fisheries");  // no id: the link
  EXPECT_EQ(b.date->iso(), "2025-03-05");                      // only updated
  EXPECT_TRUE(has(b.text, "Norway's chief negotiator Hilde Strand met Paolo Ricci in Bergen on Tuesday."));  // xhtml content
}

TEST(Feed, BrokenFeedKeepsTheItemsBeforeTheError) {
  std::string feed = fixture("feed.rss");
  feed = feed.substr(0, feed.find("<item>\n    <title>Trade envoy")) + "<item><title>Cut</title>\n<link>oops</item>";
  const auto r = read_feed("cut", feed);
  ASSERT_FALSE(r.problems.empty());
  EXPECT_TRUE(has(r.problems[0].reason, "not well-formed XML")) << r.problems[0].reason;
  EXPECT_EQ(r.problems[0].line, 20);
  ASSERT_GE(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "nordicwire-88213");
  const auto not_feed = read_feed("x", "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>");
  ASSERT_EQ(not_feed.problems.size(), 1u);
  EXPECT_EQ(not_feed.problems[0].line, 2);
  EXPECT_TRUE(has(not_feed.problems[0].reason, "not a feed"));
  EXPECT_TRUE(not_feed.problems[0].not_this_kind);
  EXPECT_FALSE(r.problems[0].not_this_kind);
}

TEST(JsonLines, ScraperFieldNamesAndBrokenLines) {
  const auto r = read_jsonl("articles", fixture("articles.jsonl"));
  ASSERT_EQ(r.documents.size(), 4u);
  // news-please: maintext, date_publish, url, authors, source_domain; no id → the URL.
  const Document& np = r.documents[0];
  EXPECT_EQ(np.id, "https://nordicwire.example/2025/03/04/fisheries-talks");
  EXPECT_EQ(np.date->iso(), "2025-03-04");
  EXPECT_EQ(np.author, "Kari Lund");
  EXPECT_EQ(np.site, "nordicwire.example");
  EXPECT_EQ(np.line, 1);
  EXPECT_TRUE(has(np.text, std::string("Norway and EU open fourth round of fisheries talks in Bergen\n\n") + kFisheries));
  // trafilatura: text, date, id, hostname.
  const Document& tf = r.documents[1];
  EXPECT_EQ(tf.id, "tf-42");
  EXPECT_EQ(tf.date->iso(), "2025-06-11");
  EXPECT_EQ(tf.site, "southernpost.example");
  // NewsAPI: content holding markup, publishedAt, source.name.
  const Document& na = r.documents[2];
  EXPECT_EQ(na.line, 5);
  EXPECT_EQ(na.site, "Harbour Times");
  EXPECT_EQ(na.date->iso(), "2025-03-05");
  EXPECT_TRUE(has(na.text, "Hilde Strand met Paolo Ricci in Bergen on Tuesday."));
  EXPECT_FALSE(has(na.text, "<p>"));
  EXPECT_FALSE(has(na.text, "Teaser only"));
  // newspaper3k-like: body, publish_date, headline; no id nor URL → "<stem>#<line>".
  const Document& bd = r.documents[3];
  EXPECT_EQ(bd.id, "articles#8");
  EXPECT_EQ(bd.title, "Danish minister in Beijing");
  EXPECT_EQ(bd.date->iso(), "2025-03-07");
  // The broken line, the line without text and the array, with their lines; the blank line is no problem.
  ASSERT_EQ(r.problems.size(), 3u);
  EXPECT_EQ(r.problems[0].line, 4);
  EXPECT_EQ(r.problems[0].reason, "not JSON; skipped");
  EXPECT_EQ(r.problems[1].line, 6);
  EXPECT_TRUE(has(r.problems[1].reason, "no text"));
  EXPECT_EQ(r.problems[2].line, 7);
  EXPECT_EQ(r.problems[2].reason, "not a JSON object; skipped");
}

TEST(JsonLines, HostileLines) {
  std::string deep(100000, '[');
  const auto r = read_jsonl("h", "{\"text\": \"a|b c\", \"id\": \"x|y z\"}\n" + deep + "\n{\"text\": null}\n");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "x_y_z");  // '|' separates ids in GraphML lists
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_TRUE(has(r.problems[0].reason, "nested deeper than 64 levels"));
  EXPECT_EQ(r.problems[1].line, 3);
}

}  // namespace
}  // namespace newsgraph::readers
