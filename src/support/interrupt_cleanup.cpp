#include "support/interrupt_cleanup.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <ctime>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

namespace docket {

namespace fs = std::filesystem;

namespace {

struct Registry {
  std::mutex mutex;
  std::set<fs::path> paths;
  std::set<int> groups;
  std::function<void()> stop;  // an OrderlyStop's, while one lives
  std::chrono::seconds grace{0};
};

Registry& registry() {
  static Registry r;
  return r;
}

void remove_with_partials(const fs::path& path) {
  std::error_code ec;
  fs::remove_all(path, ec);
  const std::string stem = path.filename().string() + ".";
  fs::path folder = path.parent_path();
  if (folder.empty()) folder = ".";
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.path().filename().string().starts_with(stem)) fs::remove_all(entry.path(), ec);
  }
}

sigset_t interrupt_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

void kill_groups_and_remove_temporaries() {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  for (const int group : r.groups) ::kill(-group, SIGKILL);
  for (const auto& path : r.paths) remove_with_partials(path);
}

// An OrderlyStop's first signal: asks the program to stop, and gives it `grace` to end by
// itself. A second signal or the end of the grace period ends it here, with status 0 after
// the grace period (the stop was asked for and done, only without waiting longer).
void stop_in_order(const sigset_t& set, int& sig) {
  std::function<void()> stop;
  std::chrono::seconds grace{0};
  {
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    stop = std::move(r.stop);
    r.stop = nullptr;
    grace = r.grace;
  }
  if (!stop) return;
  stop();
  const timespec wait{.tv_sec = static_cast<time_t>(grace.count()), .tv_nsec = 0};
  siginfo_t info{};
  const int again = sigtimedwait(&set, &info, &wait);
  if (again > 0) {
    sig = again;
    return;
  }
  kill_groups_and_remove_temporaries();
  ::_exit(0);
}

[[noreturn]] void wait_and_clean_up() {
  const sigset_t set = interrupt_signals();
  int sig = SIGTERM;
  while (sigwait(&set, &sig) != 0) {
  }
  stop_in_order(set, sig);
  kill_groups_and_remove_temporaries();
  // End as the signal would have: the parent (a shell, a service manager) sees it.
  ::signal(sig, SIG_DFL);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  ::raise(sig);
  ::_exit(128 + sig);
}

}  // namespace

void clean_up_on_interrupt() {
  const sigset_t set = interrupt_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  // Over a file-size limit (ulimit -f) a write then fails with EFBIG, which docket reports and
  // cleans up after, instead of the process ending at once and leaving its temporary file.
  ::signal(SIGXFSZ, SIG_IGN);
  std::thread(wait_and_clean_up).detach();
}

OrderlyStop::OrderlyStop(std::function<void()> stop, std::chrono::seconds grace) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.stop = std::move(stop);
  r.grace = grace;
}

OrderlyStop::~OrderlyStop() {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.stop = nullptr;
}

void register_temporary(const fs::path& path) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.paths.insert(path);
}

void unregister_temporary(const fs::path& path) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.paths.erase(path);
}

ProcessGroupOnInterrupt::ProcessGroupOnInterrupt(int group) : group_(group) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.groups.insert(group_);
}

ProcessGroupOnInterrupt::~ProcessGroupOnInterrupt() {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.groups.erase(group_);
}

void restore_signal_mask() noexcept {
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  ::signal(SIGXFSZ, SIG_DFL);
}

std::string temporary_prefix(const std::string& target_name) {
  return "." + target_name + ".tmp-" + std::to_string(::getpid()) + "-";
}

void remove_stale_temporaries(const fs::path& folder, const std::string& target_name) {
  remove_stale_entries(folder.empty() ? fs::path(".") : folder, "." + target_name + ".tmp-");
}

void remove_stale_entries(const fs::path& folder, const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    // PREFIX PID-XXXXXX[.YYYYYY]: only a process that is gone can no longer need it.
    const char* digits = name.data() + prefix.size();
    pid_t pid = 0;
    const auto [end, err] = std::from_chars(digits, name.data() + name.size(), pid);
    if (err != std::errc() || end == digits || *end != '-' || pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;
    // In a shared folder such as /tmp, only what this user made (and can remove).
    struct stat st {};
    if (::lstat(entry.path().c_str(), &st) != 0 || st.st_uid != ::geteuid()) continue;
    fs::remove_all(entry.path(), ec);
  }
}

}  // namespace docket
