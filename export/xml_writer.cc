#include "export/xml_writer.h"

#include "export/byte_scan.h"

namespace newsgraph::exporter {

using namespace std::string_view_literals;  // appended without strlen

namespace {

// Which bytes pugixml does not copy as they are, in text and in attribute values, 16 at a time
// (export/byte_scan.h).
struct SpecialText {
  Block operator()(Block b) const {
    const auto control = (b < 0x20) & (b != '\t') & (b != '\n') & (b != '\r');
    return Block(control | (b == '&') | (b == '<') | (b == '>'));
  }
};
struct SpecialAttribute {
  Block operator()(Block b) const { return Block((b < 0x20) | (b == '&') | (b == '<') | (b == '"')); }
};

template <class BlockTest>
void escape(std::string& out, std::string_view s, BlockTest special) {
  std::size_t run = 0;  // start of the bytes not yet appended, copied in runs
  for (std::size_t i; (i = find_special(s, run, special)) < s.size(); run = i + 1) {
    out.append(s, run, i - run);
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case 0: return;  // pugixml's values end there
      case '&': out += "&amp;"sv; break;
      case '<': out += "&lt;"sv; break;
      case '>': out += "&gt;"sv; break;
      case '"': out += "&quot;"sv; break;
      default: {
        const char entity[] = {'&', '#', static_cast<char>('0' + c / 10), static_cast<char>('0' + c % 10), ';'};
        out.append(entity, sizeof entity);
      }
    }
  }
  out.append(s, run);
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view s, bool attribute) {
  if (attribute)
    escape(out, s, SpecialAttribute());
  else
    escape(out, s, SpecialText());
}

void XmlWriter::start(std::string& out) {
  out_ = &out;
  open_.clear();
  in_start_tag_ = in_text_ = false;
}

void XmlWriter::indent() { out_->append(2 * (depth_ + open_.size()), ' '); }

void XmlWriter::open(std::string_view name) {
  if (in_start_tag_) *out_ += ">\n"sv;  // the parent's first child
  in_start_tag_ = true;
  in_text_ = false;
  indent();
  *out_ += '<';
  out_->append(name);
  open_.push_back(name);
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
  *out_ += ' ';
  out_->append(name);
  *out_ += "=\""sv;
  append_xml_escaped(*out_, value, true);
  *out_ += '"';
}

void XmlWriter::text(std::string_view value) {
  if (in_start_tag_) *out_ += '>';
  in_start_tag_ = false;
  in_text_ = true;
  append_xml_escaped(*out_, value, false);
}

void XmlWriter::close() {
  const std::string_view name = open_.back();
  open_.pop_back();
  if (in_start_tag_) {
    *out_ += " />\n"sv;
  } else {
    if (!in_text_) indent();  // after children
    *out_ += "</"sv;
    out_->append(name);
    *out_ += ">\n"sv;
  }
  in_start_tag_ = in_text_ = false;
}

}  // namespace newsgraph::exporter
