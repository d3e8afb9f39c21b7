// newsgraph command line: a thin layer over extract → graph → export.
// It parses options, reads inputs, runs extraction on a pool of threads, feeds the graph in
// input order, writes the files, prints errors and a summary, and picks the exit code:
// 0 all good, 1 some inputs failed (the rest were processed and written), 2 usage error.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <thread>

#include "app/inputs.h"
#include "app/render.h"
#include "export/export.h"
#include "extract/extract.h"
#include "graph/graph.h"

namespace fs = std::filesystem;
using namespace newsgraph;

namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string graphml, dot;
  std::vector<std::string> lexicons;
  std::string data_dir;
  unsigned jobs = 0;
  std::size_t max_article_bytes = 10u << 20;
  bool quiet = false;
  bool no_svg = false;
  bool trace = false;
};

struct Outcome {
  extract::Article article;
  std::string error;  // non-empty: the input failed
};

// Reads and extracts one input; never throws.
Outcome process(const app::Input& in, const extract::Extractor& ex, std::size_t max_bytes) {
  Outcome o;
  std::string text;
  o.error = app::read_input(in, max_bytes, text);
  if (!o.error.empty()) return o;
  if (text.empty()) {
    o.error = "empty file";
    return o;
  }
  // Binary data: many control bytes (NUL and the like) that text never has. A few stray ones
  // are removed by normalisation and reported as a warning instead.
  const auto control = std::count_if(text.begin(), text.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f';
  });
  if (control > 8 && static_cast<std::size_t>(control) * 10 > text.size()) {
    o.error = "binary data (" + std::to_string(control) + " control bytes), not text; skipped";
    return o;
  }
  o.article = ex.extract(in.id, text);
  return o;
}

int run_build(const BuildOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  std::string graphml = opt.graphml, dot = opt.dot, svg;
  if (!opt.out_dir.empty()) {
    std::error_code ec;
    fs::create_directories(opt.out_dir, ec);
    if (ec) {
      std::cerr << "newsgraph: " << opt.out_dir << ": cannot create folder: " << ec.message() << "\n";
      return 2;
    }
    if (graphml.empty()) graphml = (fs::path(opt.out_dir) / "graph.graphml").string();
    if (dot.empty()) dot = (fs::path(opt.out_dir) / "graph.dot").string();
    if (!opt.no_svg) svg = (fs::path(opt.out_dir) / "graph.svg").string();
  }
  if (graphml.empty() && dot.empty()) {
    std::cerr << "newsgraph: nothing to write: give -o DIR, --graphml FILE or --dot FILE\n";
    return 2;
  }
  for (const auto& path : {graphml, dot}) {
    if (path.empty()) continue;
    const std::string err = exporter::check_writable(path);
    if (!err.empty()) {
      std::cerr << "newsgraph: " << err << "\n";
      return 2;
    }
  }

  auto lex = extract::load_lexicon(opt.lexicons, opt.data_dir);
  if (lex.error) {
    std::cerr << "newsgraph: " << lex.error->to_string() << "\n";
    return 2;
  }
  extract::Extractor extractor(lex.lexicon);
  extractor.set_trace(opt.trace);

  app::InputList list = app::collect_inputs(opt.inputs);
  int failed = 0;
  for (const auto& e : list.errors) {
    std::cerr << "newsgraph: " << e.path << ": " << e.reason << "\n";
    ++failed;
  }

  graph::KnowledgeGraph kg;
  const unsigned jobs = opt.jobs ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Articles are extracted in parallel a batch at a time, then added in input order, so the
  // result does not depend on -j and memory holds one batch of results, not the corpus.
  const std::size_t batch = 64 * jobs;
  std::size_t done = 0;
  const bool progress = !opt.quiet && isatty(STDERR_FILENO);
  for (std::size_t start = 0; start < list.inputs.size(); start += batch) {
    const std::size_t end = std::min(list.inputs.size(), start + batch);
    std::vector<Outcome> results(end - start);
    std::atomic<std::size_t> next{start};
    auto worker = [&] {
      for (std::size_t i; (i = next++) < end;)
        results[i - start] = process(list.inputs[i], extractor, opt.max_article_bytes);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < jobs && t < end - start; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    for (std::size_t i = 0; i < results.size(); ++i) {
      const auto& in = list.inputs[start + i];
      if (!results[i].error.empty()) {
        std::cerr << "newsgraph: " << in.path << ": " << results[i].error << "\n";
        ++failed;
        continue;
      }
      for (const auto& line : results[i].article.trace) std::cerr << in.id << ": " << line << "\n";
      for (const auto& w : results[i].article.warnings) std::cerr << "newsgraph: " << in.path << ": warning: " << w << "\n";
      kg.add(results[i].article);
      ++done;
    }
    if (progress) {
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::cerr << "\r" << end << "/" << list.inputs.size() << " articles, " << static_cast<long>(end / std::max(s, 1e-9))
                << " articles/s   " << std::flush;
    }
  }
  if (progress) std::cerr << "\n";
  kg.resolve();

  int write_errors = 0;
  auto report = [&](const std::string& err) {
    if (err.empty()) return;
    std::cerr << "newsgraph: " << err << "\n";
    ++write_errors;
  };
  if (!graphml.empty()) report(exporter::write(kg, exporter::Format::graphml, graphml));
  if (!dot.empty()) report(exporter::write(kg, exporter::Format::dot, dot));
  if (!svg.empty() && !dot.empty()) {
    const std::string err = app::render_svg(dot, svg);
    if (!err.empty() && !opt.quiet) std::cerr << "newsgraph: " << err << "\n";
  }

  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!opt.quiet || failed)
    std::cerr << "newsgraph: " << done << " articles" << (failed ? ", " + std::to_string(failed) + " failed" : "")
              << ", " << boost::num_vertices(kg.graph()) << " nodes, " << boost::num_edges(kg.graph())
              << " edges, " << std::fixed << std::setprecision(2) << secs << " s\n";
  if (write_errors) return 2;
  return failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"newsgraph: turns news articles about negotiations into a knowledge graph\n"
               "(people, agencies, agreements, rounds, places, dates) for Gephi and Graphviz."};
  app.set_version_flag("--version", std::string("newsgraph ") + NEWSGRAPH_VERSION);
  app.require_subcommand(1);

  BuildOptions opt;
  auto* build = app.add_subcommand("build", "Extract a graph from articles and export it");
  build->add_option("inputs", opt.inputs, "Article files (.txt), folders (searched recursively for *.txt), or - for stdin")
      ->required();
  build->add_option("-o,--out", opt.out_dir, "Output folder: writes graph.graphml, graph.dot and graph.svg (when Graphviz is installed)");
  build->add_option("--graphml", opt.graphml, "Write GraphML to this file");
  build->add_option("--dot", opt.dot, "Write Graphviz DOT to this file");
  build->add_option("--lexicon", opt.lexicons, "Extra lexicon file (repeatable; format in README)")->check(CLI::ExistingFile);
  build->add_option("--data-dir", opt.data_dir, "Folder of the built-in lexicons (default: the installed data/lexicon)");
  build->add_option("-j,--jobs", opt.jobs, "Extraction threads (default: all cores)");
  build->add_option("--max-article-bytes", opt.max_article_bytes, "Skip articles larger than this (default 10 MiB)");
  build->add_flag("-q,--quiet", opt.quiet, "Print only errors");
  build->add_flag("--no-svg", opt.no_svg, "With -o, do not render graph.svg");
  build->add_flag("--trace", opt.trace, "Print every sentence with the mentions and relations found in it (debugging)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (build->parsed()) return run_build(opt);
  return 2;
}
