// Ordered parallel map: extraction runs on a pool of threads while the calling thread consumes
// the results strictly in input order (so the graph, and the output, do not depend on -j).
// At most `window` results wait at any time: memory follows the window, not the corpus.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newsgraph::app {

// Calls work(i) for every i in [0, n) on `jobs` threads (inline when jobs <= 1) and consume(i, r)
// on the calling thread in order of i.
template <class Result>
void ordered_parallel(std::size_t n, unsigned jobs, std::size_t window, const std::function<Result(std::size_t)>& work,
                      const std::function<void(std::size_t, Result&&)>& consume) {
  if (jobs <= 1) {
    for (std::size_t i = 0; i < n; ++i) consume(i, work(i));
    return;
  }
  std::mutex m;
  std::condition_variable filled, space;
  std::vector<std::optional<Result>> slots(window);
  std::size_t next = 0, consumed = 0;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lk(m);
        if (next >= n) return;
        i = next++;
        space.wait(lk, [&] { return i < consumed + window; });
      }
      Result r = work(i);
      {
        std::lock_guard lk(m);
        slots[i % window] = std::move(r);
      }
      filled.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < jobs; ++t) pool.emplace_back(worker);
  for (std::size_t c = 0; c < n; ++c) {
    Result r;
    {
      std::unique_lock lk(m);
      filled.wait(lk, [&] { return slots[c % window].has_value(); });
      r = std::move(*slots[c % window]);
      slots[c % window].reset();
      consumed = c + 1;
    }
    space.notify_all();
    consume(c, std::move(r));
  }
  for (auto& t : pool) t.join();
}

}  // namespace newsgraph::app
