// The registry of relation kinds: the eight built-in ones, then those declared at run time.
#include <array>
#include <atomic>
#include <mutex>

#include "extract/extract.h"

namespace newsgraph {
namespace {

constexpr std::size_t kMaxKinds = 256;  // RelationType is one byte
constexpr std::size_t kMaxName = 64;

// Slots are written once, under the mutex, before `count` is raised (release): a reader that
// sees the count (acquire) sees the slots below it, so reading takes no lock.
struct Registry {
  std::array<RelationSpec, kMaxKinds> specs;
  std::atomic<std::size_t> count{0};
  std::mutex writing;
  Registry() {
    using E = EntityType;
    const RelationSpec builtin[] = {
        {"leads", E::person, E::agency},        {"held-in", E::round, E::place},
        {"expires", E::agreement, E::date},     {"member-of", E::person, E::agency},
        {"part-of", E::round, E::agreement},    {"held-on", E::round, E::date},
        {"party-to", E::place, E::agreement},   {"counterpart-of", E::person, E::person, true},
    };
    for (const auto& s : builtin) specs[count++] = s;
  }
  std::size_t size() const { return count.load(std::memory_order_acquire); }
};

Registry& registry() {
  static Registry r;
  return r;
}

bool well_formed(std::string_view name) {
  if (name.empty() || name.size() > kMaxName || name.front() == '-' || name.back() == '-') return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '-' ? name[i - 1] == '-' : (c < 'a' || c > 'z')) return false;
  }
  return true;
}

std::string ends(EntityType from, EntityType to, bool symmetric) {
  return std::string(to_string(from)) + (symmetric ? " <-> " : " -> ") + std::string(to_string(to));
}

}  // namespace

std::variant<RelationType, std::string> declare_relation_type(std::string_view name, EntityType from, EntityType to,
                                                              bool symmetric) {
  const std::string quoted = "relation kind '" + std::string(name) + "'";
  if (!well_formed(name))
    return quoted + ": a name is lower-case words (a-z) joined by '-', at most " + std::to_string(kMaxName) +
           " characters";
  if (symmetric && from != to) return quoted + ": a symmetric kind joins two ends of one type";
  Registry& r = registry();
  std::lock_guard lock(r.writing);
  const std::size_t n = r.size();
  for (std::size_t i = 0; i < n; ++i) {
    const RelationSpec& s = r.specs[i];
    if (s.name != name) continue;
    if (s.from != from || s.to != to || s.symmetric != symmetric)
      return quoted + " exists as " + ends(s.from, s.to, s.symmetric) + ", not " + ends(from, to, symmetric);
    return static_cast<RelationType>(i);
  }
  if (n == kMaxKinds)
    return quoted + ": too many relation kinds (at most " + std::to_string(kMaxKinds - 8) + " can be declared)";
  r.specs[n] = RelationSpec{std::string(name), from, to, symmetric, false};
  r.count.store(n + 1, std::memory_order_release);
  return static_cast<RelationType>(n);
}

const RelationSpec& relation_spec(RelationType t) { return registry().specs[static_cast<std::size_t>(t)]; }

std::vector<RelationType> relation_types() {
  std::vector<RelationType> out(registry().size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<RelationType>(i);
  return out;
}

bool relation_before(RelationType a, RelationType b) {
  const RelationSpec &x = relation_spec(a), &y = relation_spec(b);
  if (x.builtin != y.builtin) return x.builtin;
  return x.builtin ? a < b : x.name < y.name;
}

std::string_view to_string(RelationType t) { return relation_spec(t).name; }

std::optional<RelationType> relation_type_from(std::string_view s) {
  const Registry& r = registry();
  const std::size_t n = r.size();
  for (std::size_t i = 0; i < n; ++i)
    if (r.specs[i].name == s) return static_cast<RelationType>(i);
  return std::nullopt;
}

}  // namespace newsgraph
