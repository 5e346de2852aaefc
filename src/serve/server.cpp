#include "serve/server.hpp"

#include <httplib.h>
#include <libxml/parser.h>
#include <sys/resource.h>

#include <cctype>
#include <iostream>
#include <thread>

#include "serve/heap.hpp"
#include "serve/http_server.hpp"
#include "support/error.hpp"
#include "support/interrupt_cleanup.hpp"

namespace docket::serve {

namespace {

constexpr std::chrono::seconds kStopGrace{10};
// Connections waiting for their request (WaitingRoom) hold only a socket, so there may be
// thousands; the queue of connections not yet accepted is as long.
constexpr int kListenBacklog = 4096;
constexpr std::size_t kWorkers = 48;

// The soft limit on open files is often 1,024: raise it to the hard limit, so waiting
// connections do not leave a request with no descriptor for the file it must read.
void allow_open_files() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
  }
}


Request to_request(const httplib::Request& in) {
  Request r;
  r.method = in.method;
  const auto q = in.target.find('?');
  r.path = url_decode(std::string_view(in.target).substr(0, q), false);
  if (q != std::string::npos) r.query = parse_form_encoded(std::string_view(in.target).substr(q + 1));
  for (const auto& [name, value] : in.headers) {
    std::string lower;
    for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[lower] = value;
  }
  r.remote_address = in.remote_addr;
  return r;
}

void reply(const Response& out, httplib::Response& res) {
  res.status = out.status;
  for (const auto& [name, value] : out.headers) res.set_header(name, value);
  if (out.stream) {
    auto stream = out.stream;
    res.set_chunked_content_provider(out.content_type, [stream](std::size_t, httplib::DataSink& sink) {
      stream([&sink](std::string_view chunk) { return sink.is_writable() && sink.write(chunk.data(), chunk.size()); });
      sink.done();
      return true;
    });
  } else {
    res.set_content(out.body, out.content_type);
  }
}

}  // namespace

void prepare_libraries() {
  // libxml2: initialise its global tables once, in the main thread; after this each thread
  // uses its own parser and validation contexts and libxml2's per-thread error state.
  xmlInitParser();
  limit_malloc_arenas();
}

void serve(App& app, const std::function<void(const std::string&)>& listening) {
  prepare_libraries();
  allow_open_files();
  // A worker answers one request at a time; a connection waits for its next request (15 s at
  // most) or for the rest of a slow request head (30 s) in the waiting room, not on a worker.
  HttpServer server(WaitingRoom::Limits{.head = std::chrono::seconds(30), .idle = std::chrono::seconds(15)}, kWorkers);
  server.set_payload_max_length(app.options().max_request_bytes);
  server.set_read_timeout(30, 0);
  server.set_write_timeout(30, 0);
  server.set_keep_alive_max_count(100);
  const bool log = app.options().log_requests;
  HeapTrimmer trimmer(std::chrono::seconds(10));
  const auto answer = [&app, log, &trimmer](const httplib::Request& req, Request& request, httplib::Response& res) {
    const Response response = app.handle(request);
    trimmer.note_request();
    if (log) std::cerr << request.method + " " + req.target + " " + std::to_string(response.status) + "\n";
    reply(response, res);
  };
  server.Get(".*", [answer](const httplib::Request& req, httplib::Response& res) {
    Request request = to_request(req);
    answer(req, request, res);
  });
  // Bodies are read here rather than by cpp-httplib, whose build in Debian caps url-encoded
  // forms at 8 KiB (a report's KPI page posts far more).
  const std::size_t limit = app.options().max_request_bytes;
  server.Post(".*", [answer, limit](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
    Request request = to_request(req);
    // cpp-httplib refuses a declared length over the limit before reading: say so in words.
    bool too_big = req.get_header_value<std::uint64_t>("Content-Length") > limit;
    if (too_big) {
      // nothing is read
    } else if (req.is_multipart_form_data()) {
      std::vector<httplib::MultipartFormData> parts;
      std::size_t size = 0;
      reader([&](const httplib::MultipartFormData& part) { parts.push_back(part); return true; },
             [&](const char* data, std::size_t n) {
               size += n;
               too_big = size > limit;
               if (!too_big && !parts.empty()) parts.back().content.append(data, n);
               return !too_big;
             });
      for (auto& part : parts) {
        if (part.filename.empty()) request.form.emplace(part.name, std::move(part.content));
        else request.files.push_back({part.name, part.filename, part.content_type, std::move(part.content)});
      }
    } else {
      std::string body;
      reader([&](const char* data, std::size_t n) {
        too_big = body.size() + n > limit;
        if (!too_big) body.append(data, n);
        return !too_big;
      });
      if (req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0) request.form = parse_form_encoded(body);
    }
    if (too_big) {
      // The App answers with its page in words; what was read is not passed on.
      request.form.clear();
      request.files.clear();
      request.body_too_large = true;
    }
    answer(req, request, res);
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("docket could not answer this request", "text/plain");
  });

  const std::string host = app.options().host;
  const int port = server.bind(host, app.options().port, kListenBacklog);
  if (port <= 0) {
    throw IoError("cannot listen on " + host + ":" + std::to_string(app.options().port) + ": the address is in use or not on this computer",
                  "stop the other program using it, or choose another port with --listen 127.0.0.1:PORT");
  }
  app.set_port(port);
  // SIGINT or SIGTERM (a service manager's stop): no new connections, the requests being
  // answered finish, background jobs are joined, and main() returns 0. Whatever still runs
  // after kStopGrace is abandoned (LibreOffice killed, temporaries removed), still status 0.
  const OrderlyStop orderly([&server] { server.stop(); }, kStopGrace);
  listening("http://" + (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/");
  server.listen_after_bind();
}

}  // namespace docket::serve
