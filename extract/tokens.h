// Stage 3: split a sentence into tokens (words, numbers, punctuation) with byte offsets.
// Words keep inner hyphens ("Won-sam", "cost-sharing") and initialisms keep their periods
// ("U.S.", "D.C."); a possessive "'s" is a token of its own so "Seoul's" matches "Seoul".
// Tokens are views into the sentence: the sentence must outlive them. No allocation per token.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

struct Token {
  std::string_view text;
  std::uint32_t begin = 0;  // byte offset in the sentence
  bool word = false;        // letters/digits (not punctuation)
  bool cap = false;         // starts with an upper-case letter (ASCII, or a non-ASCII letter)
  bool digit = false;       // starts with a digit
  bool space_before = false;
  std::uint64_t fold = 0;   // fold_hash(text): lexicon and pattern lookups hash each word once, here
  std::uint32_t end() const { return begin + static_cast<std::uint32_t>(text.size()); }
};

// A hash of `s` that ignores ASCII case (equal for "Talks" and "talks"; other words may collide:
// equality is iequals').
std::uint64_t fold_hash(std::string_view s);

std::vector<Token> tokenize(std::string_view sentence);
void tokenize(std::string_view sentence, std::vector<Token>& out);  // reuses out's storage

// ASCII lower-casing (names here are compared case-insensitively on ASCII only).
std::string lower(std::string_view s);
// ASCII case-insensitive equality of two runs of `n` bytes.
bool iequals_bytes(const char* a, const char* b, std::size_t n);
// ASCII case-insensitive equality. Extraction calls it for nearly every token against words of
// other lengths: the size test stays inline (a compiler would not inline the loop with it, and
// paid a call for every mismatch); the bytes are compared out of line.
inline bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && iequals_bytes(a.data(), b.data(), a.size());
}
// Hashing and equality that ignore ASCII case, for sets and maps looked up with string_view
// keys (no allocation per lookup).
struct FoldHash {
  using is_transparent = void;
  // Not noexcept on purpose: libstdc++ then stores each key's hash in its node, and a lookup
  // walking a bucket compares stored hashes instead of hashing every key it passes.
  std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(fold_hash(s)); }
};
struct FoldEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return iequals(a, b); }
};
bool is_all_caps(std::string_view word);
// The number a Roman numeral in capitals stands for, written as numerals are ("XV" → 15, "XIV" →
// 14; up to 399), else 0 ("LDC", "IIII", "VX" are no numerals).
int roman_value(std::string_view word);
// The first three bytes of `w` (at least three long), ASCII-lower-cased, as one number: a cheap
// sieve before comparing a word with a list ("Wednesday" → "wed").
inline std::uint32_t folded_prefix3(std::string_view w) {
  std::uint32_t h = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = h << 8 | static_cast<unsigned char>(c);
  }
  return h;
}  // "USFK", "SMA" (at least two letters, no lower case)

// The token is the word `w`, ignoring ASCII case.
inline bool is(const Token& t, std::string_view w) { return iequals(t.text, w); }

// A set of words (a lexicon word class, or a pattern condition's alternatives): lower-case words and a mask of their lengths, so
// that is_any() turns most tokens away on their length alone (it runs for nearly every token).
struct WordSet {
  std::vector<std::string> words;  // lower case, in file order, no repeats
  std::uint64_t lengths = 0;       // bit k: a word of k bytes (63: 63 or more)
  std::uint32_t firsts = 0;        // bit k: a word whose first byte, lower-cased, is 'a' + k (31: other)
  std::vector<std::uint64_t> folds;  // fold_hash of each word: a token is compared by its hash first
  bool may_hold(std::size_t len) const { return (lengths >> (len < 63 ? len : 63)) & 1; }
  // Most tokens have the length of some word of a list: their first letter turns most of the rest away.
  static unsigned first_bit(std::string_view x) {
    if (x.empty()) return 31;
    const char c = x[0];
    if (c >= 'a' && c <= 'z') return static_cast<unsigned>(c - 'a');
    if (c >= 'A' && c <= 'Z') return static_cast<unsigned>(c - 'A');
    return 31;
  }
  void add(std::string w) {
    lengths |= std::uint64_t{1} << (w.size() < 63 ? w.size() : 63);
    firsts |= std::uint32_t{1} << first_bit(w);
    folds.push_back(fold_hash(w));
    words.push_back(std::move(w));
  }
  // `w` in any case is one of the words.
  bool holds(std::string_view w) const {
    if (!may_hold(w.size()) || !(firsts >> first_bit(w) & 1)) return false;
    for (const std::string& x : words)
      if (iequals(w, x)) return true;
    return false;
  }
  // The same for a token, whose hash the tokenizer computed.
  bool holds(const Token& t) const {
    if (!may_hold(t.text.size()) || !(firsts >> first_bit(t.text) & 1)) return false;
    for (std::size_t i = 0; i < folds.size(); ++i)
      if (folds[i] == t.fold && iequals(t.text, words[i])) return true;
    return false;
  }
  // `w` exactly, as written (lower case), is one of the words.
  bool holds_exactly(std::string_view w) const {
    if (!may_hold(w.size())) return false;
    for (const std::string& x : words)
      if (w == x) return true;
    return false;
  }
};
// The token is one of `words`, ignoring ASCII case.
inline bool is_any(const Token& t, const WordSet& words) { return words.holds(t); }

}  // namespace newsgraph::extract
