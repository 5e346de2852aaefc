// Beyond this computer nothing is reachable without signing in: every route the App has is
// tried, sign-in is limited, sessions end, the cookie cannot be read by scripts or sent by
// other sites, and a proxy's header is believed only from the proxy.
#include "accounts_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

namespace {

std::string path_of(const App::Route& route) {
  std::string path;
  for (const auto& seg : route.pattern) path += "/" + (seg == "{}" ? std::string("r.xml") : seg);
  return path.empty() ? "/" : path;
}

}  // namespace

TEST_CASE("Beyond this computer every route but signing in and its styles is refused without a session", "[serve]") {
  Accounts a("serve-every-route");
  a.s->add("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", FileKind::report, "r.xml");
  const std::string before = a.s->read("r.xml");
  std::set<std::string> open;
  for (const auto& route : a.s->app->routes()) {
    const std::string path = path_of(route);
    INFO(route.method << " " << path);
    if (route.permission == Permission::open) {
      open.insert(route.method + " " + path);
      continue;
    }
    // With a valid CSRF token, and with a session id nobody was given.
    for (const std::string& session : {std::string(), std::string(64, 'a')}) {
      const Response r = a.s->app->handle(remote(route.method, path, session));
      if (route.method == "GET") {
        CHECK(r.status == 303);
        CHECK(r.header("Location") == "/sign-in?next=" + url_encode(path));
      } else {
        CHECK(r.status == 401);
        CHECK(r.body.find("Sign in to use docket.") != std::string::npos);
      }
    }
  }
  CHECK(open == std::set<std::string>{"GET /sign-in", "POST /sign-in", "GET /assets/r.xml/r.xml"});
  CHECK(a.s->read("r.xml") == before);
  CHECK_FALSE(std::filesystem::exists(a.s->workspace() / ".docket" / "audit.log"));
  // An unknown page says nothing about what exists until one has signed in.
  CHECK(a.s->app->handle(remote("GET", "/no/such/page")).status == 303);
}

