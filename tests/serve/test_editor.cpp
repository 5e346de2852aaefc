// The editor edits the data file itself: an unchanged form changes nothing, a change
// touches only its own node, comments and content the form does not know survive, and the
// structure buttons add, move and remove items.
#include "serve/form_fields.hpp"
#include "serve_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

namespace {

const char* kS2 = "s2-cambridgeshire-q4-2022-23.xml";

std::vector<std::pair<std::string, std::string>> page_form(Served& s, const std::string& url) {
  const Response page = s.get(url);
  REQUIRE(page.status == 200);
  auto fields = form_values(page.body);
  std::erase_if(fields, [](const auto& f) { return f.first == "action"; });
  return fields;
}

}  // namespace

TEST_CASE("Saving every part of a sample report unchanged leaves the file byte for byte as it was", "[serve]") {
  Served s("serve-unchanged");
  for (const char* fixture : {"s0-peterborough-q2-2023-24.xml", "s2-cambridgeshire-q4-2022-23.xml", "s3-charnwood-q2-2023-24.xml",
                              "pcc-city-market-regeneration.xml"}) {
    s.add(std::string("fixtures/reports/") + fixture);
    const std::string before = s.read(fixture);
    for (const char* part : {"meta", "summary", "recommendations", "section", "implications", "risks", "kpis", "actionPlan",
                             "backgroundPapers", "appendices", "settings"}) {
      const std::string url = std::string("/reports/") + fixture + "/edit/" + part;
      const Response saved = s.post(url, page_form(s, url));
      INFO(fixture << " " << part);
      CHECK(saved.status == 303);
      CHECK(s.read(fixture) == before);
    }
  }
}

TEST_CASE("A changed field changes only its own node, and comments and unknown content survive", "[serve]") {
  Served s("serve-change");
  std::string text = docket::test::read_text(docket::test::source_path("fixtures/reports/s1-halton-q2-2023-24.xml"));
  // A council's own additions the form does not know: an element and an x- value.
  text.replace(text.find("    <access status=\"open\"/>"), 0, "    <x-ward-note>Kept as it is</x-ward-note>\n");
  text.replace(text.find("type=\"other\""), 12, "type=\"x-welsh-language\"");
  docket::test::write_text(s.workspace() / "reports" / "r.xml", text);
  auto fields = page_form(s, "/reports/r.xml/edit/meta");
  set(fields, "/report[1]/meta[1]/title[1]", "Performance Management Report, Quarter 2");
  CHECK(s.post("/reports/r.xml/edit/meta", fields).status == 303);
  std::string expected = text;
  expected.replace(expected.find("<title>Performance Management Reports for Quarter 2 of 2023/24") + 7, 55,
                   "Performance Management Report, Quarter 2");
  const std::string after = s.read("r.xml");
  // libxml2 writes the root's attributes on one line; everything else is as it was.
  auto body = [](const std::string& t) { return t.substr(t.find("<meta>")); };
  CHECK(body(after) == body(expected));
  CHECK(after.find("<!--\n  S1: Halton Borough Council") != std::string::npos);
  CHECK(after.find("<!-- \"WARDS: Boroughwide\" -->") != std::string::npos);

  const Response page = s.get("/reports/r.xml/edit/meta");
  CHECK(page.body.find("also holds “X ward note”, which this form does not edit. It is kept as it is in the file.") != std::string::npos);
  fields = page_form(s, "/reports/r.xml/edit/implications");
  CHECK(std::count(fields.begin(), fields.end(), std::pair<std::string, std::string>{"/report[1]/implications[1]/implication[2]/@type:other", "x-welsh-language"}) == 1);
  CHECK(s.post("/reports/r.xml/edit/implications", fields).status == 303);
  CHECK(s.read("r.xml").find("type=\"x-welsh-language\"") != std::string::npos);
}

