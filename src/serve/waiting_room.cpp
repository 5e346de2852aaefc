#include "serve/waiting_room.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace docket::serve {

namespace {

using Clock = std::chrono::steady_clock;

// Best effort, never blocking: the connection is closed next whether or not it is read.
void answer_and_close(int fd, std::string_view status, std::string_view why) {
  const std::string response = "HTTP/1.1 " + std::string(status) + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                               std::to_string(why.size()) + "\r\nConnection: close\r\n\r\n" + std::string(why);
  (void)::send(fd, response.data(), response.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

}  // namespace

Connection::~Connection() {
  ::shutdown(fd, SHUT_RDWR);
  ::close(fd);
}

bool Connection::head_complete() const {
  // A blank line ends the head; cpp-httplib takes lines ended by LF alone as well.
  const std::string_view rest = unread();
  return rest.find("\n\r\n") != std::string_view::npos || rest.find("\n\n") != std::string_view::npos;
}

void Connection::take(std::size_t n) {
  taken += n;
  if (taken == buffer.size()) {
    buffer.clear();
    taken = 0;
  }
}

WaitingRoom::WaitingRoom(Limits limits, std::function<void(std::unique_ptr<Connection>)> ready)
    : limits_(limits), ready_(std::move(ready)) {
  if (::pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) throw std::system_error(errno, std::generic_category(), "pipe2");
  thread_ = std::thread([this] { run(); });
}

WaitingRoom::~WaitingRoom() {
  stop();
  ::close(wake_[0]);
  ::close(wake_[1]);
}

void WaitingRoom::admit(std::unique_ptr<Connection> connection) {
  {
    const std::lock_guard lock(mutex_);
    if (stopped_) return;  // closed here, with the object
    arriving_.push_back(std::move(connection));
  }
  wake();
}

void WaitingRoom::stop() {
  {
    const std::lock_guard lock(mutex_);
    if (stopped_) return;
    stopped_ = true;
  }
  wake();
  thread_.join();
  arriving_.clear();
}

void WaitingRoom::wake() {
  const char byte = 0;
  if (::write(wake_[1], &byte, 1) < 0) {
    // EAGAIN: the pipe is full, so the thread is woken already
  }
}

bool WaitingRoom::read_from(Waiting& w, Clock::time_point now) {
  Connection& c = *w.connection;
  char chunk[16384];
  for (;;) {
    const ssize_t n = ::recv(c.fd, chunk, sizeof chunk, MSG_DONTWAIT);
    if (n > 0) {
      if (c.between_requests) {  // the next request has begun: it has the time a head has
        c.between_requests = false;
        w.deadline = now + limits_.head;
      }
      c.buffer.append(chunk, static_cast<std::size_t>(n));
      if (c.head_complete()) {
        ready_(std::move(w.connection));
        return false;
      }
      if (c.unread().size() > limits_.head_bytes) {
        answer_and_close(c.fd, "431 Request Header Fields Too Large", "The request's headers are too large.\n");
        return false;
      }
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return true;
    if (n < 0 && errno == EINTR) continue;
    return false;  // the client closed the connection, or it failed
  }
}

void WaitingRoom::run() {
  std::vector<Waiting> waiting;
  std::vector<pollfd> polled;
  for (;;) {
    const auto now = Clock::now();
    {
      const std::lock_guard lock(mutex_);
      if (stopped_) break;
      for (auto& c : arriving_) {
        const auto wait = c->between_requests ? limits_.idle : limits_.head;
        waiting.push_back({std::move(c), now + wait});
      }
      arriving_.clear();
    }
    // Too many: let go of those that have waited longest, so a flood of slow clients cannot
    // keep out the ones that send their request at once.
    if (waiting.size() > limits_.connections) {
      std::sort(waiting.begin(), waiting.end(), [](const Waiting& a, const Waiting& b) { return a.deadline < b.deadline; });
      waiting.erase(waiting.begin(), waiting.begin() + static_cast<std::ptrdiff_t>(waiting.size() - limits_.connections));
    }

    polled.assign(1, pollfd{wake_[0], POLLIN, 0});
    auto next = now + limits_.idle + limits_.head;
    for (const Waiting& w : waiting) {
      polled.push_back({w.connection->fd, POLLIN, 0});
      next = std::min(next, w.deadline);
    }
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(std::max(next - now, Clock::duration::zero()));
    // On failure (EINTR, or ENOMEM) nothing is marked ready; deadlines still apply below.
    (void)::poll(polled.data(), polled.size(), static_cast<int>(wait.count()));
    if (polled[0].revents) {
      char drain[64];
      while (::read(wake_[0], drain, sizeof drain) > 0) {
      }
    }

    const auto after = Clock::now();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < waiting.size(); ++i) {
      Waiting& w = waiting[i];
      bool keep = true;
      if (polled[i + 1].revents) {
        keep = read_from(w, after);
      } else if (after >= w.deadline) {
        // A request begun and not finished in time is told so; a quiet connection just closed.
        if (!w.connection->unread().empty())
          answer_and_close(w.connection->fd, "408 Request Timeout", "The request took too long to arrive.\n");
        keep = false;
      }
      if (keep) waiting[kept++] = std::move(w);
    }
    waiting.resize(kept);
  }
}

}  // namespace docket::serve
