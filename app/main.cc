// newsgraph command line: a thin layer over extract → graph → export.
// `build` parses options, reads inputs, runs extraction on a pool of threads, feeds the graph in
// input order (into a saved graph with --into), writes the files, prints errors and a summary,
// and picks the exit code: 0 all good, 1 some inputs failed (the rest were processed and
// written), 2 usage error. `merge` (app/merge.h) merges saved graphs.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <numeric>
#include <set>
#include <thread>

#include "app/inputs.h"
#include "app/merge.h"
#include "app/patterns.h"
#include "app/outputs.h"
#include "app/pipeline.h"
#include "app/progress.h"
#include "export/export.h"
#include "extract/extract.h"
#include "graph/graph.h"
#include "readers/readers.h"

namespace fs = std::filesystem;
using namespace newsgraph;

namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  app::OutputOptions out;
  std::string into;  // a saved graph to add to and write back
  std::string skip_ids;  // a file of article ids read before (by another shard of a distributed run)
  std::vector<std::string> lexicons;
  std::vector<std::string> patterns;
  std::string data_dir;
  unsigned jobs = 0;
  std::size_t max_article_bytes = 10u << 20;
  bool quiet = false;
  bool trace = false;
  bool timings = false;
};

struct Outcome {
  readers::Kind kind = readers::Kind::text;
  std::vector<extract::Article> articles;
  std::vector<readers::Document> documents;  // metadata of articles[i] (text dropped); empty for text
  std::vector<readers::Problem> problems;    // parts of the input that could not be read
  std::string error;                         // non-empty: the input failed
};

// Reads one input, picks its reader (by extension, else by content) and extracts every article
// it holds; never throws.
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
  o.kind = readers::detect(in.path, text);
  if (o.kind == readers::Kind::text) {
    o.articles.push_back(ex.extract(in.id, text));
    return o;
  }
  readers::ReadResult read = readers::read(o.kind, in.id, text);
  o.problems = std::move(read.problems);
  for (auto& doc : read.documents) {
    o.articles.push_back(ex.extract(doc.id, doc.text, doc.date));
    doc.text = std::string();
    o.documents.push_back(std::move(doc));
  }
  return o;
}

// " (files: 2 text, 1 HTML, ...)" when any input was not plain text, else "".
std::string files_by_kind(const std::size_t (&kinds)[std::size(readers::kKinds)]) {
  if (kinds[0] == std::accumulate(std::begin(kinds), std::end(kinds), std::size_t{0})) return {};
  std::string s;
  for (const auto k : readers::kKinds) {
    const std::size_t n = kinds[static_cast<std::size_t>(k)];
    if (n) s += (s.empty() ? " (files: " : ", ") + std::to_string(n) + " " + std::string(readers::to_string(k));
  }
  return s + ")";
}

// Reads one article id per line (the ids a distributed run's earlier shards added).
std::string read_ids(const std::string& path, std::set<std::string>& ids) {
  std::ifstream in(path);
  if (!in) return path + ": cannot read the article ids";
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) ids.insert(line);
  return {};
}

