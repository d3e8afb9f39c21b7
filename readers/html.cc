// HTML: the page's main text and metadata, parsed with gumbo (an HTML5 parser that accepts any
// bytes). Every walk over the tree uses an explicit stack: nesting depth costs heap, not stack.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <utility>

#include "readers/common.h"
#include "readers/readers.h"

namespace newsgraph::readers {
namespace {

using nlohmann::json;

struct Output {
  GumboOutput* out;
  ~Output() { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

bool ieq_prefix(std::string_view s, std::size_t at, std::string_view word) {
  if (s.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[at + k])) != word[k]) return false;
  return true;
}

// Elements that never hold others, or close themselves when a sibling opens: they do not deepen.
bool flat_element(std::string_view name) {
  static constexpr std::string_view kFlat[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                               "param", "source", "track", "wbr", "p", "li", "dt", "dd", "option",
                                               "tr", "td", "th"};
  return std::any_of(std::begin(kFlat), std::end(kFlat), [&](std::string_view f) { return f == name; });
}

// Nesting depth of the markup, as its tags say (a cheap estimate, no parse). With `out`, copies
// the markup there without the tags that open or close below `limit`: the text stays, the
// depth is bounded. gumbo's time grows with the square of the depth (every tag checks the open
// elements), so 100,000 nested <div>s would take minutes.
int nesting_depth(std::string_view h, int limit, std::string* out) {
  int depth = 0, deepest = 0;
  std::size_t copied = 0;
  auto drop = [&](std::size_t from, std::size_t to) {
    if (!out) return;
    out->append(h.substr(copied, from - copied));
    copied = to;
  };
  for (std::size_t i = h.find('<'); i != std::string_view::npos && i + 1 < h.size(); i = h.find('<', i + 1)) {
    if (h.compare(i, 4, "<!--") == 0) {
      const auto e = h.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e + 2;
      continue;
    }
    const bool closing = h[i + 1] == '/';
    const std::size_t name_at = i + (closing ? 2 : 1);
    if (name_at >= h.size() || !std::isalpha(static_cast<unsigned char>(h[name_at]))) continue;
    std::size_t j = name_at;
    std::string name;
    while (j < h.size() && std::isalnum(static_cast<unsigned char>(h[j])) && name.size() < 16)
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(h[j++])));
    // The tag's end, past quoted attribute values.
    char quote = 0;
    while (j < h.size() && (quote || h[j] != '>')) {
      if (quote ? h[j] == quote : (h[j] == '"' || h[j] == '\'')) quote = quote ? 0 : h[j];
      ++j;
    }
    if (j >= h.size()) break;
    const bool self_closing = h[j - 1] == '/';
    if (closing) {
      if (flat_element(name)) continue;
      if (depth > limit) drop(i, j + 1);
      if (depth > 0) --depth;
    } else if (!self_closing && !flat_element(name)) {
      if (depth >= limit) drop(i, j + 1);
      deepest = std::max(deepest, ++depth);
    }
    // Raw text: nothing in a script or style is markup; the next tag looked at is its end tag.
    if (!closing && !self_closing && (name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp")) {
      std::size_t e = j;
      while ((e = h.find("</", e)) != std::string_view::npos && !ieq_prefix(h, e + 2, name)) e += 2;
      if (e == std::string_view::npos) break;
      j = e - 1;
    }
    i = j;
  }
  if (out) out->append(h.substr(std::min(copied, h.size())));
  return deepest;
}

GumboOutput* parse(std::string_view html) {
  constexpr int kMaxDepth = 256;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 16;  // the parse errors list is not used: keep it short
  if (nesting_depth(html, kMaxDepth, nullptr) <= kMaxDepth)
    return gumbo_parse_with_options(&options, html.data(), html.size());
  std::string flat;
  flat.reserve(html.size());
  nesting_depth(html, kMaxDepth, &flat);
  // gumbo keeps pointers into its input only while parsing: the copy may go afterwards.
  return gumbo_parse_with_options(&options, flat.data(), flat.size());
}

bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }
GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }
const GumboVector& children_of(const GumboNode* n) {
  static const GumboVector none = {nullptr, 0, 0};
  return is_element(n) || n->type == GUMBO_NODE_DOCUMENT ? n->v.element.children : none;
}
std::string_view attr(const GumboNode* n, const char* name) {
  if (!is_element(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}
std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Never text: scripts, styles, navigation, menus, forms, asides, footers, embedded frames.
bool skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
      return true;
    default:
      return false;
  }
}

