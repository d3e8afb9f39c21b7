// Helpers the readers share (internal to readers/).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "readers/readers.h"

namespace newsgraph::readers {

// An article id from metadata (guid, id, URL): whitespace and '|' (the separator of id lists in
// GraphML) replaced by '_', at most 256 bytes. "" when nothing is left.
std::string clean_id(std::string_view s);

// The id of an item: the first non-empty of guid/id, url, else "<stem>#<line>".
std::string item_id(std::string_view guid, std::string_view url, std::string_view stem, int line);

// Whitespace runs (spaces, tabs, newlines) collapsed to one space, ends trimmed.
std::string squeeze(std::string_view s);

// 1-based line of a byte offset.
int line_at(std::string_view content, std::size_t offset);

// Fills doc.date from doc.published.
void set_date(Document& doc);

// True when a field's value is markup rather than text ("<p>", "<br", "</div>" ...).
bool looks_like_html(std::string_view s);

// Deepest nesting of [ and { outside JSON strings, counted no further than past `limit`.
int json_nesting(std::string_view text, int limit);

}  // namespace newsgraph::readers
