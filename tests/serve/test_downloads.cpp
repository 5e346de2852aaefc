// Taking a report away: the DOCX is docket render's, byte for byte; a report with problems
// says so first; the data file as saved; the template chosen in the workspace.
#include "serve_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

TEST_CASE("The downloaded DOCX is byte for byte what docket render makes of the saved file", "[serve]") {
  Served s("serve-download");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml", FileKind::report, "r.xml");
  const Response docx = s.get("/reports/r.xml/download/report.docx");
  REQUIRE(docx.status == 200);
  CHECK(docx.content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  CHECK(docx.header("Content-Disposition") == "attachment; filename=\"r.docx\"");
  const auto out = s.dir / "rendered.docx";
  const auto run = docket::test::run_docket("render " + docket::test::shell_quote(docket::test::source_path("templates/committee-report.docx").string()) +
                                            " " + docket::test::shell_quote((s.workspace() / "reports" / "r.xml").string()) + " -o " +
                                            docket::test::shell_quote(out.string()));
  REQUIRE(run.status == 0);
  CHECK(docx.body == docket::test::read_text(out));
  CHECK(docket::test::ooxml_problems(out) == "");

  const Response data = s.get("/reports/r.xml/download/data.xml");
  CHECK(data.body == s.read("r.xml"));
  CHECK(data.header("Content-Disposition") == "attachment; filename=\"r.xml\"");
}

TEST_CASE("A report with problems is not downloaded as if it were finished, and a marked draft is offered", "[serve]") {
  Served s("serve-download-draft");
  docket::test::write_text(s.workspace() / "reports" / "r.xml",
                           docket::test::read_text(docket::test::source_path("fixtures/invalid/missing-title.xml")));
  const Response refused = s.get("/reports/r.xml/download/report.docx");
  CHECK(refused.status == 409);
  CHECK(refused.body.find("The report has 1 problem, so the Word document would be incomplete.") != std::string::npos);
  CHECK(refused.body.find("href=\"/reports/r.xml/download/report.docx?draft=1\"") != std::string::npos);
  const Response draft = s.get("/reports/r.xml/download/report.docx?draft=1");
  CHECK(draft.status == 200);
  CHECK(draft.header("Content-Disposition") == "attachment; filename=\"r-draft.docx\"");
  CHECK(draft.body.rfind("PK", 0) == 0);
}

TEST_CASE("A report is printed with the template chosen for it from the workspace", "[serve]") {
  Served s("serve-template");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml", FileKind::report, "r.xml");
  std::filesystem::create_directories(s.workspace() / "templates");
  std::filesystem::copy_file(docket::test::source_path("templates/committee-report.docx"), s.workspace() / "templates" / "ours.docx");
  CHECK(s.app->workspace().template_names() == std::vector<std::string>{"templates/ours.docx", "house"});
  CHECK(s.post("/reports/r.xml/template", {{"template", "templates/ours.docx"}}).status == 303);
  CHECK(s.app->workspace().template_for("r.xml") == "templates/ours.docx");
  CHECK(s.get("/reports/r.xml").body.find("value=\"templates/ours.docx\" checked") != std::string::npos);
  CHECK(s.post("/reports/r.xml/template", {{"template", "../../etc/passwd"}}).status == 400);
  CHECK(s.app->workspace().template_for("r.xml") == "templates/ours.docx");
}

TEST_CASE("Cells pasted from Excel are imported like a CSV file", "[serve]") {
  Served s("serve-paste");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml", FileKind::report, "r.xml");
  const Response up = s.post("/reports/r.xml/import", {{"target", "0"}, {"paste", "Indicator\tActual\tGood is\nRecycling rate\t45.2%\tHigher is better\n"}});
  REQUIRE(up.status == 303);
  const Response mapping = s.get(up.header("Location"));
  CHECK(mapping.body.find("separated by tabs, with 2 rows") != std::string::npos);
  REQUIRE(s.post(up.header("Location"), form_values(mapping.body)).status == 303);
  auto rows = form_values(s.get(up.header("Location") + "/rows").body);
  rows.emplace_back("action", "import");
  CHECK(s.post(up.header("Location") + "/rows", rows).status == 303);
  CHECK(s.read("r.xml").find("<name>Recycling rate</name>") != std::string::npos);
  CHECK(s.read("r.xml").find("<actual value=\"45.2\"/>") != std::string::npos);
  const Response empty = s.post("/reports/r.xml/import", {{"target", "0"}, {"paste", ""}});
  CHECK(empty.status == 400);
  CHECK(empty.body.find("Upload an Excel workbook or a CSV file, or paste the cells") != std::string::npos);
}
