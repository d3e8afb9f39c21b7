// Loading the lexicons a run uses: the built-in folder, GeoNames' world cities, user files.
#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "extract/extract.h"
#include "extract/geonames_cities.h"
#include "extract/lexicon.h"

#ifndef NEWSGRAPH_DATA_DIR
#define NEWSGRAPH_DATA_DIR "data/lexicon"
#endif

namespace newsgraph::extract {
namespace fs = std::filesystem;

std::string default_data_dir() {
  if (const char* env = std::getenv("NEWSGRAPH_DATA_DIR"); env && *env) return env;
  return NEWSGRAPH_DATA_DIR;
}

LexiconLoad load_lexicon(const std::vector<std::string>& user_files, const std::string& data_dir) {
  LexiconLoad out;
  Lexicon::Builder builder;
  const std::string dir = data_dir.empty() ? default_data_dir() : data_dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    out.error = LoadError{dir, 0, "built-in lexicon folder not found (set --data-dir or NEWSGRAPH_DATA_DIR)"};
    return out;
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files)
    if (auto err = builder.add_file(f)) {
      out.error = err;
      return out;
    }
  add_geonames_cities(builder);
  for (const auto& f : user_files)
    if (auto err = builder.add_file(f)) {
      out.error = err;
      return out;
    }
  out.lexicon = std::make_shared<const Lexicon>(std::move(builder).build());
  return out;
}

}  // namespace newsgraph::extract
