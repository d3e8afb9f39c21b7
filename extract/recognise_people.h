// People: a name with a person cue (a title before, an appositive, a speech or lead verb after,
// a name shape, a credit) is a person; one without waits in SentenceMentions::pending.
#pragma once

#include "extract/recognise_places.h"

namespace newsgraph::extract::recognise {

class PersonRules : public PlaceRules {
 public:
  using PlaceRules::PlaceRules;

 protected:
  void person(std::size_t b, std::size_t e, bool evidence, int title_entry = -1, std::size_t title_b = 0);
  std::size_t name_words(std::size_t b, std::size_t e) const;
  bool outlet_slash_before(std::size_t b) const;
  bool person_cue(std::size_t b, std::size_t e, std::string_view* rule = nullptr) const;
  bool role_after(std::size_t k) const;
  void nicknamed_people();
};

}  // namespace newsgraph::extract::recognise
