// docket validate and docket pack on an agenda with unusable papers: every one is named with
// its path, its item and what to do, before any work, and nothing is written.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using docket::test::run_docket;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;

namespace {

const char* kAgenda = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<agenda xmlns="urn:docket:committee-papers:1" schemaVersion="1.0" xml:lang="en-GB">
  <authority jurisdiction="england">Peterborough City Council</authority>
  <meeting id="m"><body>Cabinet</body><date>2024-01-22</date><venue><name>Council Chamber</name></venue>
    <contact><name>Democratic Services</name></contact></meeting>
  <publication><blankPageText>This page is intentionally left blank</blankPageText></publication>
  <items>
    <item number="1" kind="report"><title>Plans</title>
      <report href="papers/report.pdf"/>
      <appendix label="A" href="papers/plan.pdf" title="Plan"/>
      <appendix label="B" href="papers/notes.txt" title="Notes"/>
    </item>
    <item number="2" kind="other"><title>Minutes</title>
      <document href="papers/minutes.docx" title="Minutes"/>
    </item>
  </items>
</agenda>
)xml";

void write_agenda(const ScratchDir& dir, const std::string& minutes) {
  std::filesystem::create_directories(dir / "papers");
  std::filesystem::copy_file(source_path("fixtures/papers/pcc-city-market-appendix-d-cost-plan.pdf"),
                             dir / "papers" / "report.pdf");
  std::filesystem::copy_file(source_path("fixtures/zip/valid-minimal.docx"), dir / "papers" / "plan.pdf");
  docket::test::write_text(dir / "papers" / "notes.txt", "notes");
  std::filesystem::copy_file(source_path("fixtures/zip/" + minutes), dir / "papers" / "minutes.docx");
  docket::test::write_text(dir / "agenda.xml", kAgenda);
}

}  // namespace

TEST_CASE("validate and pack name every unusable paper, with its item, and write nothing", "[cli]") {
  ScratchDir dir("cli-papers");
  write_agenda(dir, "truncated.docx");
  const std::string agenda = shell_quote((dir / "agenda.xml").string());
  for (const std::string& command : {"validate " + agenda, "pack " + agenda + " -o " + shell_quote((dir / "pack.docx").string()) +
                                                             " --pdf " + shell_quote((dir / "pack.pdf").string())}) {
    INFO(command);
    const auto r = run_docket(command);
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(":10:") &&
                          Catch::Contains("error: appendix A of item 1 names papers/plan.pdf, which is a Word document "
                                          "(DOCX), not a PDF as its name says") &&
                          Catch::Contains("hint: rename it to end in .docx, or name the right file"));
    CHECK_THAT(r.err, Catch::Contains(":11:") &&
                          Catch::Contains("error: appendix B of item 1 names papers/notes.txt, which is not a kind of "
                                          "paper docket can put in a pack"));
    CHECK_THAT(r.err, Catch::Contains(":14:") &&
                          Catch::Contains("error: the document “Minutes” of item 2 names papers/minutes.docx, which is "
                                          "damaged or truncated: its zip directory is inconsistent"));
    CHECK(r.err.find("papers/report.pdf") == std::string::npos);  // a good paper
  }
  CHECK_FALSE(std::filesystem::exists(dir / "pack.docx"));
  CHECK_FALSE(std::filesystem::exists(dir / "pack.pdf"));
}

TEST_CASE("A hostile package among an agenda's papers is refused with exit status 4", "[cli]") {
  ScratchDir dir("cli-papers-hostile");
  write_agenda(dir, "hostile-overlapping-entries.docx");
  const auto r = run_docket("validate " + shell_quote((dir / "agenda.xml").string()));
  CHECK(r.status == 4);
  CHECK_THAT(r.err, Catch::Contains("papers/minutes.docx has entries whose data overlap"));
}
