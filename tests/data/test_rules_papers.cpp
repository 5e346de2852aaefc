// An agenda's papers are read before any work: one that cannot be used (a kind docket does not
// take, content that is not what its name says, a password, damage) is named with its path,
// its item and what to do. The PDFs here are made with qpdf from the fixtures.
#include <catch2/catch.hpp>

#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

#include <qpdf/QPDFWriter.hh>

#include "data/paper_file.hpp"
#include "support/error.hpp"
#include "test_rules_support.hpp"
#include "test_support.hpp"

using namespace docket::data;
using namespace docket::data::test;
using docket::test::read_text;
using docket::test::source_path;

namespace {

const std::string kSitePlan = "fixtures/papers/pcc-city-market-appendix-c-site-plan.pdf";

std::string item_with(const std::string& href) {
  return R"(<item number="6" kind="report"><title>City Market</title><appendix label="C" href=")" + href +
         R"(" title="Site Plan"/></item>)";
}

// The one paper problem found for an appendix at `href` holding `bytes`.
docket::Diagnostic problem(const std::string& href, const std::string& bytes, std::string_view code) {
  return only(validate_text(agenda_xml({.items = item_with(href)}), {{href, bytes}}), code);
}

// The site plan written again by qpdf, encrypted with these passwords.
std::string encrypted_pdf(const char* user, const char* owner) {
  QPDF q;
  q.processFile(source_path(kSitePlan).c_str());
  QPDFWriter w(q);
  w.setOutputMemory();
  w.setR6EncryptionParameters(user, owner, true, false, true, false, false, false, qpdf_r3p_full, true);
  w.write();
  auto buffer = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace

TEST_CASE("A paper of a kind docket does not take is named with its item", "[data]") {
  auto d = problem("papers/plan.dwg", "AC1032", "rule.paper-unsupported-type");
  CHECK(d.line == kItemsLine);
  CHECK(d.message == "appendix C of item 6 names papers/plan.dwg, which is not a kind of paper docket can put in a pack");
  CHECK(d.hint == "save it as a Word document (.docx) or a PDF; docket also takes .doc, .odt, .rtf, .xlsx, .ods, "
                  ".pptx, .png and .jpg files");
}

TEST_CASE("A paper whose content is not what its name says is named", "[data]") {
  SECTION("a Word document named .pdf") {
    auto d = problem("plan.pdf", minimal_docx(), "rule.paper-content-mismatch");
    CHECK(d.message == "appendix C of item 6 names plan.pdf, which is a Word document (DOCX), not a PDF as its name says");
    CHECK(d.hint == "rename it to end in .docx, or name the right file");
  }
  SECTION("a PDF named .xlsx") {
    auto d = problem("budget.xlsx", read_text(source_path(kSitePlan)), "rule.paper-content-mismatch");
    CHECK(d.message == "appendix C of item 6 names budget.xlsx, which is a PDF, not an Excel spreadsheet (XLSX) as its "
                       "name says");
  }
  SECTION("text named .docx") {
    auto d = problem("plan.docx", "just some text", "rule.paper-content-mismatch");
    CHECK(d.message == "appendix C of item 6 names plan.docx, which is not a Word document (DOCX): its content is not one");
    CHECK(d.hint == "open it to check it is the right file, and save it again as a Word document (DOCX)");
  }
}

TEST_CASE("Password-protected and encrypted papers are refused with what to do", "[data]") {
  SECTION("a PDF that needs a password to open") {
    auto d = problem("plan.pdf", encrypted_pdf("secret", "owner"), "rule.paper-encrypted");
    CHECK(d.message == "appendix C of item 6 names plan.pdf, which is a password-protected PDF");
    CHECK(d.hint == "ask the sender for a copy without a password");
  }
  SECTION("a PDF that opens but is encrypted against copying") {
    auto d = problem("plan.pdf", encrypted_pdf("", "owner"), "rule.paper-encrypted");
    CHECK(d.message == "appendix C of item 6 names plan.pdf, which is an encrypted PDF (it restricts copying or changing it)");
    CHECK(d.hint == "ask the sender for a copy without restrictions, or print it to a new PDF");
  }
  SECTION("a Word document saved with a password") {
    // Office keeps an encrypted package in a compound file with an EncryptionInfo stream.
    std::string compound = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(504, '\0');
    for (char c : std::string("EncryptionInfo")) compound += std::string{c, '\0'};
    auto d = problem("strategy.docx", compound, "rule.paper-encrypted");
    CHECK(d.message == "appendix C of item 6 names strategy.docx, which is a password-protected Word document (DOCX)");
    CHECK_THAT(d.hint, Catch::StartsWith("open it, remove the password"));
  }
}

TEST_CASE("Damaged papers are refused, and a PDF qpdf can repair is a warning", "[data]") {
  const std::string pdf = read_text(source_path(kSitePlan));
  SECTION("a PDF cut short") {
    auto d = problem("plan.pdf", pdf.substr(0, 400), "rule.paper-damaged");
    CHECK_THAT(d.message, Catch::StartsWith("appendix C of item 6 names plan.pdf, which is a damaged PDF: "));
    CHECK(d.hint == "open it and save or print it to a new PDF, or ask the sender for a new copy");
  }
  SECTION("a PDF whose cross-reference table is wrong") {
    std::string broken = pdf;
    broken.replace(broken.rfind("startxref") + 10, 3, "999");
    auto d = problem("plan.pdf", broken, "rule.paper-repaired");
    CHECK(d.severity == docket::Severity::warning);
    CHECK_THAT(d.message, Catch::StartsWith("appendix C of item 6 names plan.pdf, which is a damaged PDF, which docket has repaired"));
  }
  SECTION("a Word document cut short") {
    const std::string docx = minimal_docx();
    auto d = problem("strategy.docx", docx.substr(0, docx.size() - 30), "rule.paper-damaged");
    CHECK(d.message == "appendix C of item 6 names strategy.docx, which is damaged or truncated: its zip directory is inconsistent");
  }
  SECTION("an image cut short") {
    auto d = problem("photo.png", "\x89PNG\r\n\x1A\n\0\0", "rule.paper-damaged");
    CHECK(d.message == "appendix C of item 6 names photo.png, which is damaged: its image header cannot be read");
  }
}

TEST_CASE("Good papers of every kind docket takes pass", "[data]") {
  for (const char* name : {"lo-paper.doc", "lo-paper.odt", "lo-paper.rtf", "lo-budget.ods", "lo-slides.pptx",
                           "gs-photo.png", "gs-photo.jpg", "planted-markers.pdf"}) {
    INFO(name);
    CHECK_FALSE(check_paper(source_path(std::string("fixtures/papers/formats/") + name)));
  }
  CHECK_FALSE(check_paper(source_path("fixtures/papers/pcc-q2-2023-24-appendix-2-budget-monitoring.xlsx")));
  CHECK_FALSE(check_paper(source_path("fixtures/papers/pcc-city-market-appendix-d-cost-plan.pdf")));
}

TEST_CASE("A PDF whose streams decode past the limits is refused as unsafe", "[data]") {
  QPDF q;
  q.emptyPDF();
  auto stream = q.newStream(std::string(2 << 20, '\0'));
  q.getRoot().replaceKey("/Bomb", stream);
  QPDFWriter w(q);
  w.setOutputMemory();
  w.setCompressStreams(true);
  w.write();
  auto buffer = w.getBufferSharedPointer();
  QPDF bomb;
  bomb.processMemoryFile("bomb.pdf", reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
  CHECK_THROWS_MATCHES(decode_all_streams(bomb, "bomb.pdf", {.max_stream_bytes = 1 << 20}), docket::UnsafeInput,
                       Catch::Message("bomb.pdf: a stream of this PDF decodes past the limit of 1 MiB"));
  CHECK(decode_all_streams(bomb, "bomb.pdf"));
}

TEST_CASE("Damaged PDFs never make the paper check fail in another way", "[data]") {
  const std::string pdf = read_text(source_path(kSitePlan));
  docket::test::ScratchDir dir("damaged-pdfs");
  for (std::size_t cut : {std::size_t{9}, pdf.size() / 4, pdf.size() / 2, pdf.size() - 200}) {
    for (bool flip : {false, true}) {
      std::string damaged = pdf.substr(0, cut);
      if (flip) {
        for (std::size_t i = 100; i < damaged.size(); i += 997) damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
      }
      INFO("cut at " << cut << (flip ? ", bytes flipped" : ""));
      docket::test::write_text(dir / "p.pdf", damaged);
      try {
        auto found = check_paper(dir / "p.pdf");
        CHECK(found.has_value());
      } catch (const docket::Error&) {
        SUCCEED("refused as unsafe or unreadable");
      }
    }
  }
}
