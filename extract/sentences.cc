#include "extract/sentences.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsgraph::extract {
namespace {

// Common English abbreviations that take a period; compared case-sensitively, without it.
constexpr std::array<std::string_view, 44> kAbbreviations = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Rep",
    "Sen", "Gov", "Amb", "St", "Mt", "No", "Nos", "Inc", "Co", "Corp", "Ltd", "Jr", "Sr",
    "vs", "etc", "approx", "Ave", "Blvd", "Fig"};

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

std::string_view trim(std::string_view s, std::size_t& offset) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '\n')) { s.remove_prefix(1); ++offset; }
  while (!s.empty() && (is_space(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// Word ending just before position `dot` (exclusive), including inner periods ("U.S").
std::string_view word_before(std::string_view line, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && !is_space(line[b - 1]) && line[b - 1] != '(' && line[b - 1] != '"') --b;
  return line.substr(b, dot - b + 1);
}

// Sentences longer than this are cut at a space: real sentences are far shorter, and every later
// stage is then bounded per piece (a 100 MB line without punctuation stays linear).
constexpr std::size_t kMaxSentence = 2000;

void push(std::string_view s, std::size_t offset, std::vector<Sentence>& out) {
  while (s.size() > kMaxSentence) {
    std::size_t cut = s.rfind(' ', kMaxSentence);
    if (cut == std::string_view::npos || cut == 0) cut = kMaxSentence;
    // never cut inside a UTF-8 sequence
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    if (cut == 0) cut = kMaxSentence;
    std::size_t off = offset;
    auto head = trim(s.substr(0, cut), off);
    if (!head.empty()) out.push_back({head, off});
    offset += cut;
    s.remove_prefix(cut);
    std::size_t off2 = offset;
    s = trim(s, off2);
    offset = off2;
  }
  if (!s.empty()) out.push_back({s, offset});
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Scraped text that lost the space after a full stop: "said Friday.The third session",
// "the Korean Peninsula.Seoul's". A lower-case word ending at the period and a capitalised word
// glued to it; not "U.S.The" (an initialism) nor "yonhap.co.kr".
bool glued_sentence(std::string_view line, std::size_t dot) {
  if (dot < 3 || dot + 2 >= line.size()) return false;
  const bool decade = line[dot - 1] == 's' && line[dot - 2] >= '0' && line[dot - 2] <= '9';  // "1990s.Seoul"
  if (!is_lower(line[dot - 1]) || !(is_lower(line[dot - 2]) || decade) || !is_upper(line[dot + 1]) ||
      !is_lower(line[dot + 2]))
    return false;
  return !is_abbreviation(word_before(line, dot));
}

void split_line(std::string_view line, std::size_t line_offset, std::vector<Sentence>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c != '.' && c != '?' && c != '!') continue;
    std::size_t end = i + 1;
    while (end < line.size() && is_closer(line[end])) ++end;
    if (c == '.' && end == i + 1 && glued_sentence(line, i)) {
      std::size_t off = line_offset + start;
      push(trim(line.substr(start, end - start), off), off, out);
      start = end;
      continue;
    }
    if (end >= line.size() || !is_space(line[end])) continue;
    std::size_t next = end;
    while (next < line.size() && is_space(line[next])) ++next;
    if (next >= line.size()) continue;
    const char n = line[next];
    if (!(is_upper(n) || std::isdigit(static_cast<unsigned char>(n)) || n == '"' || n == '\'' ||
          static_cast<unsigned char>(n) >= 0x80))
      continue;
    if (c == '.' && end == i + 1 && is_abbreviation(word_before(line, i))) continue;
    std::size_t off = line_offset + start;
    auto s = trim(line.substr(start, end - start), off);
    push(s, off, out);
    start = end;
  }
  std::size_t off = line_offset + start;
  auto s = trim(line.substr(start), off);
  push(s, off, out);
}

}  // namespace

bool is_abbreviation(std::string_view w) {
  if (w.empty() || w.back() != '.') return false;
  w.remove_suffix(1);
  while (!w.empty() && (w.front() == '(' || w.front() == '"')) w.remove_prefix(1);
  if (w.empty()) return false;
  if (w.size() == 1 && is_upper(w[0])) return true;        // an initial: "J."
  if (w.find('.') != std::string_view::npos) return true;  // "U.S", "D.C", "e.g"
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end();
}

namespace {

// Whether a line ends a sentence or stands alone (a headline, a credit in parentheses).
bool ends_sentence(std::string_view line) {
  while (!line.empty() && (is_space(line.back()) || line.back() == '\r')) line.remove_suffix(1);
  if (line.empty()) return true;
  const char c = line.back();
  return c == '.' || c == '?' || c == '!' || c == ':' || c == ')' || c == '"' || c == ';' ||
         static_cast<unsigned char>(c) >= 0x80;  // a closing curly quote
}

// Hard-wrapped text (wire copy: "U.S. Trade Representative Michael\nFroman and …"): most lines
// are short and break mid-sentence. Then a line break inside a paragraph is a space.
bool hard_wrapped(std::string_view text) {
  std::size_t lines = 0, broken = 0, pos = 0;
  bool prev_open = false;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    if (line.size() > 100) return false;  // long lines: one paragraph a line
    if (!line.empty()) {
      ++lines;
      broken += prev_open;
      prev_open = !ends_sentence(line);
    } else {
      prev_open = false;
    }
    pos = nl + 1;
  }
  return lines >= 8 && broken * 2 >= lines;
}

}  // namespace

void unwrap_hard_wrapped(std::string& text) {
  if (!hard_wrapped(text)) return;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) break;
    // a wrapped line runs on into the next non-empty one
    if (nl + 1 < text.size() && text[nl + 1] != '\n' && text[nl + 1] != '\r' &&
        !ends_sentence(std::string_view(text).substr(pos, nl - pos)))
      text[nl] = ' ';
    pos = nl + 1;
  }
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    split_line(text.substr(pos, nl - pos), pos, out);
    pos = nl + 1;
  }
  return out;
}

}  // namespace newsgraph::extract
