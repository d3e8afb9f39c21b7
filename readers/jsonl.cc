// JSON Lines: one article per line, with the field names common scrapers and news APIs write
// (news-please, trafilatura, newspaper3k, NewsAPI exports).
#include <nlohmann/json.hpp>

#include "readers/common.h"
#include "readers/readers.h"

namespace newsgraph::readers {
namespace {

using nlohmann::json;

// Accepted names, first found wins (README, "Inputs").
constexpr std::string_view kTextFields[] = {"text", "maintext", "content", "body", "article", "full_text", "description"};
constexpr std::string_view kTitleFields[] = {"title", "headline"};
constexpr std::string_view kDateFields[] = {"date", "published", "date_publish", "publish_date", "publishedAt",
                                            "published_at", "pubDate", "datePublished"};
constexpr std::string_view kUrlFields[] = {"url", "link", "source_url", "canonical_url"};
constexpr std::string_view kIdFields[] = {"id", "guid", "uuid", "_id"};
constexpr std::string_view kAuthorFields[] = {"author", "authors", "byline"};
constexpr std::string_view kSiteFields[] = {"source_domain", "sitename", "hostname", "source", "site"};

// A field's value as text: strings as they are, numbers written out, arrays of strings joined,
// {"name": ...} objects (NewsAPI's source and authors) by their name.
std::string as_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_object()) {
    const auto it = v.find("name");
    return it != v.end() && it->is_string() ? it->get<std::string>() : std::string();
  }
  if (v.is_array()) {
    std::string out;
    for (const auto& e : v) {
      const std::string s = as_text(e);
      if (s.empty()) continue;
      if (!out.empty()) out += ", ";
      out += s;
    }
    return out;
  }
  return {};
}

template <std::size_t N>
std::string first_field(const json& obj, const std::string_view (&names)[N]) {
  for (const auto name : names) {
    const auto it = obj.find(name);
    if (it == obj.end()) continue;
    std::string s = as_text(*it);
    if (!squeeze(s).empty()) return s;
  }
  return {};
}

}  // namespace

ReadResult read_jsonl(std::string_view stem, std::string_view content) {
  constexpr int kMaxNesting = 64;
  ReadResult r;
  r.kind = Kind::jsonl;
  int line_no = 0;
  for (std::size_t pos = 0; pos < content.size();) {
    const auto nl = content.find('\n', pos);
    const auto end = nl == std::string_view::npos ? content.size() : nl;
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (squeeze(line).empty()) continue;
    if (json_nesting(line, kMaxNesting) > kMaxNesting) {
      r.problems.push_back({line_no, "nested deeper than " + std::to_string(kMaxNesting) + " levels; skipped"});
      continue;
    }
    json obj = json::parse(line, nullptr, false);
    if (obj.is_discarded()) {
      r.problems.push_back({line_no, "not JSON; skipped"});
      continue;
    }
    if (!obj.is_object()) {
      r.problems.push_back({line_no, "not a JSON object; skipped"});
      continue;
    }
    Document d;
    d.line = line_no;
    d.text = first_field(obj, kTextFields);
    if (squeeze(d.text).empty()) {
      r.problems.push_back({line_no, "no text (fields text, maintext, content, body, article, full_text, description); skipped"});
      continue;
    }
    if (looks_like_html(d.text)) d.text = html_fragment_text(d.text);
    d.title = squeeze(first_field(obj, kTitleFields));
    d.published = squeeze(first_field(obj, kDateFields));
    d.url = squeeze(first_field(obj, kUrlFields));
    d.author = squeeze(first_field(obj, kAuthorFields));
    d.site = squeeze(first_field(obj, kSiteFields));
    d.id = item_id(first_field(obj, kIdFields), d.url, stem, line_no);
    set_date(d);
    // The headline heads the text, as on a page, unless the text already starts with it.
    if (!d.title.empty() && squeeze(d.text.substr(0, d.title.size() + 16)).rfind(d.title, 0) != 0)
      d.text = d.title + "\n\n" + d.text;
    r.documents.push_back(std::move(d));
  }
  return r;
}

}  // namespace newsgraph::readers
