#include "extract/normalise.h"

#include <cstdint>

namespace newsgraph::extract {
namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when invalid.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { cp = b0; return 1; }
  std::size_t len;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The folded form of a code point: 0 to drop it, else the replacement.
char32_t fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
      return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return U'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return U'-';
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
      return U' ';
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:  // zero-width, BOM
    case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C:  // bidi marks
    case 0x202D: case 0x202E: case 0x2066: case 0x2067: case 0x2068: case 0x2069:
    case 0x00AD:  // soft hyphen
      return 0;
    case 0x2028: case 0x2029: case 0x0085:
      return U'\n';
    default:
      return cp;
  }
}

}  // namespace

Normalised normalise(std::string_view raw) {
  Normalised out;
  out.text.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    // Plain ASCII (printable or newline), nearly all of an English article, is copied as it is.
    std::size_t plain = i;
    while (plain < raw.size()) {
      const auto b = static_cast<unsigned char>(raw[plain]);
      if (!((b >= 0x20 && b < 0x7F) || b == '\n')) break;
      ++plain;
    }
    if (plain > i) {
      out.text.append(raw.data() + i, plain - i);
      i = plain;
      continue;
    }
    char32_t cp = 0;
    std::size_t len = decode(raw, i, cp);
    if (len == 0) {
      ++out.invalid_utf8;
      cp = 0xFFFD;
      len = 1;
    }
    i += len;
    if (cp == U'\r') {
      if (i < raw.size() && raw[i] == '\n') continue;  // CRLF: the LF follows
      cp = U'\n';
    }
    if ((cp < 0x20 && cp != U'\n' && cp != U'\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      ++out.control_chars;
      continue;
    }
    if (cp == U'\t') cp = U' ';
    cp = fold(cp);
    if (cp != 0) append_utf8(out.text, cp);
  }
  return out;
}

}  // namespace newsgraph::extract
