#pragma once
// cpp-httplib's server with docket's connection handling: a new connection, and a kept-alive
// one between requests, waits in a WaitingRoom, and a worker thread takes it only once its
// request head has arrived (cpp-httplib 0.11 would give it a worker from accept to close).
#include <httplib.h>

#include <memory>

#include "serve/waiting_room.hpp"

namespace docket::serve {

class HttpServer : public httplib::Server {
 public:
  HttpServer(WaitingRoom::Limits limits, std::size_t workers);
  ~HttpServer() override;

  /// bind_to_port / bind_to_any_port, then a listen backlog of `backlog` rather than
  /// cpp-httplib's fixed 5, which a burst of connections overflows. The port, or -1.
  int bind(const std::string& host, int port, int backlog);

 private:
  // Called by cpp-httplib's accept loop, on its thread (see AcceptQueue): never blocks.
  bool process_and_close_socket(socket_t sock) override;
  // On a worker: the requests whose heads have arrived, then back to the room.
  void answer(std::unique_ptr<Connection> connection);
  void shut_down();

  class AcceptQueue;
  httplib::ThreadPool workers_;
  WaitingRoom room_;
  bool shut_down_ = false;
  int listening_ = -1;
};

}  // namespace docket::serve
