// Whether a place is meant as a location ("talks in Seoul", "visited Seoul", a dateline) rather
// than for its government, and where a place cued by its context ends.
#pragma once

#include "extract/recognise_span_shape.h"

namespace newsgraph::extract::recognise {

class PlaceContext : public SpanShape {
 public:
  using SpanShape::SpanShape;

 protected:
  bool location_context(std::size_t b, std::size_t e) const;
  bool after_listed_location(std::size_t p, std::size_t item_end) const;
  bool region_adjective(std::string_view w) const;
  bool place_at(std::size_t k) const;
  std::size_t cued_place_end(std::size_t b, std::size_t e) const;
  bool venue_of_meeting(std::size_t b, std::size_t e) const;
  bool after_leading_date(std::size_t b) const;
  std::size_t venue_end(std::size_t b, std::size_t e) const;
  bool place_apposition(std::size_t e) const;
};

}  // namespace newsgraph::extract::recognise
