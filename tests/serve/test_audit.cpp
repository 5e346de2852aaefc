// The audit trail: each kind of change appends one JSON line (who, when, what, which file,
// BLAKE2b-256 before and after) to .docket/audit.log, and the file's Changes page lists them.
#include <nlohmann/json.hpp>

#include "accounts_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

namespace {

std::vector<nlohmann::json> log_lines(Served& s) {
  std::vector<nlohmann::json> out;
  std::istringstream in(docket::test::read_text(s.workspace() / ".docket" / "audit.log"));
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace

TEST_CASE("BLAKE2b-256 fingerprints are libsodium's crypto_generichash, in hex", "[serve]") {
  // The BLAKE2b-256 of the empty string, as published with the algorithm.
  CHECK(audit_hash("") == "blake2b-256:0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST_CASE("Creating, uploading, saving, restoring and choosing a template each append one audit line", "[serve]") {
  Served s("serve-audit");
  const Response made = s.post("/reports/new", {{"council", "Anytown Borough Council"}, {"committee", "Cabinet"},
                                                {"date:day", "18"}, {"date:month", "12"}, {"date:year", "2023"},
                                                {"title", "Audit me"}, {"post", "Chief Executive"}, {"name", ""}, {"template", "house"}});
  REQUIRE(made.status == 303);
  const std::string created = s.read("audit-me.xml");

  auto form = form_values(s.get("/reports/audit-me.xml/edit/meta").body);
  std::erase_if(form, [](const auto& f) { return f.first == "action"; });
  set(form, "/report[1]/meta[1]/title[1]", "Audited");
  REQUIRE(s.post("/reports/audit-me.xml/edit/meta", form).status == 303);
  const std::string saved = s.read("audit-me.xml");
  // Saving with nothing changed writes nothing and records nothing.
  REQUIRE(s.post("/reports/audit-me.xml/edit/meta", form_values(s.get("/reports/audit-me.xml/edit/meta").body)).status == 303);

  const auto versions = s.app->workspace().history(FileKind::report, "audit-me.xml");
  REQUIRE(versions.size() == 1);
  REQUIRE(s.post("/reports/audit-me.xml/history/" + versions[0].id + "/restore", {{"base", content_hash(saved)}}).status == 303);

  const std::string uploaded = docket::test::read_text(docket::test::source_path("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml"));
  REQUIRE(s.post("/upload", {}, {Upload{"file", "q4.xml", "application/xml", uploaded}}).status == 303);
  REQUIRE(s.post("/reports/q4.xml/template", {{"template", "house"}}).status == 303);  // already house: no change
  std::filesystem::create_directories(s.workspace() / "templates");
  docket::test::write_text(s.workspace() / "templates" / "council.docx",
                           docket::test::read_text(s.app->workspace().template_file("house")));
  const Response chosen = s.post("/reports/q4.xml/template", {{"template", "templates/council.docx"}});
  INFO(chosen.body);
  REQUIRE(chosen.status == 303);

  const auto lines = log_lines(s);
  REQUIRE(lines.size() == 5);
  const auto expect = [&](std::size_t i, const std::string& what, const std::string& file, const nlohmann::json& old_hash,
                          const std::string& new_hash, const std::string& detail) {
    INFO(lines[i].dump());
    CHECK(lines[i]["who"] == "you");
    CHECK(lines[i]["what"] == what);
    CHECK(lines[i]["file"] == file);
    CHECK(lines[i]["old"] == old_hash);
    CHECK(lines[i]["new"] == new_hash);
    CHECK(lines[i].value("detail", "") == detail);
    CHECK(lines[i]["when"].get<std::string>().size() == 20);
  };
  expect(0, "created", "reports/audit-me.xml", nullptr, audit_hash(created), "");
  expect(1, "saved", "reports/audit-me.xml", audit_hash(created), audit_hash(saved), "meta");
  expect(2, "restored", "reports/audit-me.xml", audit_hash(saved), audit_hash(created), "version " + versions[0].id);
  expect(3, "uploaded", "reports/q4.xml", nullptr, audit_hash(uploaded), "q4.xml");
  expect(4, "template", "reports/q4.xml", audit_hash(uploaded), audit_hash(uploaded), "templates/council.docx");

  // The Changes page lists the file's own changes, newest first.
  const Response page = s.get("/reports/audit-me.xml/changes");
  CHECK(page.status == 200);
  const auto restored_at = page.body.find("restored: version " + versions[0].id);
  const auto saved_at = page.body.find("saved: meta");
  const auto created_at = page.body.find(">created<");
  CHECK(restored_at < saved_at);
  CHECK(saved_at < created_at);
  CHECK(created_at != std::string::npos);
  CHECK(page.body.find("q4.xml") == std::string::npos);
  CHECK(page.body.find(audit_hash(saved).substr(12, 12) + "…") != std::string::npos);
  CHECK(s.get("/reports/audit-me.xml").body.find("/reports/audit-me.xml/changes\">Changes: who changed it, and when</a>") != std::string::npos);
}

TEST_CASE("The audit log names the signed-in account, and is only ever appended to", "[serve]") {
  Accounts a("serve-audit-accounts");
  a.s->add("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", FileKind::report, "r.xml");
  // Lines already in the log (another docket's, or older) are kept as they are.
  const std::string earlier = "{\"when\":\"2020-01-01T00:00:00Z\",\"who\":\"old\",\"what\":\"saved\",\"file\":\"reports/r.xml\",\"old\":null,\"new\":\"x\"}\n";
  std::filesystem::create_directories(a.s->workspace() / ".docket");
  docket::test::write_text(a.s->workspace() / ".docket" / "audit.log", earlier);
  const std::string clara = session_for(*a.s, "clara");
  Request upload = remote("POST", "/upload", clara);
  upload.files.push_back(Upload{"file", "mine.xml", "application/xml", a.s->read("r.xml")});
  REQUIRE(a.s->app->handle(upload).status == 303);
  const std::string log = docket::test::read_text(a.s->workspace() / ".docket" / "audit.log");
  CHECK(log.rfind(earlier, 0) == 0);
  const auto lines = log_lines(*a.s);
  REQUIRE(lines.size() == 2);
  CHECK(lines[1]["who"] == "clara");
  CHECK(lines[1]["file"] == "reports/mine.xml");
  CHECK(a.s->app->owner_of(FileKind::report, "mine.xml") == "clara");
}
