// Finding the articles to read: files, folders (recursed, *.txt, sorted) and "-" for stdin.
#pragma once

#include <string>
#include <vector>

namespace newsgraph::app {

struct Input {
  std::string path;  // "-" for standard input
  std::string id;    // article id: the file name without .txt
};

struct InputError {
  std::string path;
  std::string reason;
};

struct InputList {
  std::vector<Input> inputs;
  std::vector<InputError> errors;
};

// Expands the command-line arguments; every problem is reported, none stops the rest.
InputList collect_inputs(const std::vector<std::string>& args);

// Reads a whole file (or stdin for "-"). Returns an error message, empty on success.
// Files larger than max_bytes are not read (error "larger than ...").
std::string read_input(const Input& in, std::size_t max_bytes, std::string& out);

}  // namespace newsgraph::app
