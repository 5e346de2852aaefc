#pragma once
// Serving the App over HTTP with cpp-httplib: bytes in, a Request; the App's Response, bytes
// out. Runs until SIGINT or SIGTERM (Ctrl-C), then stops cleanly: no new connections,
// requests in progress finish, jobs are joined.
#include <functional>
#include <string>

#include "serve/app.hpp"

namespace docket::serve {

/// Blocks SIGINT and SIGTERM in the calling thread, and so in every thread started after it
/// (the App's job workers, the HTTP workers): serve() then takes them with sigwait. Make one
/// before the App.
class StopSignals {
 public:
  StopSignals();
};

/// Listens on the App's host and port (port 0: any free port) and serves until a stop
/// signal. `listening` is called once with the address to open. Throws IoError when the
/// address cannot be used.
void serve(App& app, const std::function<void(const std::string& address)>& listening);

/// Sets up libxml2 for use from many threads (once, before any thread starts).
void prepare_libraries();

}  // namespace docket::serve
