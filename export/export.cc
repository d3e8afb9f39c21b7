// The format-independent entry points: format names, render() and write().
#include "export/export.h"

#include "export/style.h"

namespace newsgraph::exporter {

std::string_view to_string(Format f) {
  switch (f) {
    case Format::graphml: return "graphml";
    case Format::gexf: return "gexf";
    case Format::dot: return "dot";
    case Format::json: return "json";
  }
  return "graphml";
}

std::string render(const graph::KnowledgeGraph& kg, Format format, const Filter& filter) {
  switch (format) {
    case Format::graphml: return graphml_string(kg, filter);
    case Format::gexf: return gexf_string(kg, filter);
    case Format::dot: return dot_string(kg, filter);
    case Format::json: return json_string(kg, filter);
  }
  return {};
}

std::string write(const graph::KnowledgeGraph& kg, Format format, const std::string& path,
                  const Filter& filter) {
  // XML documents go straight from the tree to the file: a large graph's text is not held twice.
  if (format == Format::graphml || format == Format::gexf) {
    pugi::xml_document doc;
    if (format == Format::graphml) graphml_document(kg, filter, doc);
    else gexf_document(kg, filter, doc);
    return write_file_atomically(path, [&](int fd) { return save_xml_document(doc, fd); });
  }
  return write_file_atomically(path, render(kg, format, filter));
}

}  // namespace newsgraph::exporter
