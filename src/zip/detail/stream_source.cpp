#include "zip/detail/stream_source.hpp"

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace docket::zip::detail {

namespace {

constexpr std::size_t kBlockBytes = 256 << 10;
constexpr std::size_t kMaxQueuedBlocks = 8;

struct Cancelled {};

}  // namespace

struct StreamState {
  Producer producer;
  std::exception_ptr* error_out;
  std::thread worker;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::string> blocks;
  bool done = false;
  bool cancelled = false;
  std::exception_ptr error;
  std::string current;
  std::size_t offset = 0;
  zip_error_t zip_error;

  void stop() {
    {
      std::lock_guard lock(mutex);
      cancelled = true;
    }
    changed.notify_all();
    if (worker.joinable()) worker.join();
  }
};

namespace {

class QueueSink final : public ByteSink {
 public:
  explicit QueueSink(StreamState& s) : ByteSink(kBlockBytes), s_(s) {}

 private:
  void consume(std::string_view bytes) override {
    std::unique_lock lock(s_.mutex);
    s_.changed.wait(lock, [&] { return s_.blocks.size() < kMaxQueuedBlocks || s_.cancelled; });
    if (s_.cancelled) throw Cancelled{};
    s_.blocks.emplace_back(bytes);
    s_.changed.notify_all();
  }
  StreamState& s_;
};

void run_producer(StreamState* s) {
  std::exception_ptr error;
  try {
    QueueSink sink(*s);
    s->producer(sink);
    sink.flush();
  } catch (const Cancelled&) {
  } catch (...) {
    error = std::current_exception();
  }
  std::lock_guard lock(s->mutex);
  s->done = true;
  s->error = error;
  s->changed.notify_all();
}

zip_int64_t read_some(StreamState* s, char* out, zip_uint64_t len) {
  zip_uint64_t copied = 0;
  while (copied < len) {
    if (s->offset == s->current.size()) {
      std::unique_lock lock(s->mutex);
      s->changed.wait(lock, [&] { return !s->blocks.empty() || s->done; });
      if (s->blocks.empty()) {
        if (s->error) {
          if (s->error_out && !*s->error_out) *s->error_out = s->error;
          zip_error_set(&s->zip_error, ZIP_ER_INTERNAL, 0);
          return -1;
        }
        break;
      }
      s->current = std::move(s->blocks.front());
      s->blocks.pop_front();
      s->offset = 0;
      s->changed.notify_all();
    }
    std::size_t n = std::min<std::size_t>(len - copied, s->current.size() - s->offset);
    std::memcpy(out + copied, s->current.data() + s->offset, n);
    s->offset += n;
    copied += n;
  }
  return static_cast<zip_int64_t>(copied);
}

zip_int64_t callback(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  auto* s = static_cast<StreamState*>(user);
  switch (cmd) {
    case ZIP_SOURCE_OPEN:
      s->done = false;
      s->cancelled = false;
      s->worker = std::thread(run_producer, s);
      return 0;
    case ZIP_SOURCE_READ:
      return read_some(s, static_cast<char*>(data), len);
    case ZIP_SOURCE_CLOSE:
      s->stop();
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      return sizeof(*st);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&s->zip_error, data, len);
    case ZIP_SOURCE_FREE:
      s->stop();
      zip_error_fini(&s->zip_error);
      delete s;
      return 0;
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                            -1);
    default:
      zip_error_set(&s->zip_error, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

}  // namespace

zip_source_t* make_stream_source(zip_t* archive, Producer producer, std::exception_ptr* error) {
  auto* s = new StreamState{};
  s->producer = std::move(producer);
  s->error_out = error;
  zip_error_init(&s->zip_error);
  zip_source_t* src = zip_source_function(archive, callback, s);
  if (src == nullptr) {
    zip_error_fini(&s->zip_error);
    delete s;
  }
  return src;
}

}  // namespace docket::zip::detail
