// The sides of talks of no agreement, as named in an article (internal to extract/: the naming of
// talks reads them, article_talks.cc).
#pragma once

#include <string>

namespace newsgraph::extract::article {
struct Draft;
namespace sides {

// "UK-EU": the first pair of countries or bodies the headline and lead join ("X and Y", "Indian
// and Chinese …", "the Colombian government and the ELN"), else talks said to be "between A and
// B" anywhere in the article; "" if none.
std::string in_lead(const Draft& d);
// "Sixth round of talks between US and Taliban members": the sides a round's own sentence names
// after "between"; "".
std::string of_a_round(const Draft& d);
// The two sides the article names most, each more than once (a country where it acts); "".
std::string two_most_named(const Draft& d);

}  // namespace sides
}  // namespace newsgraph::extract::article
