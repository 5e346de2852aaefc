#pragma once
// Small helpers shared by the benchmark harnesses: a stopwatch giving wall and CPU time,
// medians, and memory. Each harness prints one line, "label key=value …", that bench/run.sh
// collects. CPU time (user + system, every thread of the process) is printed beside wall
// time because a shared machine's load stretches wall time but hardly CPU time.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <string>
#include <vector>

namespace docket::bench {

using Clock = std::chrono::steady_clock;

/// CPU time this process has used so far (all threads), in milliseconds.
inline double cpu_ms_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/// Wall and CPU time since construction (or the last restart()).
struct Stopwatch {
  Clock::time_point wall = Clock::now();
  double cpu = cpu_ms_now();

  double wall_ms() const { return std::chrono::duration<double, std::milli>(Clock::now() - wall).count(); }
  double cpu_ms() const { return cpu_ms_now() - cpu; }
  void restart() { *this = Stopwatch{}; }
};

/// The median of `values` (the mean of the middle two for an even count); 0 when empty.
inline double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// This process's peak resident set so far, in MiB (Linux reports ru_maxrss in KiB).
inline double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// This process's resident set now, in MiB (from /proc/self/statm); 0 if unreadable.
inline double current_rss_mib() {
  long pages_total = 0, pages_resident = 0;
  if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages_total, &pages_resident) != 2) pages_resident = 0;
    std::fclose(f);
  }
  return static_cast<double>(pages_resident) * 4096.0 / (1024.0 * 1024.0);
}

/// Named steps timed over several repeats, printed as medians in the order first seen.
class PhaseTimes {
 public:
  /// Records the wall and CPU time of `phase` since `watch` started, and the resident set
  /// after it; restarts `watch`.
  void lap(const std::string& phase, Stopwatch& watch) {
    if (!wall_.count(phase)) order_.push_back(phase);
    wall_[phase].push_back(watch.wall_ms());
    cpu_[phase].push_back(watch.cpu_ms());
    rss_after_[phase] = current_rss_mib();
    watch.restart();
  }

  /// Prints "`label` repeats=R phase_ms=… phase_cpu_ms=… … phase_rss_mib=… peak_rss_mib=M"
  /// (times are medians; the resident sets are the last repeat's).
  void print(const char* label) const {
    std::size_t repeats = 0;
    for (const auto& [_, v] : wall_) repeats = std::max(repeats, v.size());
    std::printf("%s repeats=%zu", label, repeats);
    for (const auto& p : order_) std::printf(" %s_ms=%.2f", p.c_str(), median(wall_.at(p)));
    for (const auto& p : order_) std::printf(" %s_cpu_ms=%.2f", p.c_str(), median(cpu_.at(p)));
    for (const auto& p : order_) std::printf(" %s_rss_mib=%.1f", p.c_str(), rss_after_.at(p));
    std::printf(" peak_rss_mib=%.1f\n", peak_rss_mib());
  }

 private:
  std::vector<std::string> order_;
  std::map<std::string, std::vector<double>> wall_, cpu_;
  std::map<std::string, double> rss_after_;
};

}  // namespace docket::bench
