// Cleaning PDF papers for publication: fixtures/papers/formats/planted-markers.pdf has a
// marker (PDFMARK-…) in every place a PDF can hide text; none may survive, while the visible
// text, the visible form value and the web link do.
#include <catch2/catch.hpp>

#include "data/pdf_file.hpp"  // first: qpdf's PointerHolder mode

#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "papers/pdf_clean.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const std::filesystem::path kPlanted = test::source_path("fixtures/papers/formats/planted-markers.pdf");

// Every place a marker is planted; tests/pack checks the same list against a public pack.
const std::vector<std::string> kMarkers = {
    "PDFMARK-INFO-TITLE",     "PDFMARK-INFO-AUTHOR",    "PDFMARK-INFO-SUBJECT",     "PDFMARK-INFO-KEYWORDS",
    "PDFMARK-INFO-CREATOR",   "PDFMARK-INFO-PRODUCER",  "PDFMARK-XMP",              "PDFMARK-PAGE-XMP",
    "PDFMARK-PIECEINFO",      "PDFMARK-NOTE-CONTENTS",  "PDFMARK-NOTE-AUTHOR",      "PDFMARK-POPUP",
    "PDFMARK-HIGHLIGHT-TEXT", "PDFMARK-HIGHLIGHT-RICH", "PDFMARK-ATTACHMENT-NOTE",  "PDFMARK-ATTACHED-FILE",
    "PDFMARK-EMBEDDED-FILE",  "PDFMARK-DOC-JS",         "PDFMARK-OPEN-ACTION",      "PDFMARK-PAGE-ACTION",
    "PDFMARK-LINK-JS",        "PDFMARK-FIELD-NAME",     "PDFMARK-FIELD-TOOLTIP",    "PDFMARK-FIELD-ACTION",
    "PDFMARK-HIDDEN-FIELD-VALUE", "PDFMARK-HIDDEN-LAYER", "PDFMARK-LAYER-NAME"};

}  // namespace

TEST_CASE("The planted-markers PDF holds every marker before cleaning", "[papers]") {
  const std::string text = test::qdf_text(kPlanted);
  for (const auto& marker : kMarkers) {
    INFO(marker);
    CHECK(test::pdf_holds(text, marker));
  }
}

TEST_CASE("Cleaning a PDF for publication removes what it hides and keeps what it shows", "[papers]") {
  test::ScratchDir dir("pdf-clean");
  Diagnostics diags;
  REQUIRE(papers::clean_pdf(kPlanted, dir / "clean.pdf", "item 6 Appendix E", diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags.items()[0].severity == Severity::warning);
  CHECK(diags.items()[0].message ==
        "item 6 Appendix E has hidden layers (optional content switched off); docket has left what they hold out of "
        "the public pack");
  const std::string text = test::qdf_text(dir / "clean.pdf");
  CHECK_FALSE(test::pdf_holds(text, "PDFMARK"));
  for (const char* shown : {"PDF-VISIBLE-TEXT", "PDF-VISIBLE-LAYER", "PDF-VISIBLE-ROTATED", "FORM-VISIBLE-VALUE",
                            "https://www.peterborough.gov.uk/"}) {
    INFO(shown);
    CHECK(text.find(shown) != std::string::npos);
  }
  // The link to a web address is the only annotation left.
  QPDF q;
  q.processFile((dir / "clean.pdf").c_str());
  auto pages = QPDFPageDocumentHelper(q).getAllPages();
  REQUIRE(pages.size() == 2);
  auto annots = pages[0].getObjectHandle().getKey("/Annots");
  REQUIRE(annots.isArray());
  REQUIRE(annots.getArrayNItems() == 1);
  CHECK(annots.getArrayItem(0).getKey("/Subtype").getName() == "/Link");
  CHECK(pages[1].getObjectHandle().getKey("/Rotate").getIntValue() == 90);
}

TEST_CASE("A form field whose value cannot be flattened into its page is refused", "[papers]") {
  test::ScratchDir dir("pdf-clean-form");
  {
    // The visible field without its appearance: nothing shows its value to flatten.
    QPDF q;
    q.processFile(kPlanted.c_str());
    for (auto& field : q.getRoot().getKey("/AcroForm").getKey("/Fields").getArrayAsVector()) field.removeKey("/AP");
    const auto form = dir / "form.pdf";  // QPDFWriter keeps the name's pointer until write()
    QPDFWriter w(q, form.c_str());
    w.write();
  }
  Diagnostics diags;
  CHECK_FALSE(papers::clean_pdf(dir / "form.pdf", dir / "clean.pdf", "item 3 Appendix A", diags));
  REQUIRE(diags.error_count() == 1);
  const auto& d = diags.items().back();
  CHECK(d.message ==
        "item 3 Appendix A has a form field (PDFMARK-FIELD-NAME) whose value docket cannot flatten into the page for "
        "publication");
  CHECK(d.hint ==
        "fill in and print the form to a new PDF (File › Print › Save as PDF), and name that file instead");
  CHECK_FALSE(std::filesystem::exists(dir / "clean.pdf"));
}