TEST_CASE("A save over a file that changed since the page was opened is refused and shows what differs", "[serve]") {
  Served s("serve-conflict");
  s.add(std::string("fixtures/reports/") + kS2);
  auto mine = page_form(s, std::string("/reports/") + kS2 + "/edit/meta");
  auto theirs = mine;
  set(theirs, "/report[1]/meta[1]/title[1]", "Their title");
  REQUIRE(s.post(std::string("/reports/") + kS2 + "/edit/meta", theirs).status == 303);
  const std::string saved_by_them = s.read(kS2);

  set(mine, "/report[1]/meta[1]/reference[1]", "CPR/Q4");
  const Response refused = s.post(std::string("/reports/") + kS2 + "/edit/meta", mine);
  CHECK(refused.status == 409);
  CHECK(refused.body.find("Your changes were not saved") != std::string::npos);
  CHECK(refused.body.find("Reference") != std::string::npos);
  CHECK(refused.body.find("CPR/Q4") != std::string::npos);
  CHECK(refused.body.find("Their title") != std::string::npos);
  CHECK(s.read(kS2) == saved_by_them);

  // Keeping mine saves it explicitly; theirs goes into the history.
  const auto form = form_values(refused.body);
  std::string action;
  const auto at = refused.body.find("/drafts/");
  action = refused.body.substr(refused.body.rfind("\"", at) + 1, refused.body.find('"', at) - refused.body.rfind("\"", at) - 1);
  const Response kept = s.post(action, form);
  CHECK(kept.status == 303);
  CHECK(s.read(kS2).find("<reference>CPR/Q4</reference>") != std::string::npos);
  CHECK(s.read(kS2).find("Their title") == std::string::npos);
  const auto history = s.app->workspace().history(FileKind::report, kS2);
  REQUIRE(history.size() == 2);
  CHECK(s.app->workspace().read_version(FileKind::report, kS2, history.front().id) == saved_by_them);
}

TEST_CASE("History keeps every replaced version and restores one", "[serve]") {
  Served s("serve-history");
  s.add(std::string("fixtures/reports/") + kS2);
  const std::string original = s.read(kS2);
  const std::string url = std::string("/reports/") + kS2 + "/edit/meta";
  for (const char* title : {"First", "Second"}) {
    auto f = page_form(s, url);
    set(f, "/report[1]/meta[1]/title[1]", title);
    REQUIRE(s.post(url, f).status == 303);
  }
  const auto versions = s.app->workspace().history(FileKind::report, kS2);
  REQUIRE(versions.size() == 2);
  const Response list = s.get(std::string("/reports/") + kS2 + "/history");
  CHECK(list.body.find("Open version 000001") != std::string::npos);
  const Response version = s.get(std::string("/reports/") + kS2 + "/history/" + versions.back().id);
  CHECK(version.body.find("Corporate Performance Report – Quarter 4 2022–23") != std::string::npos);
  CHECK(version.body.find("Second") != std::string::npos);
  const Response restored = s.post(std::string("/reports/") + kS2 + "/history/" + versions.back().id + "/restore", form_values(version.body));
  CHECK(restored.status == 303);
  CHECK(s.read(kS2) == original);
  CHECK(s.app->workspace().history(FileKind::report, kS2).size() == 3);
}

