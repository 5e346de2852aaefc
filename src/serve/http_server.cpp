#include "serve/http_server.hpp"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

namespace docket::serve {

namespace {

int milliseconds(time_t sec, time_t usec) { return static_cast<int>(sec * 1000 + usec / 1000); }

bool wait_for(int fd, short events, int ms) {
  pollfd p{fd, events, 0};
  int n;
  while ((n = ::poll(&p, 1, ms)) < 0 && errno == EINTR) {
  }
  return n > 0 && !(p.revents & POLLNVAL);
}

void address_of(bool peer, int fd, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t length = sizeof addr;
  auto* a = reinterpret_cast<sockaddr*>(&addr);
  if ((peer ? ::getpeername(fd, a, &length) : ::getsockname(fd, a, &length)) != 0) return;
  if (addr.ss_family == AF_INET) port = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
  if (addr.ss_family == AF_INET6) port = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
  std::array<char, NI_MAXHOST> host{};
  if (::getnameinfo(a, length, host.data(), host.size(), nullptr, 0, NI_NUMERICHOST) == 0) ip = host.data();
}

// httplib::Stream over a Connection: first the bytes the waiting room already read, then the
// socket, with cpp-httplib's read and write time-outs.
class ConnectionStream : public httplib::Stream {
 public:
  ConnectionStream(Connection& c, int read_ms, int write_ms) : c_(c), read_ms_(read_ms), write_ms_(write_ms) {}

  bool is_readable() const override { return !c_.unread().empty() || wait_for(c_.fd, POLLIN, read_ms_); }
  bool is_writable() const override { return wait_for(c_.fd, POLLOUT, write_ms_); }

  ssize_t read(char* ptr, size_t size) override {
    if (c_.unread().empty()) {
      if (!wait_for(c_.fd, POLLIN, read_ms_)) return -1;
      // cpp-httplib reads a head a byte at a time: read ahead into the connection's buffer,
      // but a body's large reads go straight to the caller.
      char chunk[4096];
      if (size >= sizeof chunk) return receive(ptr, size);
      const ssize_t n = receive(chunk, sizeof chunk);
      if (n <= 0) return n;
      c_.buffer.append(chunk, static_cast<std::size_t>(n));
    }
    const std::size_t n = std::min(size, c_.unread().size());
    std::memcpy(ptr, c_.unread().data(), n);
    c_.take(n);
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    ssize_t n;
    while ((n = ::send(c_.fd, ptr, size, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
    }
    return n;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override { address_of(true, c_.fd, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { address_of(false, c_.fd, ip, port); }
  socket_t socket() const override { return c_.fd; }

 private:
  ssize_t receive(char* ptr, size_t size) {
    ssize_t n;
    while ((n = ::recv(c_.fd, ptr, size, 0)) < 0 && errno == EINTR) {
    }
    return n;
  }

  Connection& c_;
  int read_ms_;
  int write_ms_;
};

}  // namespace

// The accept loop's task queue: the task it queues for a new socket is our
// process_and_close_socket, which only admits it to the room, so it runs at once.
class HttpServer::AcceptQueue : public httplib::TaskQueue {
 public:
  explicit AcceptQueue(HttpServer& server) : server_(server) {}
  void enqueue(std::function<void()> task) override { task(); }
  void shutdown() override { server_.shut_down(); }

 private:
  HttpServer& server_;
};

HttpServer::HttpServer(WaitingRoom::Limits limits, std::size_t workers)
    : workers_(workers), room_(limits, [this](std::unique_ptr<Connection> c) {
        // std::function must be copyable; the connection moves through a shared holder.
        auto held = std::make_shared<std::unique_ptr<Connection>>(std::move(c));
        workers_.enqueue([this, held] { answer(std::move(*held)); });
      }) {
  new_task_queue = [this] { return new AcceptQueue(*this); };
  set_socket_options([this](socket_t sock) {
    httplib::default_socket_options(sock);
    listening_ = sock;
  });
}

HttpServer::~HttpServer() { shut_down(); }

void HttpServer::shut_down() {
  if (shut_down_) return;
  shut_down_ = true;
  room_.stop();         // waiting connections closed; those answered later are closed, not admitted
  workers_.shutdown();  // requests being answered finish
}

int HttpServer::bind(const std::string& host, int port, int backlog) {
  const int bound = port == 0 ? bind_to_any_port(host) : (bind_to_port(host, port) ? port : -1);
  // listen(2) again on a listening socket only sets its backlog (Linux).
  if (bound > 0 && listening_ >= 0) ::listen(listening_, backlog);
  return bound;
}

bool HttpServer::process_and_close_socket(socket_t sock) {
  room_.admit(std::make_unique<Connection>(sock, keep_alive_max_count_));
  return true;
}

void HttpServer::answer(std::unique_ptr<Connection> c) {
  for (;;) {
    const bool last = c->keep_alive_left <= 1 || svr_sock_ == INVALID_SOCKET;
    bool closed = false;
    ConnectionStream stream(*c, milliseconds(read_timeout_sec_, read_timeout_usec_),
                            milliseconds(write_timeout_sec_, write_timeout_usec_));
    if (!process_request(stream, last, closed, nullptr) || closed || last) return;
    --c->keep_alive_left;
    if (!c->head_complete()) {
      c->between_requests = c->unread().empty();
      room_.admit(std::move(c));
      return;
    }
  }
}

}  // namespace docket::serve
