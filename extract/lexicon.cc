#include "extract/lexicon.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace newsgraph::extract {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (true) {
    std::size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

// The words of a class in file order (the commonest first, as written), lower case, once each.
WordSet word_set(const std::vector<std::string>& aliases) {
  WordSet set;
  for (const auto& a : aliases) {
    std::string w = lower(a);
    if (std::find(set.words.begin(), set.words.end(), w) != set.words.end()) continue;
    set.add(std::move(w));
  }
  return set;
}

}  // namespace

std::optional<LexKind> lex_kind_from(std::string_view s) {
  static const std::pair<std::string_view, LexKind> kKinds[] = {
      {"country", LexKind::country},   {"region", LexKind::region},
      {"city", LexKind::city},         {"venue", LexKind::venue},
      {"agency", LexKind::agency},     {"agreement", LexKind::agreement},
      {"title", LexKind::title},       {"ministry", LexKind::ministry},
      {"orghead", LexKind::orghead},   {"agreementhead", LexKind::agreementhead},
      {"ordinal", LexKind::ordinal},   {"clutter", LexKind::clutter},
      {"stopword", LexKind::stopword},   {"variant", LexKind::variant},
      {"nonname", LexKind::nonname},     {"placehead", LexKind::placehead},
      {"words", LexKind::words}};
  for (const auto& [name, kind] : kKinds)
    if (name == s) return kind;
  return std::nullopt;
}

std::string_view words_class_name(Words w) {
  static constexpr std::string_view kNames[] = {
#define NEWSGRAPH_WORDS_NAME(id, name) name,
      NEWSGRAPH_WORD_CLASSES(NEWSGRAPH_WORDS_NAME)
#undef NEWSGRAPH_WORDS_NAME
  };
  return kNames[static_cast<std::size_t>(w)];
}

const std::string& LexEntry::attr(std::string_view key) const {
  static const std::string kNone;
  auto it = attrs.find(key);
  return it == attrs.end() ? kNone : it->second;
}

namespace {
// atof's value, at a fraction of its cost for a plain decimal number (every place mention reads
// two): from_chars rounds to nearest as strtod does, and anything else it leaves to atof.
double to_double(const std::string& s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc() && end == s.data() + s.size()) return v;
  return std::atof(s.c_str());
}
}  // namespace

std::optional<std::pair<double, double>> LexEntry::coordinates() const {
  const std::string &lat = attr("lat"), &lon = attr("lon");
  if (lat.empty() || lon.empty()) return std::nullopt;
  return std::pair{to_double(lat), to_double(lon)};
}

std::vector<std::string> LexEntry::attr_list(std::string_view key) const {
  std::vector<std::string> out;
  const std::string v = attr(key);
  if (v.empty()) return out;
  for (auto part : split(v, '|')) {
    part = trim(part);
    if (!part.empty()) out.emplace_back(part);
  }
  return out;
}


// ---- Builder -------------------------------------------------------------------------

std::optional<LoadError> Lexicon::Builder::add_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return LoadError{path, 0, "cannot open lexicon file"};
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return LoadError{path, 0, "cannot read lexicon file"};
  return add_text(ss.str(), path);
}

