#include "extract/recognise_abbreviations.h"

#include <algorithm>
#include <cctype>

namespace newsgraph::extract::recognise {

// "the Inter-American Conference on Social Security (ISSC)": a name of three words or more
// that the text abbreviates in brackets, each capital of the abbreviation an initial of the name
// (in any order: names translated keep the original's), is a body.
bool AbbreviationRules::defined_body(std::size_t b, std::size_t e) {
  if (e + 2 >= n() || t_[e].text != "(" || t_[e + 2].text != ")" || !is_all_caps(t_[e + 1].text)) return false;
  const std::string_view abbr = t_[e + 1].text;
  if (abbr.size() < 3 || abbr.size() > 6) return false;
  // a meeting is no body ("Border Personnel Meeting (BPM) point")
  if (is_any(t_[e - 1], lex_.words(Words::meeting_names)) || (e + 3 < n() && t_[e + 3].word && !t_[e + 3].cap &&
                                     lex_.is_placehead(t_[e + 3].text, false)))
    return false;
  std::string initials;
  std::size_t words = 0;
  for (std::size_t k = b; k < e; ++k)
    if (t_[k].cap && t_[k].word) initials += t_[k].text[0], words += t_[k].space_before || k == b;
  if (words < 3 || ctx_.people.count(std::string(span_text(s_, b, e)))) return false;
  // a body says so by a head word ("Conference", "Commission", "Mechanism"): a policy, a right,
  // a line or a dam abbreviated the same way is none ("Common Agricultural Policy (CAP)")
  bool body = false;
  for (std::size_t k = b; k < e && !body; ++k) body = lex_.is_orghead(t_[k].text) || is(t_[k], "Conference");
  if (!body) return false;
  for (char c : abbr) {
    const auto at = initials.find(c);
    if (at == std::string::npos) return false;
    initials.erase(at, 1);
  }
  Mention m;
  m.type = EntityType::agency;
  m.name = std::string(span_text(s_, b, e));
  add(std::move(m), b, e);
  abbreviation_after(s_.mentions.back(), e);
  return true;
}

namespace {
// An abbreviation's shape: two to six capital letters ("UAW", "JRC"), nothing else.
bool capital_letters(std::string_view w) {
  return w.size() >= 2 && w.size() <= 6 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
// The capitals of a word ("INC-4" → "INC").
std::string capitals_of(std::string_view w) {
  std::string out;
  for (char c : w)
    if (c >= 'A' && c <= 'Z') out += c;
  return out;
}

// Whether `letters` are the initials of `name`'s words: each capitalised word gives its first
// letter, a lower-case one ("of", "and") may or may not ("JCPOA": Joint Comprehensive Plan of
// Action).
bool abbreviates(std::string_view letters, std::string_view name) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  if (name.empty()) return letters.empty();
  std::size_t end = name.find_first_of(" -");
  if (end == std::string_view::npos) end = name.size();
  const char first = name.front();
  const std::string_view rest = name.substr(end == name.size() ? end : end + 1);
  const bool capital = first >= 'A' && first <= 'Z';
  if (!letters.empty() && std::toupper(static_cast<unsigned char>(first)) == letters.front() &&
      abbreviates(letters.substr(1), rest))
    return true;
  return !capital && abbreviates(letters, rest);
}
}  // namespace

// An undefined abbreviation at token k standing for a body named before (by its initials).
bool AbbreviationRules::initials_body(std::size_t k) {
  const std::string_view w = t_[k].text;
  if (!capital_letters(w)) return false;
  auto it = ctx_.initials.find(std::string(w));
  if (it == ctx_.initials.end() || it->second.empty() || !longest_at(k).empty()) return false;
  Mention m;
  m.type = EntityType::agency;
  m.name = it->second;
  add(std::move(m), k, k + 1);
  return true;
}

// "UAW President Dennis Williams", "WGA chief negotiator Ellen Stutzman": an abbreviation no
// lexicon knows, right before the title of a named person, is the body that person works for.
bool AbbreviationRules::body_before_title(std::size_t k) {
  const std::string_view w = t_[k].text;
  if (!capital_letters(w)) return false;
  // a roman numeral is a number ("XIV Corps"); a glued token is part of a longer word
  if (std::all_of(w.begin(), w.end(), [](char c) { return std::string_view("IVXLCDM").find(c) != std::string_view::npos; }))
    return false;
  if (k + 2 >= n() || !t_[k + 1].space_before || !longest_at(k).empty()) return false;
  for (const auto& lm : matches_at(k + 1)) {
    const LexEntry& title = lex_.entry(lm.entry);
    const std::size_t name = k + 1 + lm.length;
    if (title.kind != LexKind::title || title.attr("role") == "honorific" || name >= n() || !t_[name].cap || !t_[name].word)
      continue;
    Mention m;
    m.type = EntityType::agency;
    m.name = std::string(w);
    add(std::move(m), k, k + 1);
    return true;
  }
  return false;
}

// "Special Measures Agreement (SMA)", "Status of Forces Agreement, or SOFA,"
void AbbreviationRules::abbreviation_after(const Mention& m, std::size_t e) {
  std::size_t k = e;
  if (k + 1 < n() && t_[k].text == "(") {
    ++k;
    // "New Strategic Arms Treaty (New START)": a known abbreviation gives the lexicon's name.
    if (m.type == EntityType::agency || m.type == EntityType::agreement) {
      const LexKind kind = m.type == EntityType::agency ? LexKind::agency : LexKind::agreement;
      for (const auto& lm : matches_at(k)) {
        const LexEntry& entry = lex_.entry(lm.entry);
        if (entry.kind != kind || k + lm.length >= n() || t_[k + lm.length].text != ")") continue;
        Mention& own = s_.mentions.back();
        if (&own != &m || own.name == entry.name) break;
        if (own.ordinal > 0) own.name = ordinal_suffix(own.ordinal) + " " + entry.name;
        else own.name = entry.name;
        own.series = kind == LexKind::agreement ? entry.name : own.series;
        return;  // the lexicon match itself is found by the walk
      }
    }
    k = e;
  }
  if (k + 2 < n() && t_[k].text == "(" && t_[k + 2].text == ")") {
    ++k;
  } else if (k + 2 < n() && t_[k].text == "," && is(t_[k + 1], "or")) {
    k += 2;
  } else {
    return;
  }
  const Token& abbr = t_[k];
  if (!abbr.cap || abbr.text.size() < 2 || abbr.text.size() > 12) return;
  int caps = 0;
  for (char c : abbr.text) caps += (c >= 'A' && c <= 'Z');
  if (caps < 2) return;
  // "the Joint Commission of the Joint Comprehensive Plan of Action (JCPOA)": the initials of
  // the name after "of" only are that name's abbreviation, not the body's
  const std::string letters = capitals_of(abbr.text);
  for (auto of = m.name.find(" of "); of != std::string::npos; of = m.name.find(" of ", of + 1))
    if (abbreviates(letters, std::string_view(m.name).substr(of + 4)) && !abbreviates(letters, m.name)) return;
  Mention copy = m;
  if (copy.type == EntityType::agreement && copy.ordinal > 0) {
    // "the 12th Special Measures Agreement (SMA)": the abbreviation names the series.
    copy.name = copy.series;
    copy.ordinal = 0;
  }
  copy.surface = std::string(abbr.text);
  ctx_.abbreviations[copy.surface] = copy;
  if (!used_[k]) add(std::move(copy), k, k + 1);
}

// "the Farc, or Revolutionary Armed Forces of Colombia": a short form written before the body's
// name and ", or", each of its letters an initial of the name (in any order: names translated
// keep the original's), stands for the body here and later in the article.
void AbbreviationRules::abbreviation_before(const Mention& m, std::size_t b) {
  if (b < 3 || !is(t_[b - 1], "or") || t_[b - 2].text != ",") return;
  const std::size_t k = b - 3;
  const std::string_view w = t_[k].text;
  if (!t_[k].cap || !t_[k].word || w.size() < 3 || w.size() > 6 || !free(k, k + 1)) return;
  std::string initials;
  for (const auto& t : tokenize(m.name))
    if (t.word && t.cap) initials += t.text[0];
  for (char c : w) {
    const auto at = initials.find(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (at == std::string::npos) return;
    initials.erase(at, 1);
  }
  Mention copy = m;
  copy.surface = std::string(w);
  ctx_.abbreviations[copy.surface] = copy;
  add(std::move(copy), k, k + 1);
}

}  // namespace newsgraph::extract::recognise
