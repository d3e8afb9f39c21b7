// Splitting the per-node and per-edge work of an export over threads (internal to export/).
// Each item's result goes to its own slot, so the output does not depend on the number of
// threads (export/document.h writes the slots in order).
#pragma once

#include <cstddef>
#include <functional>

namespace newsgraph::exporter {

// Calls work(begin, end) on ranges covering [0, n), each once, on `threads` threads: the calling
// thread and threads - 1 new std::threads, which take the ranges in turn. The calling thread
// first runs `meanwhile` (if given), then joins in. With threads <= 1 (or little to do) it is
// meanwhile() then one call on the calling thread, and no thread is started at all. An exception
// thrown by `work` or `meanwhile` is rethrown here once all threads have stopped.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t, std::size_t)>& work,
                  const std::function<void()>& meanwhile = {});

}  // namespace newsgraph::exporter
