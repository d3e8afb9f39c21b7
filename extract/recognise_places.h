// Places: capitals standing for their country, compass places ("the North"), places of the
// lexicon and unknown places, each as a location or as its government.
#pragma once

#include "extract/recognise_place_context.h"

namespace newsgraph::extract::recognise {

class PlaceRules : public PlaceContext {
 public:
  using PlaceContext::PlaceContext;

 protected:
  void capitals();
  bool compass_place(const LexEntry& entry, std::size_t b, std::size_t e);
  bool compass_span(std::size_t b, std::size_t e);
  void place(const LexEntry& entry, std::size_t b, std::size_t e);
  bool place_head_of_country(std::size_t b, std::size_t k) const;
  void unknown_place(std::size_t b, std::size_t e);
};

}  // namespace newsgraph::extract::recognise
