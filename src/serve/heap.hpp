#pragma once
// Keeping `docket serve`'s resident memory flat over months. Measured with
// bench/serve_soak.cpp --malloc-stats (bench/results.md): after thousands of requests the
// server has ~13 MB in use but glibc holds 250–400 MB — memory freed by the worker threads
// and kept in glibc's per-thread arenas (up to 8 per core, each growing to the peak of the
// requests that used it), not a leak. Fewer arenas and a periodic malloc_trim give it back.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace docket::serve {

/// Caps glibc's malloc arenas (one per core, at least two): call before threads start.
void limit_malloc_arenas();

/// A thread that returns free heap pages to the system (malloc_trim) every `period` while
/// requests are being answered; stopped and joined with the object.
class HeapTrimmer {
 public:
  explicit HeapTrimmer(std::chrono::seconds period);
  ~HeapTrimmer();
  HeapTrimmer(const HeapTrimmer&) = delete;
  HeapTrimmer& operator=(const HeapTrimmer&) = delete;
  /// Called after each request: there may be something to give back.
  void note_request() noexcept;

 private:
  void run(std::chrono::seconds period);

  std::mutex mutex_;
  std::condition_variable stop_;
  bool stopping_ = false;
  bool busy_ = false;
  std::thread thread_;
};

}  // namespace docket::serve
