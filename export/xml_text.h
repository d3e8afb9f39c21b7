// XML text by pugixml, in pieces (internal to export/): a frame document, and one element at
// the depth it has in the whole document. Both are printed as pugixml saves a whole document
// (two-space indent, UTF-8), so the pieces put together are the bytes of that document.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "export/document.h"

namespace newsgraph::exporter {

// The whole document.
std::string xml_string(const pugi::xml_document& doc);
// `element` and what it holds, indented for `depth` ancestors (the document's root element has
// depth 0), appended to `out`.
void append_xml(pugi::xml_node element, unsigned depth, std::string& out);

// Writes items [0, n) to `out` (export/document.h): item i is the element `name` that
// fill(element, i) fills, at `depth`, made on up to `threads` threads.
void write_elements(std::size_t n, unsigned threads, Sink& out, const char* name, unsigned depth,
                    const std::function<void(pugi::xml_node, std::size_t)>& fill);

// The marker element a frame holds where the items go; split_frame (export/document.h) cuts its
// line out.
inline constexpr const char* kItemsMarker = "newsgraph-items";
inline constexpr std::string_view kItemsMarkerTag = "<newsgraph-items";

}  // namespace newsgraph::exporter
