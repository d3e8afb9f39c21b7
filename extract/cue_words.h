// Word lists that more than one recogniser reads, so they cannot drift apart.
#pragma once

#include <array>
#include <string_view>

namespace newsgraph::extract {

// "scheduled for Brussels": after one of these and "for", a place is where something will be.
inline constexpr WordList<7> kScheduledFor = {{"scheduled", "slated", "set", "planned",
    "bound", "headed", "due"}};

}  // namespace newsgraph::extract
