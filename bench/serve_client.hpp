#pragma once
// What the docket serve benchmarks share: starting `docket serve` on a free port of 127.0.0.1,
// and posting forms as the browser does (url-encoded, with the CSRF cookie and field).
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "serve/html.hpp"
#include "serve/http.hpp"

namespace docket::bench {

inline const std::string kToken(64, 'b');
inline constexpr const char* kForm = "application/x-www-form-urlencoded";

struct Server {
  pid_t pid = -1;
  int port = 0;
};

/// Starts DOCKET serve on WORKSPACE; returns once it listens.
inline Server start(const std::string& docket, const std::filesystem::path& workspace) {
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe");
  Server s;
  s.pid = fork();
  if (s.pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execl(docket.c_str(), docket.c_str(), "serve", "--workspace", workspace.c_str(), "--listen", "127.0.0.1:0", nullptr);
    _exit(127);
  }
  close(out[1]);
  std::string text;
  char buf[256];
  while (text.find('\n') == std::string::npos) {
    const ssize_t n = read(out[0], buf, sizeof buf);
    if (n <= 0) throw std::runtime_error("docket serve did not start");
    text.append(buf, static_cast<std::size_t>(n));
  }
  const auto colon = text.find(':', text.find("127.0.0.1"));
  s.port = std::stoi(text.substr(colon + 1));
  return s;
}

inline httplib::Headers headers() { return {{"Cookie", "docket_csrf=" + kToken}}; }

/// The form as the browser sends it: url-encoded, with the CSRF token.
inline std::string items(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out = "csrf=" + kToken;
  for (const auto& [k, v] : fields) {
    if (k != "csrf" && k != "action") out += "&" + docket::serve::url_encode(k) + "=" + docket::serve::url_encode(v);
  }
  return out;
}

inline void set(std::vector<std::pair<std::string, std::string>>& fields, const std::string& name, const std::string& value) {
  for (auto& [k, v] : fields) {
    if (k == name) v = value;
  }
}

}  // namespace docket::bench
