#pragma once
// Serving the App over HTTP with cpp-httplib: bytes in, a Request; the App's Response, bytes
// out. Runs until SIGINT or SIGTERM (Ctrl-C, a service manager's stop), then stops cleanly
// within 10 seconds: no new connections, requests in progress finish, jobs are joined.
#include <functional>
#include <string>

#include "serve/app.hpp"

namespace docket::serve {

/// Listens on the App's host and port (port 0: any free port) and serves until SIGINT or
/// SIGTERM, taken by the signal thread of clean_up_on_interrupt (support/), which main()
/// starts. `listening` is called once with the address to open. Throws IoError when the
/// address cannot be used.
void serve(App& app, const std::function<void(const std::string& address)>& listening);

/// Sets up libxml2 for use from many threads and caps malloc arenas (once, before any thread
/// starts).
void prepare_libraries();

}  // namespace docket::serve
