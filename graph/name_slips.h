// Two spellings of one name word that a writer slips between within one article.
#pragma once

#include <string_view>

namespace newsgraph::graph {

// A letter doubled or not ("fayad" / "fayyad") or two neighbouring letters swapped ("bayramov" /
// "baryamov"), in words of four letters or more; false for equal words. Other one-letter
// differences ("jon" / "joan", "marin" / "martin") are other names, never slips.
bool one_slip_apart(std::string_view a, std::string_view b);

}  // namespace newsgraph::graph
