// docket serve as one process among many clients: clients that send their headers a byte a
// second do not keep others waiting, a request head left unfinished is answered 408,
// pipelined requests are answered in order, a body streamed without a length is refused with
// 413 once it passes the limit, and SIGTERM or SIGINT stops it in order with status 0. Each test runs the real server on a free port.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "test_support.hpp"

namespace {

// `docket serve` on 127.0.0.1 and a free port, ended (SIGTERM) with the object.
class Server {
 public:
  explicit Server(const std::filesystem::path& workspace) {
    std::filesystem::create_directories(workspace);
    int out[2];
    REQUIRE(::pipe(out) == 0);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(out[1], 1);
      ::close(out[0]);
      ::execl(DOCKET_BINARY, DOCKET_BINARY, "serve", "--workspace", workspace.c_str(), "--listen", "127.0.0.1:0",
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(out[1]);
    // It says "open http://127.0.0.1:PORT/" once it listens.
    std::string said;
    char buf[256];
    for (ssize_t n; said.find('\n') == std::string::npos && (n = ::read(out[0], buf, sizeof buf)) > 0;)
      said.append(buf, static_cast<std::size_t>(n));
    said_ = out[0];  // kept open: it says "stopped" when it ends
    const auto at = said.find("127.0.0.1:");
    REQUIRE(at != std::string::npos);
    port_ = std::stoi(said.substr(at + 10));
  }
  ~Server() {
    if (pid_ > 0) stop(SIGTERM);
  }
  // Sends `sig` and waits for the end; what it said after starting, and its exit status
  // (128 + N when a signal N ended it).
  std::pair<std::string, int> stop(int sig) {
    ::kill(pid_, sig);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    std::string said;
    char buf[256];
    for (ssize_t n; (n = ::read(said_, buf, sizeof buf)) > 0;) said.append(buf, static_cast<std::size_t>(n));
    ::close(said_);
    return {said, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)};
  }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int said_ = -1;
};

int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  return fd;
}

void send_all(int fd, const std::string& bytes) {
  for (std::size_t sent = 0; sent < bytes.size();) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server closed the connection (it refused the request)
    sent += static_cast<std::size_t>(n);
  }
}

// The response's status line, read for at most `limit`; empty when none came.
std::string status_line(int fd, std::chrono::seconds limit) {
  std::string got;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  pollfd p{fd, POLLIN, 0};
  while (got.find("\r\n") == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    char buf[512];
    const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    got.append(buf, static_cast<std::size_t>(n));
  }
  return got.substr(0, got.find("\r\n"));
}

}  // namespace

TEST_CASE("With 300 clients sending their headers a byte a second, 50 others are each answered within seconds", "[cli]") {
  docket::test::ScratchDir dir("serve-slow-clients");
  Server server(dir / "ws");
  const std::string host = "Host: 127.0.0.1:" + std::to_string(server.port()) + "\r\n";
  // Six times as many slow clients as the server has worker threads (48), all connected at
  // once: more than cpp-httplib's own listen backlog of 5 would queue.
  std::vector<int> slow;
  for (int i = 0; i < 300; ++i) slow.push_back(connect_to(server.port()));
  const std::string headers = "GET / HTTP/1.1\r\n" + host + "X-Slow: " + std::string(200, 'x') + "\r\n\r\n";
  std::atomic<bool> done{false};
  std::thread trickle([&] {
    for (std::size_t i = 0; i < headers.size() && !done; ++i) {
      for (const int fd : slow) send_all(fd, headers.substr(i, 1));
      for (int t = 0; t < 10 && !done; ++t) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  std::this_thread::sleep_for(std::chrono::seconds(2));  // every slow client is connected and sending

  // 50 ordinary clients at once, each on its own connection.
  std::vector<int> quick;
  for (int i = 0; i < 50; ++i) quick.push_back(connect_to(server.port()));
  const auto start = std::chrono::steady_clock::now();
  for (const int fd : quick) send_all(fd, "GET / HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
  int answered = 0;
  for (const int fd : quick) answered += status_line(fd, std::chrono::seconds(10)) == "HTTP/1.1 200 OK";
  CHECK(answered == 50);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  for (const int fd : quick) ::close(fd);

  done = true;
  trickle.join();
  for (const int s : slow) ::close(s);
}

TEST_CASE("A client that starts its request and stops is answered 408 after 30 seconds, and a quiet one let go", "[cli]") {
  docket::test::ScratchDir dir("serve-stalled-head");
  Server server(dir / "ws");
  const int stalled = connect_to(server.port());
  const int quiet = connect_to(server.port());
  send_all(stalled, "GET / HTTP/1.1\r\nHost: 127.0.0.1");
  const auto start = std::chrono::steady_clock::now();
  CHECK(status_line(stalled, std::chrono::seconds(45)) == "HTTP/1.1 408 Request Timeout");
  CHECK(std::chrono::steady_clock::now() - start > std::chrono::seconds(25));
  // The quiet connection was closed without a word.
  char byte;
  CHECK(::recv(quiet, &byte, 1, 0) == 0);
  ::close(stalled);
  ::close(quiet);
}

TEST_CASE("Requests pipelined on one kept-alive connection are each answered, in order", "[cli]") {
  docket::test::ScratchDir dir("serve-pipelined");
  Server server(dir / "ws");
  const int fd = connect_to(server.port());
  const std::string host = "Host: 127.0.0.1:" + std::to_string(server.port()) + "\r\n";
  send_all(fd, "GET / HTTP/1.1\r\n" + host + "\r\nGET /no-such-page HTTP/1.1\r\n" + host + "\r\nGET / HTTP/1.1\r\n" + host +
                   "Connection: close\r\n\r\n");
  std::string got;
  char buf[4096];
  pollfd p{fd, POLLIN, 0};
  for (ssize_t n; ::poll(&p, 1, 10000) > 0 && (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) got.append(buf, static_cast<std::size_t>(n));
  std::vector<std::string> statuses;
  for (auto at = got.find("HTTP/1.1 "); at != std::string::npos; at = got.find("HTTP/1.1 ", at + 1))
    statuses.push_back(got.substr(at, got.find("\r\n", at) - at));
  CHECK(statuses == std::vector<std::string>{"HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK"});
  ::close(fd);
}

TEST_CASE("A body streamed without a length is refused with 413 once it passes 20 MB", "[cli]") {
  docket::test::ScratchDir dir("serve-streamed-body");
  Server server(dir / "ws");
  const int fd = connect_to(server.port());
  send_all(fd, "POST /reports/new HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(server.port()) +
                   "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
  const std::string chunk(1 << 20, 'a');
  char size[32];
  std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
  for (int i = 0; i < 24; ++i) send_all(fd, size + chunk + "\r\n");
  send_all(fd, "0\r\n\r\n");
  CHECK(status_line(fd, std::chrono::seconds(30)) == "HTTP/1.1 413 Payload Too Large");
  ::close(fd);
}

TEST_CASE("docket serve stopped by SIGTERM or SIGINT says it stopped and exits with status 0", "[cli]") {
  for (const int sig : {SIGTERM, SIGINT}) {
    docket::test::ScratchDir dir("serve-stop");
    Server server(dir / "ws");
    const int fd = connect_to(server.port());
    send_all(fd, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(server.port()) + "\r\nConnection: close\r\n\r\n");
    CHECK(status_line(fd, std::chrono::seconds(60)) == "HTTP/1.1 200 OK");
    ::close(fd);
    const auto [said, status] = server.stop(sig);
    CHECK(said == "docket serve: stopped\n");
    CHECK(status == 0);
  }
}