std::optional<LoadError> Lexicon::Builder::add_text(std::string_view text, const std::string& origin) {
  int line_no = 0;
  for (auto line : split(text, '\n')) {
    ++line_no;
    std::string_view body = trim(line);
    if (body.empty() || body.front() == '#') continue;
    const auto fields = split(line, '\t');
    const auto fail = [&](std::string reason) { return LoadError{origin, line_no, std::move(reason)}; };
    if (fields.size() < 2) return fail("expected KIND<TAB>NAME[<TAB>ALIASES[<TAB>ATTRIBUTES]]");
    if (fields.size() > 4) return fail("more than 4 tab-separated fields");
    const auto kind = lex_kind_from(trim(fields[0]));
    if (!kind) return fail("unknown kind '" + std::string(trim(fields[0])) + "'");
    LexEntry e;
    e.kind = *kind;
    e.name = std::string(trim(fields[1]));
    if (e.name.empty()) return fail("empty NAME");
    if (fields.size() > 2)
      for (auto a : split(fields[2], '|'))
        if (!trim(a).empty()) e.aliases.emplace_back(trim(a));
    if (fields.size() > 3) {
      for (auto kv : split(fields[3], ';')) {
        kv = trim(kv);
        if (kv.empty()) continue;
        const auto eq = kv.find('=');
        if (eq == std::string_view::npos || trim(kv.substr(0, eq)).empty())
          return fail("attribute '" + std::string(kv) + "' is not key=value");
        e.attrs[std::string(trim(kv.substr(0, eq)))] = std::string(trim(kv.substr(eq + 1)));
      }
    }
    if (e.kind == LexKind::ordinal) {
      const std::string& n = e.name;
      if (n.empty() || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
          n.size() > 4)
        return fail("ordinal NAME must be a number");
    }
    if (e.kind == LexKind::city) e.attrs["curated"] = "1";  // hand-listed: trusted outside location contexts
    add(std::move(e));
  }
  return std::nullopt;
}

void Lexicon::Builder::add(LexEntry e, bool override) {
  const auto key = std::make_pair(e.kind, e.name);
  auto it = lex_.by_name_.find(key);
  if (it == lex_.by_name_.end()) {
    lex_.by_name_.emplace(key, static_cast<std::uint32_t>(lex_.entries_.size()));
    lex_.entries_.push_back(std::move(e));
    return;
  }
  LexEntry& old = lex_.entries_[it->second];
  // A world city of the same name in another country is another place ("Washington", England).
  if (!override && !old.attr("country").empty() && !e.attr("country").empty() &&
      old.attr("country") != e.attr("country"))
    return;
  for (auto& a : e.aliases)
    if (std::find(old.aliases.begin(), old.aliases.end(), a) == old.aliases.end()) old.aliases.push_back(a);
  for (auto& [k, v] : e.attrs)
    if (override || !old.attrs.count(k)) old.attrs[k] = v;
  if (override || !old.population) old.population = e.population;
}


Lexicon Lexicon::Builder::build() && {
  Lexicon& L = lex_;
  for (std::uint32_t i = 0; i < L.entries_.size(); ++i) {
    const LexEntry& e = L.entries_[i];
    switch (e.kind) {
      case LexKind::country: {
        const std::string code = e.attr("code");
        if (!code.empty()) L.country_code_.emplace(code, i);
        for (const auto& adj : e.attr_list("adj")) L.country_adj_.emplace(lower(adj), i);
        const std::string cap = e.attr("capital");
        if (!cap.empty()) L.country_capital_.emplace(lower(cap), i);
        break;
      }
      case LexKind::ordinal: {
        const int n = std::stoi(e.name);
        for (const auto& a : e.aliases) L.ordinals_.emplace(lower(a), n);
        break;
      }
      case LexKind::clutter:
        L.clutter_.insert(lower(e.name));
        for (const auto& a : e.aliases) L.clutter_.insert(lower(a));
        break;
      case LexKind::stopword:
        L.stopwords_.insert(e.name);
        for (const auto& a : e.aliases) L.stopwords_.insert(a);
        break;
      case LexKind::orghead:
        L.orgheads_.insert(lower(e.name));
        for (const auto& a : e.aliases) L.orgheads_.insert(lower(a));
        break;
      case LexKind::nonname:
        L.nonnames_.insert(e.name);
        for (const auto& a : e.aliases) L.nonnames_.insert(a);
        break;
      case LexKind::placehead: {
        const bool first = e.attr("at") == "first";
        const std::string venue = e.attr("venue");
        if (venue != "only") {
          auto& heads = first ? L.placeheads_first_ : L.placeheads_last_;
          heads.insert(e.name);
          for (const auto& a : e.aliases) heads.insert(a);
        }
        if (venue == "yes" || venue == "only") {
          auto& heads = first ? L.venueheads_first_ : L.venueheads_last_;
          heads.insert(lower(e.name));
          for (const auto& a : e.aliases) heads.insert(lower(a));
        }
        break;
      }
      case LexKind::agreementhead:
        L.agreementheads_.insert(lower(e.name));
        for (const auto& a : e.aliases) L.agreementheads_.insert(lower(a));
        break;
      case LexKind::ministry:
        for (const auto& a : e.aliases) L.ministries_.emplace(lower(a), e.name);
        L.ministries_.emplace(lower(e.name), e.name);
        break;
      case LexKind::words: {  // one entry per class: the files' lines for it are merged
        auto id = static_cast<std::uint32_t>(L.word_sets_.size());
        for (std::size_t w = 0; w < kWordClassCount; ++w)
          if (words_class_name(static_cast<Words>(w)) == e.name) id = static_cast<std::uint32_t>(w);
        if (id == L.word_sets_.size()) L.word_sets_.emplace_back();
        L.word_sets_[id] = word_set(e.aliases);
        L.word_class_ids_.emplace(e.name, id);
        break;
      }
      case LexKind::variant:
        for (const auto& a : e.aliases) L.variants_.emplace(lower(a), lower(e.name));
        break;
      case LexKind::agency:
        // An international body that sends delegations: "the EU delegation".
        for (const auto& adj : e.attr_list("adj")) L.country_adj_.emplace(lower(adj), i);
        break;
      default:
        break;
    }
    // Things that name entities (and titles, matched to find people) go in the phrase index.
    if (e.kind <= LexKind::title) {
      L.phrases_.add(i, e.name);
      for (const auto& a : e.aliases) L.phrases_.add(i, a);
    }
  }
  L.phrases_.finish();
  return std::move(lex_);
}

