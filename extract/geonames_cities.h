// World cities from Debian's libgeonames (24k cities with country, state, coordinates and
// population), added to a lexicon as `city` entries so place nodes can carry coordinates.
#pragma once

#include "extract/lexicon.h"

namespace newsgraph::extract {

// Adds every geonames city; returns how many were added. Cities already in the builder
// (curated files) keep their names and gain coordinates and population.
std::size_t add_geonames_cities(Lexicon::Builder& builder);

}  // namespace newsgraph::extract
