// Per-stage throughput with Google Benchmark (libbenchmark-dev): normalise, sentences, tokens,
// dates, whole-article extraction, graph building + resolution, GraphML export. Input: the
// example articles (examples/articles), so figures are MB/s of real news text; or the *.txt
// files of the folder in NEWSGRAPH_BENCH_ARTICLES (e.g. a generated corpus).
//   cmake -DNEWSGRAPH_BUILD_BENCHMARKS=ON … && build/stages_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/export.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/normalise.h"
#include "extract/sentences.h"
#include "extract/tokens.h"
#include "graph/graph.h"

namespace {
using namespace newsgraph;

const std::vector<std::string>& articles() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    std::vector<std::filesystem::path> paths;
    const char* dir = std::getenv("NEWSGRAPH_BENCH_ARTICLES");
    for (const auto& e : std::filesystem::directory_iterator(dir ? dir : NEWSGRAPH_SOURCE_DIR "/examples/articles"))
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
    return out;
  }();
  return texts;
}

std::int64_t total_bytes() {
  std::int64_t n = 0;
  for (const auto& a : articles()) n += static_cast<std::int64_t>(a.size());
  return n;
}

const extract::Extractor& extractor() {
  static const extract::Extractor ex(extract::load_lexicon({}).lexicon);
  return ex;
}

void BM_Normalise(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& a : articles()) benchmark::DoNotOptimize(extract::normalise(a));
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_Normalise);

void BM_Sentences(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& a : articles()) benchmark::DoNotOptimize(extract::split_sentences(a));
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_Sentences);

void BM_Tokens(benchmark::State& state) {
  std::vector<extract::Token> tokens;
  for (auto _ : state)
    for (const auto& a : articles()) {
      extract::tokenize(a, tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_Tokens);

void BM_Dates(benchmark::State& state) {
  const extract::Date anchor{2020, 1, 24};
  const auto& lex = *extract::load_lexicon({}).lexicon;
  for (auto _ : state)
    for (const auto& a : articles())
      for (const auto& s : extract::split_sentences(a)) benchmark::DoNotOptimize(extract::find_dates(lex, s.text, anchor));
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_Dates);

void BM_ExtractArticle(benchmark::State& state) {
  const auto& ex = extractor();
  for (auto _ : state)
    for (const auto& a : articles()) benchmark::DoNotOptimize(ex.extract("a", a));
  state.SetBytesProcessed(state.iterations() * total_bytes());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(articles().size()));
}
BENCHMARK(BM_ExtractArticle);

void BM_GraphBuildResolve(benchmark::State& state) {
  std::vector<extract::Article> extracted;
  for (std::size_t i = 0; i < articles().size(); ++i)
    extracted.push_back(extractor().extract("a" + std::to_string(i), articles()[i]));
  for (auto _ : state) {
    graph::KnowledgeGraph kg;
    for (const auto& a : extracted) kg.add(a);
    kg.resolve();
    benchmark::DoNotOptimize(kg.graph());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(extracted.size()));
}
BENCHMARK(BM_GraphBuildResolve);

void BM_GraphmlExport(benchmark::State& state) {
  graph::KnowledgeGraph kg;
  for (std::size_t i = 0; i < articles().size(); ++i) kg.add(extractor().extract("a" + std::to_string(i), articles()[i]));
  kg.resolve();
  std::int64_t bytes = 0;
  for (auto _ : state) {
    const std::string s = exporter::graphml_string(kg);
    bytes += static_cast<std::int64_t>(s.size());
    benchmark::DoNotOptimize(s.data());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_GraphmlExport);

}  // namespace

BENCHMARK_MAIN();