// Hidden or marked as page furniture by its role.
bool hidden_or_furniture(const GumboNode* n) {
  if (!is_element(n)) return false;
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden") || attr(n, "aria-hidden") == "true") return true;
  const std::string role = lower(attr(n, "role"));
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu",
                             "menubar", "search", "toolbar"})
    if (role == r) return true;
  const std::string style = lower(attr(n, "style"));
  return style.find("display:none") != std::string::npos || style.find("display: none") != std::string::npos;
}

// class/id words that name page furniture: share bars, related links, cookie banners, menus.
bool furniture_class(const GumboNode* n) {
  static constexpr std::string_view kWords[] = {
      "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "related", "cookie", "cookies", "consent",
      "gdpr", "banner", "footer", "comments", "comment", "newsletter", "subscribe", "subscription", "promo", "ad", "ads",
      "advert", "advertisement", "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "recommended", "trending",
      "popular", "outbrain", "taboola", "sponsored", "paywall", "toolbar", "masthead", "byline"};
  for (const char* name : {"class", "id"}) {
    const std::string v = lower(attr(n, name));
    for (std::size_t i = 0; i < v.size();) {
      while (i < v.size() && !std::isalnum(static_cast<unsigned char>(v[i]))) ++i;
      std::size_t j = i;
      while (j < v.size() && std::isalnum(static_cast<unsigned char>(v[j]))) ++j;
      const std::string_view word(v.data() + i, j - i);
      for (const auto w : kWords)
        if (word == w) return true;
      i = j;
    }
  }
  return false;
}

bool block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_DL: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

// Per element, measured bottom-up once: all its text, the text inside links, the text of its <p>
// descendants and of its child <p>s (script, nav and the like not counted).
struct Measure {
  std::size_t text = 0, link_text = 0, p_text = 0, child_p_text = 0;
};
using Measures = std::unordered_map<const GumboNode*, Measure>;

Measures measure(const GumboNode* root) {
  Measures m;
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [n, done] = stack.back();
    stack.pop_back();
    if (!done) {
      if (skipped_tag(tag_of(n))) continue;
      stack.push_back({n, true});
      const auto& ch = children_of(n);
      for (unsigned i = 0; i < ch.length; ++i) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), false});
      continue;
    }
    Measure me;
    const auto& ch = children_of(n);
    for (unsigned i = 0; i < ch.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(ch.data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
        me.text += squeeze(c->v.text.text).size();
        continue;
      }
      const auto it = m.find(c);
      if (it == m.end()) continue;
      me.text += it->second.text;
      me.link_text += tag_of(c) == GUMBO_TAG_A ? it->second.text : it->second.link_text;
      me.p_text += tag_of(c) == GUMBO_TAG_P ? it->second.text : it->second.p_text;
      if (tag_of(c) == GUMBO_TAG_P) me.child_p_text += it->second.text;
    }
    m[n] = me;
  }
  return m;
}

// Walks the whole document once, element by element (pre-order), calling f(node).
template <class F>
void each_element(const GumboNode* root, F&& f) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!f(n)) continue;  // false: do not descend
    const auto& ch = children_of(n);
    for (unsigned i = ch.length; i-- > 0;) {
      const auto* c = static_cast<const GumboNode*>(ch.data[i]);
      if (is_element(c)) stack.push_back(c);
    }
  }
}

// The text of a subtree, blocks as lines; furniture left out (by class only below `root_p_text`/2
// of paragraph text, so a wrapper named "story-share" around the whole story is still read).
std::vector<std::string> lines_of(const GumboNode* root, const Measures* m, bool by_class) {
  std::vector<std::string> lines;
  std::string cur;
  auto flush = [&] {
    std::string s = squeeze(cur);
    if (!s.empty()) lines.push_back(std::move(s));
    cur.clear();
  };
  const std::size_t root_p = m && m->count(root) ? m->at(root).p_text : 0;
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [n, leaving] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      cur += n->v.text.text;
      continue;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      cur += ' ';
      continue;
    }
    if (!is_element(n)) continue;
    const GumboTag t = n->v.element.tag;
    if (leaving) {
      if (block_tag(t)) flush();
      continue;
    }
    if (n != root) {
      if (skipped_tag(t) || hidden_or_furniture(n)) continue;
      if (m) {
        const auto it = m->find(n);
        if (it != m->end()) {
          const Measure& me = it->second;
          if (by_class && furniture_class(n) && me.p_text * 2 < root_p + 1) continue;
          // A list of links (related stories, tags, "more from"): its text is mostly link text.
          if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && me.text > 0 && me.link_text * 10 >= me.text * 8) continue;
        }
      }
    }
    if (block_tag(t)) flush();
    stack.push_back({n, true});
    const auto& ch = children_of(n);
    for (unsigned i = ch.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), false});
  }
  flush();
  return lines;
}

