// Finding the articles to read: files, folders (recursed, sorted; every extension a reader takes,
// readers/readers.h) and "-" for stdin.
// In folders only regular files are read: a FIFO, socket or device there is skipped with a
// warning (opening it could block forever). A file named on the command line may be a pipe
// (`newsgraph build <(zcat a.txt.gz)`): it is read to its end.
#pragma once

#include <string>
#include <vector>

namespace newsgraph::app {

struct Input {
  std::string path;  // "-" for standard input
  std::string id;    // article id (of a one-article file; the prefix of "id#line" ids): the file name without its extension
  bool named = false;  // named on the command line (may be a pipe), not found in a folder
};

struct InputError {
  std::string path;
  std::string reason;
};

struct InputList {
  std::vector<Input> inputs;
  std::vector<InputError> errors;
  std::vector<InputError> warnings;  // skipped, not failed: FIFOs, sockets, devices in folders
};

// Expands the command-line arguments; every problem is reported, none stops the rest.
InputList collect_inputs(const std::vector<std::string>& args);

// Reads a whole file (or stdin for "-"). Returns an error message, empty on success.
// Files larger than max_bytes are not read (error "larger than ..."). An input found in a folder
// that is not a regular file when opened is not read (it never blocks).
std::string read_input(const Input& in, std::size_t max_bytes, std::string& out);

}  // namespace newsgraph::app
