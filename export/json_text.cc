#include "export/json_text.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <mutex>

#include "export/byte_scan.h"
#include "export/style.h"

namespace newsgraph::exporter {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_u(std::string& out, unsigned unit) {  // "\u00e9"
  const char buf[6] = {'\\', 'u', kHex[(unit >> 12) & 15], kHex[(unit >> 8) & 15], kHex[(unit >> 4) & 15],
                       kHex[unit & 15]};
  out.append(buf, 6);
}

// The code point of the valid n-byte UTF-8 sequence at p.
unsigned decode(const unsigned char* p, std::size_t n) {
  if (n == 2) return (p[0] & 0x1Fu) << 6 | (p[1] & 0x3Fu);
  if (n == 3) return (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
  return (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s, bool ensure_ascii) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the pending run of bytes copied as they are
  // Plain ASCII, the common case, is copied in runs; the bytes that stop a run: controls, quote,
  // backslash, non-ASCII, and DEL with ensure_ascii (`del` is 0, a control, without).
  const unsigned char del = ensure_ascii ? 0x7F : 0;
  const auto special = [del](Block b) { return Block((b < 0x20) | (b >= 0x80) | (b == '"') | (b == '\\') | (b == del)); };
  for (std::size_t i = 0; (i = find_special(s, i, special)) < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    if (c >= 0x80) {
      n = utf8_sequence_length(s, i);
      // Which bytes nlohmann replaces in broken UTF-8, and how many U+FFFD it writes, follows
      // its decoder's states: leave such strings (never made by the extractor) to nlohmann.
      if (n == 0) {
        // nlohmann's serializer reads the C locale with localeconv(), which is not thread-safe:
        // one thread at a time (such strings are rare).
        static std::mutex m;
        const std::lock_guard lock(m);
        out.resize(start);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', ensure_ascii, nlohmann::json::error_handler_t::replace);
        return;
      }
      if (!ensure_ascii) {
        i += n;
        continue;
      }
    }
    out.append(s, run, i - run);
    switch (c) {
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default: {
        const unsigned cp = n == 1 ? c : decode(reinterpret_cast<const unsigned char*>(s.data() + i), n);
        if (cp <= 0xFFFF) {
          append_u(out, cp);
        } else {
          append_u(out, 0xD7C0u + (cp >> 10));
          append_u(out, 0xDC00u + (cp & 0x3FFu));
        }
      }
    }
    i += n;
    run = i;
  }
  out.append(s, run, s.size() - run);
  out += '"';
}

void append_json_int(std::string& out, long long v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_json_double(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  // The shortest form that reads back the same (Grisu2), as nlohmann's dump() writes doubles;
  // called directly, since dump() would read the locale (not thread-safe).
  std::array<char, 64> buf;
  const char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
  out.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
}

}  // namespace newsgraph::exporter
