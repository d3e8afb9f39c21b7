#include "app/outputs.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/render.h"

namespace newsgraph::app {
namespace fs = std::filesystem;

void add_output_options(CLI::App& cmd, OutputOptions& opt) {
  cmd.add_option("-o,--out", opt.out_dir,
                 "Output folder: writes graph.graphml, graph.gexf, graph.dot, graph.json and graph.svg "
                 "(when Graphviz is installed)");
  cmd.add_option("--graphml", opt.graphml, "Write GraphML (Gephi, yEd, NetworkX, igraph) to this file");
  cmd.add_option("--gexf", opt.gexf, "Write GEXF 1.3 (Gephi, with its timeline) to this file");
  cmd.add_option("--dot", opt.dot, "Write Graphviz DOT to this file");
  cmd.add_option("--json", opt.json, "Write node-link JSON (D3, Sigma.js, NetworkX) to this file");
  cmd.add_flag("--no-svg", opt.no_svg, "With -o, do not render graph.svg");
  cmd.add_option("--types", opt.types, "Export only these node types, e.g. person,agency");
  cmd.add_option("--min-mentions", opt.min_mentions, "Export only nodes mentioned at least N times");
  cmd.add_flag("--largest-component", opt.largest_component,
               "Export only the largest connected component (after the other filters)");
}

std::string plan_outputs(const OutputOptions& opt, OutputPlan& plan) {
  if (!opt.types.empty()) {
    std::string err = exporter::parse_types(opt.types, plan.filter.types);
    if (!err.empty()) return "--types: " + err;
  }
  plan.filter.min_mentions = opt.min_mentions;
  plan.filter.largest_component = opt.largest_component;

  const std::pair<exporter::Format, const std::string*> explicit_paths[] = {
      {exporter::Format::graphml, &opt.graphml},
      {exporter::Format::gexf, &opt.gexf},
      {exporter::Format::dot, &opt.dot},
      {exporter::Format::json, &opt.json}};
  for (const auto& [format, path] : explicit_paths) {
    if (!path->empty()) {
      plan.files.emplace_back(format, *path);
    } else if (!opt.out_dir.empty()) {
      plan.files.emplace_back(format, (fs::path(opt.out_dir) / ("graph." + std::string(to_string(format)))).string());
    }
  }
  if (!opt.out_dir.empty()) {
    std::error_code ec;
    fs::create_directories(opt.out_dir, ec);
    if (ec) return opt.out_dir + ": cannot create folder: " + ec.message();
    if (!opt.no_svg) plan.svg = (fs::path(opt.out_dir) / "graph.svg").string();
  }
  for (const auto& [format, path] : plan.files) {
    std::string err = exporter::check_writable(path);
    if (!err.empty()) return err;
  }
  return {};
}

// kSvgTimeLimit, or $NEWSGRAPH_SVG_SECONDS when set to a positive number (for slow machines, tests).
std::chrono::milliseconds svg_time_limit() {
  const char* env = std::getenv("NEWSGRAPH_SVG_SECONDS");
  const double s = env ? std::atof(env) : 0;
  if (s > 0) return std::chrono::milliseconds(static_cast<long long>(s * 1000));
  return kSvgTimeLimit;
}

int write_outputs(const graph::KnowledgeGraph& kg, const OutputPlan& plan, bool quiet, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  int failures = 0;
  std::string dot;
  for (const auto& [format, path] : plan.files) {
    const std::string err = exporter::write(kg, format, path, plan.filter, threads);
    if (!err.empty()) {
      report(err);
      ++failures;
    } else if (format == exporter::Format::dot) {
      dot = path;
    }
  }
  if (!plan.svg.empty() && !dot.empty()) {
    const std::size_t nodes = exporter::count_nodes(kg, plan.filter);
    const std::string err =
        nodes > kSvgMaxNodes
            ? plan.svg + ": not rendered: " + std::to_string(nodes) + " nodes, more than a readable picture holds (" +
                  std::to_string(kSvgMaxNodes) + "); open graph.gexf in Gephi, or narrow with --types/--min-mentions"
            : render_svg(dot, plan.svg, svg_time_limit());
    if (!err.empty() && !quiet) report(err);
  }
  return failures;
}

void report(const std::string& message) { std::cerr << "newsgraph: " << message << "\n"; }

}  // namespace newsgraph::app
