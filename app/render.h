// Renders a DOT file to SVG with Graphviz's `dot` when it is installed.
#pragma once

#include <string>

namespace newsgraph::app {

// Runs `dot -Tsvg` into a temporary file and renames it to svg_path.
// Returns an error message, or "" on success; "Graphviz not installed" when dot is missing.
std::string render_svg(const std::string& dot_path, const std::string& svg_path);

}  // namespace newsgraph::app
