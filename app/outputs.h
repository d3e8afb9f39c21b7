// The outputs `build` and `merge` share: -o DIR, one file per format, export filters, and
// writing them all (atomically, by export/), with graph.svg rendered by Graphviz when present.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <utility>
#include <vector>

#include "export/export.h"
#include "graph/graph.h"

namespace newsgraph::app {

struct OutputOptions {
  std::string out_dir;
  std::string graphml, gexf, dot, json;
  bool no_svg = false;
  std::string types;  // "person,agency"
  int min_mentions = 0;
  bool largest_component = false;
};

// Declares the output and filter options on a subcommand.
void add_output_options(CLI::App& cmd, OutputOptions& opt);

struct OutputPlan {
  std::vector<std::pair<exporter::Format, std::string>> files;
  std::string svg;  // "" when not rendered
  exporter::Filter filter;
};

// Turns the options into paths (creating the -o folder) and a filter, and checks that every
// path can be written. Returns an error message ("" on success).
std::string plan_outputs(const OutputOptions& opt, OutputPlan& plan);

// Writes every planned file, making the text of nodes and edges on `threads` threads (0: one per
// core; 1: no thread but this one); each failure is printed. Returns the number of failures.
int write_outputs(const graph::KnowledgeGraph& kg, const OutputPlan& plan, bool quiet, unsigned threads = 0);

// Prints the message on stderr as "newsgraph: message".
void report(const std::string& message);

}  // namespace newsgraph::app
