#include "graph/sources.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <iterator>
#include <mutex>
#include <numeric>
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

namespace {
// Each interned id's place in string order, ranked again when ids were added since: outputs list
// sources in that order, and sorting numbers by rank cost a fraction of comparing the strings for
// every node and edge. Ranking happens when nothing is interned (see sources.h), on the first
// thread to ask; the others wait for it.
const std::vector<std::uint32_t>& ranks() {
  static std::mutex mutex;
  static std::vector<std::uint32_t> rank;
  static std::atomic<std::size_t> ranked{0};  // how many ids `rank` covers
  const ArticleTable& t = table();
  const std::size_t n = t.ids.size();
  if (ranked.load(std::memory_order_acquire) == n) return rank;
  std::lock_guard lock(mutex);
  if (ranked.load(std::memory_order_relaxed) != n) {
    std::vector<ArticleNumber> order(n);
    std::iota(order.begin(), order.end(), ArticleNumber{0});
    std::sort(order.begin(), order.end(), [&t](ArticleNumber a, ArticleNumber b) { return t.ids[a] < t.ids[b]; });
    rank.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) rank[order[i]] = static_cast<std::uint32_t>(i);
    ranked.store(n, std::memory_order_release);
  }
  return rank;
}
}  // namespace

std::vector<std::string_view> Sources::sorted() const {
  const std::vector<std::uint32_t>& rank = ranks();
  const auto by_rank = [&rank](ArticleNumber a, ArticleNumber b) { return rank[a] < rank[b]; };
  std::vector<std::string_view> out;
  out.reserve(numbers_.size());
  if (std::is_sorted(numbers_.begin(), numbers_.end(), by_rank)) {  // ids numbered in string order
    for (ArticleNumber n : numbers_) out.push_back(id_of(n));
    return out;
  }
  std::vector<ArticleNumber> order = numbers_;
  std::sort(order.begin(), order.end(), by_rank);
  for (ArticleNumber n : order) out.push_back(id_of(n));
  return out;
}

}  // namespace newsgraph::graph
