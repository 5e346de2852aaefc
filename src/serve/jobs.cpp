#include "serve/jobs.hpp"

#include "support/error.hpp"

namespace docket::serve {

namespace {
constexpr std::size_t kFinishedKept = 200;
}

Jobs::Jobs(std::size_t workers) {
  for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { worker(); });
}

Jobs::~Jobs() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_all();
  for (auto& t : threads_) t.join();
}

std::string Jobs::start(const std::string& key, JobWork work) { return start_once(key, std::move(work)).id; }

Jobs::Started Jobs::start_once(const std::string& key, JobWork work) {
  const std::lock_guard lock(mutex_);
  if (auto id = active_locked(key)) return {*id, false};
  const std::string id = "job-" + std::to_string(next_id_++);
  jobs_[id] = Job{key, std::move(work), JobState{.step = "Waiting to start"}};
  queue_.push_back(id);
  queued_.notify_one();
  return {id, true};
}

std::optional<std::string> Jobs::active(const std::string& key) const {
  const std::lock_guard lock(mutex_);
  return active_locked(key);
}

std::optional<std::string> Jobs::active_locked(const std::string& key) const {
  for (const auto& [id, job] : jobs_) {
    if (job.key == key && (job.state.status == JobState::Status::queued || job.state.status == JobState::Status::running)) {
      return id;
    }
  }
  return std::nullopt;
}

std::optional<JobState> Jobs::state(const std::string& id) const {
  const std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  return it->second.state;
}

std::optional<JobState> Jobs::wait(const std::string& id, long seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] {
    auto it = jobs_.find(id);
    return it == jobs_.end() || it->second.state.version > seen || stopping_;
  });
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  return it->second.state;
}

void Jobs::update(const std::string& id, const std::function<void(JobState&)>& change) {
  {
    const std::lock_guard lock(mutex_);
    auto it = jobs_.find(id);
    if (it == jobs_.end()) return;
    change(it->second.state);
    ++it->second.state.version;
  }
  changed_.notify_all();
}

void Jobs::worker() {
  for (;;) {
    std::string id;
    JobWork work;
    {
      std::unique_lock lock(mutex_);
      queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      id = queue_.front();
      queue_.pop_front();
      work = std::move(jobs_[id].work);
    }
    update(id, [](JobState& s) {
      s.status = JobState::Status::running;
      s.step = "Starting";
    });
    const Progress progress = [&](int percent, const std::string& step) {
      update(id, [&](JobState& s) {
        s.percent = percent;
        s.step = step;
      });
    };
    try {
      std::string result = work(progress);
      update(id, [&](JobState& s) {
        s.status = JobState::Status::done;
        s.percent = 100;
        s.step = "Done";
        s.result = std::move(result);
      });
    } catch (const Error& e) {
      const std::string words = e.hint().empty() ? e.what() : std::string(e.what()) + ". " + e.hint();
      update(id, [&](JobState& s) {
        s.status = JobState::Status::failed;
        s.error = words;
      });
    } catch (const std::exception& e) {
      update(id, [&](JobState& s) {
        s.status = JobState::Status::failed;
        s.error = std::string("the job stopped unexpectedly: ") + e.what();
      });
    }
    const std::lock_guard lock(mutex_);
    finished_.push_back(id);
    while (finished_.size() > kFinishedKept) {
      jobs_.erase(finished_.front());
      finished_.pop_front();
    }
  }
}

}  // namespace docket::serve
