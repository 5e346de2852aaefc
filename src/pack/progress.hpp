#pragma once
/// How far long work has got, for people waiting on it: the command line draws it on a
/// terminal, the server sends it as events. Each step is reported as it begins, in words
/// ("rendering item 5 of 12", "laying out the pack with LibreOffice", "finishing the PDF").
///
/// Example:
///   pack::PackOptions options;
///   options.progress = [](const pack::ProgressStep& s) { std::cerr << s.what << "\n"; };
#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <utility>

namespace docket::pack {

struct ProgressStep {
  std::string what;       // the step now beginning, e.g. "rendering item 5 of 12"
  std::size_t done = 0;   // steps of the job finished before this one
  std::size_t total = 0;  // steps in the whole job, as far as known so far; 0 when not known
};

/// Called on the working thread as each step begins; an empty function reports nothing.
using PackProgress = std::function<void(const ProgressStep&)>;

/// Numbers a job's steps as they begin and passes them to a PackProgress.
class ProgressCounter {
 public:
  explicit ProgressCounter(PackProgress report, std::size_t total = 0)
      : report_(std::move(report)), total_(total) {}
  /// Reports the step `what` as beginning.
  void begin(std::string what) {
    if (report_) report_({std::move(what), done_, total_ == 0 ? 0 : std::max(total_, done_ + 1)});
    ++done_;
  }
  /// Sets how many steps the whole job has, once that is known.
  void expect(std::size_t total) { total_ = total; }

 private:
  PackProgress report_;
  std::size_t total_;
  std::size_t done_ = 0;
};

}  // namespace docket::pack
