// Readers' throughput: reads each file given (HTML, RSS/Atom, JSON Lines, text) with the reader
// detect() picks, without extraction, and prints MB/s per kind (bytes of input per second of
// reading, best of 3 passes). Usage: readers_bench FILE...
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "readers/readers.h"

using namespace newsgraph;

int main(int argc, char** argv) {
  struct Input {
    std::string path, content;
    readers::Kind kind;
  };
  std::vector<Input> inputs;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const auto kind = readers::detect(argv[i], s.str());
    inputs.push_back({argv[i], s.str(), kind});
  }
  std::map<readers::Kind, double> bytes, best;
  std::map<readers::Kind, std::size_t> docs;
  for (const auto& in : inputs) bytes[in.kind] += static_cast<double>(in.content.size());
  for (int pass = 0; pass < 3; ++pass) {
    std::map<readers::Kind, double> secs;
    for (const auto& in : inputs) {
      const auto t0 = std::chrono::steady_clock::now();
      const auto r = readers::read(in.kind, "bench", in.content);
      secs[in.kind] += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (pass == 0) docs[in.kind] += r.documents.size();
    }
    for (const auto& [k, s] : secs)
      if (!best.count(k) || s < best[k]) best[k] = s;
  }
  for (const auto& [k, s] : best)
    std::printf("%-10s %8.1f MB  %6zu articles  %7.3f s  %7.1f MB/s\n", std::string(readers::to_string(k)).c_str(),
                bytes[k] / 1e6, docs[k], s, bytes[k] / 1e6 / s);
  return 0;
}