// ---- Queries -------------------------------------------------------------------------

std::vector<LexMatch> Lexicon::matches(const std::vector<Token>& tokens, std::size_t pos) const {
  return phrases_.matches(tokens, pos);
}

std::vector<LexMatch> Lexicon::longest(const std::vector<Token>& tokens, std::size_t pos) const {
  return longest_of(matches(tokens, pos));
}

std::vector<LexMatch> Lexicon::longest_of(const std::vector<LexMatch>& all) {
  std::uint32_t best = 0;
  for (const auto& m : all) best = std::max(best, m.length);
  std::vector<LexMatch> out;
  for (const auto& m : all)
    if (m.length == best && std::none_of(out.begin(), out.end(), [&](const LexMatch& x) { return x.entry == m.entry; }))
      out.push_back(m);
  return out;
}

const WordSet* Lexicon::word_class(std::string_view name) const {
  auto it = word_class_ids_.find(name);
  return it == word_class_ids_.end() ? nullptr : &word_sets_[it->second];
}

std::optional<std::uint32_t> Lexicon::find(LexKind kind, std::string_view phrase) const {
  // The first of longest(toks, 0) of the kind covering the whole phrase. Extraction asks this of
  // every name it builds, so the tokens go in a buffer of the thread's and no list is copied.
  thread_local std::vector<Token> toks;
  tokenize(phrase, toks);
  const auto all = matches(toks, 0);
  std::uint32_t best = 0;
  for (const auto& m : all) best = std::max(best, m.length);
  if (best != toks.size()) return std::nullopt;
  for (const auto& m : all)
    if (m.length == best && entries_[m.entry].kind == kind) return m.entry;
  return std::nullopt;
}

