// Meetings: a clerk sets one up (with the standing items), adds and moves items; the meeting
// page lists each item with its report's status and the publication deadline; every change
// is compare-and-swap, so two clerks never lose each other's edits.
#include <catch2/catch.hpp>

#include "accounts_test_support.hpp"
#include "data/bank_holidays.hpp"
#include "serve/html.hpp"
#include "serve/meeting.hpp"
#include "xml/document.hpp"

using namespace docket::serve;
using namespace docket::serve::test;
using docket::Diagnostics;
namespace data = docket::data;

namespace {

std::vector<std::pair<std::string, std::string>> meeting_fields(const std::string& committee = "Cabinet", const std::string& year = "2030") {
  return {{"council", "Anytown Borough Council"}, {"jurisdiction", "england"}, {"committee", committee}, {"date:day", "18"},
          {"date:month", "12"}, {"date:year", year}, {"time", "18:30"}, {"venue", "Council Chamber"},
          {"contact", "Democratic Services"}, {"email", "democracy@anytown.gov.uk"},
          {"members", "Cllr A Smith (chair)\nCllr B Jones (vice-chair)\n\nCllr C Patel\n"}, {"standing", "yes"}, {"sent", "yes"}};
}

std::string location(const Response& r) {
  for (const auto& [k, v] : r.headers) {
    if (k == "Location") return v;
  }
  return {};
}

// The fields of the first form on a page whose action ends with `action`.
std::vector<std::pair<std::string, std::string>> form_for(const std::string& html, const std::string& action, std::size_t nth = 0) {
  std::size_t at = 0;
  for (std::size_t i = 0; i <= nth; ++i) {
    at = html.find("action=\"" + action + "\"", at);
    REQUIRE(at != std::string::npos);
    if (i < nth) ++at;
  }
  const auto end = html.find("</form>", at);
  return form_values("<form " + html.substr(at, end - at) + "</form>");
}

data::BankHolidays shipped_holidays(Served& s) {
  Diagnostics d;
  auto h = data::BankHolidays::load(data::BankHolidays::shipped_file(), s.app->schemas(), d);
  REQUIRE(h);
  return *h;
}

}  // namespace

TEST_CASE("A clerk sets up a meeting with the standing items, and the agenda is valid", "[serve]") {
  Served s("serve-meeting-new");
  const Response form = s.get("/meetings/new");
  CHECK(form.status == 200);
  CHECK(form.body.find("Start with the standing items") != std::string::npos);
  const Response r = s.post("/meetings/new", meeting_fields());
  REQUIRE(r.status == 303);
  CHECK(location(r) == "/agendas/cabinet-2030-12-18.xml/meeting?notice=created");
  const std::string text = s.read("cabinet-2030-12-18.xml", FileKind::agenda);
  CHECK(text.find("<member role=\"chair\"><name>Cllr A Smith</name></member>") != std::string::npos);
  CHECK(text.find("<startTime>18:30</startTime>") != std::string::npos);
  CHECK(s.app->check(FileKind::agenda, "cabinet-2030-12-18.xml", text).error_count() == 0);

  const Response page = s.get("/agendas/cabinet-2030-12-18.xml/meeting?notice=created");
  CHECK(page.status == 200);
  CHECK(page.body.find("The meeting was created. Add its items below.") != std::string::npos);
  CHECK(page.body.find("Apologies for absence") != std::string::npos);
  CHECK(page.body.find("Declarations of interest") != std::string::npos);
  CHECK(page.body.find("Minutes of the last meeting") != std::string::npos);
  // 18 December 2030 is a Wednesday: five clear working days back is Tuesday 10 December.
  CHECK(page.body.find("Publish the papers by <strong>10 December 2030</strong>: 5 clear working days before the meeting, as the law in England requires") != std::string::npos);
  // The audit log says who created it.
  const auto changes = s.app->audit().changes_to("agendas/cabinet-2030-12-18.xml");
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].what == "created");
}

