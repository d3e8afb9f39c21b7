// Offices and governments: "the Trump administration", legislatures ("the European Parliament"),
// "the Office of the U.S. Trade Representative".
#pragma once

#include "extract/recognise_people.h"

namespace newsgraph::extract::recognise {

class OfficeRules : public PersonRules {
 public:
  using PersonRules::PersonRules;

 protected:
  std::size_t leader_government(std::size_t i);
  std::size_t legislature(std::size_t i, bool name_follows = false, std::optional<std::uint32_t> c = std::nullopt);
  std::size_t office_of(std::size_t i);
};

}  // namespace newsgraph::extract::recognise
