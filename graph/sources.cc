#include "graph/sources.h"

#include <algorithm>
#include <deque>
#include <iterator>
#include <unordered_map>

namespace newsgraph::graph {
namespace {

// deque: ids keep their address as the table grows (the map's keys view them).
struct ArticleTable {
  std::deque<std::string> ids;
  std::unordered_map<std::string_view, ArticleNumber> numbers;
};

ArticleTable& table() {
  static ArticleTable t;
  return t;
}

}  // namespace

ArticleNumber intern_article(std::string_view id) {
  ArticleTable& t = table();
  if (auto it = t.numbers.find(id); it != t.numbers.end()) return it->second;
  const auto n = static_cast<ArticleNumber>(t.ids.size());
  t.ids.emplace_back(id);
  t.numbers.emplace(t.ids.back(), n);
  return n;
}

const std::string& id_of(ArticleNumber n) { return table().ids[n]; }

void Sources::insert(ArticleNumber n) {
  if (numbers_.empty() || numbers_.back() < n) {
    numbers_.push_back(n);
    return;
  }
  auto it = std::lower_bound(numbers_.begin(), numbers_.end(), n);
  if (it == numbers_.end() || *it != n) numbers_.insert(it, n);
}

void Sources::merge(const Sources& other) {
  if (other.numbers_.empty()) return;
  if (numbers_.empty() || numbers_.back() < other.numbers_.front()) {
    numbers_.insert(numbers_.end(), other.numbers_.begin(), other.numbers_.end());
    return;
  }
  std::vector<ArticleNumber> out;
  out.reserve(numbers_.size() + other.numbers_.size());
  std::set_union(numbers_.begin(), numbers_.end(), other.numbers_.begin(), other.numbers_.end(),
                 std::back_inserter(out));
  numbers_ = std::move(out);
}

bool Sources::contains(std::string_view id) const {
  const auto& numbers = table().numbers;
  auto it = numbers.find(id);
  return it != numbers.end() && std::binary_search(numbers_.begin(), numbers_.end(), it->second);
}

std::vector<std::string_view> Sources::sorted() const {
  std::vector<std::string_view> out;
  out.reserve(numbers_.size());
  for (ArticleNumber n : numbers_) out.push_back(id_of(n));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace newsgraph::graph
