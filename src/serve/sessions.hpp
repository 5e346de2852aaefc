#pragma once
// Gates for serving beyond this computer. AccountsGate: people sign in with a name and
// password from the users file and get a session (a random id in a cookie, kept in memory:
// restarting the server signs everyone out); sign-in attempts are limited per account and
// per address. ProxyHeaderGate: a council's single sign-on in front of docket names the
// person in a header, trusted only from the proxy's own addresses.
#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <semaphore>
#include <set>

#include "serve/accounts.hpp"
#include "serve/identity.hpp"

namespace docket::serve {

using Clock = std::function<std::chrono::steady_clock::time_point()>;

struct SessionRules {
  std::chrono::minutes idle{60};        // signed out after an hour without a request
  std::chrono::minutes lifetime{600};   // and after ten hours whatever happens
  int attempts = 5;                     // failed sign-ins allowed per account and per address…
  std::chrono::minutes window{15};      // …in this time
  HashCost dummy_cost;                  // for the hash checked when the name is unknown
};

/// Failed attempts per key ("account:NAME", "address:ADDR"), forgotten after the window.
class Throttle {
 public:
  Throttle(int attempts, std::chrono::minutes window) : attempts_(attempts), window_(window) {}
  bool blocked(const std::string& key, std::chrono::steady_clock::time_point now);
  void failed(const std::string& key, std::chrono::steady_clock::time_point now);
  void clear(const std::string& key);

 private:
  void forget_old(std::chrono::steady_clock::time_point now);
  int attempts_;
  std::chrono::minutes window_;
  std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> failures_;
};

class AccountsGate : public Gate {
 public:
  /// Reads the users file now (throws as Users::load) and again whenever it changes, so
  /// `docket users` takes effect without a restart; a removed account's sessions end.
  /// `proxies`: reverse proxies in front, whose X-Forwarded-For names the address that sign-in
  /// attempts are counted against (otherwise every attempt would seem to come from the proxy).
  AccountsGate(std::filesystem::path users_file, SessionRules rules = {}, Clock clock = std::chrono::steady_clock::now,
               std::set<std::string> proxies = {});

  std::optional<Identity> identify(const Request& request) const override;
  Refusal refusal() const override;
  bool has_sign_in() const override { return true; }
  SignIn sign_in(std::string_view name, std::string_view password, const Request& request) override;
  void sign_out(const Request& request) override;

 private:
  struct Session {
    std::string name;
    std::chrono::steady_clock::time_point started, seen;
  };
  std::optional<Account> account(std::string_view name) const;

  std::filesystem::path file_;
  std::set<std::string> proxies_;
  SessionRules rules_;
  Clock clock_;
  std::string dummy_hash_;
  mutable std::mutex mutex_;  // users_, stamp_, sessions_, throttle_
  mutable Users users_;
  mutable std::filesystem::file_time_type stamp_;
  mutable std::map<std::string, Session> sessions_;
  Throttle throttle_;
  std::counting_semaphore<2> hashing_{2};  // Argon2id takes 64 MiB: two at a time
};

class ProxyHeaderGate : public Gate {
 public:
  /// `header`: as the proxy sends it (any case). `proxies`: the addresses requests must come
  /// from. `users`: roles for the names listed (others are officers); may be empty.
  ProxyHeaderGate(std::string header, std::set<std::string> proxies, Users users);
  std::optional<Identity> identify(const Request& request) const override;
  Refusal refusal() const override;

 private:
  std::string header_;
  std::set<std::string> proxies_;
  Users users_;
};

/// What `docket serve` was told about who may use it.
struct GateChoice {
  std::string host;          // the address it listens on
  std::string users_file;    // --users
  std::string proxy_header;  // --trust-proxy-header
  std::set<std::string> proxies;  // --trusted-proxy
};

/// The Gate for those options: the proxy's header, else accounts, else this computer only.
/// Throws UnsafeInput when the server would listen beyond this computer with no way to tell
/// who is asking, UsageError for options that do not fit together, as Users::load.
std::unique_ptr<Gate> choose_gate(const GateChoice& choice);

}  // namespace docket::serve
