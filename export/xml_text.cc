#include "export/xml_text.h"

namespace newsgraph::exporter {
namespace {

struct StringWriter : pugi::xml_writer {
  explicit StringWriter(std::string& out) : out(out) {}
  void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
  std::string& out;
};

}  // namespace

std::string xml_string(const pugi::xml_document& doc) {
  std::string out;
  StringWriter w(out);
  doc.save(w, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out;
}

void write_elements(std::size_t n, unsigned threads, Sink& out, unsigned depth,
                    const std::function<void(XmlWriter&, std::size_t)>& fill) {
  write_items(n, threads, out, [&](std::size_t begin, std::size_t end, std::string* texts) {
    XmlWriter writer(depth);  // one per range of items: its buffers serve them all
    for (std::size_t i = begin; i < end; ++i) {
      writer.start(texts[i - begin]);
      fill(writer, i);
    }
  });
}

}  // namespace newsgraph::exporter
