#include "extract/geonames_cities.h"

#include <geonames.h>

#include <cstdio>
#include <map>

namespace newsgraph::extract {
namespace {

std::string coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

}  // namespace

std::size_t add_geonames_cities(Lexicon::Builder& builder) {
  const int n = geonames_get_n_cities();
  // Several cities share a name ("Portland"): the most populous one stands for the name.
  std::map<std::string, LexEntry> best;
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    if (city == nullptr) continue;
    LexEntry e;
    e.kind = LexKind::city;
    e.name = geonames_city_get_name(city);
    const char* code = geonames_city_get_country_code(city);
    const char* state = geonames_city_get_state(city);
    if (code) e.attrs["country"] = code;
    if (state && *state) e.attrs["state"] = state;
    e.attrs["lat"] = coordinate(geonames_city_get_latitude(city));
    e.attrs["lon"] = coordinate(geonames_city_get_longitude(city));
    e.population = geonames_city_get_population(city);
    geonames_city_free(city);
    if (e.name.empty()) continue;
    auto it = best.find(e.name);
    if (it == best.end() || it->second.population < e.population) best[e.name] = std::move(e);
  }
  for (auto& [name, e] : best) builder.add(std::move(e), /*override=*/false);
  return best.size();
}

}  // namespace newsgraph::extract
