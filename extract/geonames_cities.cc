#include "extract/geonames_cities.h"

#include <geonames.h>

#include <charconv>
#include <map>

namespace newsgraph::extract {
namespace {

// "%.4f" without printf (24k cities are read at every start).
std::string coordinate(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4);
  return std::string(buf, r.ptr);
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
    // (Not the state: nothing uses it, and each field costs a lookup in GLib's serialised table.)
    const char* code = geonames_city_get_country_code(city);
    if (code) e.attrs["country"] = code;
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
