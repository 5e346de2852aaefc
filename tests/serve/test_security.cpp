// The editor is safe by default: only this computer, only its own address (DNS rebinding),
// a CSRF token on every change, security headers on every response, no path outside the
// workspace, size limits.
#include "serve/app.hpp"
#include "serve_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

TEST_CASE("A request naming another host is refused, so a rebinding web page cannot reach the editor", "[serve]") {
  Served s("serve-host");
  Request r = browser_get("/");
  r.headers["host"] = "evil.example:8080";
  const Response res = s.app->handle(r);
  CHECK(res.status == 421);
  CHECK(res.body.find("docket answers only requests made to the address it printed") != std::string::npos);
  r.headers["host"] = "localhost:8080";
  CHECK(s.app->handle(r).status == 200);
  r.headers.erase("host");
  CHECK(s.app->handle(r).status == 421);
}

TEST_CASE("A request from another computer is refused by the loopback gate", "[serve]") {
  Served s("serve-remote");
  Request r = browser_get("/");
  r.remote_address = "192.0.2.7";
  const Response res = s.app->handle(r);
  CHECK(res.status == 403);
  CHECK(res.body.find("This editor answers only requests from this computer.") != std::string::npos);
  CHECK(is_loopback("127.0.0.1"));
  CHECK(is_loopback("::1"));
  CHECK(is_loopback("::ffff:127.0.0.1"));
  CHECK_FALSE(is_loopback("10.0.0.1"));
}

TEST_CASE("A change without the CSRF token, or with another, is refused and nothing is saved", "[serve]") {
  Served s("serve-csrf");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml");
  const std::string before = s.read("s1-halton-q2-2023-24.xml");
  Request r = browser_get("/reports/s1-halton-q2-2023-24.xml/edit/meta");
  r.method = "POST";
  r.form.emplace("/report[1]/meta[1]/title[1]", "Changed");
  SECTION("no token") {}
  SECTION("a different token") { r.form.emplace("csrf", std::string(64, 'a')); }
  SECTION("no cookie") {
    r.headers.erase("cookie");
    r.form.emplace("csrf", kToken);
  }
  const Response res = s.app->handle(r);
  CHECK(res.status == 403);
  CHECK(res.body.find("The form has expired") != std::string::npos);
  CHECK(s.read("s1-halton-q2-2023-24.xml") == before);
}

TEST_CASE("A post from another web site's page is refused by its Origin", "[serve]") {
  Served s("serve-origin");
  Request r = browser_get("/upload");
  r.method = "POST";
  r.form.emplace("csrf", kToken);
  r.headers["origin"] = "http://evil.example";
  CHECK(s.app->handle(r).status == 403);
}

