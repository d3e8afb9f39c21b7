// `newsgraph merge A.graphml B.graphml ... -o OUT`: reads graphs newsgraph wrote and writes
// their merge, resolved as one build of all their articles would be.
#pragma once

#include <string>
#include <vector>

#include "app/outputs.h"

namespace newsgraph::app {

struct MergeOptions {
  std::vector<std::string> inputs;
  OutputOptions out;
  bool quiet = false;
};

// Exit status: 0 all read, 1 some input could not be read (the rest are merged and written),
// 2 usage error or an output that cannot be written.
int run_merge(const MergeOptions& opt);

// Reads one saved graph into `kg`. Returns an error message; warns (unless quiet) when the
// graph shares articles with `kg`, whose mentions are then counted twice.
std::string read_into(const std::string& path, graph::KnowledgeGraph& kg, bool quiet);

}  // namespace newsgraph::app
