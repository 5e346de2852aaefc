#include <iostream>

#include "cli/command.hpp"
#include "serve/identity.hpp"
#include "serve/server.hpp"
#include "serve/sessions.hpp"
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
  return {host, std::stoi(port)};
}

int serve_command_run(Invocation& inv) {
  serve::ServeOptions options;
  if (inv.args.count("workspace")) options.workspace = inv.args["workspace"].as<std::string>();
  std::tie(options.host, options.port) = parse_listen(inv.args["listen"].as<std::string>());
  options.log_requests = inv.verbose;
  serve::GateChoice choice{.host = options.host};
  if (inv.args.count("users")) choice.users_file = inv.args["users"].as<std::string>();
  if (inv.args.count("trust-proxy-header")) choice.proxy_header = inv.args["trust-proxy-header"].as<std::string>();
  if (inv.args.count("trusted-proxy")) {
    for (const auto& a : inv.args["trusted-proxy"].as<std::vector<std::string>>()) choice.proxies.insert(a);
  }
  if (inv.args.count("public-url")) {
    options.public_url = inv.args["public-url"].as<std::string>();
    if (options.public_url.rfind("https://", 0) != 0 && options.public_url.rfind("http://", 0) != 0) {
      throw UsageError("--public-url " + options.public_url + " is not a web address", "for example --public-url https://papers.example.gov.uk");
    }
    while (!options.public_url.empty() && options.public_url.back() == '/') options.public_url.pop_back();
  }
  auto gate = serve::choose_gate(choice);
  serve::prepare_libraries();  // before the App starts its worker threads
  serve::App app(options, std::move(gate));
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
      .summary = "edit reports in a web browser",
      .synopsis = "docket serve [--workspace DIR] [--listen 127.0.0.1:8080]\n"
                  "             [--users FILE | --trust-proxy-header HEADER --trusted-proxy ADDRESS] [--public-url URL]",
      .details =
          "Starts the report editor and prints the address to open. The workspace is a folder of\n"
          "reports/, agendas/, templates/ and schemes/ (created when missing); every save writes the\n"
          "data file there, keeping the version it replaces in .docket/history, and records who\n"
          "changed what in .docket/audit.log. Without accounts only this computer can connect; to\n"
          "serve a network give --users FILE (sign-in with accounts made by `docket users`) or\n"
          "--trust-proxy-header for a single sign-on proxy in front. Ctrl-C stops it. See docs/serve.md.\n\n"
          "Example:\n  docket serve --workspace ~/committee-papers --listen 127.0.0.1:8080\n",
      .options =
          [](po::options_description& opts, po::positional_options_description&) {
            opts.add_options()
                ("workspace", po::value<std::string>(), "the workspace folder (default: the current folder)")
                ("listen", po::value<std::string>()->default_value("127.0.0.1:8080"), "the address and port to listen on (port 0: any free port; beyond 127.0.0.1 only with accounts)")
                ("users", po::value<std::string>(), "sign people in with the accounts in this file (docket users)")
                ("trust-proxy-header", po::value<std::string>(), "take the signed-in name from this header, set by a single sign-on proxy")
                ("trusted-proxy", po::value<std::vector<std::string>>(), "the proxy's address: the only one whose requests are answered (repeatable)")
                ("public-url", po::value<std::string>(), "the address people open, e.g. https://papers.example.gov.uk (behind a proxy)");
          },
      .handler = serve_command_run,
  };
}

}  // namespace docket::cli
