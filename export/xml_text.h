// XML text in pieces (internal to export/): a frame document printed by pugixml, and the
// elements that go in it, printed by XmlWriter (export/xml_writer.h) at the depth they have in
// the whole document. Both print as pugixml saves a whole document (two-space indent, UTF-8), so
// the pieces put together are the bytes of that document.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "export/document.h"
#include "export/xml_writer.h"

namespace newsgraph::exporter {

// The whole document.
std::string xml_string(const pugi::xml_document& doc);

// Writes items [0, n) to `out` (export/document.h): item i is the one element fill(writer, i)
// prints, at `depth` (the document's root element has depth 0), made on up to `threads` threads.
void write_elements(std::size_t n, unsigned threads, Sink& out, unsigned depth,
                    const std::function<void(XmlWriter&, std::size_t)>& fill);

// The marker element a frame holds where the items go; split_frame (export/document.h) cuts its
// line out.
inline constexpr const char* kItemsMarker = "newsgraph-items";
inline constexpr std::string_view kItemsMarkerTag = "<newsgraph-items";

}  // namespace newsgraph::exporter
