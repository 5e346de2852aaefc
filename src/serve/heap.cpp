#include "serve/heap.hpp"

#include <malloc.h>

#include <algorithm>

namespace docket::serve {

void limit_malloc_arenas() {
  // glibc's default is 8 arenas per core; 48 HTTP workers then spread their peaks over 16
  // arenas on 2 cores, each kept at its own high-water mark (400 MB held for 13 MB in use
  // after 2,000 soak requests; with 2 arenas 250 MB).
  const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
  mallopt(M_ARENA_MAX, static_cast<int>(cores));
}

HeapTrimmer::HeapTrimmer(std::chrono::seconds period) : thread_([this, period] { run(period); }) {}

HeapTrimmer::~HeapTrimmer() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_.notify_all();
  thread_.join();
}

void HeapTrimmer::note_request() noexcept {
  const std::lock_guard lock(mutex_);
  busy_ = true;
}

void HeapTrimmer::run(std::chrono::seconds period) {
  std::unique_lock lock(mutex_);
  while (!stop_.wait_for(lock, period, [this] { return stopping_; })) {
    if (!busy_) continue;  // nothing freed since the last trim
    busy_ = false;
    lock.unlock();
    // Gives back the free pages inside every arena, not only at the top of the heap (which
    // is all glibc's own trimming does); takes a few milliseconds.
    malloc_trim(0);
    lock.lock();
  }
}

}  // namespace docket::serve
