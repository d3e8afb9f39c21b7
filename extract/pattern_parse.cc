// Reading pattern files (format: data/patterns/FORMAT.md). Every mistake is refused at load time
// with the file, the line and the reason: a pattern that cannot be read, or that has no example
// of a sentence it must match and one it must not, never reaches extraction.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "extract/lexicon.h"
#include "extract/patterns.h"

namespace newsgraph::extract {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const std::size_t b = i;
    if (i < s.size() && s[i] == '"') {  // a quoted literal may hold any character but '"'
      const std::size_t close = s.find('"', i + 1);
      i = close == std::string_view::npos ? s.size() : close + 1;
      while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;  // its repetition: `")"?`
    } else {
      while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    }
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

bool is_identifier(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

std::optional<EntityType> mention_type(std::string_view s) {
  static const std::pair<std::string_view, EntityType> kTypes[] = {
      {"PERSON", EntityType::person}, {"AGENCY", EntityType::agency}, {"AGREEMENT", EntityType::agreement},
      {"ROUND", EntityType::round},   {"PLACE", EntityType::place},   {"DATE", EntityType::date}};
  for (const auto& [name, type] : kTypes)
    if (name == s) return type;
  return std::nullopt;
}

struct Failure {
  std::string reason;
};

// Reads one pattern's `match` line into items.
class MatchParser {
 public:
  MatchParser(const Lexicon& lex, Pattern& p) : lex_(lex), p_(p) {}

  void parse(std::string_view line) {
    toks_ = split_spaces(line);
    pos_ = 0;
    p_.items = sequence(false);
    if (pos_ < toks_.size()) throw Failure{"unexpected '" + std::string(toks_[pos_]) + "'"};
    if (p_.items.empty()) throw Failure{"empty match"};
  }

 private:
  const Lexicon& lex_;
  Pattern& p_;
  std::vector<std::string_view> toks_;
  std::size_t pos_ = 0;

  std::vector<PatternItem> sequence(bool in_group) {
    std::vector<PatternItem> out;
    while (pos_ < toks_.size()) {
      const std::string_view t = toks_[pos_];
      if (in_group && (t == "|" || t.front() == ')')) break;
      if (t == "|" || t.front() == ')') throw Failure{"'" + std::string(t) + "' outside a group"};
      ++pos_;
      if (t == "(") {
        out.push_back(group());
      } else if (t.size() > 2 && t.ends_with("=(") && t.front() != '"') {  // "v=( led by | under … )"
        const int c = capture(t.substr(0, t.size() - 2));
        out.push_back(group());
        out.back().capture = c;
      } else {
        out.push_back(item(t));
      }
    }
    return out;
  }

  PatternItem group() {
    PatternItem g;
    g.kind = PatternItem::Kind::group;
    for (;;) {
      g.alternatives.push_back(sequence(true));
      if (g.alternatives.back().empty()) throw Failure{"empty alternative in a group"};
      if (pos_ >= toks_.size()) throw Failure{"group not closed with ')'"};
      const std::string_view t = toks_[pos_++];
      if (t == "|") continue;
      quantifier(t.substr(1), g);
      return g;
    }
  }

  static void quantifier(std::string_view q, PatternItem& it) {
    if (q.empty()) return;
    if (q == "?") it.min = 0;
    else if (q == "*") it.min = 0, it.max = 8;
    else if (q == "+") it.max = 8;
    else throw Failure{"unknown repetition '" + std::string(q) + "' (use ?, * or +)"};
  }

  int capture(std::string_view name) {
    if (!is_identifier(name)) throw Failure{"capture name '" + std::string(name) + "' is not lower-case letters"};
    auto it = std::find(p_.captures.begin(), p_.captures.end(), name);
    if (it != p_.captures.end()) return static_cast<int>(it - p_.captures.begin());
    p_.captures.emplace_back(name);
    return static_cast<int>(p_.captures.size() - 1);
  }

  PatternItem item(std::string_view t) {
    PatternItem it;
    if (const auto eq = t.find('='); eq != std::string_view::npos && t.front() != '"' && eq > 0) {
      it.capture = capture(t.substr(0, eq));
      t.remove_prefix(eq + 1);
    }
    const bool quoted = t.front() == '"';  // `"?"` is a literal; `")"?` an optional one
    if (t.size() > 1 && (t.back() == '?' || t.back() == '*' || t.back() == '+') &&
        (!quoted || (t.size() >= 4 && t[t.size() - 2] == '"'))) {
      quantifier(t.substr(t.size() - 1), it);
      t.remove_suffix(1);
    }
    if (t.size() > 1 && t.front() == '!') {
      if (it.capture >= 0 || it.min != 1 || it.max != 1) throw Failure{"'!' negates one condition, with no capture or repetition"};
      it.negated = true;
      t.remove_prefix(1);
    }
    core(t, it);
    if (it.kind == PatternItem::Kind::name && (it.negated || it.min != 1 || it.max != 1))
      throw Failure{"NAME stands for one span: no '!' and no repetition"};
    if (it.negated && (it.kind == PatternItem::Kind::gap || it.kind == PatternItem::Kind::start))
      throw Failure{"'!' negates a word or mention condition"};
    return it;
  }

  void core(std::string_view t, PatternItem& it) {
    using K = PatternItem::Kind;
    if (t.empty()) throw Failure{"empty condition"};
    if (auto type = mention_type(t)) {
      it.kind = K::mention;
      it.type = *type;
    } else if (t == "DELEGATION") {
      it.kind = K::delegation;
      it.type = EntityType::agency;
    } else if (t == "^") {
      it.kind = K::start;
    } else if (t == "COUNTRY") {
      it.kind = K::country;
    } else if (t == "Cap") {
      it.kind = K::cap;
    } else if (t == "Num") {
      it.kind = K::num;
    } else if (t == "Word") {
      it.kind = K::word;
    } else if (t == "Any") {
      it.kind = K::any;
    } else if (t == "NAME") {
      it.kind = K::name;
    } else if (t.starts_with("..")) {
      it.kind = K::gap;
      it.min = 0;
      const std::string n(t.substr(2));
      if (n.empty() || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) || n.size() > 2)
        throw Failure{"a gap is '..N' with N from 1 to 99"};
      it.max = std::stoi(n);
    } else if (t == "ordinal") {
      it.kind = K::ordinal;
    } else if (t == "title" || t.starts_with("title:")) {
      it.kind = K::title;
      if (t.size() > 6) it.role = std::string(t.substr(6));
    } else {
      it.kind = K::words;
      std::vector<std::string> words;
      this->words(t, words);
      for (auto& w : words) it.words.add(std::move(w));
    }
  }

  // Literals and word classes joined by '|': led|headed|verb:lead.
  void words(std::string_view t, std::vector<std::string>& out) {
    if (t.front() == '"') {
      if (t.size() < 3 || t.back() != '"') throw Failure{"unclosed quote in " + std::string(t)};
      out.push_back(lower(t.substr(1, t.size() - 2)));
      return;
    }
    std::size_t b = 0;
    while (b <= t.size()) {
      std::size_t e = t.find('|', b);
      if (e == std::string_view::npos) e = t.size();
      const std::string_view w = t.substr(b, e - b);
      if (w.empty()) throw Failure{"empty word in '" + std::string(t) + "'"};
      if (w.find(':') != std::string_view::npos && w.size() > 1) {
        const auto* cls = lex_.word_class(w);
        if (!cls) throw Failure{"unknown word class '" + std::string(w) + "' (no `words` line names it)"};
        out.insert(out.end(), cls->words.begin(), cls->words.end());
      } else {
        if (std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
          throw Failure{"'" + std::string(w) + "': write literal words in lower case (they match any case)"};
        out.push_back(std::string(w));
      }
      b = e + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
};

// The entity type a capture stands for, if the match line types it (a mention or a country).
std::optional<EntityType> capture_type(const std::vector<PatternItem>& items, int capture) {
  for (const auto& it : items) {
    if (it.capture == capture) {
      if (it.kind == PatternItem::Kind::mention || it.kind == PatternItem::Kind::delegation) return it.type;
      if (it.kind == PatternItem::Kind::country) return EntityType::place;
      return std::nullopt;
    }
    for (const auto& alt : it.alternatives)
      if (auto t = capture_type(alt, capture)) return t;
  }
  return std::nullopt;
}

class FileParser {
 public:
  FileParser(const Lexicon& lex, std::string origin, std::vector<Pattern>& out)
      : lex_(lex), origin_(std::move(origin)), out_(out) {}

  std::optional<LoadError> run(std::string_view text) {
    int line_no = 0;
    std::size_t pos = 0;
    try {
      while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        ++line_no;
        line(trim(text.substr(pos, nl - pos)), line_no);
        pos = nl + 1;
      }
      finish();
    } catch (const Failure& f) {
      return LoadError{origin_, line_no_, f.reason};
    }
    return std::nullopt;
  }

 private:
  const Lexicon& lex_;
  std::string origin_;
  std::vector<Pattern>& out_;
  std::optional<Pattern> current_;
  int line_no_ = 0;
  std::vector<std::pair<std::string, int>> emit_lines_;  // checked once all captures are known

  void line(std::string_view l, int no) {
    line_no_ = no;
    if (l.empty() || l.front() == '#') return;
    const std::size_t sp = l.find_first_of(" \t");
    const std::string_view key = l.substr(0, sp);
    const std::string_view rest = sp == std::string_view::npos ? std::string_view() : trim(l.substr(sp));
    if (key == "relation") return relation(rest);
    if (key == "pattern") {
      finish();
      line_no_ = no;
      if (!is_identifier(rest)) throw Failure{"a pattern's name is lower-case words joined by '-'"};
      for (const auto& p : out_)
        if (p.name == rest) throw Failure{"pattern '" + std::string(rest) + "' already defined at " + p.file + ":" +
                                          std::to_string(p.line)};
      current_.emplace();
      current_->name = std::string(rest);
      current_->file = origin_;
      current_->line = no;
      return;
    }
    if (!current_) throw Failure{"'" + std::string(key) + "' before the first 'pattern NAME' line"};
    if (rest.empty()) throw Failure{"'" + std::string(key) + "' needs a value"};
    Pattern& p = *current_;
    if (key == "match") {
      if (!p.items.empty()) throw Failure{"a pattern has one 'match' line"};
      MatchParser(lex_, p).parse(rest);
    } else if (key == "emit") {
      emit_lines_.emplace_back(std::string(rest), no);
    } else if (key == "example" || key == "never") {
      p.examples.push_back({std::string(rest), key == "example", {}, no});
    } else if (key == "expect") {
      if (p.examples.empty() || !p.examples.back().matches) throw Failure{"'expect' follows an 'example' line"};
      p.examples.back().expected.emplace_back(rest);
    } else {
      throw Failure{"unknown line '" + std::string(key) + "' (relation, pattern, match, emit, example, expect, never)"};
    }
  }

  // relation signs: person -> agreement   (or person <-> person for a symmetric kind)
  void relation(std::string_view rest) {
    const auto toks = split_spaces(rest);
    if (toks.size() != 4 || !toks[0].ends_with(':') || (toks[2] != "->" && toks[2] != "<->"))
      throw Failure{"a relation is declared as 'relation NAME: TYPE -> TYPE'"};
    const auto from = entity_type_from(toks[1]), to = entity_type_from(toks[3]);
    if (!from || !to) throw Failure{"entity types are person, agency, agreement, round, place, date"};
    const std::string_view name = toks[0].substr(0, toks[0].size() - 1);
    if (!is_identifier(name)) throw Failure{"a relation's name is lower-case words joined by '-'"};
    auto r = declare_relation_type(name, *from, *to, toks[2] == "<->");
    if (auto* err = std::get_if<std::string>(&r)) throw Failure{*err};
  }

  PatternEnd end(const Pattern& p, std::string_view s, std::optional<EntityType>& type) {
    PatternEnd e;
    if (s.starts_with("delegation(") && s.ends_with(")")) {
      e.delegation = true;
      s = s.substr(11, s.size() - 12);
    }
    auto it = std::find(p.captures.begin(), p.captures.end(), s);
    if (it == p.captures.end()) throw Failure{"emit names no capture '" + std::string(s) + "' of the match line"};
    e.capture = static_cast<int>(it - p.captures.begin());
    type = capture_type(p.items, e.capture);
    if (e.delegation) {
      if (type != EntityType::place) throw Failure{"delegation() takes a COUNTRY capture"};
      type = EntityType::agency;
    }
    return e;
  }

  void emit(Pattern& p, std::string_view rest) {
    const auto toks = split_spaces(rest);
    PatternEmit em;
    std::optional<EntityType> from_type, to_type;
    PatternOutput output = PatternOutput::relation;
    if (toks.size() == 3 && toks[0] == "cue") {  // a cue: emit cue expiry v
      const auto* kind = std::find(std::begin(kCueKinds), std::end(kCueKinds), toks[1]);
      if (kind == std::end(kCueKinds)) {
        std::string known;
        for (const auto k : kCueKinds) known += (known.empty() ? "" : ", ") + std::string(k);
        throw Failure{"unknown cue '" + std::string(toks[1]) + "' (known: " + known + ")"};
      }
      output = PatternOutput::cue;
      em.cue = *kind;
      em.from = end(p, toks[2], from_type);
    } else if (toks.size() == 2) {  // a mention: emit AGENCY name
      const auto type = mention_type(toks[0]);
      if (!type || *type == EntityType::round || *type == EntityType::date)
        throw Failure{"a mention emitted is PERSON, AGENCY, AGREEMENT or PLACE"};
      output = PatternOutput::mention;
      em.mention = *type;
      em.from = end(p, toks[1], from_type);
      if (from_type) throw Failure{"a mention is emitted from plain words, not from a mention"};
      if (captures_name(p.items, em.from.capture)) {
        if (*type != EntityType::person) throw Failure{"the span NAME stands for is emitted as a PERSON"};
        output = PatternOutput::name;
      }
    } else {
      if (toks.size() != 4 || toks[2] != "->")
        throw Failure{"emit RELATION FROM -> TO, emit TYPE CAPTURE, or emit cue KIND CAPTURE"};
      const auto type = relation_type_from(toks[0]);
      if (!type) throw Failure{"unknown relation '" + std::string(toks[0]) + "' (declare it: relation NAME: TYPE -> TYPE)"};
      em.type = *type;
      em.from = end(p, toks[1], from_type);
      em.to = end(p, toks[3], to_type);
      const RelationSpec& spec = relation_spec(*type);
      for (const auto& [t, want, side] : {std::tuple{from_type, spec.from, "from"}, std::tuple{to_type, spec.to, "to"}})
        if (!t || *t != want)
          throw Failure{std::string(toks[0]) + " goes " + std::string(to_string(spec.from)) + " -> " +
                        std::string(to_string(spec.to)) + ": its " + side + " end must capture a mention of type " +
                        std::string(to_string(want))};
    }
    if (!p.emits.empty() && p.output != output) throw Failure{"a pattern emits one kind of thing: relations, mentions or cues"};
    p.output = output;
    p.emits.push_back(em);
  }

  // Whether `capture` is on the pattern's NAME (which finish() keeps at the top level).
  static bool captures_name(const std::vector<PatternItem>& items, int capture) {
    return std::any_of(items.begin(), items.end(),
                       [&](const PatternItem& it) { return it.kind == PatternItem::Kind::name && it.capture == capture; });
  }
  static std::size_t names_in(const std::vector<PatternItem>& items) {
    std::size_t n = 0;
    for (const auto& it : items) {
      n += it.kind == PatternItem::Kind::name;
      for (const auto& alt : it.alternatives) n += names_in(alt);
    }
    return n;
  }

  void finish() {
    if (!current_) return;
    Pattern& p = *current_;
    line_no_ = p.line;
    if (p.items.empty()) throw Failure{"pattern '" + p.name + "' has no 'match' line"};
    for (const auto& [text, no] : emit_lines_) {
      line_no_ = no;
      emit(p, text);
    }
    line_no_ = p.line;
    emit_lines_.clear();
    if (p.emits.empty()) throw Failure{"pattern '" + p.name + "' emits nothing (add an 'emit' line)"};
    // A name pattern is tried around one span: NAME once, outside any group, and the emit over it.
    const std::size_t names = names_in(p.items);
    const bool top = std::any_of(p.items.begin(), p.items.end(), [](const auto& it) { return it.kind == PatternItem::Kind::name; });
    if (names > 1 || (names == 1 && !top)) throw Failure{"NAME appears once in a pattern, outside any group"};
    if ((names == 1) != (p.output == PatternOutput::name))
      throw Failure{"a pattern with NAME emits PERSON over it (emit PERSON n, with n=NAME), and only such a pattern"};
    const bool match = std::any_of(p.examples.begin(), p.examples.end(), [](const auto& e) { return e.matches; });
    const bool never = std::any_of(p.examples.begin(), p.examples.end(), [](const auto& e) { return !e.matches; });
    if (!match || !never)
      throw Failure{"pattern '" + p.name + "' needs an 'example' it matches and a 'never' sentence it must not"};
    for (const auto& e : p.examples)
      if (e.matches && e.expected.empty()) {
        line_no_ = e.line;
        throw Failure{"an example says what it yields on an 'expect' line"};
      }
    out_.push_back(std::move(p));
    current_.reset();
  }
};

}  // namespace

std::optional<LoadError> PatternSet::add_text(std::string_view text, const std::string& origin, const Lexicon& lex) {
  const std::size_t before = patterns_.size();
  if (auto err = FileParser(lex, origin, patterns_).run(text)) {
    patterns_.resize(before);
    return err;
  }
  plan();
  return std::nullopt;
}

std::variant<Pattern, std::string> PatternSet::compile(std::string_view match_line, const Lexicon& lex) {
  Pattern p;
  try {
    MatchParser(lex, p).parse(match_line);
  } catch (const Failure& f) {
    return f.reason;
  }
  return p;
}

std::optional<LoadError> PatternSet::add_file(const std::string& path, const Lexicon& lex) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return LoadError{path, 0, "cannot read the pattern file"};
  std::ostringstream text;
  text << in.rdbuf();
  return add_text(text.str(), path, lex);
}

}  // namespace newsgraph::extract
