#include "extract/tokens.h"

#include <array>
#include <cstring>

namespace newsgraph::extract {
namespace {

// Letters, digits and every byte of a non-ASCII character, as a table: tested for every byte.
constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  return t;
}();
bool alnum(unsigned char c) { return kAlnum[c]; }
bool upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool letter(unsigned char c) { return (c >= 'a' && c <= 'z') || upper(c); }

// Length of an initialism such as "U.S.", "D.C." or the "S." of "S.Korea" at s[i] (0 if none).
std::size_t initialism(std::string_view s, std::size_t i) {
  std::size_t j = i;
  int pairs = 0;
  while (j + 1 < s.size() && letter(static_cast<unsigned char>(s[j])) && s[j + 1] == '.') {
    j += 2;
    ++pairs;
  }
  if (pairs == 0) return 0;
  if (pairs == 1 && !upper(static_cast<unsigned char>(s[i]))) return 0;  // "a." is no initialism
  return j - i;
}

// True when a non-ASCII UTF-8 sequence at s[i] is an upper-case Latin letter (À-Þ range).
bool non_ascii_upper(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 != 0xC3 || i + 1 >= s.size()) return false;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  return b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97;
}

}  // namespace

bool iequals_bytes(const char* a, const char* b, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    char x = a[i], y = b[i];
    if (x == y) continue;
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::uint64_t fold_hash(std::string_view s) {
  // Eight bytes at a time with bit 5 set in each: upper-case ASCII letters hash as lower case.
  // Some other bytes fold together too ('@' and '`'), which only costs a comparison.
  constexpr std::uint64_t kFold = 0x2020202020202020ull, kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = s.size() * kMul;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ (w | kFold)) * kMul;
    h ^= h >> 29;
  }
  if (i < s.size()) {
    // The last bytes one by one, as a little-endian load would place them: a memcpy of a
    // variable length is a library call, paid for nearly every token.
    std::uint64_t w = 0;
    for (std::size_t k = i; k < s.size(); ++k) w |= std::uint64_t{static_cast<unsigned char>(s[k])} << (8 * (k - i));
    h = (h ^ (w | (kFold >> (8 * (8 - (s.size() - i)))))) * kMul;
    h ^= h >> 29;
  }
  return h;
}

void tokenize(std::string_view s, std::vector<Token>& out) {
  out.clear();
  // Words and their spaces average five bytes or more: room for a sentence's tokens at once
  // instead of growing the vector six or seven times per sentence.
  out.reserve(s.size() / 4 + 4);
  std::size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t') { space = true; ++i; continue; }
    Token t;
    t.begin = static_cast<std::uint32_t>(i);
    t.space_before = space;
    space = false;
    std::size_t len = initialism(s, i);
    if (len == 0 && c == '\'' && i + 1 < s.size() && (s[i + 1] == 's' || s[i + 1] == 'S') &&
        (i + 2 >= s.size() || !alnum(static_cast<unsigned char>(s[i + 2])))) {
      len = 2;  // possessive
    }
    if (len == 0 && alnum(c)) {
      std::size_t j = i;
      while (j < s.size()) {
        while (j < s.size() && alnum(static_cast<unsigned char>(s[j]))) ++j;
        if (j == s.size()) break;
        const auto d = static_cast<unsigned char>(s[j]);
        // inner hyphen, ampersand-free joiners: "Won-sam", "1,000", "3.5"
        // Inner hyphen: "Won-sam", "cost-sharing". Before a capital it splits ("Korea-U.S.",
        // "EU-Japan", "Gi-Jae") so each part can match a lexicon entry of its own.
        if ((d == '-' || d == '/') && j + 1 < s.size() && alnum(static_cast<unsigned char>(s[j + 1])) &&
            j > i && !upper(static_cast<unsigned char>(s[j + 1]))) { ++j; continue; }
        if ((d == ',' || d == '.') && j + 1 < s.size() && s[j + 1] >= '0' && s[j + 1] <= '9' &&
            s[j - 1] >= '0' && s[j - 1] <= '9') { ++j; continue; }
        if (d == '\'' && j + 1 < s.size() && letter(static_cast<unsigned char>(s[j + 1])) &&
            !((s[j + 1] == 's' || s[j + 1] == 'S') &&
              (j + 2 >= s.size() || !alnum(static_cast<unsigned char>(s[j + 2]))))) {
          ++j;  // "O'Brien", "don't"
          continue;
        }
        break;
      }
      len = j - i;
    }
    if (len == 0) {
      // one punctuation character (a whole UTF-8 sequence if non-ASCII never gets here)
      len = 1;
    }
    t.text = s.substr(i, len);
    t.word = alnum(c) && c != '\'';
    t.digit = c >= '0' && c <= '9';
    t.cap = upper(c) || non_ascii_upper(s, i);
    t.fold = fold_hash(t.text);
    out.push_back(t);
    i += len;
  }
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  tokenize(s, out);
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}


bool is_all_caps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

int roman_value(std::string_view w) {
  if (w.empty() || w.size() > 9) return 0;
  auto digit = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      default: return 0;
    }
  };
  int value = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const int d = digit(w[i]);
    if (d == 0) return 0;
    const int next = i + 1 < w.size() ? digit(w[i + 1]) : 0;
    value += next > d ? -d : d;
  }
  if (value <= 0 || value >= 400) return 0;
  // only the one way a number is written: "XIV", not "XIIII" or "VIV"
  static constexpr std::string_view kHundreds[] = {"", "C", "CC", "CCC"};
  static constexpr std::string_view kTens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
  static constexpr std::string_view kOnes[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  std::string_view rest = w;
  for (std::string_view part : {kHundreds[value / 100], kTens[value / 10 % 10], kOnes[value % 10]}) {
    if (rest.substr(0, part.size()) != part) return 0;
    rest.remove_prefix(part.size());
  }
  return rest.empty() ? value : 0;
}

}  // namespace newsgraph::extract