std::string text_of(const GumboNode* n) {
  std::string s;
  for (const auto& l : lines_of(n, nullptr, false)) s += (s.empty() ? "" : " ") + l;
  return s;
}

// JSON-LD: the first object typed as a news article (also inside "@graph" and arrays).
bool article_type(const json& t) {
  static constexpr std::string_view kTypes[] = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                                "BlogPosting", "OpinionNewsArticle", "BackgroundNewsArticle"};
  if (t.is_array()) return std::any_of(t.begin(), t.end(), [](const json& e) { return article_type(e); });
  if (!t.is_string()) return false;
  const auto s = t.get<std::string>();
  return std::any_of(std::begin(kTypes), std::end(kTypes), [&](std::string_view k) { return s == k; });
}

const json* find_article(const json& j) {
  std::vector<const json*> stack{&j};
  while (!stack.empty()) {
    const json* v = stack.back();
    stack.pop_back();
    if (v->is_object()) {
      const auto t = v->find("@type");
      if (t != v->end() && article_type(*t)) return v;
      const auto g = v->find("@graph");
      if (g != v->end()) stack.push_back(&*g);
    } else if (v->is_array()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back(&*it);
    }
  }
  return nullptr;
}

std::string ld_text(const json& obj, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end()) return {};
  const json* v = &*it;
  if (v->is_array() && !v->empty()) v = &(*v)[0];
  if (v->is_object()) {
    for (const char* k : {"name", "@id", "url"}) {
      const auto n = v->find(k);
      if (n != v->end() && n->is_string()) return n->get<std::string>();
    }
    return {};
  }
  return v->is_string() ? v->get<std::string>() : std::string();
}

struct Meta {
  std::string og_title, h1, title, ld_headline;
  std::string published_time, ld_date, time_datetime, date_meta;
  std::string author, ld_author;
  std::string canonical, og_url, ld_url;
  std::string site, ld_site;
};

void read_meta(const GumboNode* doc, Meta& meta, const GumboNode*& h1_node) {
  static constexpr std::string_view kDateNames[] = {
      "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created",
      "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time",
      "datepublished", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime"};
  auto set = [](std::string& field, std::string_view v) {
    if (field.empty()) field = squeeze(v);
  };
  each_element(doc, [&](const GumboNode* n) {
    switch (tag_of(n)) {
      case GUMBO_TAG_META: {
        const std::string key = lower(!attr(n, "property").empty() ? attr(n, "property")
                                      : !attr(n, "name").empty()   ? attr(n, "name")
                                                                   : attr(n, "itemprop"));
        const auto content = attr(n, "content");
        if (key == "og:title") set(meta.og_title, content);
        else if (key == "article:published_time") set(meta.published_time, content);
        else if (key == "og:url") set(meta.og_url, content);
        else if (key == "og:site_name" || key == "application-name") set(meta.site, content);
        else if (key == "author" || key == "article:author" || key == "byl" || key == "dc.creator") set(meta.author, content);
        else if (std::any_of(std::begin(kDateNames), std::end(kDateNames), [&](std::string_view d) { return key == d; }))
          set(meta.date_meta, content);
        return false;
      }
      case GUMBO_TAG_LINK:
        if (lower(attr(n, "rel")) == "canonical") set(meta.canonical, attr(n, "href"));
        return false;
      case GUMBO_TAG_TITLE:
        set(meta.title, text_of(n));
        return false;
      case GUMBO_TAG_H1:
        if (meta.h1.empty()) {
          set(meta.h1, text_of(n));
          if (!meta.h1.empty()) h1_node = n;
        }
        return false;
      case GUMBO_TAG_TIME:
        if (!hidden_or_furniture(n)) set(meta.time_datetime, attr(n, "datetime"));
        return true;
      case GUMBO_TAG_SCRIPT: {
        if (lower(attr(n, "type")) != "application/ld+json" || !meta.ld_date.empty()) return false;
        std::string body;
        const auto& ch = children_of(n);
        for (unsigned i = 0; i < ch.length; ++i) {
          const auto* c = static_cast<const GumboNode*>(ch.data[i]);
          if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) body += c->v.text.text;
        }
        if (json_nesting(body, 64) > 64) return false;
        const json j = json::parse(body, nullptr, false);
        if (j.is_discarded()) return false;
        if (const json* a = find_article(j)) {
          set(meta.ld_headline, ld_text(*a, "headline"));
          set(meta.ld_date, ld_text(*a, "datePublished"));
          set(meta.ld_author, ld_text(*a, "author"));
          set(meta.ld_url, ld_text(*a, "url"));
          if (meta.ld_url.empty()) set(meta.ld_url, ld_text(*a, "mainEntityOfPage"));
          set(meta.ld_site, ld_text(*a, "publisher"));
        }
        return false;
      }
      default:
        return !skipped_tag(tag_of(n)) || tag_of(n) == GUMBO_TAG_HEAD;
    }
  });
}

