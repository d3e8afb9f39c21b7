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

namespace {

// The files of a folder with one extension, in name order.
std::vector<std::string> files_in(const std::string& dir, std::string_view extension) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == extension) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::string default_patterns_dir(const std::string& data_dir) {
  fs::path dir = fs::path(data_dir.empty() ? default_data_dir() : data_dir).lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();  // "data/lexicon/"
  return (dir.parent_path() / "patterns").string();
}

LexiconLoad load_lexicon(const std::vector<std::string>& user_files, const std::string& data_dir,
                         const std::vector<std::string>& pattern_files) {
  LexiconLoad out;
  Lexicon::Builder builder;
  const std::string dir = data_dir.empty() ? default_data_dir() : data_dir;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    out.error = LoadError{dir, 0, "built-in lexicon folder not found (set --data-dir or NEWSGRAPH_DATA_DIR)"};
    return out;
  }
  for (const auto& f : files_in(dir, ".tsv"))
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
  auto lexicon = std::make_shared<Lexicon>(std::move(builder).build());
  // The recognisers read these classes: without one, extraction would quietly change.
  for (std::size_t w = 0; w < kWordClassCount; ++w) {
    const std::string_view name = words_class_name(static_cast<Words>(w));
    if (!lexicon->word_class(name)) {
      out.error = LoadError{dir, 0, "built-in word class '" + std::string(name) + "' is missing (no `words` line names it)"};
      return out;
    }
  }
  // Patterns name word classes of the lexicon, so they are read once it is complete.
  auto patterns = std::make_shared<PatternSet>();
  const std::string pattern_dir = default_patterns_dir(dir);
  if (!fs::is_directory(pattern_dir, ec)) {
    out.error = LoadError{pattern_dir, 0, "built-in pattern folder not found (it sits beside the lexicon folder)"};
    return out;
  }
  std::vector<std::string> all = files_in(pattern_dir, ".pat");
  all.insert(all.end(), pattern_files.begin(), pattern_files.end());
  for (const auto& f : all)
    if (auto err = patterns->add_file(f, *lexicon)) {
      out.error = err;
      return out;
    }
  lexicon->set_patterns(std::move(patterns));
  out.lexicon = std::move(lexicon);
  return out;
}

}  // namespace newsgraph::extract