int run_build(const BuildOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  app::OutputPlan plan;
  std::string err = app::plan_outputs(opt.out, plan);
  if (err.empty() && plan.files.empty() && opt.into.empty())
    err = "nothing to write: give -o DIR, --graphml/--gexf/--dot/--json FILE or --into FILE";
  if (err.empty() && !opt.into.empty()) err = exporter::check_writable(opt.into);
  if (!err.empty()) {
    app::report(err);
    return 2;
  }

  // --into: the saved graph is read first (a missing file starts a new one).
  graph::KnowledgeGraph kg;
  if (!opt.into.empty() && fs::exists(opt.into)) {
    err = app::read_into(opt.into, kg, opt.quiet);
    if (!err.empty()) {
      app::report(err);
      return 2;
    }
  }

  auto lex = extract::load_lexicon(opt.lexicons, opt.data_dir, opt.patterns);
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
  if (!opt.quiet)
    for (const auto& w : list.warnings) std::cerr << "newsgraph: " << w.path << ": warning: " << w.reason << "\n";
  // An article the saved graph already holds, or one read earlier in this run (a feed item seen
  // in two feeds) or, with --skip-ids, by an earlier shard of a distributed run, is not added twice.
  const std::set<std::string> saved = kg.article_ids();
  std::set<std::string> read_before;
  if (!opt.skip_ids.empty()) {
    err = read_ids(opt.skip_ids, read_before);
    if (!err.empty()) {
      app::report(err);
      return 2;
    }
  }
  std::size_t known = 0, repeated = 0;
  std::string first_known, first_repeated;
  const unsigned jobs = opt.jobs ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Extraction runs on `jobs` threads while this thread adds the articles to the graph in input
  // order: the result does not depend on -j, and only a window of results is held at a time.
  std::size_t done = 0;
  std::size_t kinds[std::size(readers::kKinds)] = {};  // inputs read, by reader
  app::Progress progress(list.inputs.size(), opt.quiet || opt.trace);
  app::ordered_parallel<Outcome>(
      list.inputs.size(), jobs, 256 * jobs,
      [&](std::size_t i) { return process(list.inputs[i], extractor, opt.max_article_bytes); },
      [&](std::size_t i, Outcome&& result) {
        const auto& in = list.inputs[i];
        if (!result.error.empty()) {
          std::cerr << "newsgraph: " << in.path << ": " << result.error << "\n";
          ++failed;
        } else {
          ++kinds[static_cast<std::size_t>(result.kind)];
          for (const auto& p : result.problems) {
            // Found in a folder, a file that is not what its extension says (an .xml that is no
            // feed) is skipped; named on the command line, it fails.
            const bool skip = p.not_this_kind && !in.named;
            if (skip && opt.quiet) continue;
            std::cerr << "newsgraph: " << in.path << (p.line ? ":" + std::to_string(p.line) : "") << ": "
                      << (skip ? "warning: " : "") << p.reason << (skip ? "; skipped" : "") << "\n";
            if (!skip) ++failed;
          }
          for (auto& article : result.articles) {
            if (kg.article_ids().count(article.id) || read_before.count(article.id)) {
              const bool in_saved = saved.count(article.id) > 0;
              if ((in_saved ? known : repeated)++ == 0) (in_saved ? first_known : first_repeated) = article.id;
              continue;
            }
            const std::string where = result.documents.empty() ? in.path : in.path + " (" + article.id + ")";
            for (const auto& line : article.trace) std::cerr << article.id << ": " << line << "\n";
            for (const auto& w : article.warnings) std::cerr << "newsgraph: " << where << ": warning: " << w << "\n";
            kg.add(article);
            if (!result.documents.empty()) {
              const auto& doc = result.documents[static_cast<std::size_t>(&article - result.articles.data())];
              kg.set_article_info(article.id, {doc.title, doc.url, article.date ? article.date->iso() : doc.published});
            }
            ++done;
          }
        }
        progress.update(i + 1);
      });
  if (known && !opt.quiet)
    app::report(std::to_string(known) + " article(s) already in " + opt.into + " skipped (" + first_known +
                (known > 1 ? ", ...)" : ")"));
  if (repeated && !opt.quiet)
    app::report(std::to_string(repeated) + " article(s) read twice (same id) skipped (" + first_repeated +
                (repeated > 1 ? ", ...)" : ")"));
  progress.finish();
  const auto t_read = std::chrono::steady_clock::now();
  kg.resolve();
  const auto t_resolved = std::chrono::steady_clock::now();

  // The --into graph is written back whole; filters apply to the other outputs only.
  int write_errors = app::write_outputs(kg, plan, opt.quiet, jobs);
  if (!opt.into.empty()) {
    err = exporter::write(kg, exporter::Format::graphml, opt.into, {}, jobs);
    if (!err.empty()) {
      app::report(err);
      ++write_errors;
    }
  }

  const auto t_end = std::chrono::steady_clock::now();
  const double secs = std::chrono::duration<double>(t_end - t0).count();
  if (opt.timings) {
    const auto s = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    std::cerr << std::fixed << std::setprecision(3) << "newsgraph: timings: read+extract+add " << s(t0, t_read)
              << " s, resolve " << s(t_read, t_resolved) << " s, write " << s(t_resolved, t_end) << " s\n";
  }
  if (!opt.quiet || failed)
    std::cerr << "newsgraph: " << done << " articles" << files_by_kind(kinds) << (failed ? ", " + std::to_string(failed) + " failed" : "")
              << ", " << boost::num_vertices(kg.graph()) << " nodes, " << boost::num_edges(kg.graph())
              << " edges, " << std::fixed << std::setprecision(2) << secs << " s\n";
  if (write_errors) return 2;
  return failed ? 1 : 0;
}

