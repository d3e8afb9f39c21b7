// XML elements printed straight into a string (internal to export/), byte for byte as pugixml
// (1.13) prints them with format_indent, a two-space indent and UTF-8: the nodes and edges of
// GraphML and GEXF are printed this way, since building a pugixml node per element and printing
// it was most of their cost (the frames stay pugixml's, export/xml_text.h).
//
// Escaping is pugixml's. In text: & < > become &amp; &lt; &gt;. In attribute values: & < "
// become &amp; &lt; &quot;, and tab, newline and carriage return &#09; &#10; &#13;. In both,
// other bytes below 0x20 become &#NN; (two digits), and a value ends at its first NUL byte
// (pugixml keeps C strings); ' and > in attributes, and bytes from 0x7F up, are copied as they
// are. Nothing is cleaned here: callers clean text first (export/style.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::exporter {

// `s` escaped for XML text (attribute = false) or an attribute value, appended to `out`.
void append_xml_escaped(std::string& out, std::string_view s, bool attribute);

// Prints elements one call at a time: open, its attributes, then either text or child elements,
// close. An element with neither is printed empty (<name />), one with text on one line. Not
// thread-safe; one per thread.
class XmlWriter {
 public:
  // Top elements are indented for `depth` ancestors.
  explicit XmlWriter(unsigned depth) : depth_(depth) {}
  // Where the next top element goes (appended).
  void start(std::string& out);
  // Opens an element inside the one open (or a top one). `name` must outlive its close().
  void open(std::string_view name);
  // An attribute of the element opened last, before any text or child.
  void attribute(std::string_view name, std::string_view value);
  // Text of the element opened last (its only content; several calls add to it).
  void text(std::string_view value);
  // Closes the element opened last.
  void close();
  // A buffer for values made before they are printed (joined lists, JSON), kept from one item
  // to the next so that its memory is reused.
  std::string& scratch() { return scratch_; }

 private:
  void indent();

  std::string* out_ = nullptr;
  unsigned depth_;
  std::vector<std::string_view> open_;  // names of the open elements, outermost first
  bool in_start_tag_ = false;           // "<name attr=…" written, '>' not yet
  bool in_text_ = false;                // the element opened last has text
  std::string scratch_;
};

}  // namespace newsgraph::exporter
