#include "export/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace newsgraph::exporter {

void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t, std::size_t)>& work,
                  const std::function<void()>& meanwhile) {
  // Items go out in chunks, taken in turn by whichever thread is free: the cost of an item varies
  // a lot (a country named in half the articles has thousands of sources, most nodes a few), and
  // costly nodes sit together in id order, so equal halves would leave one thread idle.
  constexpr std::size_t kChunk = 64;
  const std::size_t chunks = (n + kChunk - 1) / kChunk;
  const std::size_t spare = std::min<std::size_t>(threads < 1 ? 0 : threads - 1, chunks);
  if (spare == 0) {
    if (meanwhile) meanwhile();
    if (n > 0) work(0, n);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(spare + 1);
  const auto run = [&](std::size_t k) {
    try {
      if (k == 0 && meanwhile) meanwhile();
      for (std::size_t b; (b = next.fetch_add(kChunk)) < n;) work(b, std::min(b + kChunk, n));
    } catch (...) {
      errors[k] = std::current_exception();
      next = n;  // the others stop at their next chunk
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(spare);
  for (std::size_t k = 1; k <= spare; ++k) pool.emplace_back(run, k);
  run(0);
  for (auto& t : pool) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace newsgraph::exporter
