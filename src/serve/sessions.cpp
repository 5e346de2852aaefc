#include "serve/sessions.hpp"

#include <cctype>

#include "support/error.hpp"

namespace docket::serve {

namespace fs = std::filesystem;
using std::chrono::steady_clock;

namespace {

fs::file_time_type stamp_of(const fs::path& file) {
  std::error_code ec;
  const auto t = fs::last_write_time(file, ec);
  return ec ? fs::file_time_type{} : t;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

bool Throttle::blocked(const std::string& key, steady_clock::time_point now) {
  forget_old(now);
  const auto it = failures_.find(key);
  return it != failures_.end() && static_cast<int>(it->second.size()) >= attempts_;
}

void Throttle::failed(const std::string& key, steady_clock::time_point now) { failures_[key].push_back(now); }

void Throttle::clear(const std::string& key) { failures_.erase(key); }

void Throttle::forget_old(steady_clock::time_point now) {
  for (auto it = failures_.begin(); it != failures_.end();) {
    auto& times = it->second;
    while (!times.empty() && now - times.front() >= window_) times.pop_front();
    it = times.empty() ? failures_.erase(it) : std::next(it);
  }
}

AccountsGate::AccountsGate(fs::path users_file, SessionRules rules, Clock clock, std::set<std::string> proxies)
    : file_(std::move(users_file)),
      proxies_(std::move(proxies)),
      rules_(rules),
      clock_(std::move(clock)),
      dummy_hash_(hash_password("not a password anyone has", rules.dummy_cost)),
      users_(Users::load(file_)),
      stamp_(stamp_of(file_)),
      throttle_(rules.attempts, rules.window) {}

std::optional<Account> AccountsGate::account(std::string_view name) const {
  // Called with mutex_ held. A users file made unreadable or invalid keeps the accounts
  // read last, rather than locking everyone out (or in).
  if (const auto now = stamp_of(file_); now != stamp_) {
    try {
      users_ = Users::load(file_);
      stamp_ = now;
    } catch (const std::exception&) {
    }
  }
  if (const Account* a = users_.find(name)) return *a;
  return std::nullopt;
}

std::optional<Identity> AccountsGate::identify(const Request& request) const {
  const std::string id = request.cookie(kSessionCookie);
  if (id.size() != 64) return std::nullopt;
  const auto now = clock_();
  const std::lock_guard lock(mutex_);
  const auto it = sessions_.find(id);
  if (it == sessions_.end()) return std::nullopt;
  const auto acc = account(it->second.name);
  if (!acc || now - it->second.seen >= rules_.idle || now - it->second.started >= rules_.lifetime) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.seen = now;
  return Identity{.name = acc->name, .roles = {acc->role}};
}

Refusal AccountsGate::refusal() const {
  return {.status = 401, .sign_in = true, .message = "Sign in to use docket.", .hint = "Use the name and password the council gave you."};
}

SignIn AccountsGate::sign_in(std::string_view name, std::string_view password, const Request& request) {
  std::string address = request.remote_address;
  if (proxies_.count(address)) {  // the last address in X-Forwarded-For is the one the proxy saw
    std::string forwarded = request.header("x-forwarded-for");
    if (const auto comma = forwarded.rfind(','); comma != std::string::npos) forwarded = forwarded.substr(comma + 1);
    while (!forwarded.empty() && forwarded.front() == ' ') forwarded.erase(0, 1);
    if (!forwarded.empty()) address = forwarded;
  }
  const std::string by_name = "account:" + std::string(name), by_address = "address:" + address;
  std::string hash;
  {
    const std::lock_guard lock(mutex_);
    const auto now = clock_();
    if (throttle_.blocked(by_name, now) || throttle_.blocked(by_address, now)) return {SignIn::throttled, {}};
    const auto acc = account(name);
    hash = acc ? acc->hash : dummy_hash_;  // an unknown name costs the same time as a known one
  }
  hashing_.acquire();
  const bool ok = password_matches(hash, password) && hash != dummy_hash_;
  hashing_.release();
  const std::lock_guard lock(mutex_);
  const auto now = clock_();
  if (!ok) {
    throttle_.failed(by_name, now);
    throttle_.failed(by_address, now);
    return {SignIn::wrong, {}};
  }
  throttle_.clear(by_name);
  for (auto it = sessions_.begin(); it != sessions_.end();) {  // forget ended sessions
    it = now - it->second.seen >= rules_.idle || now - it->second.started >= rules_.lifetime ? sessions_.erase(it) : std::next(it);
  }
  std::string id = random_token();
  sessions_[id] = Session{std::string(name), now, now};
  return {SignIn::signed_in, std::move(id)};
}

void AccountsGate::sign_out(const Request& request) {
  const std::lock_guard lock(mutex_);
  sessions_.erase(request.cookie(kSessionCookie));
}

ProxyHeaderGate::ProxyHeaderGate(std::string header, std::set<std::string> proxies, Users users)
    : header_(lower(std::move(header))), proxies_(std::move(proxies)), users_(std::move(users)) {
  init_sodium();
}

std::optional<Identity> ProxyHeaderGate::identify(const Request& request) const {
  if (!proxies_.count(request.remote_address)) return std::nullopt;
  const std::string name = request.header(header_);
  if (name.empty() || name.size() > 254) return std::nullopt;
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x21 || c == 0x7f) return std::nullopt;
  }
  const Account* acc = users_.find(name);
  return Identity{.name = name, .roles = {acc ? acc->role : Role::officer}};
}

Refusal ProxyHeaderGate::refusal() const {
  return {.status = 403,
          .message = "docket answers only requests that come through the council's sign-in.",
          .hint = "Open docket at the council's address for it, not the server's own."};
}

std::unique_ptr<Gate> choose_gate(const GateChoice& c) {
  if (!c.proxies.empty() && c.proxy_header.empty() && c.users_file.empty()) {
    throw UsageError("--trusted-proxy is for --trust-proxy-header or --users", "add --trust-proxy-header X-Remote-User (the header your proxy sets)");
  }
  if (!c.proxy_header.empty()) {
    if (c.proxies.empty()) {
      throw UsageError("--trust-proxy-header needs the proxy's address: anyone else could send the header",
                       "add --trusted-proxy ADDRESS (for a proxy on this computer, --trusted-proxy 127.0.0.1)");
    }
    return std::make_unique<ProxyHeaderGate>(c.proxy_header, c.proxies,
                                             c.users_file.empty() ? Users{} : Users::load(c.users_file));
  }
  if (!c.users_file.empty()) return std::make_unique<AccountsGate>(c.users_file, SessionRules{}, std::chrono::steady_clock::now, c.proxies);
  if (!is_loopback(c.host)) {
    throw UnsafeInput("docket serve listens beyond this computer (" + c.host +
                          ") only with accounts: anyone on the network could change the reports",
                      "add --users FILE (see docket users), or --trust-proxy-header HEADER --trusted-proxy ADDRESS, "
                      "or use --listen 127.0.0.1:PORT");
  }
  return std::make_unique<LoopbackGate>();
}

}  // namespace docket::serve
