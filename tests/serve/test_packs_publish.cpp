// Who may have which pack, and publishing: the members' pack is a clerk's only (to anyone
// else, by link or by a guessed address, it does not exist); publishing copies the public
// files and never an exempt one, and keeps the record of every publication.
#include "accounts_test_support.hpp"
#include "packs_test_support.hpp"
#include "serve/publish.hpp"

using namespace docket;
using namespace docket::serve;
using namespace docket::serve::test;

namespace {

Response as(Served& s, const std::string& session, const std::string& method, const std::string& path,
            std::vector<std::pair<std::string, std::string>> fields = {}) {
  Request r = remote(method, path, session);
  for (auto& [k, v] : fields) r.form.emplace(k, v);
  return s.app->handle(r);
}

void built(Served& s, const std::string& session, const std::string& audience) {
  const Response r = as(s, session, "POST", "/agendas/cabinet.xml/packs", {{"audience", audience}});
  REQUIRE(r.status == 303);
  REQUIRE(finished(*s.app, job_of(r)).error == "");
}

}  // namespace

TEST_CASE("Only clerks build packs and have the members' pack, which to an officer is not there, by link or by guessing", "[serve][packs]") {
  Accounts a("serve-packs-roles");
  Served& s = *a.s;
  add_meeting(s);
  const std::string clara = session_for(s, "clara"), olive = session_for(s, "olive"), ada = session_for(s, "ada");
  CHECK(as(s, olive, "POST", "/agendas/cabinet.xml/packs", {{"audience", "public"}}).status == 403);
  CHECK(as(s, ada, "POST", "/agendas/cabinet.xml/packs", {{"audience", "members"}}).status == 403);
  built(s, clara, "public");
  built(s, clara, "members");

  const Response clerk_page = as(s, clara, "GET", "/agendas/cabinet.xml/packs");
  CHECK(clerk_page.body.find("href=\"/agendas/cabinet.xml/packs/cabinet-members-pack.docx\"") != std::string::npos);
  CHECK(clerk_page.body.find("Build the pack</button>") != std::string::npos);
  const Response members = as(s, clara, "GET", "/agendas/cabinet.xml/packs/cabinet-members-pack.docx");
  REQUIRE(members.status == 200);
  CHECK(members.body.find("PK") == 0);

  const Response officer_page = as(s, olive, "GET", "/agendas/cabinet.xml/packs");
  CHECK(officer_page.status == 200);
  CHECK(officer_page.body.find("href=\"/agendas/cabinet.xml/packs/cabinet-public-pack.docx\"") != std::string::npos);
  CHECK(officer_page.body.find("members") == std::string::npos);
  CHECK(officer_page.body.find("Build the pack</button>") == std::string::npos);
  CHECK(officer_page.body.find("Publish the public papers</button>") == std::string::npos);
  CHECK(as(s, olive, "GET", "/agendas/cabinet.xml/packs/cabinet-public-pack.docx").status == 200);

  // The members' pack by its address, and a pack never built: the same answer.
  for (const std::string& who : {olive, ada}) {
    const Response guessed = as(s, who, "GET", "/agendas/cabinet.xml/packs/cabinet-members-pack.docx");
    const Response never = as(s, who, "GET", "/agendas/cabinet.xml/packs/cabinet-members-pack.pdf");
    CHECK(guessed.status == 404);
    CHECK(guessed.body.find("There is no such download.") != std::string::npos);
    CHECK(never.status == 404);
    CHECK(never.body == guessed.body);
  }
  CHECK(as(s, olive, "GET", "/agendas/cabinet.xml/packs/..%2Fcabinet.xml").status == 404);
  CHECK(as(s, olive, "POST", "/agendas/cabinet.xml/publish").status == 403);
  CHECK(as(s, {}, "GET", "/agendas/cabinet.xml/packs/cabinet-public-pack.docx").status == 303);
}

