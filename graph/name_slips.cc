#include "graph/name_slips.h"

namespace newsgraph::graph {

bool one_slip_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < 4 || b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i + 1 >= a.size() || a[i] != b[i + 1] || a[i + 1] != b[i]) return false;
    return a.substr(i + 2) == b.substr(i + 2);
  }
  // b has one letter more, at i: a doubled letter is the same as the one before it
  if (i == 0 || b[i] != b[i - 1]) return false;
  return a.substr(i) == b.substr(i + 1);
}

}  // namespace newsgraph::graph
