#pragma once
// Connections wait here, off the worker threads, until a whole request head has arrived. A
// client that sends its headers a byte a second, or a kept-alive connection with nothing more
// to ask, holds no worker: one thread watches them all with poll(2). cpp-httplib alone gives
// each connection a worker from accept to close, so fifty slow clients stopped everyone.
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace docket::serve {

/// One client's TCP connection: owns the socket (shut down and closed with the object) and
/// the bytes read from it that no request has used yet.
struct Connection {
  explicit Connection(int socket, std::size_t requests_left) : fd(socket), keep_alive_left(requests_left) {}
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  /// True when `unread()` holds a request line and all its headers.
  bool head_complete() const;
  std::string_view unread() const { return std::string_view(buffer).substr(taken); }
  /// Marks `n` unread bytes as used, and forgets used bytes once nothing is left unread.
  void take(std::size_t n);

  int fd;
  std::string buffer;
  std::size_t taken = 0;
  std::size_t keep_alive_left;  // requests this connection may still make
  bool between_requests = false;  // a kept-alive connection waiting for its next request
};

class WaitingRoom {
 public:
  struct Limits {
    std::chrono::seconds head{30};   // from a request's first byte to the end of its head
    std::chrono::seconds idle{15};   // a kept-alive connection waiting for its next request
    std::size_t head_bytes = 64 * 1024;
    std::size_t connections = 4096;  // beyond this the longest-waiting connection is let go
  };
  /// `ready` is called on the room's thread with each connection whose head has arrived.
  WaitingRoom(Limits limits, std::function<void(std::unique_ptr<Connection>)> ready);
  ~WaitingRoom();
  WaitingRoom(const WaitingRoom&) = delete;
  WaitingRoom& operator=(const WaitingRoom&) = delete;

  /// From any thread. After stop() the connection is closed at once.
  void admit(std::unique_ptr<Connection> connection);
  /// Closes every waiting connection and joins the thread.
  void stop();

 private:
  struct Waiting {
    std::unique_ptr<Connection> connection;
    std::chrono::steady_clock::time_point deadline;
  };
  void run();
  // What a readable connection's new bytes mean: false when it is done with (closed or answered).
  bool read_from(Waiting& w, std::chrono::steady_clock::time_point now);
  void wake();

  Limits limits_;
  std::function<void(std::unique_ptr<Connection>)> ready_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> arriving_;
  bool stopped_ = false;
  int wake_[2] = {-1, -1};  // a pipe: admit() and stop() interrupt poll(2)
  std::thread thread_;
};

}  // namespace docket::serve
