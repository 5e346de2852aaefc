#pragma once
// What the user sees of long work on standard error. On a terminal: one line that rewrites
// itself ("docket: [3/9] making the PDF with LibreOffice… 12 s"), cleared when the work ends.
// With --verbose: a line per finished step with the time it took, wherever stderr goes.
// Otherwise, and always with --quiet: nothing.
#include <chrono>
#include <condition_variable>
#include <iosfwd>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include "pack/progress.hpp"

namespace docket::cli {

class ProgressDisplay {
 public:
  struct Mode {
    bool live = false;     // rewrite one line in place (stderr is a terminal)
    bool verbose = false;  // a line per finished step, with its time
  };
  ProgressDisplay(std::ostream& err, Mode mode);
  ~ProgressDisplay();
  ProgressDisplay(const ProgressDisplay&) = delete;
  ProgressDisplay& operator=(const ProgressDisplay&) = delete;

  /// Whether standard error is a terminal, so a live line can be drawn on it.
  static bool stderr_is_terminal();

  /// A step begins (the previous one, if any, has ended).
  void begin(const pack::ProgressStep& step);
  /// The current step has ended and the live line is cleared, so that other lines can be
  /// printed on standard error; the next begin() draws again.
  void pause();
  /// The work has ended: as pause(), then with --verbose the total time.
  void finish();
  /// A callback for the pack library that draws here.
  pack::PackProgress callback() {
    return [this](const pack::ProgressStep& s) { begin(s); };
  }

 private:
  void end_step();                  // with the lock held
  void draw(std::size_t seconds);   // with the lock held
  void clear_line();                // with the lock held
  void tick(std::stop_token stop);  // the redraw thread: shows the time a long step has taken

  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  Mode mode_;
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::optional<pack::ProgressStep> current_;
  Clock::time_point step_start_{};
  Clock::time_point job_start_{};
  bool drawn_ = false;
  std::size_t steps_ = 0;
  std::jthread ticker_;
};

}  // namespace docket::cli