std::optional<std::uint32_t> Lexicon::country_by_code(std::string_view code) const {
  auto it = country_code_.find(code);
  if (it == country_code_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Lexicon::country_by_adjective(std::string_view adj) const {
  auto it = country_adj_.find(adj);
  if (it == country_adj_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Lexicon::country_by_capital(std::string_view city) const {
  auto it = country_capital_.find(city);
  if (it == country_capital_.end()) return std::nullopt;
  return it->second;
}

int Lexicon::ordinal(std::string_view word) const {
  auto it = ordinals_.find(word);
  if (it != ordinals_.end()) return it->second;
  // Digit forms: 1st, 2nd, 3rd, 10th, 21st ...
  std::size_t i = 0;
  int n = 0;
  while (i < word.size() && word[i] >= '0' && word[i] <= '9' && i < 4) n = n * 10 + (word[i++] - '0');
  if (i == 0 || i + 2 != word.size()) return 0;
  const std::string_view suffix = word.substr(i);
  return (iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") || iequals(suffix, "th")) ? n : 0;
}

bool Lexicon::is_clutter_line(std::string_view line) const {
  std::string_view t = trim(line);
  return !t.empty() && clutter_.find(t) != clutter_.end();
}

bool Lexicon::is_stopword(std::string_view word) const { return stopwords_.find(word) != stopwords_.end(); }
bool Lexicon::is_orghead(std::string_view word) const { return orgheads_.find(word) != orgheads_.end(); }

bool Lexicon::names_a_body(std::string_view name) const {
  for (const auto& t : tokenize(name))
    if (t.word && t.cap && is_orghead(t.text)) return true;
  return false;
}
bool Lexicon::is_nonname(std::string_view word) const { return nonnames_.find(word) != nonnames_.end(); }
bool Lexicon::is_placehead(std::string_view word, bool first) const {
  const auto& heads = first ? placeheads_first_ : placeheads_last_;
  return heads.find(word) != heads.end();
}
bool Lexicon::is_venuehead(std::string_view word, bool first) const {
  const auto& heads = first ? venueheads_first_ : venueheads_last_;
  return heads.find(word) != heads.end();
}
bool Lexicon::is_agreementhead(std::string_view word) const {
  return agreementheads_.find(word) != agreementheads_.end();
}

std::string Lexicon::ministry_for(std::string_view adjective) const {
  auto it = ministries_.find(adjective);
  return it == ministries_.end() ? std::string() : it->second;
}

// "Jae-won Park" → "Park Jae-won": a two-word name with a hyphenated given name written first is
// a Korean name in Western order; the key takes the family name first, as most Korean press does.
static std::string family_first(std::string_view name) {
  const auto sp = name.find(' ');
  if (sp == std::string_view::npos || name.find(' ', sp + 1) != std::string_view::npos) return std::string(name);
  const std::string_view given = name.substr(0, sp), family = name.substr(sp + 1);
  if (given.find('-') == std::string_view::npos || family.find('-') != std::string_view::npos)
    return std::string(name);
  return std::string(family) + " " + std::string(given);
}

namespace {
// "Rodríguez" → "Rodriguez", "Lajčák" → "Lajcak": Latin letters with diacritics (Latin-1 and
// Latin Extended-A, U+00C0–U+017F, two bytes in UTF-8) written as their base letter, since names
// are spelt both ways across articles.
std::string without_accents(std::string_view s) {
  static constexpr std::string_view kLatin1 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  static constexpr std::string_view kExtendedA =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlL"
      "lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  static_assert(kExtendedA.size() == 128);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c == 0xC3 && next >= 0x80 && next <= 0xBF) {
      out += kLatin1[next - 0x80];
      ++i;
    } else if ((c == 0xC4 || c == 0xC5) && next >= 0x80 && next <= 0xBF) {
      out += kExtendedA[(c - 0xC4) * 64 + (next - 0x80)];
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}
}  // namespace

std::string Lexicon::person_key(std::string_view name) const {
  std::string out;
  const std::string ordered = family_first(name);
  for (const auto& t : tokenize(ordered)) {
    if (!t.word) continue;
    std::string w;
    for (char c : lower(without_accents(t.text)))
      if (c != '-' && c != '.' && c != '\'') w += c;
    if (auto it = variants_.find(w); it != variants_.end()) w = it->second;
    if (!out.empty() && (w == "al" || w == "el")) continue;  // "Bashar al-Jaafari" is "Bashar Jaafari" too
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string Lexicon::delegation_adjective(std::uint32_t country) const {
  const auto adjs = entries_[country].attr_list("adj");
  return adjs.empty() ? entries_[country].name : adjs.front();
}

}  // namespace newsgraph::extract
