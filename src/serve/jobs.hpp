#pragma once
// Long work in the background: a small pool of worker threads runs jobs (page previews now,
// agenda packs later), each with a progress percentage and a step in words that pages show
// and server-sent events stream. A job with the same key as one still queued or running is
// not started twice.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace docket::serve {

struct JobState {
  enum class Status { queued, running, done, failed } status = Status::queued;
  int percent = 0;
  std::string step;    // "Making the PDF with LibreOffice"
  std::string error;   // in words, when failed
  std::string result;  // what the job made (a cache key), when done
  long version = 0;    // increases with every change
};

/// Reports progress from inside a job.
using Progress = std::function<void(int percent, const std::string& step)>;
/// A job's work: returns its result; throws docket::Error (its message is shown) to fail.
using JobWork = std::function<std::string(const Progress&)>;

class Jobs {
 public:
  explicit Jobs(std::size_t workers);
  ~Jobs();
  Jobs(const Jobs&) = delete;
  Jobs& operator=(const Jobs&) = delete;

  /// Queues `work` under `key` and returns the job's id (the running job's, if one with this
  /// key is queued or running).
  std::string start(const std::string& key, JobWork work);
  struct Started {
    std::string id;
    bool fresh = false;  // false: a job with this key was already queued or running
  };
  /// As start, saying whether this call queued the job.
  Started start_once(const std::string& key, JobWork work);
  /// The job queued or running under `key`, if any.
  std::optional<std::string> active(const std::string& key) const;
  std::optional<JobState> state(const std::string& id) const;
  /// Waits until the job's version passes `seen` (or `timeout`); the state then.
  std::optional<JobState> wait(const std::string& id, long seen, std::chrono::milliseconds timeout) const;

 private:
  struct Job {
    std::string key;
    JobWork work;
    JobState state;
  };
  void worker();
  std::optional<std::string> active_locked(const std::string& key) const;
  void update(const std::string& id, const std::function<void(JobState&)>& change);

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::condition_variable queued_;
  std::map<std::string, Job> jobs_;
  std::deque<std::string> queue_;
  std::deque<std::string> finished_;  // oldest first, trimmed
  long next_id_ = 1;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace docket::serve
