// An output that is also an input (by the same name, another spelling of it, or a link) is
// refused with exit status 2 before anything is read or written, and the input is unchanged.
#include <catch2/catch.hpp>
#include <filesystem>

#include "test_support.hpp"

using docket::test::read_text;
using docket::test::run_docket;
using docket::test::ScratchDir;
using docket::test::shell_quote;
using docket::test::source_path;

namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return shell_quote(p.string()); }

// The agenda fixture and its papers, copied so that a failing test cannot harm the fixtures.
fs::path copy_agenda(const ScratchDir& dir) {
  fs::copy(source_path("fixtures/agenda-pcc-cabinet-2023-12-18.xml"), dir / "agenda.xml");
  fs::copy(source_path("fixtures/papers"), dir / "papers", fs::copy_options::recursive);
  fs::copy(source_path("fixtures/reports"), dir / "reports", fs::copy_options::recursive);
  return dir / "agenda.xml";
}

}  // namespace

TEST_CASE("render refuses to write its output over the template or the data file", "[cli]") {
  ScratchDir dir("cli-output-is-input-render");
  fs::copy(source_path("templates/committee-report.docx"), dir / "t.docx");
  fs::copy(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml"), dir / "d.xml");
  const std::string template_before = read_text(dir / "t.docx");
  const std::string data_before = read_text(dir / "d.xml");

  auto onto_template = run_docket("render " + q(dir / "t.docx") + " " + q(dir / "d.xml") + " -o " + q(dir / "t.docx"));
  CHECK(onto_template.status == 2);
  CHECK(onto_template.err.find("error: the output " + (dir / "t.docx").string() + " is the template " +
                               (dir / "t.docx").string() + ": writing it would replace a file being read") !=
        std::string::npos);
  CHECK(onto_template.err.find("write the output to another file") != std::string::npos);

  // Another spelling of the same path, and the --pdf output.
  auto onto_data = run_docket("render " + q(dir / "t.docx") + " " + q(dir / "d.xml") + " -o " +
                              q(dir / "." / ".." / dir.path().filename() / "d.xml"));
  CHECK(onto_data.status == 2);
  CHECK(onto_data.err.find("is the data file") != std::string::npos);
  auto pdf_onto_data = run_docket("render " + q(dir / "t.docx") + " " + q(dir / "d.xml") + " -o " +
                                  q(dir / "out.docx") + " --pdf " + q(dir / "d.xml"));
  CHECK(pdf_onto_data.status == 2);
  CHECK_FALSE(fs::exists(dir / "out.docx"));

  CHECK(read_text(dir / "t.docx") == template_before);
  CHECK(read_text(dir / "d.xml") == data_before);
}

TEST_CASE("render refuses an output that is the data file by another name (a link)", "[cli]") {
  ScratchDir dir("cli-output-is-input-link");
  fs::copy(source_path("fixtures/reports/s0-peterborough-q2-2023-24.xml"), dir / "d.xml");
  fs::create_hard_link(dir / "d.xml", dir / "hard.docx");
  fs::create_symlink(dir / "d.xml", dir / "soft.docx");
  const std::string before = read_text(dir / "d.xml");
  for (const char* name : {"hard.docx", "soft.docx"}) {
    auto r = run_docket("render " + q(dir / "d.xml") + " -o " + q(dir / name));
    INFO(name << ": " << r.err);
    CHECK(r.status == 2);
    CHECK(r.err.find("is the data file " + (dir / "d.xml").string()) != std::string::npos);
  }
  CHECK(read_text(dir / "d.xml") == before);
  CHECK(fs::is_symlink(dir / "soft.docx"));
}

TEST_CASE("pack refuses to write the pack over the agenda or one of its papers", "[cli]") {
  ScratchDir dir("cli-output-is-input-pack");
  const fs::path agenda = copy_agenda(dir);
  const fs::path paper = dir / "papers" / "pcc-city-market-appendix-b-financial-appraisal.docx";
  const std::string agenda_before = read_text(agenda);
  const std::string paper_before = read_text(paper);

  auto onto_agenda = run_docket("pack " + q(agenda) + " -o " + q(agenda));
  CHECK(onto_agenda.status == 2);
  CHECK(onto_agenda.err.find("error: the output " + agenda.string() + " is the agenda " + agenda.string() +
                             ": writing it would replace a file being read") != std::string::npos);

  auto onto_paper = run_docket("pack " + q(agenda) + " -o " + q(dir / "papers" / ".." / "papers" / paper.filename()));
  CHECK(onto_paper.status == 2);
  CHECK(onto_paper.err.find("is a paper of item ") != std::string::npos);
  CHECK(onto_paper.err.find("pcc-city-market-appendix-b-financial-appraisal.docx: writing it would replace") !=
        std::string::npos);

  CHECK(read_text(agenda) == agenda_before);
  CHECK(read_text(paper) == paper_before);
}
