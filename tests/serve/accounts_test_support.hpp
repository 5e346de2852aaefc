#pragma once
// Serve tests with accounts: an App behind an AccountsGate whose clock the test moves, and
// requests from another computer with or without a session.
#include "serve/sessions.hpp"
#include "serve_test_support.hpp"

namespace docket::serve::test {

using TimePoint = std::chrono::steady_clock::time_point;

struct Accounts {
  TimePoint now{std::chrono::hours(1000)};
  std::unique_ptr<Served> s;
  explicit Accounts(const std::string& name, const std::string& public_url = {}) {
    s = std::make_unique<Served>(name, [this](const std::filesystem::path& dir) {
      Users users;
      users.add("olive", Role::officer, "olive's password", HashCost::minimum());
      users.add("otto", Role::officer, "otto's password", HashCost::minimum());
      users.add("clara", Role::clerk, "clara's password", HashCost::minimum());
      users.add("ada", Role::admin, "ada's password", HashCost::minimum());
      users.save(dir / "users");
      SessionRules rules;
      rules.dummy_cost = HashCost::minimum();
      return std::make_unique<AccountsGate>(dir / "users", rules, [this] { return now; });
    }, public_url);
  }
  /// as_user on this server.
  Response as(const std::string& session, const std::string& method, const std::string& path,
              std::vector<std::pair<std::string, std::string>> fields = {}, std::vector<Upload> files = {});
};

inline Request remote(const std::string& method, const std::string& path, const std::string& session = {},
               const std::string& address = "10.0.0.7") {
  Request r = browser_get(path);
  r.method = method;
  r.remote_address = address;
  if (!session.empty()) r.headers["cookie"] += std::string("; ") + kSessionCookie + "=" + session;
  if (method == "POST") r.form.emplace("csrf", kToken);
  return r;
}

/// A form posted (or a page opened) with a session from another computer; `fields` in order.
inline Response as_user(Served& s, const std::string& session, const std::string& method, const std::string& path,
                        std::vector<std::pair<std::string, std::string>> fields = {}, std::vector<Upload> files = {}) {
  Request r = remote(method, path, session);
  for (auto& [k, v] : fields) {
    if (k != "csrf") r.form.emplace(k, v);
  }
  r.files = std::move(files);
  return s.app->handle(r);
}

inline Response Accounts::as(const std::string& session, const std::string& method, const std::string& path,
                             std::vector<std::pair<std::string, std::string>> fields, std::vector<Upload> files) {
  return as_user(*s, session, method, path, std::move(fields), std::move(files));
}

inline Response sign_in(Served& s, const std::string& name, const std::string& password, const std::string& address = "10.0.0.7") {
  Request r = remote("POST", "/sign-in", {}, address);
  r.form.emplace("name", name);
  r.form.emplace("password", password);
  r.form.emplace("next", "/reports/r.xml");
  return s.app->handle(r);
}

inline std::string session_cookie(const Response& r) {
  for (const auto& [name, value] : r.headers) {
    if (name == "Set-Cookie" && value.rfind(std::string(kSessionCookie) + "=", 0) == 0) return value;
  }
  return {};
}

inline std::string session_of(const Response& r) {
  const std::string c = session_cookie(r);
  const auto eq = c.find('='), semi = c.find(';');
  return c.empty() ? std::string() : c.substr(eq + 1, semi - eq - 1);
}

/// Signs in as `name` (whose password is "NAME's password") and returns the session id.
inline std::string session_for(Served& s, const std::string& name) {
  return session_of(sign_in(s, name, name + "'s password"));
}

}  // namespace docket::serve::test
