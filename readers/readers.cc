#include <algorithm>
#include <array>
#include <cctype>

#include "readers/common.h"
#include "readers/readers.h"

namespace newsgraph::readers {
namespace {

bool ieq(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower((unsigned char)x) == std::tolower((unsigned char)y); });
}

std::string_view extension_of(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = name.find_last_of('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot);
}

// The content's first bytes after a byte-order mark, white space and XML comments/declarations.
std::string_view lead(std::string_view c) {
  if (c.substr(0, 3) == "\xEF\xBB\xBF") c.remove_prefix(3);
  while (!c.empty() && std::isspace((unsigned char)c.front())) c.remove_prefix(1);
  return c.substr(0, 1024);
}

bool starts_with_i(std::string_view s, std::string_view prefix) { return s.size() >= prefix.size() && ieq(s.substr(0, prefix.size()), prefix); }

// Feed root in the first KiB: "<rss", "<feed", "<rdf:RDF" after the XML declaration and comments.
bool has_feed_root(std::string_view head) {
  for (std::size_t i = 0; (i = head.find('<', i)) != std::string_view::npos; ++i) {
    const auto rest = head.substr(i + 1);
    if (rest.starts_with("?") || rest.starts_with("!")) continue;
    return rest.starts_with("rss") || rest.starts_with("feed") || rest.starts_with("rdf:RDF");
  }
  return false;
}

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

}  // namespace

std::string_view to_string(Kind k) {
  switch (k) {
    case Kind::text: return "text";
    case Kind::html: return "HTML";
    case Kind::feed: return "RSS/Atom";
    case Kind::jsonl: return "JSON Lines";
  }
  return "?";
}

bool supported_extension(std::string_view ext) {
  for (std::string_view e : {".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".ndjson"})
    if (ieq(ext, e)) return true;
  return false;
}

Kind detect(std::string_view path, std::string_view content) {
  const auto ext = extension_of(path);
  const auto head = lead(content);
  if (ieq(ext, ".txt")) return Kind::text;
  if (ieq(ext, ".html") || ieq(ext, ".htm")) return Kind::html;
  if (ieq(ext, ".rss") || ieq(ext, ".atom")) return Kind::feed;
  if (ieq(ext, ".jsonl") || ieq(ext, ".ndjson")) return Kind::jsonl;
  if (ieq(ext, ".xml")) return Kind::feed;  // the feed reader says when it holds no feed
  // No extension (a pipe), anything else: by content.
  if (head.starts_with("<") && has_feed_root(head)) return Kind::feed;
  if (starts_with_i(head, "<!doctype html") || starts_with_i(head, "<html") || starts_with_i(head, "<head") ||
      starts_with_i(head, "<!--") || starts_with_i(head, "<body") || starts_with_i(head, "<meta"))
    return Kind::html;
  if (head.starts_with("{\"")) return Kind::jsonl;
  return Kind::text;
}

ReadResult read(Kind kind, std::string_view stem, std::string_view content) {
  switch (kind) {
    case Kind::html: return read_html(stem, content);
    case Kind::feed: return read_feed(stem, content);
    case Kind::jsonl: return read_jsonl(stem, content);
    case Kind::text: break;
  }
  ReadResult r;
  Document d;
  d.id = std::string(stem);
  d.text = std::string(content);
  d.line = 1;
  r.documents.push_back(std::move(d));
  return r;
}

std::optional<extract::Date> parse_date(std::string_view s) {
  // Words and numbers, in order.
  struct Tok {
    std::string_view text;
    bool digits;
  };
  std::vector<Tok> toks;
  for (std::size_t i = 0; i < s.size() && toks.size() < 12;) {
    const unsigned char c = s[i];
    if (std::isalnum(c)) {
      const bool digits = std::isdigit(c);
      std::size_t j = i;
      while (j < s.size() && (digits ? std::isdigit((unsigned char)s[j]) : std::isalpha((unsigned char)s[j]))) ++j;
      toks.push_back({s.substr(i, j - i), digits});
      i = j;
    } else {
      ++i;
    }
  }
  auto num = [](std::string_view t) {
    int v = 0;
    for (char c : t.substr(0, 6)) v = v * 10 + (c - '0');
    return v;
  };
  auto month_of = [](std::string_view t) {
    if (t.size() < 3) return 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m)
      if (ieq(t.substr(0, 3), kMonths[m])) return static_cast<int>(m + 1);
    return 0;
  };
  extract::Date d;
  if (!toks.empty() && toks[0].digits && toks[0].text.size() == 8) {  // compact ISO: 20240123
    d.year = num(toks[0].text.substr(0, 4));
    d.month = num(toks[0].text.substr(4, 2));
    d.day = num(toks[0].text.substr(6, 2));
  } else
  // ISO: 2024-01-23, 2024/01/23, 2024-01.
  if (!toks.empty() && toks[0].digits && toks[0].text.size() == 4) {
    d.year = num(toks[0].text);
    if (toks.size() > 1 && toks[1].digits && toks[1].text.size() <= 2) {
      d.month = num(toks[1].text);
      if (toks.size() > 2 && toks[2].digits && toks[2].text.size() <= 2) d.day = num(toks[2].text);
    } else if (toks.size() > 1 && month_of(toks[1].text)) {  // 2024 Jan 23
      d.month = month_of(toks[1].text);
      if (toks.size() > 2 && toks[2].digits && toks[2].text.size() <= 2) d.day = num(toks[2].text);
    }
  } else {
    // A month name with a 4-digit year and a day of 1-2 digits anywhere: RFC 822, "January 23, 2024".
    for (const auto& t : toks) {
      if (t.digits && t.text.size() == 4 && !d.year) d.year = num(t.text);
      else if (t.digits && t.text.size() <= 2 && !d.day && !d.year) d.day = num(t.text);
      else if (!t.digits && !d.month) d.month = month_of(t.text);
    }
    if (!d.month) d.day = 0;
  }
  if (d.year < 1000 || d.year > 2999) return std::nullopt;
  if (d.month < 1 || d.month > 12) d.month = d.day = 0;
  if (d.day < 1 || d.day > 31) d.day = 0;
  return d;
}

std::string clean_id(std::string_view s) {
  std::string out;
  for (const char c : squeeze(s)) out += (c == '|' || c == ' ') ? '_' : c;
  if (out.size() > 256) out.resize(256);
  return out;
}

std::string item_id(std::string_view guid, std::string_view url, std::string_view stem, int line) {
  std::string id = clean_id(guid);
  if (id.empty()) id = clean_id(url);
  if (id.empty()) id = std::string(stem) + "#" + std::to_string(line);
  return id;
}

std::string squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

int line_at(std::string_view content, std::size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<int>(std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

void set_date(Document& doc) {
  if (!doc.published.empty()) doc.date = parse_date(doc.published);
}

int json_nesting(std::string_view line, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < line.size() && deepest <= limit; ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

bool looks_like_html(std::string_view s) {
  for (std::string_view tag : {"<p>", "<p ", "<br", "</p>", "</div>", "<div", "</a>", "<strong>", "<em>"})
    if (s.find(tag) != std::string_view::npos) return true;
  return false;
}

}  // namespace newsgraph::readers
