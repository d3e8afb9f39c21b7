// Renders a DOT file to SVG with Graphviz's `dot` when it is installed, for graphs small enough
// to read as a picture, and never for longer than a time limit.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace newsgraph::app {

// Above this many nodes a picture is unreadable (and `dot` can run for hours): graph.svg is not
// rendered; open graph.gexf in Gephi instead.
inline constexpr std::size_t kSvgMaxNodes = 300;
// `dot` is stopped after this long and graph.svg is not written.
inline constexpr std::chrono::seconds kSvgTimeLimit{60};

// Runs `dot -Tsvg` into a temporary file and renames it to svg_path; stops it after
// `time_limit`. Returns an error message, or "" on success; "Graphviz not installed" when dot
// is missing.
std::string render_svg(const std::string& dot_path, const std::string& svg_path,
                       std::chrono::milliseconds time_limit = kSvgTimeLimit);

}  // namespace newsgraph::app
