#include <iostream>

#include "cli/command.hpp"
#include "serve/identity.hpp"
#include "serve/server.hpp"
#include "support/error.hpp"

namespace docket::cli {

namespace {

// "127.0.0.1:8080", "localhost:8080", "[::1]:8080".
std::pair<std::string, int> parse_listen(const std::string& text) {
  const auto colon = text.rfind(':');
  std::string host = colon == std::string::npos ? text : text.substr(0, colon);
  const std::string port = colon == std::string::npos ? "8080" : text.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) > 65535) {
    throw UsageError("--listen " + text + ": the port must be a number from 0 to 65535", "for example --listen 127.0.0.1:8080");
  }
  if (host == "localhost") host = "127.0.0.1";
  if (!serve::is_loopback(host)) {
    throw UnsafeInput("docket serve listens only on this computer (127.0.0.1) until it has accounts: " + host +
                          " would let anyone on the network change the reports",
                      "use --listen 127.0.0.1:PORT");
  }
  return {host, std::stoi(port)};
}

int serve_command_run(Invocation& inv) {
  serve::ServeOptions options;
  if (inv.args.count("workspace")) options.workspace = inv.args["workspace"].as<std::string>();
  std::tie(options.host, options.port) = parse_listen(inv.args["listen"].as<std::string>());
  options.log_requests = inv.verbose;
  serve::prepare_libraries();
  const serve::StopSignals signals;  // before the App starts its worker threads
  serve::App app(options);
  serve::serve(app, [&](const std::string& address) {
    inv.out << "docket serve: open " << address << " in your browser (workspace "
            << app.workspace().root().string() << "; Ctrl-C stops)" << std::endl;
  });
  inv.out << "docket serve: stopped" << std::endl;
  return 0;
}

}  // namespace

Command serve_command() {
  return {
      .name = "serve",
      .summary = "edit reports in a web browser (on this computer)",
      .synopsis = "docket serve [--workspace DIR] [--listen 127.0.0.1:8080]",
      .details =
          "Starts the report editor and prints the address to open. The workspace is a folder of\n"
          "reports/, agendas/, templates/ and schemes/ (created when missing); every save writes the\n"
          "data file there, keeping the version it replaces in .docket/history. Only this computer\n"
          "can connect. Ctrl-C stops it. See docs/serve.md.\n\n"
          "Example:\n  docket serve --workspace ~/committee-papers --listen 127.0.0.1:8080\n",
      .options =
          [](po::options_description& opts, po::positional_options_description&) {
            opts.add_options()
                ("workspace", po::value<std::string>(), "the workspace folder (default: the current folder)")
                ("listen", po::value<std::string>()->default_value("127.0.0.1:8080"), "the address and port to listen on (this computer only; port 0: any free port)");
          },
      .handler = serve_command_run,
  };
}

}  // namespace docket::cli
