#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "ooxml/package.hpp"
#include "ooxml/wml.hpp"
#include "papers/publish.hpp"
#include "test_support.hpp"
#include "xml/document.hpp"
#include "zip/zip_reader.hpp"

using namespace docket;

namespace {

struct CleanedDraft {
  test::ScratchDir dir{"publish"};
  Diagnostics diags;
  std::filesystem::path cleaned = dir / "public.docx";
  bool written = papers::clean_docx(test::source_path("fixtures/merge/draft-with-markup.docx"), cleaned, diags);

  std::string part(const std::string& name) {
    auto zip = docket::zip::ZipReader::open(cleaned);
    return zip.find(name) ? zip.read(name) : std::string();
  }
  // Each paragraph's text, one per line.
  std::string text(const std::string& name) {
    Diagnostics ignored;
    auto doc = xml::parse(part(name), name, ignored);
    std::string out;
    for (xmlNode* p : ooxml::all_paragraphs(doc->root())) out += ooxml::paragraph_text(p) + "\n";
    return out;
  }
};

}  // namespace

TEST_CASE_METHOD(CleanedDraft, "No marker of a draft's private content is left in any part", "[papers]") {
  REQUIRE(written);
  CHECK(diags.empty());
  auto zip = docket::zip::ZipReader::open(cleaned);
  std::set<std::string> left;
  const std::regex marker("MARKER-[A-Z0-9-]+");
  for (const auto& entry : zip.entries()) {
    const std::string bytes = zip.read(entry);
    for (std::sregex_iterator m(bytes.begin(), bytes.end(), marker), end; m != end; ++m) {
      left.insert(entry.name + ": " + m->str());
    }
  }
  CHECK(left == std::set<std::string>{});
  // The fixture really has them: 32 in all.
  auto draft = docket::zip::ZipReader::open(test::source_path("fixtures/merge/draft-with-markup.docx"));
  int markers = 0;
  for (const auto& entry : draft.entries()) {
    const std::string bytes = draft.read(entry);
    markers += static_cast<int>(std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), marker), {}));
  }
  CHECK(markers == 32);
}

TEST_CASE_METHOD(CleanedDraft, "The text a reader sees is kept, with the changes accepted", "[papers]") {
  CHECK(text("word/document.xml") ==
        "KEEP-TITLE Acquisition of 12 Bridge Street\n"
        "KEEP-BODY-1 The council has agreed heads of terms KEEP-INSERTED subject to survey for the freehold.\n"
        "KEEP-BODY-2 The agreed price is within the valuation. It represents best consideration.\n"
        "KEEP-BODY-3 Completion is expected in March.\n"
        "KEEP-BODY-4 The recommendation is set out in section 1. KEEP-MOVED-TO\n"
        "KEEP-JOINED-1 KEEP-JOINED-2\n"
        "KEEP-ROW\n"
        "\n");
  CHECK(text("word/header1.xml") == "KEEP-HEADER Bridge Street acquisition\n");
  CHECK(text("word/footnotes.xml") == "\n\nKEEP-FOOTNOTE Valuation dated 1 November 2023.\n");
  CHECK(part("docProps/core.xml").find("<dc:title>Bridge Street draft report</dc:title>") != std::string::npos);
}

TEST_CASE_METHOD(CleanedDraft, "Comments, custom properties and custom XML go with their parts", "[papers]") {
  auto package = ooxml::Package::open(cleaned);
  for (const auto& name : package.part_names()) {
    CHECK(name.find("comments") == std::string::npos);
    CHECK(name.find("customXml") == std::string::npos);
    CHECK(name != "docProps/custom.xml");
    CHECK(name != "word/_rels/settings.xml.rels");
  }
  CHECK(package.relationships("word/document.xml").of_type(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments").empty());
  CHECK(package.content_types().type_of("word/comments.xml") == "application/xml");
  CHECK(test::ooxml_problems(cleaned) == "");
}

TEST_CASE("Cleaning a clean document changes nothing a reader sees", "[papers]") {
  test::ScratchDir dir("publish-twice");
  Diagnostics diags;
  auto once = dir / "once.docx";
  auto twice = dir / "twice.docx";
  REQUIRE(papers::clean_docx(test::source_path("fixtures/merge/draft-with-markup.docx"), once, diags));
  REQUIRE(papers::clean_docx(once, twice, diags));
  auto a = docket::zip::ZipReader::open(once);
  auto b = docket::zip::ZipReader::open(twice);
  CHECK(a.read("word/document.xml") == b.read("word/document.xml"));
}

TEST_CASE("A report without private content is published as it is", "[papers]") {
  test::ScratchDir dir("publish-plain");
  Diagnostics diags;
  auto out = dir / "public.docx";
  REQUIRE(papers::clean_docx(test::source_path("fixtures/merge/report-python-docx.docx"), out, diags));
  CHECK(test::ooxml_problems(out) == "");
  auto zip = docket::zip::ZipReader::open(out);
  const std::string body = zip.read("word/document.xml");
  CHECK(body.find("Corporate performance report: quarter 2, 2023/24") != std::string::npos);
  CHECK(body.find("descr=") == std::string::npos);  // python-docx writes no alt text; nothing added
  CHECK(zip.find("docProps/thumbnail.jpeg") == nullptr);
}