TEST_CASE("Publishing copies the front sheet, the public pack and each public paper, never an exempt one, and keeps every record", "[serve][packs]") {
  Served s("serve-packs-publish");
  add_meeting(s);
  const Response early = s.post("/agendas/cabinet.xml/publish", {});
  CHECK(early.status == 400);
  CHECK(early.body.find("there is no public pack to publish") != std::string::npos);

  for (const char* audience : {"public", "members"}) {
    REQUIRE(finished(*s.app, job_of(s.post("/agendas/cabinet.xml/packs", {{"audience", audience}}))).error == "");
  }
  // The marker is in the members' pack, so the search below can find it.
  CHECK(all_text(s.workspace() / "packs" / "cabinet" / "cabinet-members-pack.docx").find(kExemptMarker) != std::string::npos);

  const Response r = s.post("/agendas/cabinet.xml/publish", {});
  REQUIRE(r.status == 303);
  CHECK(r.header("Location") == "/agendas/cabinet.xml/packs?job=" + job_of(r) + "&what=publish");
  REQUIRE(finished(*s.app, job_of(r)).error == "");
  const auto folder = s.workspace() / "published" / "cabinet";
  std::set<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    names.insert(e.path().filename().string());
    CHECK(all_text(e.path()).find(kExemptMarker) == std::string::npos);
  }
  CHECK(names == std::set<std::string>{"agenda-front-sheet.docx", "cabinet-public-pack.docx",
                                       "item-3-minutes-of-the-cabinet-meeting-held-on-13-november-2023.docx",
                                       "item-6-the-report.docx", "item-6-appendix-a-city-market-delivery-strategy.docx",
                                       "item-6-appendix-c-site-plan-and-schedule-of-accommodation.pdf",
                                       "item-8-the-report.docx",
                                       "item-8-appendix-1-corporate-performance-report-quarter-2-2023-24.docx", "published.txt"});
  CHECK(docket::test::ooxml_problems(folder / "agenda-front-sheet.docx") == "");
  CHECK(docket::test::read_text(folder / "cabinet-public-pack.docx") ==
        docket::test::read_text(s.workspace() / "packs" / "cabinet" / "cabinet-public-pack.docx"));

  // Published again, after an appendix became exempt: it is taken down, and both records kept.
  const std::string agenda = s.read("cabinet.xml", FileKind::agenda);
  const std::string exempt_a = replace_all(agenda, "title=\"City Market Delivery Strategy\"/>",
                                           "title=\"City Market Delivery Strategy\"><access status=\"exempt\" jurisdiction=\"england\">"
                                           "<paragraph>3</paragraph><publicInterest>Prices.</publicInterest></access></appendix>");
  REQUIRE(exempt_a != agenda);
  docket::test::write_text(s.workspace() / "agendas" / "cabinet.xml", exempt_a);
  const Response stale = s.post("/agendas/cabinet.xml/publish", {});
  CHECK(stale.status == 400);
  CHECK(stale.body.find("the agenda has changed since the public pack was built") != std::string::npos);
  REQUIRE(finished(*s.app, job_of(s.post("/agendas/cabinet.xml/packs", {{"audience", "public"}}))).error == "");
  REQUIRE(finished(*s.app, job_of(s.post("/agendas/cabinet.xml/publish", {}))).error == "");
  CHECK_FALSE(std::filesystem::exists(folder / "item-6-appendix-a-city-market-delivery-strategy.docx"));
  const std::string record = docket::test::read_text(folder / "published.txt");
  CHECK(record.find(" published by you from agendas/cabinet.xml (blake2b-256:") != std::string::npos);
  CHECK(record.find(" published by you ", record.find(" published by you ") + 1) != std::string::npos);
  CHECK(record.find("  removed item-6-appendix-a-city-market-delivery-strategy.docx\n") != std::string::npos);
  CHECK(record.find("  cabinet-public-pack.docx  blake2b-256:") != std::string::npos);
  const Response page = s.get("/agendas/cabinet.xml/packs");
  CHECK(page.body.find("Published so far") != std::string::npos);
  const std::string log = docket::test::read_text(s.app->audit().file());
  CHECK(log.find("\"what\":\"published\"") != std::string::npos);
}
