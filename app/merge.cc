#include "app/merge.h"

#include <chrono>
#include <iomanip>
#include <iostream>

namespace newsgraph::app {

std::string read_into(const std::string& path, graph::KnowledgeGraph& kg, bool quiet) {
  graph::KnowledgeGraph read;
  std::string err = exporter::read_graphml(path, read);
  if (!err.empty()) return err;
  if (!quiet) {
    std::size_t shared = 0;
    std::string example;
    for (const auto& id : read.article_ids())
      if (kg.article_ids().count(id) && shared++ == 0) example = id;
    if (shared)
      report(path + ": warning: " + std::to_string(shared) + " article(s) already merged from another input (" +
             example + (shared > 1 ? ", ..." : "") + "); their mentions are counted twice");
  }
  kg.absorb(read);
  return {};
}

int run_merge(const MergeOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  OutputPlan plan;
  std::string err = plan_outputs(opt.out, plan);
  if (err.empty() && plan.files.empty()) err = "nothing to write: give -o DIR or --graphml/--gexf/--dot/--json FILE";
  if (!err.empty()) {
    report(err);
    return 2;
  }
  graph::KnowledgeGraph kg;
  int failed = 0;
  for (const auto& path : opt.inputs) {
    err = read_into(path, kg, opt.quiet);
    if (!err.empty()) {
      report(err);
      ++failed;
    }
  }
  const int write_errors = write_outputs(kg, plan, opt.quiet);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!opt.quiet || failed)
    std::cerr << "newsgraph: merged " << opt.inputs.size() - failed << (opt.inputs.size() - failed == 1 ? " graph" : " graphs")
              << (failed ? ", " + std::to_string(failed) + " failed" : "") << ", " << kg.articles() << " articles, "
              << boost::num_vertices(kg.graph()) << " nodes, " << boost::num_edges(kg.graph()) << " edges, "
              << std::fixed << std::setprecision(2) << secs << " s\n";
  if (write_errors) return 2;
  return failed ? 1 : 0;
}

}  // namespace newsgraph::app
