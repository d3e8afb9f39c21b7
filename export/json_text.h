// JSON text appended straight to a string, byte for byte as nlohmann-json's dump() writes it
// (internal to export/): building nlohmann objects only to dump them cost most of the GraphML
// `parts` time. What is subtle is still nlohmann's own code: strings with invalid UTF-8, and
// doubles. Safe to call from several threads at once.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::exporter {

// s as a JSON string (quotes included), as dump(..., ensure_ascii, error_handler_t::replace)
// writes it: with ensure_ascii every non-ASCII character becomes \uXXXX (lower-case hex, UTF-16
// surrogate pairs), else valid UTF-8 is copied as it is.
void append_json_string(std::string& out, std::string_view s, bool ensure_ascii);
// An integer, as nlohmann writes it.
void append_json_int(std::string& out, long long v);
// A double, as nlohmann writes it ("37.5665", "14.0", null for NaN).
void append_json_double(std::string& out, double v);

}  // namespace newsgraph::exporter