const std::string& first_of(std::initializer_list<const std::string*> fields) {
  static const std::string none;
  for (const auto* f : fields)
    if (!f->empty()) return *f;
  return none;
}

// The element holding the article: the <article> with most paragraph text, else <main> (or
// role=main), else the element with the most text in its own child paragraphs, else <body>.
const GumboNode* main_block(const GumboNode* doc, const GumboNode* body, const Measures& m) {
  const GumboNode *article = nullptr, *main = nullptr, *dense = nullptr;
  std::size_t article_p = 0, dense_p = 0;
  each_element(doc, [&](const GumboNode* n) {
    if (skipped_tag(tag_of(n)) || hidden_or_furniture(n)) return false;
    const auto it = m.find(n);
    if (it == m.end()) return false;
    if (tag_of(n) == GUMBO_TAG_ARTICLE && it->second.p_text > article_p) {
      article = n;
      article_p = it->second.p_text;
    }
    if (!main && (tag_of(n) == GUMBO_TAG_MAIN || lower(attr(n, "role")) == "main")) main = n;
    if (it->second.child_p_text > dense_p) {
      dense = n;
      dense_p = it->second.child_p_text;
    }
    return true;
  });
  if (article) return article;
  if (main) return main;
  if (dense) return dense;
  return body;
}

const GumboNode* body_of(const GumboOutput* out) {
  const GumboNode* body = out->root;
  each_element(out->root, [&](const GumboNode* n) {
    if (tag_of(n) == GUMBO_TAG_BODY) body = n;
    return tag_of(n) == GUMBO_TAG_HTML;
  });
  return body;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += "\n\n";
    out += l;
  }
  return out;
}

}  // namespace

std::string html_fragment_text(std::string_view html) {
  Output out{parse(html)};
  return joined(lines_of(body_of(out.out), nullptr, false));
}

ReadResult read_html(std::string_view stem, std::string_view content) {
  ReadResult r;
  r.kind = Kind::html;
  Output out{parse(content)};
  Meta meta;
  const GumboNode* h1 = nullptr;
  read_meta(out.out->root, meta, h1);
  const Measures m = measure(out.out->root);
  const GumboNode* root = main_block(out.out->root, body_of(out.out), m);

  Document d;
  d.id = std::string(stem);
  d.line = 1;
  d.title = first_of({&meta.ld_headline, &meta.og_title, &meta.h1, &meta.title});
  d.published = first_of({&meta.published_time, &meta.ld_date, &meta.time_datetime, &meta.date_meta});
  d.author = first_of({&meta.author, &meta.ld_author});
  d.url = first_of({&meta.canonical, &meta.og_url, &meta.ld_url});
  d.site = first_of({&meta.site, &meta.ld_site});
  set_date(d);
  std::vector<std::string> lines = lines_of(root, &m, true);
  // The headline heads the text, as in a saved .txt article, when the main block left it out.
  const std::string& headline = meta.h1.empty() ? d.title : meta.h1;
  const auto head_end = lines.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(lines.size(), 3));
  if (!headline.empty() && std::find(lines.begin(), head_end, headline) == head_end) lines.insert(lines.begin(), headline);
  d.text = joined(lines);
  if (squeeze(d.text).empty()) {
    r.problems.push_back({0, "no text found in the page"});
    return r;
  }
  r.documents.push_back(std::move(d));
  return r;
}

}  // namespace newsgraph::readers