TEST_CASE("A new meeting with missing details shows each problem at its field and creates nothing", "[serve]") {
  Served s("serve-meeting-errors");
  auto fields = meeting_fields();
  set(fields, "committee", "");
  set(fields, "date:day", "31");
  set(fields, "date:month", "2");
  set(fields, "time", "6.30pm");
  const Response r = s.post("/meetings/new", fields);
  CHECK(r.status == 400);
  CHECK(r.body.find("<a href=\"#committee\">Enter the committee</a>") != std::string::npos);
  CHECK(r.body.find("<a href=\"#date-day\">Meeting date must be a real date, for example 18 12 2023</a>") != std::string::npos);
  CHECK(r.body.find("<a href=\"#time\">Start time must be a time on the 24-hour clock, for example 18:30</a>") != std::string::npos);
  CHECK(r.body.find("Cllr B Jones (vice-chair)") != std::string::npos);  // what was typed is kept
  CHECK(std::filesystem::is_empty(s.workspace() / "agendas"));
}

TEST_CASE("The publication deadline counts clear working days, leaving out weekends and bank holidays, and Wales needs three", "[serve]") {
  Served s("serve-meeting-deadline");
  const auto holidays = shipped_holidays(s);
  auto agenda = [](const std::string& where, const std::string& date) {
    return "<agenda xmlns=\"urn:docket:committee-papers:1\"><authority jurisdiction=\"" + where + "\">A</authority><meeting><date>" + date +
           "</date></meeting></agenda>";
  };
  Diagnostics d;
  auto deadline = [&](const std::string& where, const std::string& date) {
    auto doc = docket::xml::parse(agenda(where, date), "a", d);
    REQUIRE(doc);
    return publication_deadline(doc->root(), holidays);
  };
  // Tuesday 2 January 2024: 1 January, 25 and 26 December are bank holidays, so the five
  // clear working days are 21, 22, 27, 28 and 29 December, and the papers go out on the 20th.
  CHECK(deadline("england", "2024-01-02").date == "2023-12-20");
  // Three in Wales: 27, 28, 29 December; the 26th and 25th are bank holidays, then a weekend.
  CHECK(deadline("wales", "2024-01-02").date == "2023-12-22");
  CHECK(deadline("wales", "2024-01-02").where == "Wales");
  CHECK(deadline("england", "2023-12-18").date == "2023-12-08");  // a Monday: the Friday before the week
  CHECK(deadline("england", "2099-12-18").date.empty());  // outside the calendar
}

TEST_CASE("A clerk adds an item with a report and moves it up without JavaScript, and the agenda keeps its order", "[serve]") {
  Served s("serve-meeting-items");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml", FileKind::report, "q2.xml");
  REQUIRE(s.post("/meetings/new", meeting_fields()).status == 303);
  const std::string url = "/agendas/cabinet-2030-12-18.xml/meeting";
  auto add = form_for(s.get(url).body, url + "/items");
  set(add, "title", "Performance, quarter 2");
  set(add, "report", "q2.xml");
  const Response added = s.post(url + "/items", add);
  REQUIRE(added.status == 303);
  CHECK(location(added) == url + "?notice=added");
  std::string text = s.read("cabinet-2030-12-18.xml", FileKind::agenda);
  CHECK(text.find("<item id=\"item-4\" number=\"4\" kind=\"report\"><title>Performance, quarter 2</title><report data=\"../reports/q2.xml\"/></item>") !=
        std::string::npos);
  // The workspace's reports/ is inside the agenda's papers folder (data/papers_folder.hpp).
  CHECK(s.app->check(FileKind::agenda, "cabinet-2030-12-18.xml", text).error_count() == 0);
  const Response page = s.get(url);
  CHECK(page.body.find("href=\"/reports/q2.xml\">q2.xml</a>") != std::string::npos);
  CHECK(page.body.find("Draft</strong><br><span class=\"govuk-body-s\">Clear by 10 December 2030</span>") != std::string::npos);

  // The move forms: item 1 down; items 2 and 3 up and down; item 4 up (the sixth).
  auto up = form_for(page.body, url + "/move", 5);
  CHECK(std::find(up.begin(), up.end(), std::pair<std::string, std::string>{"item", "4"}) != up.end());
  CHECK(std::find(up.begin(), up.end(), std::pair<std::string, std::string>{"direction", "up"}) != up.end());
  const Response moved = s.post(url + "/move", up);
  REQUIRE(moved.status == 303);
  text = s.read("cabinet-2030-12-18.xml", FileKind::agenda);
  CHECK(text.find("Performance, quarter 2") < text.find("Minutes of the last meeting"));
  CHECK(text.find("Declarations of interest") < text.find("Performance, quarter 2"));
}