TEST_CASE("Add another, move up and remove change the structure where the schema puts it", "[serve]") {
  Served s("serve-structure");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml", FileKind::report, "r.xml");
  const std::string url = "/reports/r.xml/edit/section";
  auto f = page_form(s, url);
  f.emplace_back("action", "add|/report[1]|section");
  const Response added = s.post(url, f);
  CHECK(added.status == 303);
  CHECK(added.header("Location") == url + "#f-report-1-section-3");
  std::string text = s.read("r.xml");
  // A heading is optional in the schema (nested sections may go without); the rule that a
  // top-level one needs it shows beside the new section until the officer writes one.
  CHECK(text.find("  </section>\n\n  <section/>\n  <implications>") != std::string::npos);

  f = page_form(s, url);
  set(f, "/report[1]/section[3]/heading[1]", "Background");
  set(f, "/report[1]/section[3]/#text1", "First paragraph\n\n- one\n- two");
  f.emplace_back("action", "up|/report[1]/section[3]");
  CHECK(s.post(url, f).status == 303);
  text = s.read("r.xml");
  const auto background = text.find("<heading>Background</heading>");
  CHECK(background != std::string::npos);
  CHECK(background < text.find("<heading>Implications for the Council’s Priorities</heading>"));
  CHECK(text.find("<heading>Background</heading>\n    <p>First paragraph</p>\n    <ul><li>one</li><li>two</li></ul>\n  </section>") != std::string::npos);

  f = page_form(s, url);
  f.emplace_back("action", "remove|/report[1]/section[2]");
  CHECK(s.post(url, f).status == 303);
  CHECK(s.read("r.xml").find("Background") == std::string::npos);
}

TEST_CASE("A new report has every required field, and validates once the officer fills them", "[serve]") {
  Served s("serve-new");
  const Response made = s.post("/reports/new", {{"council", "Anytown Borough Council"}, {"committee", "Cabinet"},
                                                {"date:day", "18"}, {"date:month", "12"}, {"date:year", "2023"},
                                                {"title", "Quarter 2 performance"}, {"post", "Chief Executive"},
                                                {"name", ""}, {"template", "house"}});
  REQUIRE(made.status == 303);
  CHECK(made.header("Location") == "/reports/quarter-2-performance.xml?notice=created");
  const std::string text = s.read("quarter-2-performance.xml");
  // Every element and attribute the schema requires is there, filled from the questions.
  CHECK(text.find("<authority>Anytown Borough Council</authority>") != std::string::npos);
  CHECK(text.find("<meeting>\n      <body>Cabinet</body>\n      <date>2023-12-18</date>\n    </meeting>") != std::string::npos);
  CHECK(text.find("<reportOf>\n      <post>Chief Executive</post>\n    </reportOf>") != std::string::npos);
  CHECK(text.find("<recommendations>\n    <recommendation/>\n  </recommendations>\n  <backgroundPapers/>") != std::string::npos);
  CHECK(s.app->check(FileKind::report, "quarter-2-performance.xml", text).empty());
  CHECK(s.app->workspace().template_for("quarter-2-performance.xml") == "house");

  // Clearing a required field brings its error back, beside the field.
  auto f = page_form(s, "/reports/quarter-2-performance.xml/edit/meta");
  set(f, "/report[1]/meta[1]/title[1]", "");
  CHECK(s.post("/reports/quarter-2-performance.xml/edit/meta", f).status == 303);
  const Response page = s.get("/reports/quarter-2-performance.xml/edit/meta");
  CHECK(page.body.find("<a href=\"#f-report-1-meta-1-title-1\">“Title” must not be empty.</a>") != std::string::npos);
  CHECK(s.read("quarter-2-performance.xml").find("<title/>") != std::string::npos);
}

TEST_CASE("The new-report page asks again for what is missing, GOV.UK style", "[serve]") {
  Served s("serve-new-errors");
  const Response r = s.post("/reports/new", {{"council", "X"}, {"date:day", "31"}, {"date:month", "2"}, {"date:year", "2024"}});
  CHECK(r.status == 400);
  CHECK(r.body.find("There is a problem") != std::string::npos);
  CHECK(r.body.find("<a href=\"#committee\">Enter the committee</a>") != std::string::npos);
  CHECK(r.body.find("<a href=\"#date-day\">Meeting date must be a real date, for example 18 12 2023</a>") != std::string::npos);
  CHECK(r.body.find("<title>Error: Start a new report") != std::string::npos);
  CHECK(std::filesystem::is_empty(s.workspace() / "reports"));
}
