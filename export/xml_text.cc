#include "export/xml_text.h"

namespace newsgraph::exporter {
namespace {

struct StringWriter : pugi::xml_writer {
  explicit StringWriter(std::string& out) : out(out) {}
  void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
  std::string& out;
};

constexpr const char* kIndent = "  ";
constexpr unsigned kFlags = pugi::format_indent;

}  // namespace

std::string xml_string(const pugi::xml_document& doc) {
  std::string out;
  StringWriter w(out);
  doc.save(w, kIndent, kFlags, pugi::encoding_utf8);
  return out;
}

void append_xml(pugi::xml_node element, unsigned depth, std::string& out) {
  StringWriter w(out);
  element.print(w, kIndent, kFlags, pugi::encoding_utf8, depth);
}

void write_elements(std::size_t n, unsigned threads, Sink& out, const char* name, unsigned depth,
                    const std::function<void(pugi::xml_node, std::size_t)>& fill) {
  write_items(n, threads, out, [&](std::size_t begin, std::size_t end, std::string* texts) {
    pugi::xml_document doc;  // one per range of items, each element removed once printed
    for (std::size_t i = begin; i < end; ++i) {
      auto element = doc.append_child(name);
      fill(element, i);
      append_xml(element, depth, texts[i - begin]);
      doc.remove_child(element);
    }
  });
}

}  // namespace newsgraph::exporter
