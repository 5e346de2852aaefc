// Access to information: exempt needs paragraphs valid for the jurisdiction and a public
// interest statement; confidential needs its basis.
#include "test_rules_support.hpp"

using namespace docket::data::test;

namespace {

const std::string kInterest =
    "<publicInterest>Disclosure would prejudice the Council’s negotiating position.</publicInterest>";

// meta/access, exempt under one paragraph, on line 9.
std::string exempt_under(const std::string& paragraph, const std::string& attributes = "") {
  return "<access status=\"exempt\"" + attributes + "><paragraph>" + paragraph + "</paragraph>" +
         kInterest + "</access>";
}

// The column of <paragraph> in exempt_under's line (indented four spaces).
long paragraph_column(const std::string& attributes = "") {
  return 5 + static_cast<long>(std::string("<access status=\"exempt\"" + attributes + ">").size());
}

}  // namespace

TEST_CASE("An exempt report that names no paragraph is an error at its access element", "[data]") {
  auto d = only(validate_text(report_xml({.meta = "<access status=\"exempt\">" + kInterest + "</access>"})),
                "rule.exempt-paragraph-missing");
  CHECK(d.severity == docket::Severity::error);
  CHECK(d.line == kMetaLine);
  CHECK(d.column == 5);
  CHECK(d.message == "this report is exempt but names no paragraph of Schedule 12A");
  CHECK(d.hint == "add a <paragraph> for each paragraph of Schedule 12A that describes the information "
                  "(1–7 in England), e.g. <paragraph>3</paragraph> for financial or business affairs");
}

TEST_CASE("In England paragraph 7 is the last exempt paragraph and paragraph 8 is refused", "[data]") {
  SECTION("paragraph 1 and paragraph 7 are accepted") {
    CHECK(validate_text(report_xml({.meta = exempt_under("1")})).empty());
    CHECK(validate_text(report_xml({.meta = exempt_under("7")})).empty());
  }
  SECTION("paragraph 8 qualifies the others and cannot be cited") {
    auto d = only(validate_text(report_xml({.meta = exempt_under("8")})), "rule.exempt-paragraph-jurisdiction");
    CHECK(d.line == kMetaLine);
    CHECK(d.column == paragraph_column());
    CHECK(d.message == "paragraph 8 is not an exempt-information paragraph of Schedule 12A; under "
                       "English law they are paragraphs 1–7");
  }
}

TEST_CASE("A Welsh paragraph in an English report names its English equivalent", "[data]") {
  auto d = only(validate_text(report_xml({.meta = exempt_under("14")})), "rule.exempt-paragraph-jurisdiction");
  CHECK(d.line == kMetaLine);
  CHECK(d.column == paragraph_column());
  CHECK(d.message == "paragraph 14 is a Welsh paragraph (Part 4 of Schedule 12A), but this report is "
                     "under English law, where exempt paragraphs are 1–7");
  CHECK(d.hint == "use paragraph 3, the English paragraph for the same information (financial or "
                  "business affairs); if the council is in Wales, set jurisdiction=\"wales\" on <authority>");
}

TEST_CASE("In Wales paragraphs 12 to 18 are accepted and English paragraphs are refused", "[data]") {
  SECTION("paragraph 12 and paragraph 18") {
    CHECK(validate_text(report_xml({.jurisdiction = "wales", .meta = exempt_under("12")})).empty());
    CHECK(validate_text(report_xml({.jurisdiction = "wales", .meta = exempt_under("18")})).empty());
  }
  SECTION("paragraph 7") {
    auto d = only(validate_text(report_xml({.jurisdiction = "wales", .meta = exempt_under("7")})),
                  "rule.exempt-paragraph-jurisdiction");
    CHECK(d.message == "paragraph 7 is an English paragraph (Part 1 of Schedule 12A), but this report "
                       "is under Welsh law, where exempt paragraphs are 12–18");
    CHECK(d.hint == "use paragraph 18, the Welsh paragraph for the same information (the prevention, "
                    "investigation or prosecution of crime); if the council is in England, set "
                    "jurisdiction=\"england\" on <authority>");
  }
  SECTION("paragraph 11") {
    auto d = only(validate_text(report_xml({.jurisdiction = "wales", .meta = exempt_under("11")})),
                  "rule.exempt-paragraph-jurisdiction");
    CHECK(d.message == "paragraph 11 is not an exempt-information paragraph of Schedule 12A; under "
                       "Welsh law they are paragraphs 12–18");
  }
}