TEST_CASE("Every response carries the security headers, with a CSP that allows no inline script", "[serve]") {
  Served s("serve-headers");
  for (const char* path : {"/", "/no-such-page", "/assets/app/docket.css"}) {
    const Response res = s.get(path);
    CHECK(res.header("Content-Security-Policy").find("script-src 'self';") != std::string::npos);
    CHECK(res.header("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos);
    CHECK(res.header("Content-Security-Policy").find("unsafe-inline") == std::string::npos);
    CHECK(res.header("X-Content-Type-Options") == "nosniff");
    CHECK(res.header("X-Frame-Options") == "DENY");
  }
  const Response page = s.get("/");
  CHECK(page.body.find("<script>") == std::string::npos);
  CHECK(page.body.find(" onclick=") == std::string::npos);
  CHECK(page.body.find("style=\"") == std::string::npos);
}

TEST_CASE("A first visit gets a CSRF cookie that scripts cannot read", "[serve]") {
  Served s("serve-cookie");
  Request r = browser_get("/");
  r.headers.erase("cookie");
  const Response res = s.app->handle(r);
  const std::string cookie = res.header("Set-Cookie");
  CHECK(cookie.rfind("docket_csrf=", 0) == 0);
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  const std::string token = cookie.substr(12, 64);
  CHECK(res.body.find("name=\"csrf\" value=\"" + token + "\"") != std::string::npos);
}

TEST_CASE("Names that would leave the workspace are refused", "[serve]") {
  Served s("serve-paths");
  docket::test::write_text(s.dir / "secret.xml", "<secret/>");
  for (const char* path : {"/reports/..%2Fsecret.xml", "/reports/%2E%2E%2F..%2Fsecret.xml", "/reports/.hidden.xml",
                           "/reports/a%00b.xml", "/reports/notes.txt"}) {
    const Response res = s.get(path);
    INFO(path);
    CHECK(res.status == 400);
    CHECK(res.body.find("is not a data file name this editor uses") != std::string::npos);
  }
  CHECK(s.get("/reports/missing.xml").status == 404);
  CHECK(s.get("/assets/app/..%2F..%2Fsecret.xml").status == 404);
  CHECK(s.get("/assets/").status == 404);
}

TEST_CASE("A symbolic link in the workspace that leads outside it is refused", "[serve]") {
  Served s("serve-link");
  docket::test::write_text(s.dir / "outside.xml", "<report/>");
  std::filesystem::create_symlink(s.dir / "outside.xml", s.workspace() / "reports" / "link.xml");
  CHECK(s.get("/reports/link.xml").status == 400);
}

TEST_CASE("An upload is read by the hardened parser: a DOCTYPE is refused, a non-XML file is explained", "[serve]") {
  Served s("serve-upload");
  auto upload = [&](const std::string& content) {
    return s.post("/upload", {}, {Upload{"file", "x.xml", "text/xml", content}});
  };
  const Response bomb = upload(docket::test::read_text(docket::test::source_path("fixtures/invalid/doctype-billion-laughs.xml")));
  CHECK(bomb.status == 400);
  CHECK(bomb.body.find("The file was refused:") != std::string::npos);
  const Response junk = upload("this is not xml");
  CHECK(junk.status == 400);
  CHECK(junk.body.find("The file is not a data file docket can read") != std::string::npos);
  const Response other = upload("<html/>");
  CHECK(other.body.find("not a committee report or an agenda") != std::string::npos);
  CHECK(std::filesystem::is_empty(s.workspace() / "reports"));
  const Response good = upload(docket::test::read_text(docket::test::source_path("fixtures/reports/s1-halton-q2-2023-24.xml")));
  CHECK(good.status == 303);
  CHECK(good.header("Location") == "/reports/x.xml?notice=uploaded");
}

TEST_CASE("Only GET and POST reach pages, and unknown pages say so in words", "[serve]") {
  Served s("serve-methods");
  Request r = browser_get("/");
  r.method = "POST";
  r.form.emplace("csrf", kToken);
  CHECK(s.app->handle(r).status == 405);
  const Response missing = s.get("/nowhere");
  CHECK(missing.status == 404);
  CHECK(missing.body.find("There is no page at this address.") != std::string::npos);
}

TEST_CASE("A request or upload over the size limit is refused before any handler reads it", "[serve]") {
  Served s("serve-size");
  const Response r = s.post("/upload", {}, {Upload{"file", "big.xml", "text/xml", std::string((20u << 20) + 1, 'x')}});
  CHECK(r.status == 413);
  CHECK(r.body.find("docket serve takes requests and uploads of up to 20 MB.") != std::string::npos);
  CHECK(std::filesystem::is_empty(s.workspace() / "reports"));
}

TEST_CASE("GOV.UK Frontend is served without the GDS Transport font or the crown, and pages name the council", "[serve]") {
  Served s("serve-frontend");
  const Response css = s.get("/assets/govuk/govuk-frontend.min.css");
  REQUIRE(css.status == 200);
  CHECK(css.content_type == "text/css; charset=utf-8");
  CHECK(css.body.find("GDS Transport") == std::string::npos);
  CHECK(css.body.find("govuk-crest") == std::string::npos);
  CHECK(css.body.find("font-family:arial,helvetica,sans-serif") != std::string::npos);
  CHECK(s.get("/assets/govuk/govuk-frontend.min.js").body.find("initAll") != std::string::npos);
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml");
  const Response home = s.get("/");
  CHECK(home.body.find("dk-council\">Halton Borough Council</a>") != std::string::npos);
  CHECK(home.body.find("govuk-logo") == std::string::npos);
  CHECK(home.body.find("GOV.UK") == std::string::npos);
}