TEST_CASE("Two clerks change one agenda: the second is refused with a clear message and the first's edit is kept", "[serve]") {
  Served s("serve-meeting-two-clerks");
  REQUIRE(s.post("/meetings/new", meeting_fields()).status == 303);
  const std::string url = "/agendas/cabinet-2030-12-18.xml/meeting";
  const std::string page = s.get(url).body;  // both clerks open the page
  auto first = form_for(page, url + "/items");
  set(first, "title", "Budget monitoring");
  set(first, "kind", "verbal");
  REQUIRE(s.post(url + "/items", first).status == 303);
  const std::string kept = s.read("cabinet-2030-12-18.xml", FileKind::agenda);

  const Response move = s.post(url + "/move", form_for(page, url + "/move"));
  CHECK(move.status == 409);
  CHECK(move.body.find("This agenda was changed by someone else after you opened it, so the move was not saved: saving it would have lost their change.") !=
        std::string::npos);
  CHECK(move.body.find("Open the meeting again to see the agenda as it is now, then make your change again.") != std::string::npos);
  auto second = form_for(page, url + "/items");
  set(second, "title", "Another item");
  const Response add = s.post(url + "/items", second);
  CHECK(add.status == 409);
  CHECK(add.body.find("so the new item was not saved") != std::string::npos);
  CHECK(s.read("cabinet-2030-12-18.xml", FileKind::agenda) == kept);
  CHECK(kept.find("Budget monitoring") != std::string::npos);
}

TEST_CASE("An officer can open a meeting but cannot set one up, add items or move them", "[serve]") {
  Accounts a("serve-meeting-officer");
  const std::string clara = session_for(*a.s, "clara"), olive = session_for(*a.s, "olive");
  REQUIRE(a.as(clara, "POST", "/meetings/new", meeting_fields()).status == 303);
  const std::string url = "/agendas/cabinet-2030-12-18.xml/meeting";
  const std::string before = a.s->read("cabinet-2030-12-18.xml", FileKind::agenda);
  const Response page = a.as(olive, "GET", url);
  CHECK(page.status == 200);
  CHECK(a.as(olive, "GET", "/meetings/new").status == 403);
  CHECK(a.as(olive, "POST", "/meetings/new", meeting_fields("Planning")).status == 403);
  // The officer's page has no form that changes the agenda; the posts she could still craft
  // (copied from the clerk's page) are refused.
  CHECK(page.body.find("action=\"" + url + "/move\"") == std::string::npos);
  CHECK(page.body.find("action=\"" + url + "/items\"") == std::string::npos);
  CHECK(page.body.find("Edit the agenda in full") == std::string::npos);
  const Response clerk_page = a.as(clara, "GET", url);
  auto move = form_for(clerk_page.body, url + "/move");
  const Response refused = a.as(olive, "POST", url + "/move", move);
  CHECK(refused.status == 403);
  CHECK(refused.body.find("Your role does not allow this.") != std::string::npos);
  auto add = form_for(clerk_page.body, url + "/items");
  set(add, "title", "Olive's item");
  CHECK(a.as(olive, "POST", url + "/items", add).status == 403);
  CHECK(a.s->read("cabinet-2030-12-18.xml", FileKind::agenda) == before);
  CHECK(!std::filesystem::exists(a.s->workspace() / "agendas" / "planning-2030-12-18.xml"));
}

