// Stage 1: normalise raw article bytes into clean UTF-8 text.
// Invalid UTF-8 sequences become U+FFFD (counted, never dropped silently); NUL and other
// C0 controls except tab/newline are removed; CRLF and lone CR become LF; curly quotes,
// non-breaking and other odd spaces, zero-width and bidi marks are folded to plain forms.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::extract {

struct Normalised {
  std::string text;
  std::size_t invalid_utf8 = 0;   // number of invalid sequences replaced
  std::size_t control_chars = 0;  // number of control characters (incl. NUL) removed
};

Normalised normalise(std::string_view raw);

}  // namespace newsgraph::extract
