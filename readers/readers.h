// newsgraph readers: the stage in front of extraction. Turns the bytes of one input file into the
// articles it holds, each with its metadata (headline, URL, publication date, author, site).
//
// Contract
// - Formats: plain text (one article), HTML (one article: the page's main text, boilerplate
//   left out), RSS 2.0 / RSS 1.0 / Atom feeds (one article per item or entry) and JSON Lines
//   (one article per line). detect() picks one by extension, else by the content's first bytes.
// - Nothing is fetched, nothing is expanded: XML entities other than the five predefined and
//   numeric ones are never expanded (no DTD is read); HTML is walked without recursion, so
//   deeply nested markup costs heap, not stack.
// - Errors are values: a broken feed or a line that is not JSON becomes a Problem with its line
//   and reason; whatever could be read is still returned.
// - Pure and thread-safe: files may be read in parallel. Nothing here prints.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates.h"

namespace newsgraph::readers {

enum class Kind : std::uint8_t {
  text,   // .txt and anything not recognised
  html,   // .html, .htm, or content starting like HTML
  feed,   // .rss, .atom, .xml, or content with a feed root (<rss>, <feed>, <rdf:RDF>)
  jsonl,  // .jsonl, .ndjson, or content whose first line is a JSON object
};
inline constexpr Kind kKinds[] = {Kind::text, Kind::html, Kind::feed, Kind::jsonl};

// "text", "HTML", "RSS/Atom", "JSON Lines": the kind's name in messages.
std::string_view to_string(Kind k);

// One article found in an input, with its metadata ("" when absent).
struct Document {
  std::string id;         // article id: guid/id/URL of an item or line, else "<stem>#<line>"; the stem for one-article files
  std::string text;       // plain text: headline and paragraphs as lines, blocks apart by blank lines
  std::string title;      // headline
  std::string url;        // canonical URL or link
  std::string published;  // the publication date as written in the metadata
  std::optional<extract::Date> date;  // `published` parsed (year, month, day as written, time zone ignored)
  std::string author;     // byline
  std::string site;       // site or source name
  int line = 0;           // 1-based line of the input where the article starts
};

// Something in an input that could not be read; the rest of the input still was.
struct Problem {
  int line = 0;  // 1-based; 0 when the whole input is at fault
  std::string reason;
  bool not_this_kind = false;  // the input is not of the kind its extension says (an .xml file that is no feed)
};

struct ReadResult {
  Kind kind = Kind::text;
  std::vector<Document> documents;
  std::vector<Problem> problems;
};

// True for an extension (".html", ".jsonl", ...) whose files a folder search reads.
bool supported_extension(std::string_view ext);

// The reader for a file: by extension (`path` may have none, e.g. a pipe), else by content.
Kind detect(std::string_view path, std::string_view content);

// Reads one input. `stem` is the input's id (file name without extension, made unique by the
// caller): the id of a one-article file, and the prefix of "<stem>#<line>" ids.
ReadResult read(Kind kind, std::string_view stem, std::string_view content);
ReadResult read_html(std::string_view stem, std::string_view content);
ReadResult read_feed(std::string_view stem, std::string_view content);
ReadResult read_jsonl(std::string_view stem, std::string_view content);

// The text of an HTML fragment (a feed item's description, a JSON field holding markup): every
// block a line, scripts and styles dropped, no main-text search.
std::string html_fragment_text(std::string_view html);

// A publication date as metadata writes it: ISO 8601 ("2024-01-23T09:00:00+09:00", "2024-01"),
// RFC 822 ("Tue, 23 Jan 2024 09:00:00 GMT"), "January 23, 2024", "23 January 2024",
// "2024/01/23". nullopt when no year can be read.
std::optional<extract::Date> parse_date(std::string_view s);

}  // namespace newsgraph::readers