TEST_CASE("A clerk uploads an exempt PDF appendix with its paragraph, and an officer cannot open it by its link or by guessing", "[serve]") {
  Accounts a("serve-meeting-appendix");
  const std::string clara = session_for(*a.s, "clara"), olive = session_for(*a.s, "olive");
  REQUIRE(a.as(clara, "POST", "/meetings/new", meeting_fields()).status == 303);
  const std::string url = "/agendas/cabinet-2030-12-18.xml/meeting";
  std::string page = a.as(clara, "GET", url).body;
  CHECK(page.find("<option value=\"3\">3. Information relating to the financial or business affairs of any particular person (including the authority holding that information).</option>") !=
        std::string::npos);
  auto fields = form_for(page, url + "/appendix");
  set(fields, "item", "2");
  set(fields, "label", "A");
  set(fields, "appendix-title", "Site plan");
  set(fields, "access", "exempt");
  set(fields, "paragraph", "3");
  set(fields, "publicInterest", "Disclosure would prejudice the Council's negotiating position.");
  const std::string pdf = docket::test::read_text(docket::test::source_path("fixtures/papers/pcc-city-market-appendix-c-site-plan.pdf"));

  // A file whose content is not what its name says is refused, and nothing is kept.
  const Response fake = a.as(clara, "POST", url + "/appendix", fields, {{"paper", "Site Plan.pdf", "application/pdf", "not a pdf"}});
  CHECK(fake.status == 400);
  CHECK(fake.body.find("“Site Plan.pdf” ") != std::string::npos);
  CHECK(!std::filesystem::exists(a.s->workspace() / "agendas" / "papers" / "cabinet-2030-12-18" / "site-plan.pdf"));

  const Response up = a.as(clara, "POST", url + "/appendix", fields, {{"paper", "Site Plan.PDF", "application/pdf", pdf}});
  REQUIRE(up.status == 303);
  CHECK(location(up) == url + "?notice=appendix");
  CHECK(docket::test::read_text(a.s->workspace() / "agendas" / "papers" / "cabinet-2030-12-18" / "site-plan.pdf") == pdf);
  const std::string text = a.s->read("cabinet-2030-12-18.xml", FileKind::agenda);
  CHECK(text.find("<appendix label=\"A\" href=\"papers/cabinet-2030-12-18/site-plan.pdf\" title=\"Site plan\"><access status=\"exempt\" "
                  "jurisdiction=\"england\"><paragraph>3</paragraph><publicInterest>Disclosure would prejudice the Council's negotiating "
                  "position.</publicInterest></access></appendix>") != std::string::npos);
  const auto checked = a.s->app->check(FileKind::agenda, "cabinet-2030-12-18.xml", text);
  for (const auto& d : checked.items()) {
    if (d.severity == docket::Severity::error) FAIL_CHECK(d.message);
  }

  const std::string paper = "/agendas/cabinet-2030-12-18.xml/papers/site-plan.pdf";
  CHECK(a.as(clara, "GET", paper).body == pdf);
  const Response refused = a.as(olive, "GET", paper);
  CHECK(refused.status == 403);
  CHECK(refused.body.find("This paper is not for publication: only democratic services can open it.") != std::string::npos);
  CHECK(a.as(olive, "GET", "/agendas/cabinet-2030-12-18.xml/papers/site-plan-2.pdf").status == 403);  // guessed: not on the agenda
  CHECK(a.as(olive, "GET", "/agendas/cabinet-2030-12-18.xml/papers/..%2Fagendas%2Fcabinet-2030-12-18.xml").status == 400);
  CHECK(a.as(olive, "POST", url + "/appendix", fields, {{"paper", "x.pdf", "application/pdf", pdf}}).status == 403);
}
