// The extractor the fuzz targets share: built-in lexicons loaded once (abort if they cannot be).
#pragma once

#include <cstdio>
#include <cstdlib>

#include "extract/extract.h"

inline const newsgraph::extract::Extractor& fuzz_extractor() {
  static const auto lexicon = [] {
    auto load = newsgraph::extract::load_lexicon({});
    if (load.error) {
      std::fprintf(stderr, "fuzz: %s\n", load.error->to_string().c_str());
      std::abort();
    }
    return load.lexicon;
  }();
  static const newsgraph::extract::Extractor ex(lexicon);
  return ex;
}