// The built-in lexicons of an installed program: <exe dir>/../share/newsgraph/lexicon, wherever
// the prefix was moved. "" when not installed that way (a build tree): the extractor then takes
// $NEWSGRAPH_DATA_DIR or the source tree's folder compiled in.
std::string installed_data_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  const fs::path dir = exe.parent_path().parent_path() / "share" / "newsgraph" / "lexicon";
  return fs::is_directory(dir, ec) ? dir.string() : "";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"newsgraph: turns news articles about negotiations into a knowledge graph\n"
               "(people, agencies, agreements, rounds, places, dates) for Gephi and Graphviz."};
  app.set_version_flag("--version", std::string("newsgraph ") + NEWSGRAPH_VERSION);
  app.require_subcommand(1);

  BuildOptions opt;
  auto* build = app.add_subcommand("build", "Extract a graph from articles and export it");
  build->add_option("inputs", opt.inputs, "Article files (.txt, .html, .htm, RSS/Atom .rss .atom .xml, JSON Lines .jsonl .ndjson; a pipe or other "
                   "name is read by its content), folders (searched recursively for those), or - for stdin")
      ->required();
  app::add_output_options(*build, opt.out);
  build->add_option("--into", opt.into,
                    "Add the articles to this saved GraphML graph and write it back (created when missing)");
  build->add_option("--skip-ids", opt.skip_ids,
                    "Skip the articles whose ids this file lists, one per line, as read twice (newsgraph-dask "
                    "gives a shard the ids earlier shards read)");
  build->add_option("--lexicon", opt.lexicons, "Extra lexicon file (repeatable; format in README)")->check(CLI::ExistingFile);
  build->add_option("--patterns", opt.patterns,
                    "Extra fact pattern file (repeatable; may declare new relation kinds; format in README)")
      ->check(CLI::ExistingFile);
  build->add_option("--data-dir", opt.data_dir, "Folder of the built-in lexicons (default: $NEWSGRAPH_DATA_DIR, else "
                    "<program dir>/../share/newsgraph/lexicon, else the source tree's data/lexicon)");
  build->add_option("-j,--jobs", opt.jobs, "Threads for extraction and export (default: all cores); output is the same for any N");
  build->add_option("--max-article-bytes", opt.max_article_bytes, "Skip articles larger than this (default 10 MiB)");
  build->add_flag("-q,--quiet", opt.quiet, "Print only errors");
  build->add_flag("--timings", opt.timings, "Print the wall-clock time of each stage (read+extract, resolve, write)");
  build->add_flag("--trace", opt.trace, "Print every sentence with the mentions and relations found in it, and the pattern that found each relation");

  app::MergeOptions merge_opt;
  auto* merge = app.add_subcommand("merge", "Merge graphs newsgraph saved (GraphML) and export the result");
  merge->add_option("inputs", merge_opt.inputs, "GraphML files written by newsgraph build or merge")
      ->required();
  app::add_output_options(*merge, merge_opt.out);
  merge->add_flag("-q,--quiet", merge_opt.quiet, "Print only errors");

  app::PatternsOptions patterns_opt;
  auto* patterns = app.add_subcommand("patterns", "Check the examples of fact pattern files (all built-in ones when no "
                                                  "file is given), and list the patterns");
  patterns->add_option("files", patterns_opt.files, "Pattern files (as given to build --patterns)")
      ->check(CLI::ExistingFile);
  patterns->add_option("--lexicon", patterns_opt.lexicons, "Extra lexicon file (repeatable): word classes the patterns name")
      ->check(CLI::ExistingFile);
  patterns->add_option("--data-dir", patterns_opt.data_dir, "Folder of the built-in lexicons (as for build)");
  patterns->add_flag("--list", patterns_opt.list, "Print every pattern a build would use: file:line, name, output, examples");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (build->parsed()) {
    // --data-dir, then $NEWSGRAPH_DATA_DIR, then the installed folder, then the source tree's.
    const char* env = std::getenv("NEWSGRAPH_DATA_DIR");
    if (opt.data_dir.empty() && !(env && *env)) opt.data_dir = installed_data_dir();
    return run_build(opt);
  }
  if (merge->parsed()) return app::run_merge(merge_opt);
  if (patterns->parsed()) {
    const char* env = std::getenv("NEWSGRAPH_DATA_DIR");
    if (patterns_opt.data_dir.empty() && !(env && *env)) patterns_opt.data_dir = installed_data_dir();
    return app::run_patterns(patterns_opt);
  }
  return 2;
}
