// Accessibility checks of the package as a whole (title, language, body text size) and the
// catalogue of checks. Fixtures: fixtures/a11y/, made by scripts/make-a11y-fixtures.py.
#include <catch2/catch.hpp>

#include <set>

#include "ooxml/package.hpp"
#include "papers/accessibility.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

Diagnostics check_document(const std::string& name) {
  auto package = ooxml::Package::open(test::source_path("fixtures/a11y/" + name));
  Diagnostics diags;
  papers::check_document_accessibility(package, diags);
  return diags;
}

}  // namespace

TEST_CASE("A document with a title, a language, ordered headings, header rows and alt text passes",
          "[papers]") {
  auto diags = check_document("clean.docx");
  for (const auto& d : diags) INFO(to_text(d));
  CHECK(diags.empty());
}

TEST_CASE("A document with an empty title is reported at its core properties", "[papers]") {
  auto diags = check_document("no-title.docx");
  REQUIRE(diags.size() == 1);
  const Diagnostic& d = diags.items()[0];
  CHECK(d.severity == Severity::error);
  CHECK(d.code == "a11y.no-title");
  CHECK(d.file.ends_with("fixtures/a11y/no-title.docx"));
  CHECK(d.part == "docProps/core.xml");
  CHECK(d.paragraph == 0);
  CHECK(d.message == "the document has no title (WCAG 2.4.2)");
  CHECK(d.hint ==
        "in Word, File › Info › Properties › Title (LibreOffice: File › Properties › Description › Title); "
        "screen readers and PDF viewers announce it");
}

TEST_CASE("A document with no default language is reported at its styles", "[papers]") {
  auto diags = check_document("no-language.docx");
  REQUIRE(diags.size() == 1);
  const Diagnostic& d = diags.items()[0];
  CHECK(d.severity == Severity::error);
  CHECK(d.code == "a11y.no-language");
  CHECK(d.part == "word/styles.xml");
  CHECK(d.message ==
        "the document has no default language, so screen readers guess how to pronounce it (WCAG 3.1.1)");
  CHECK(d.hint.starts_with("in Word, Home › Styles › right-click Normal › Modify › Format › Language"));
}

TEST_CASE("A default language other than English or Welsh is named with where it is set", "[papers]") {
  auto diags = check_document("language-fr.docx");
  REQUIRE(diags.size() == 1);
  const Diagnostic& d = diags.items()[0];
  CHECK(d.severity == Severity::warning);
  CHECK(d.code == "a11y.unusual-language");
  CHECK(d.part == "word/styles.xml");
  CHECK(d.message == "the default language is fr-FR (set in docDefaults): check that it is the language of the "
                     "text (WCAG 3.1.1)");
}

TEST_CASE("The facts inspect shows are the title and the default language as found", "[papers]") {
  auto package = ooxml::Package::open(test::source_path("fixtures/a11y/clean.docx"));
  auto facts = papers::accessibility_facts(package);
  CHECK(facts.title == "Waste collection performance, quarter 2");
  CHECK(facts.language == "en-GB");
  CHECK(facts.language_source == "docDefaults");
  auto none = ooxml::Package::open(test::source_path("fixtures/a11y/no-language.docx"));
  CHECK(papers::accessibility_facts(none).language.empty());
}

TEST_CASE("Body text under 11 pt in the default paragraph style is a warning at the styles", "[papers]") {
  auto diags = check_document("readable.docx");
  REQUIRE(!diags.empty());
  const Diagnostic& d = diags.items()[0];  // package-wide problems come first
  CHECK(d.severity == Severity::warning);
  CHECK(d.code == "a11y.small-text");
  CHECK(d.part == "word/styles.xml");
  CHECK(d.message == "body text is 9 pt (the Normal style): text under 11 pt is hard to read (GDS guidance)");
}

TEST_CASE("Every check has a unique code, a criterion and a summary", "[papers]") {
  std::set<std::string_view> codes;
  for (const auto& check : papers::accessibility_checks()) {
    INFO(check.code);
    CHECK(check.code.starts_with("a11y."));
    CHECK(codes.insert(check.code).second);
    CHECK(!check.criterion.empty());
    CHECK(!check.summary.empty());
    CHECK(papers::find_accessibility_check(check.code) == &check);
  }
  CHECK(codes.size() == 16);
  CHECK(papers::find_accessibility_check("a11y.no-such-check") == nullptr);
}

TEST_CASE("The officers' guide explains every check docket makes", "[papers]") {
  const std::string guide = test::read_text(test::source_path("docs/accessibility.md"));
  REQUIRE(!guide.empty());
  for (const auto& check : papers::accessibility_checks()) {
    INFO(check.code);
    CHECK(guide.find("`" + std::string(check.code) + "`") != std::string::npos);
  }
}

TEST_CASE("Each reported problem has its catalogue entry's severity and names its criterion", "[papers]") {
  for (const char* name : {"no-title.docx", "no-language.docx", "language-fr.docx", "heading-order.docx", "tables.docx",
                           "images.docx", "links.docx", "colour.docx", "readable.docx"}) {
    for (const auto& d : check_document(name)) {
      INFO(name << ": " << to_text(d));
      const auto* check = papers::find_accessibility_check(d.code);
      REQUIRE(check != nullptr);
      CHECK(d.severity == check->severity);
      // The message names the criterion: "(WCAG 2.4.2)", or "GDS guidance".
      const std::string_view named = check->criterion.substr(0, check->criterion.starts_with("WCAG") ? 10 : 12);
      CHECK(d.message.find(named) != std::string::npos);
    }
  }
}
