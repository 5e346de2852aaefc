#include "cli/progress_display.hpp"

#include <cstdio>
#include <cstdlib>
#include <ostream>

#ifdef _WIN32
#include <io.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

#include "support/text.hpp"

namespace docket::cli {

namespace {

std::string seconds_text(std::chrono::steady_clock::duration d) {
  const double s = std::chrono::duration<double>(d).count();
  char buf[32];
  std::snprintf(buf, sizeof buf, s < 10 ? "%.2f s" : "%.1f s", s);
  return buf;
}

std::size_t terminal_width() {
#if defined(TIOCGWINSZ)
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
#endif
  if (const char* columns = std::getenv("COLUMNS")) {
    if (const long n = std::atol(columns); n > 0) return static_cast<std::size_t>(n);
  }
  return 80;
}

}  // namespace

bool ProgressDisplay::stderr_is_terminal() {
#ifdef _WIN32
  return ::_isatty(::_fileno(stderr)) != 0;
#else
  return ::isatty(STDERR_FILENO) != 0;
#endif
}

ProgressDisplay::ProgressDisplay(std::ostream& err, Mode mode) : err_(err), mode_(mode) {}

ProgressDisplay::~ProgressDisplay() { finish(); }

void ProgressDisplay::begin(const pack::ProgressStep& step) {
  if (!mode_.live && !mode_.verbose) return;
  std::lock_guard lock(mutex_);
  end_step();
  const auto now = Clock::now();
  if (steps_++ == 0) job_start_ = now;
  current_ = step;
  step_start_ = now;
  if (!mode_.live) return;
  draw(0);
  if (!ticker_.joinable()) ticker_ = std::jthread([this](std::stop_token stop) { tick(stop); });
}

void ProgressDisplay::pause() {
  std::lock_guard lock(mutex_);
  end_step();
  clear_line();
  err_.flush();
}

void ProgressDisplay::finish() {
  {
    std::lock_guard lock(mutex_);
    end_step();
    if (mode_.verbose && steps_ > 1) {
      clear_line();
      err_ << "docket: " << seconds_text(Clock::now() - job_start_) << "  in all\n";
    }
    steps_ = 0;
    clear_line();
    err_.flush();
  }
  if (ticker_.joinable()) {
    ticker_.request_stop();
    wake_.notify_all();
    ticker_.join();
  }
}

void ProgressDisplay::end_step() {
  if (!current_) return;
  if (mode_.verbose) {
    clear_line();
    err_ << "docket: " << seconds_text(Clock::now() - step_start_) << "  " << current_->what << "\n";
  }
  current_.reset();
}

void ProgressDisplay::draw(std::size_t seconds) {
  std::string line = "docket: ";
  if (current_->total > 0) {
    line += "[" + std::to_string(current_->done + 1) + "/" + std::to_string(current_->total) + "] ";
  }
  line += current_->what + "\u2026";
  // A step that takes a while shows its time, so the user can see docket is still working.
  if (seconds >= 2) line += " " + std::to_string(seconds) + " s";
  const std::size_t width = terminal_width();
  err_ << "\r" << abbreviate(line, width > 2 ? width - 2 : width) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void ProgressDisplay::clear_line() {
  if (!drawn_) return;
  err_ << "\r\x1b[K";
  drawn_ = false;
}

void ProgressDisplay::tick(std::stop_token stop) {
  std::unique_lock lock(mutex_);
  while (!stop.stop_requested()) {
    wake_.wait_for(lock, stop, std::chrono::seconds(1), [] { return false; });
    if (stop.stop_requested()) return;
    if (current_ && drawn_) {
      draw(static_cast<std::size_t>(std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - step_start_).count()));
    }
  }
}

}  // namespace docket::cli
