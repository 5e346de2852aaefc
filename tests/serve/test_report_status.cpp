// Report statuses: officers submit their own reports; democratic services clear them (with
// the legal and finance sign-offs), publish them and return them to draft. The status is a
// plain file, changed compare-and-swap, and every change is in the audit log.
#include <catch2/catch.hpp>

#include "accounts_test_support.hpp"
#include "serve/html.hpp"
#include "serve/report_status.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

namespace {

struct Desk {
  Accounts a{"serve-status"};
  std::string olive = session_for(*a.s, "olive"), otto = session_for(*a.s, "otto"), clara = session_for(*a.s, "clara");
  Desk() {
    Response r = as(olive, "POST", "/reports/new",
                    {{"council", "Anytown Borough Council"}, {"committee", "Cabinet"}, {"date:day", "18"}, {"date:month", "12"},
                     {"date:year", "2030"}, {"title", "Olive's report"}, {"post", "Chief Executive"}, {"name", ""}, {"template", "house"}});
    REQUIRE(r.status == 303);
  }
  Response as(const std::string& session, const std::string& method, const std::string& path,
              std::vector<std::pair<std::string, std::string>> fields = {}) {
    return as_user(*a.s, session, method, path, std::move(fields));
  }
  // Posts the status page's form for `action` as `session` sees it.
  Response act(const std::string& session, const std::string& action, std::vector<std::pair<std::string, std::string>> extra = {}) {
    const std::string page = as(session, "GET", url).body;
    const auto at = page.find("name=\"action\" value=\"" + action + "\"");
    REQUIRE(at != std::string::npos);
    const auto start = page.rfind("<form", at), end = page.find("</form>", at);
    auto fields = form_values(page.substr(start, end - start));
    for (auto& [k, v] : extra) set(fields, k, v);
    return as(session, "POST", url, fields);
  }
  std::string status() { return a.s->app->workspace().read_state("status/olive-s-report.xml"); }
  const std::string url = "/reports/olive-s-report.xml/status";
};

}  // namespace

TEST_CASE("An officer submits their own report, and a clerk clears it with the sign-offs and publishes it", "[serve]") {
  Desk d;
  CHECK(d.as(d.olive, "GET", d.url).body.find("This report is <strong class=\"govuk-tag\">Draft</strong>") != std::string::npos);
  REQUIRE(d.act(d.olive, "submit").status == 303);
  CHECK(d.as(d.olive, "GET", d.url + "?notice=changed").body.find("The report is now submitted.") != std::string::npos);
  CHECK(d.status().find("stage=\"submitted\" changedBy=\"olive\"") != std::string::npos);

  // Clearing needs both sign-offs; the missing one is shown at its field.
  const Response missing = d.act(d.clara, "clear", {{"legal", "L Gale"}});
  CHECK(missing.status == 400);
  CHECK(missing.body.find("<a href=\"#finance\">Enter the finance officer who signed the report off</a>") != std::string::npos);
  CHECK(d.status().find("stage=\"submitted\"") != std::string::npos);

  REQUIRE(d.act(d.clara, "clear", {{"legal", "L Gale"}, {"finance", "F Nance"}}).status == 303);
  const auto cleared = read_status(d.status());
  REQUIRE(cleared);
  CHECK(cleared->stage == ReportStage::cleared);
  CHECK(cleared->legal == "L Gale");
  CHECK(cleared->finance == "F Nance");
  CHECK(cleared->cleared_by == "clara");
  CHECK(cleared->cleared_on.size() == 20);
  REQUIRE(d.act(d.clara, "publish").status == 303);
  CHECK(read_status(d.status())->stage == ReportStage::published);

  const auto changes = d.a.s->app->audit().changes_to("reports/olive-s-report.xml");
  std::vector<std::string> details;
  for (const auto& c : changes) {
    if (c.what == "status") details.push_back(c.who + ": " + c.detail);
  }
  CHECK(details == std::vector<std::string>{"olive: draft → submitted", "clara: submitted → cleared (legal: L Gale; finance: F Nance)",
                                            "clara: cleared → published"});
}

