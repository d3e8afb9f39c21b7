// libFuzzer target over the whole pipeline: bytes → normalise → extract → graph → resolve →
// GraphML and DOT. Any crash, sanitizer report, or output that is not well-formed XML (or a DOT
// string literal left open) is a finding. Build: cmake -DNEWSGRAPH_FUZZ=ON with clang.
#include <pugixml.hpp>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "export/export.h"
#include "extract/extract.h"
#include "tests/fuzz/fuzz_extractor.h"
#include "graph/graph.h"

namespace {

// Quotes in DOT output must pair up outside escapes: an injected quote would break this.
bool dot_balanced(std::string_view dot) {
  bool in_string = false;
  for (std::size_t i = 0; i < dot.size(); ++i) {
    if (in_string && dot[i] == '\\') {
      ++i;
      continue;
    }
    if (dot[i] == '"') in_string = !in_string;
    if (in_string && dot[i] == '\n') return false;  // newlines must be escaped
  }
  return !in_string;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto article = fuzz_extractor().extract("fuzz", text);
  newsgraph::graph::KnowledgeGraph kg;
  kg.add(article);
  kg.resolve();
  const std::string graphml = newsgraph::exporter::graphml_string(kg);
  pugi::xml_document doc;
  if (!doc.load_buffer(graphml.data(), graphml.size())) std::abort();
  if (!dot_balanced(newsgraph::exporter::dot_string(kg))) std::abort();
  return 0;
}
