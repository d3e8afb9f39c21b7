// libFuzzer target over the readers: bytes → HTML, RSS/Atom or JSON Lines reader (picked by the
// first byte), then the extraction of each article found. Any crash, sanitizer report, hang (the
// -timeout given in scripts/test), an empty or '|'-holding article id, or a problem without a
// reason is a finding. Build: cmake -DNEWSGRAPH_FUZZ=ON with clang.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "extract/extract.h"
#include "tests/fuzz/fuzz_extractor.h"
#include "readers/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using newsgraph::readers::Kind;
  if (size == 0) return 0;
  static constexpr Kind kinds[] = {Kind::html, Kind::feed, Kind::jsonl};
  const Kind kind = kinds[data[0] % 3];
  const std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto read = newsgraph::readers::read(kind, "fuzz", content);
  for (const auto& p : read.problems)
    if (p.reason.empty() || p.line < 0) std::abort();
  for (const auto& d : read.documents) {
    if (d.id.empty() || d.id.find('|') != std::string::npos) std::abort();
    fuzz_extractor().extract(d.id, d.text, d.date);
  }
  (void)newsgraph::readers::detect("", content);
  return 0;
}
