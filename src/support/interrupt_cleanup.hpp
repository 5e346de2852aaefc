#pragma once
// Temporary files and folders removed when docket is interrupted (SIGINT, SIGTERM), and those
// left by a run that was killed outright (SIGKILL) removed by the next run.
//
// Signals belong to the whole process, so this is the one process-wide registry in docket: a
// set of paths under a mutex. A dedicated thread waits for the signals (sigwait) and removes
// the registered paths in an ordinary context, then ends the process by the same signal.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace docket {

/// Ignores SIGXFSZ (so an over-size write fails with EFBIG and is reported). Blocks SIGINT
/// and SIGTERM in the calling thread (and so in the threads it starts later) and
/// starts the thread that cleans up on them. Call once, first thing in main(), before any
/// other thread exists. Programs that do not call it keep the default behaviour.
void clean_up_on_interrupt();

/// While registered, `path` is removed on SIGINT or SIGTERM, with every sibling whose name is
/// path's name followed by "." (libzip writes its partial package as TEMP.XXXXXX). A folder is
/// removed with its contents.
void register_temporary(const std::filesystem::path& path);
void unregister_temporary(const std::filesystem::path& path);

/// While it lives, the process group `group` (a child and its children, e.g. LibreOffice) is
/// killed on SIGINT or SIGTERM: it runs in a group of its own, so a terminal's Ctrl-C does not
/// reach it.
class ProcessGroupOnInterrupt {
 public:
  explicit ProcessGroupOnInterrupt(int group);
  ~ProcessGroupOnInterrupt();
  ProcessGroupOnInterrupt(const ProcessGroupOnInterrupt&) = delete;
  ProcessGroupOnInterrupt& operator=(const ProcessGroupOnInterrupt&) = delete;

 private:
  int group_;
};

/// While it lives, the first SIGINT or SIGTERM calls `stop` (on the signal thread) instead of
/// ending the process: a server stops accepting and finishes what it is doing, and main()
/// returns 0. If the process has not ended `grace` later, or a second signal comes, the
/// registered process groups are killed and temporaries removed as usual; after the grace
/// period the process then ends with status 0, on a second signal by that signal.
class OrderlyStop {
 public:
  OrderlyStop(std::function<void()> stop, std::chrono::seconds grace);
  ~OrderlyStop();
  OrderlyStop(const OrderlyStop&) = delete;
  OrderlyStop& operator=(const OrderlyStop&) = delete;
};

/// Unblocks every signal in a child about to run another program (async-signal-safe).
void restore_signal_mask() noexcept;

/// The name part of a temporary file for `target_name` made by this process:
/// ".TARGET.tmp-PID-" (mkstemp adds six characters).
std::string temporary_prefix(const std::string& target_name);

/// Removes from `folder` the temporary files for `target_name` (with libzip's partial
/// packages beside them) whose process no longer exists: what a killed run left behind.
void remove_stale_temporaries(const std::filesystem::path& folder, const std::string& target_name);

/// Removes from `folder` the files and folders named PREFIX PID-... that this user made and
/// whose process PID no longer exists (scratch folders in /tmp after a SIGKILL, for example).
void remove_stale_entries(const std::filesystem::path& folder, const std::string& prefix);

}  // namespace docket