TEST_CASE("Signing in opens a session in an HttpOnly, SameSite=Strict cookie, Secure behind https", "[serve]") {
  Accounts plain("serve-cookie-plain");
  const Response in = sign_in(*plain.s, "olive", "olive's password");
  CHECK(in.status == 303);
  CHECK(in.header("Location") == "/reports/r.xml");
  const std::string id = session_of(in);
  CHECK(id.size() == 64);
  CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(session_cookie(in) == std::string(kSessionCookie) + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
  CHECK(plain.s->app->handle(remote("GET", "/", id)).status == 200);
  // Each sign-in gets a new id.
  CHECK(session_of(sign_in(*plain.s, "olive", "olive's password")) != id);

  Accounts tls("serve-cookie-tls", "https://papers.example.gov.uk");
  const std::string secure = session_cookie(sign_in(*tls.s, "olive", "olive's password"));
  CHECK(secure.size() > 64);
  CHECK(secure.substr(secure.size() - std::string("; HttpOnly; SameSite=Strict; Secure").size()) == "; HttpOnly; SameSite=Strict; Secure");
  // Behind the proxy the public name is the Host and https://… the Origin.
  Request r = remote("GET", "/", session_of(sign_in(*tls.s, "clara", "clara's password")));
  r.headers["host"] = "papers.example.gov.uk";
  r.headers["origin"] = "https://papers.example.gov.uk";
  CHECK(tls.s->app->handle(r).status == 200);
  r.headers["origin"] = "http://papers.example.gov.uk";
  CHECK(tls.s->app->handle(r).status == 403);
}

TEST_CASE("A wrong password is refused in words, and a sign-in to the page's next address stays on this server", "[serve]") {
  Accounts a("serve-wrong-password");
  const Response wrong = sign_in(*a.s, "olive", "guess");
  CHECK(wrong.status == 401);
  CHECK(wrong.body.find("The name or the password is not right") != std::string::npos);
  CHECK(session_cookie(wrong).empty());
  CHECK(sign_in(*a.s, "nobody", "olive's password").status == 401);
  Request r = remote("POST", "/sign-in");
  r.form.emplace("name", "olive");
  r.form.emplace("password", "olive's password");
  r.form.emplace("next", "//evil.example/");
  CHECK(a.s->app->handle(r).header("Location") == "/");
  const Response page = a.s->app->handle(remote("GET", "/sign-in?next=%2Freports%2Fr.xml"));
  CHECK(page.status == 200);
  CHECK(page.body.find("<input type=\"hidden\" name=\"next\" value=\"/reports/r.xml\">") != std::string::npos);
}

TEST_CASE("Sign-in is limited to five failures in 15 minutes per account and per address", "[serve]") {
  Accounts a("serve-throttle");
  for (int i = 0; i < 5; ++i) CHECK(sign_in(*a.s, "olive", "guess " + std::to_string(i)).status == 401);
  // The right password no longer helps, from this address or another.
  const Response blocked = sign_in(*a.s, "olive", "olive's password");
  CHECK(blocked.status == 429);
  CHECK(blocked.body.find("There have been too many attempts to sign in. Wait 15 minutes and try again") != std::string::npos);
  CHECK(sign_in(*a.s, "olive", "olive's password", "10.0.0.8").status == 429);
  // The address that guessed is limited for other accounts too; other addresses are not.
  CHECK(sign_in(*a.s, "clara", "clara's password").status == 429);
  CHECK(sign_in(*a.s, "clara", "clara's password", "10.0.0.9").status == 303);
  a.now += std::chrono::minutes(15);
  CHECK(sign_in(*a.s, "olive", "olive's password").status == 303);
}

TEST_CASE("Behind a trusted proxy, sign-in attempts count against the address in X-Forwarded-For", "[serve]") {
  docket::test::ScratchDir dir("serve-forwarded");
  Users users;
  users.add("olive", Role::officer, "olive's password", HashCost::minimum());
  users.save(dir / "users");
  SessionRules rules;
  rules.dummy_cost = HashCost::minimum();
  AccountsGate gate(dir / "users", rules, std::chrono::steady_clock::now, {"127.0.0.1"});
  Request from_proxy = remote("POST", "/sign-in", {}, "127.0.0.1");
  from_proxy.headers["x-forwarded-for"] = "203.0.113.9, 198.51.100.4";
  for (int i = 0; i < 5; ++i) CHECK(gate.sign_in("nobody-" + std::to_string(i), "guess", from_proxy).outcome == SignIn::wrong);
  CHECK(gate.sign_in("olive", "olive's password", from_proxy).outcome == SignIn::throttled);
  // Another person behind the same proxy is not locked out; a forged header from elsewhere
  // does not choose the address.
  from_proxy.headers["x-forwarded-for"] = "198.51.100.5";
  CHECK(gate.sign_in("olive", "olive's password", from_proxy).outcome == SignIn::signed_in);
  Request direct = remote("POST", "/sign-in", {}, "10.0.0.7");
  direct.headers["x-forwarded-for"] = "198.51.100.4";
  CHECK(gate.sign_in("olive", "olive's password", direct).outcome == SignIn::signed_in);
}

TEST_CASE("A session ends after an hour idle, after ten hours in any case, and on signing out", "[serve]") {
  Accounts a("serve-expiry");
  std::string id = session_of(sign_in(*a.s, "olive", "olive's password"));
  a.now += std::chrono::minutes(59);
  CHECK(a.s->app->handle(remote("GET", "/", id)).status == 200);
  a.now += std::chrono::minutes(60);
  CHECK(a.s->app->handle(remote("GET", "/", id)).status == 303);

  id = session_of(sign_in(*a.s, "olive", "olive's password"));
  for (int i = 0; i < 11; ++i) {
    a.now += std::chrono::minutes(55);
    CHECK(a.s->app->handle(remote("GET", "/", id)).status == (i < 10 ? 200 : 303));
  }

  id = session_of(sign_in(*a.s, "olive", "olive's password"));
  const Response out = a.s->app->handle(remote("POST", "/sign-out", id));
  CHECK(out.status == 303);
  CHECK(session_cookie(out) == std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  CHECK(a.s->app->handle(remote("GET", "/", id)).status == 303);
}

TEST_CASE("A removed account's sessions end at its next request", "[serve]") {
  Accounts a("serve-removed");
  const std::string id = session_of(sign_in(*a.s, "olive", "olive's password"));
  auto users = Users::load(a.s->dir / "users");
  users.remove("olive");
  users.save(a.s->dir / "users");
  // Make sure the file's time differs from the one read first.
  std::filesystem::last_write_time(a.s->dir / "users", std::filesystem::last_write_time(a.s->dir / "users") + std::chrono::seconds(2));
  CHECK(a.s->app->handle(remote("GET", "/", id)).status == 303);
}

TEST_CASE("A single sign-on proxy's header is believed only from the proxy's address", "[serve]") {
  Users roles;
  roles.add("clara", Role::clerk, "unused", HashCost::minimum());
  Served s("serve-proxy", [&](const std::filesystem::path&) {
    return std::make_unique<ProxyHeaderGate>("X-Remote-User", std::set<std::string>{"10.0.0.1"}, roles);
  });
  for (const auto& route : s.app->routes()) {
    if (route.permission == Permission::open) continue;
    Request r = remote(route.method, path_of(route), {}, "10.0.0.7");
    r.headers["x-remote-user"] = "clara";
    INFO(route.method << " " << path_of(route));
    CHECK(s.app->handle(r).status == 403);
  }
  Request r = remote("GET", "/", {}, "10.0.0.1");
  CHECK(s.app->handle(r).status == 403);  // no name
  r.headers["x-remote-user"] = "clara";
  CHECK(s.app->handle(r).status == 200);
}

TEST_CASE("docket serve's gate is chosen from its options, and unsafe choices are refused", "[serve]") {
  CHECK(dynamic_cast<LoopbackGate*>(choose_gate({.host = "127.0.0.1"}).get()) != nullptr);
  CHECK_THROWS_WITH(choose_gate({.host = "0.0.0.0"}),
                    "docket serve listens beyond this computer (0.0.0.0) only with accounts: anyone on the network could change the reports");
  CHECK_THROWS_WITH(choose_gate({.host = "0.0.0.0", .proxy_header = "X-Remote-User"}),
                    "--trust-proxy-header needs the proxy's address: anyone else could send the header");
  CHECK_THROWS_WITH(choose_gate({.host = "127.0.0.1", .proxies = {"10.0.0.1"}}), "--trusted-proxy is for --trust-proxy-header or --users");
  CHECK(dynamic_cast<ProxyHeaderGate*>(choose_gate({.host = "0.0.0.0", .proxy_header = "X-Remote-User", .proxies = {"10.0.0.1"}}).get()) != nullptr);
}