TEST_CASE("Only clerks clear, publish or return a report to draft, and other officers cannot submit someone else's report", "[serve]") {
  Desk d;
  const std::string page = d.as(d.otto, "GET", d.url).body;
  CHECK(page.find("Only the report's author and democratic services can change its status.") != std::string::npos);
  CHECK(d.as(d.otto, "POST", d.url, {{"action", "submit"}, {"base", ""}}).status == 403);
  REQUIRE(d.act(d.olive, "submit").status == 303);
  const std::string hash = content_hash(d.status());
  const Response clear = d.as(d.olive, "POST", d.url, {{"action", "clear"}, {"base", hash}, {"legal", "Me"}, {"finance", "Me"}});
  CHECK(clear.status == 403);
  CHECK(clear.body.find("Only democratic services can clear a report.") != std::string::npos);
  CHECK(d.as(d.olive, "POST", d.url, {{"action", "draft"}, {"base", hash}}).body.find("Only democratic services can return a report to draft.") !=
        std::string::npos);
  CHECK(read_status(d.status())->stage == ReportStage::submitted);
  // A clerk returns it to draft; the sign-offs go with it.
  REQUIRE(d.act(d.clara, "draft").status == 303);
  CHECK(read_status(d.status())->stage == ReportStage::draft);
}

TEST_CASE("A status change made from an out-of-date page is refused, and the newer status is kept", "[serve]") {
  Desk d;
  const std::string olive_page = d.as(d.olive, "GET", d.url).body;
  REQUIRE(d.act(d.clara, "submit").status == 303);  // the clerk submits it first
  const auto at = olive_page.find("name=\"action\" value=\"submit\"");
  auto fields = form_values(olive_page.substr(olive_page.rfind("<form", at), olive_page.find("</form>", at) - olive_page.rfind("<form", at)));
  const Response late = d.as(d.olive, "POST", d.url, fields);
  CHECK(late.status == 409);
  CHECK(late.body.find("The report&#39;s status was changed by someone else after you opened this page, so yours was not saved.") != std::string::npos);
  CHECK(d.status().find("changedBy=\"clara\"") != std::string::npos);
}

TEST_CASE("The meeting page shows each report's status, and a report not cleared by the deadline as late", "[serve]") {
  Desk d;
  auto fields = std::vector<std::pair<std::string, std::string>>{
      {"council", "Anytown Borough Council"}, {"jurisdiction", "wales"}, {"committee", "Cabinet"}, {"date:day", "18"}, {"date:month", "12"},
      {"date:year", "2023"}, {"time", ""}, {"venue", "Chamber"}, {"contact", "Democratic Services"}, {"email", ""}, {"members", ""}, {"sent", "yes"}};
  REQUIRE(d.as(d.clara, "POST", "/meetings/new", fields).status == 303);
  const std::string url = "/agendas/cabinet-2023-12-18.xml/meeting";
  REQUIRE(d.as(d.clara, "POST", url + "/items",
               {{"base", content_hash(d.a.s->read("cabinet-2023-12-18.xml", FileKind::agenda))}, {"title", "Olive's report"},
                {"kind", "report"}, {"report", "olive-s-report.xml"}, {"part", "I"}})
              .status == 303);
  REQUIRE(d.as(d.clara, "POST", url + "/items",
               {{"base", content_hash(d.a.s->read("cabinet-2023-12-18.xml", FileKind::agenda))}, {"title", "Budget"},
                {"kind", "report"}, {"report", ""}, {"part", "I"}, {"toFollow", "true"}})
              .status == 303);
  std::string page = d.as(d.olive, "GET", url).body;
  // Three clear working days in Wales before Monday 18 December 2023: 13, 14, 15 December.
  CHECK(page.find("Publish the papers by <strong>12 December 2023</strong>: 3 clear working days before the meeting, as the law in Wales requires") !=
        std::string::npos);
  CHECK(page.find("Draft</strong> <strong class=\"govuk-tag govuk-tag--red\">Late</strong><br><span class=\"govuk-body-s\">Not cleared by 12 December 2023</span>") !=
        std::string::npos);
  CHECK(page.find("govuk-tag--grey\">To follow") != std::string::npos);
  REQUIRE(d.act(d.olive, "submit").status == 303);
  REQUIRE(d.act(d.clara, "clear", {{"legal", "L Gale"}, {"finance", "F Nance"}}).status == 303);
  page = d.as(d.olive, "GET", url).body;
  CHECK(page.find("govuk-tag--green\">Cleared") != std::string::npos);
  CHECK(page.find("Late") == std::string::npos);
}