TEST_CASE("The access element's own jurisdiction overrides the authority's", "[data]") {
  const std::string england = " jurisdiction=\"england\"";
  CHECK(validate_text(report_xml({.jurisdiction = "wales", .meta = exempt_under("3", england)})).empty());
  auto d = only(validate_text(report_xml({.jurisdiction = "wales", .meta = exempt_under("14", england)})),
                "rule.exempt-paragraph-jurisdiction");
  CHECK(d.column == paragraph_column(england));
  CHECK(d.hint == "use paragraph 3, the English paragraph for the same information (financial or "
                  "business affairs); if the council is in Wales, set jurisdiction=\"wales\" on this <access>");
}

TEST_CASE("Without any jurisdiction the paragraphs are English, and Scottish ones are not checked", "[data]") {
  auto d = only(validate_text(report_xml({.jurisdiction = "", .meta = exempt_under("14")})),
                "rule.exempt-paragraph-jurisdiction");
  CHECK(d.message == "paragraph 14 is a Welsh paragraph (Part 4 of Schedule 12A), but this report is "
                     "under English law, where exempt paragraphs are 1–7");
  CHECK(validate_text(report_xml({.jurisdiction = "scotland", .meta = exempt_under("14")})).empty());
}

TEST_CASE("An exempt status without a public interest statement names its paragraphs", "[data]") {
  auto d = only(validate_text(report_xml(
                    {.meta = "<access status=\"exempt\"><paragraph>1</paragraph><paragraph>3</paragraph></access>"})),
                "rule.public-interest-missing");
  CHECK(d.line == kMetaLine);
  CHECK(d.column == 5);
  CHECK(d.message == "this report is exempt under paragraphs 1 and 3 but has no publicInterest statement");
}

TEST_CASE("A confidential status needs its basis", "[data]") {
  auto d = only(validate_text(report_xml({.meta = "<access status=\"confidential\"/>"})),
                "rule.confidential-basis-missing");
  CHECK(d.line == kMetaLine);
  CHECK(d.column == 5);
  CHECK(d.message == "this report is confidential but has no confidentialBasis");
  CHECK(validate_text(report_xml({.meta = "<access status=\"confidential\"><confidentialBasis>Information "
                                          "provided by a government department.</confidentialBasis></access>"}))
            .empty());
}

TEST_CASE("Access rules name the section or appendix they are about", "[data]") {
  SECTION("a section") {
    auto d = only(validate_text(report_xml({.body = "<section><heading>Financial Position</heading>"
                                                    "<access status=\"confidential\"/><p>Figures.</p></section>"})),
                  "rule.confidential-basis-missing");
    CHECK(d.line == kBodyLine);
    CHECK(d.column == 3 + static_cast<long>(std::string("<section><heading>Financial Position</heading>").size()));
    CHECK(d.message == "section “Financial Position” is confidential but has no confidentialBasis");
  }
  SECTION("an appendix") {
    auto d = only(validate_text(report_xml({.body = "<section><heading>Costs</heading><p>See Appendix A.</p></section>",
                                            .appendices = "<appendices scheme=\"letter\"><appendix label=\"A\">"
                                                          "<title>Appraisal</title><access status=\"exempt\">" +
                                                          kInterest + "</access></appendix></appendices>"})),
                  "rule.exempt-paragraph-missing");
    CHECK(d.line == kBodyLine + 2);
    CHECK(d.message == "appendix A is exempt but names no paragraph of Schedule 12A");
  }
}

TEST_CASE("Agenda items and their appendices are checked against the agenda's jurisdiction", "[data]") {
  const std::string items =
      "<item id=\"item-1\" number=\"1\" kind=\"exclusion\"><title>Exclusion</title><appliesTo items=\"item-2\"/></item>\n"
      "    <item id=\"item-2\" number=\"2\" kind=\"report\" part=\"II\"><title>Property</title>"
      "<access status=\"exempt\"><paragraph>3</paragraph></access></item>\n"
      "    <item id=\"item-3\" number=\"3\" kind=\"report\"><title>Market</title>"
      "<appendix label=\"A\" href=\"a.docx\" title=\"Appraisal\"><access status=\"exempt\">"
      "<paragraph>14</paragraph>" + kInterest + "</access></appendix></item>";
  auto diags = validate_text(agenda_xml({.items = items}), {{"a.docx", minimal_docx()}});
  INFO(listing(diags));
  REQUIRE(diags.size() == 2);
  const auto& interest = diags.items()[0];
  CHECK(interest.code == "rule.public-interest-missing");
  CHECK(interest.line == kItemsLine + 1);
  CHECK(interest.message == "item 2 is exempt under paragraph 3 but has no publicInterest statement");
  const auto& paragraph = diags.items()[1];
  CHECK(paragraph.code == "rule.exempt-paragraph-jurisdiction");
  CHECK(paragraph.line == kItemsLine + 2);
  CHECK(paragraph.message == "paragraph 14 is a Welsh paragraph (Part 4 of Schedule 12A), but this "
                             "agenda is under English law, where exempt paragraphs are 1–7");
}
