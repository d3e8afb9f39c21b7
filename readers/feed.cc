// RSS 2.0, RSS 1.0 (RDF) and Atom feeds with pugixml: one article per item or entry. pugixml
// reads no DTD, so no entity but the five predefined and numeric references is ever expanded.
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <sstream>

#include "readers/common.h"
#include "readers/readers.h"

namespace newsgraph::readers {
namespace {

// The local part of an element name ("content:encoded" → "encoded" when prefix matches).
bool named(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

pugi::xml_node child(const pugi::xml_node& n, std::initializer_list<const char*> names) {
  for (const char* name : names)
    if (auto c = n.child(name)) return c;
  return {};
}

std::string text(const pugi::xml_node& n) { return n ? std::string(n.child_value()) : std::string(); }

// All character data under n (CDATA and text), for elements whose text is split by comments.
std::string all_text(const pugi::xml_node& n) {
  std::string s;
  for (auto c : n.children())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) s += c.value();
  return s;
}

// Atom content: type="xhtml" holds markup as elements, "html" as escaped text, "text" as text.
std::string atom_content(const pugi::xml_node& n) {
  const std::string type = n.attribute("type").value();
  if (type == "xhtml") {
    std::ostringstream os;
    for (auto c : n.children()) c.print(os, "", pugi::format_raw);
    return html_fragment_text(os.str());
  }
  const std::string s = all_text(n);
  return type == "html" || looks_like_html(s) ? html_fragment_text(s) : s;
}

std::string atom_link(const pugi::xml_node& entry) {
  std::string any;
  for (auto l : entry.children("link")) {
    const std::string rel = l.attribute("rel").value();
    if (rel.empty() || rel == "alternate") return l.attribute("href").value();
    if (any.empty()) any = l.attribute("href").value();
  }
  return any;
}

void finish(Document& d, std::string body) {
  d.title = squeeze(d.title);
  d.url = squeeze(d.url);
  d.published = squeeze(d.published);
  d.author = squeeze(d.author);
  set_date(d);
  d.text = std::move(body);
  if (!d.title.empty() && squeeze(d.text.substr(0, d.title.size() + 16)).rfind(d.title, 0) != 0)
    d.text = d.title + (d.text.empty() ? "" : "\n\n" + d.text);
}

}  // namespace

ReadResult read_feed(std::string_view stem, std::string_view content) {
  ReadResult r;
  r.kind = Kind::feed;
  pugi::xml_document doc;
  // parse_default reads no DOCTYPE (parse_doctype off): entity declarations are never used.
  const pugi::xml_parse_result res = doc.load_buffer(content.data(), content.size(), pugi::parse_default);
  if (!res) {
    // What was parsed before the error is kept: the items before it are still read.
    r.problems.push_back({line_at(content, static_cast<std::size_t>(res.offset)),
                          std::string("not well-formed XML: ") + res.description() + "; items after it not read"});
  }
  const pugi::xml_node root = doc.document_element();
  std::string site;
  std::vector<pugi::xml_node> items;
  if (named(root, "rss") || named(root, "rdf:RDF")) {
    const auto channel = root.child("channel");
    site = squeeze(text(channel.child("title")));
    for (auto parent : {channel, root})
      for (auto item : parent.children("item")) items.push_back(item);
  } else if (named(root, "feed")) {
    site = squeeze(all_text(root.child("title")));
    for (auto e : root.children("entry")) items.push_back(e);
  } else if (res) {
    r.problems.push_back({line_at(content, static_cast<std::size_t>(root.offset_debug())),
                          std::string("not a feed: the root element is <") + root.name() + ">, not <rss>, <feed> or <rdf:RDF>", true});
    return r;
  }
  const bool atom = named(root, "feed");
  // Items come in document order: lines are counted on from the previous item, not from the start.
  std::size_t counted = 0;
  int line = 1;
  for (const auto& item : items) {
    Document d;
    const auto offset = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(item.offset_debug(), 0)), content.size());
    if (offset < counted) counted = 0, line = 1;
    line += line_at(content.substr(counted, offset - counted), offset - counted) - 1;
    counted = offset;
    d.line = line;
    d.site = site;
    std::string body, guid;
    if (atom) {
      d.title = all_text(item.child("title"));
      d.url = atom_link(item);
      guid = text(item.child("id"));
      d.published = text(child(item, {"published", "updated", "dc:date"}));
      d.author = text(item.child("author").child("name"));
      if (auto c = child(item, {"content", "summary"})) body = atom_content(c);
    } else {
      d.title = all_text(item.child("title"));
      d.url = text(item.child("link"));
      guid = text(item.child("guid"));
      if (guid.empty()) guid = item.attribute("rdf:about").value();
      d.published = text(child(item, {"pubDate", "dc:date", "published", "updated"}));
      d.author = text(child(item, {"dc:creator", "author"}));
      if (auto c = child(item, {"content:encoded", "description"})) {
        const std::string s = all_text(c);
        body = looks_like_html(s) || s.find('<') != std::string::npos ? html_fragment_text(s) : s;
      }
    }
    d.id = item_id(guid, d.url, stem, d.line);
    finish(d, std::move(body));
    if (squeeze(d.text).empty()) {
      r.problems.push_back({d.line, "item without title or text; skipped"});
      continue;
    }
    r.documents.push_back(std::move(d));
  }
  return r;
}

}  // namespace newsgraph::readers
