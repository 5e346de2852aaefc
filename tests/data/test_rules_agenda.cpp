// The agenda's items: numbers, "to follow", Part II and exclusion, supplements, and the
// files items name.
#include "test_rules_support.hpp"

using namespace docket::data::test;

namespace {

const std::string kApologies = R"(<item id="item-1" number="1" kind="apologies"><title>Apologies</title></item>)";

// Items one per line from line 8.
std::string items(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "\n    ") + line;
  return out;
}

std::string private_item(const std::string& attributes = R"( id="item-2")") {
  return "<item" + attributes + R"( number="2" kind="report" part="II"><title>Property</title></item>)";
}

std::string exclusion(const std::string& applies_to, const std::string& number = "3") {
  return R"(<item number=")" + number + R"(" kind="exclusion"><title>Exclusion of the Press and Public</title><appliesTo items=")" +
         applies_to + R"("/></item>)";
}

}  // namespace

TEST_CASE("A repeated item number is an error at the second item", "[data]") {
  auto d = only(validate_text(agenda_xml({.items = items({kApologies, R"(<item number="2" kind="declarations"><title>Declarations</title></item>)",
                                                          R"(<item number="2" kind="verbal"><title>Announcements</title></item>)"})})),
                "rule.agenda-item-duplicate");
  CHECK(d.severity == docket::Severity::error);
  CHECK(d.line == kItemsLine + 2);
  CHECK(d.column == 5);
  CHECK(d.message == "item number 2 is used twice (the first at line 9)");
  CHECK(d.hint == "give each item its own number; an item added late can be numbered 2a");
}

TEST_CASE("An item to follow must not have papers yet", "[data]") {
  SECTION("a document") {
    auto d = only(validate_text(agenda_xml({.items = items({kApologies, R"(<item number="2" kind="minutes" toFollow="true"><title>Minutes</title>)"
                                                                        R"(<document href="minutes.docx" title="Minutes"/></item>)"})}),
                                {{"minutes.docx", minimal_docx()}}),
                  "rule.to-follow-with-document");
    CHECK(d.line == kItemsLine + 1);
    CHECK(d.column == 5);
    CHECK(d.message == "item 2 is marked to follow (toFollow=\"true\") but already has a document (minutes.docx)");
    CHECK(d.hint == "if the papers are ready, remove toFollow=\"true\"; if not, remove the <document> until "
                    "they are (a supplementary agenda can add them)");
  }
  SECTION("a report written as data") {
    auto d = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report" toFollow="true"><title>Budget</title><report data="budget.xml"/></item>)"}),
                                {{"budget.xml", "<x/>"}}),
                  "rule.to-follow-with-document");
    CHECK(d.message == "item 2 is marked to follow (toFollow=\"true\") but already has a report (budget.xml)");
  }
  SECTION("no papers") {
    CHECK(validate_text(agenda_xml({.items = R"(<item number="2" kind="report" toFollow="true"><title>Budget</title></item>)"})).empty());
  }
}

TEST_CASE("A Part II item needs an exclusion item before it that lists it", "[data]") {
  SECTION("no exclusion item") {
    auto d = only(validate_text(agenda_xml({.items = items({kApologies, private_item()})})), "rule.part-ii-without-exclusion");
    CHECK(d.severity == docket::Severity::warning);
    CHECK(d.line == kItemsLine + 1);
    CHECK(d.column == 5);
    CHECK(d.message == "item 2 is taken in private (Part II), but no exclusion item before it lists it");
    CHECK(d.hint == "put an item kind=\"exclusion\" (“Exclusion of the Press and Public”) before it with "
                    "<appliesTo items=\"item-2\"/>: the meeting must resolve to exclude the public before taking the item");
  }
  SECTION("the exclusion comes after the item") {
    auto d = only(validate_text(agenda_xml({.items = items({kApologies, private_item(), exclusion("item-2")})})),
                  "rule.part-ii-without-exclusion");
    CHECK(d.message == "item 2 is taken in private (Part II), but the exclusion item that lists it (item 3) comes after it");
  }
  SECTION("an item without an id cannot be listed") {
    auto d = only(validate_text(agenda_xml({.items = items({kApologies, private_item(""), exclusion("item-1", "1a")})})),
                  "rule.part-ii-without-exclusion");
    CHECK(d.message == "item 2 is taken in private (Part II), but no exclusion item before it lists it (it has no id to be listed by)");
  }
  SECTION("an exempt access status makes an item private too") {
    auto d = only(validate_text(agenda_xml({.items = R"(<item id="item-2" number="2" kind="report"><title>Property</title>)"
                                                     R"(<access status="confidential"><confidentialBasis>Court order.</confidentialBasis></access></item>)"})),
                  "rule.part-ii-without-exclusion");
    CHECK(d.line == kItemsLine);
  }
  SECTION("listed by an earlier exclusion item") {
    CHECK(validate_text(agenda_xml({.items = items({kApologies, exclusion("item-2", "1a"), private_item()})})).empty());
  }
}

TEST_CASE("An exclusion item lists agenda items, not other ids", "[data]") {
  auto d = only(validate_text(agenda_xml({.items = items({kApologies, exclusion("meeting")})})), "rule.applies-to-not-item");
  CHECK(d.line == kItemsLine + 1);
  CHECK(d.column == 5 + static_cast<long>(exclusion("meeting").find("<appliesTo")));
  CHECK(d.message == "the exclusion item 3 applies to “meeting”, which is not an agenda item");
  CHECK(d.hint == "list the ids of the Part II items it covers (the id=\"…\" of each <item>)");
}

TEST_CASE("A supplement must name the agenda it supplements", "[data]") {
  auto d = only(validate_text(agenda_xml({.root_attributes = R"( supplementNumber="1")"})), "rule.supplement-without-original");
  CHECK(d.line == 2);
  CHECK(d.column == 1);
  CHECK(d.message == "this agenda is supplement 1 (supplementNumber=\"1\") but does not say which agenda it supplements");
  CHECK(d.hint == "add supplementOf=\"…\" with the id of the original agenda");
  CHECK(validate_text(agenda_xml({.root_attributes = R"( supplementNumber="1" supplementOf="cabinet-2023-12-18")"})).empty());
}

TEST_CASE("An item's report gives data or href, not both or neither", "[data]") {
  auto both = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report data="r.xml" href="r.docx"/></item>)"}),
                                 {{"r.xml", "<x/>"}, {"r.docx", minimal_docx()}}),
                   "rule.report-source");
  CHECK(both.line == kItemsLine);
  CHECK(both.message == "the report of item 2 gives both data and href");
  auto neither = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report/></item>)"})),
                      "rule.report-source");
  CHECK(neither.message == "the report of item 2 names no file");
}

TEST_CASE("Every file an item names must exist in the agenda's folder", "[data]") {
  auto missing = [](const std::string& item) {
    auto d = only(validate_text(agenda_xml({.items = item})), "rule.document-file-missing");
    CHECK(d.line == kItemsLine);
    CHECK_THAT(d.hint, Catch::StartsWith("paths are relative to the agenda's folder ("));
    return d.message;
  };
  CHECK(missing(R"(<item number="2" kind="report"><title>R</title><report data="reports/q2.xml"/></item>)") ==
        "the report of item 2 names reports/q2.xml, which does not exist");
  CHECK(missing(R"(<item number="3" kind="minutes"><title>M</title><document href="minutes.docx" title="Minutes of 2 October"/></item>)") ==
        "the document “Minutes of 2 October” of item 3 names minutes.docx, which does not exist");
  auto outside = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report href="../r.pdf"/></item>)"})),
                      "rule.file-outside-folder");
  CHECK(outside.message == "the report of item 2 names ../r.pdf, which is outside the agenda's folder");
  CHECK(outside.hint == "save the file in the agenda's folder (or a folder inside it) and name it by a "
                        "relative path, such as papers/appendix-1.docx");
  auto absolute = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report href="/etc/r.pdf"/></item>)"})),
                       "rule.file-outside-folder");
  CHECK(absolute.message == "the report of item 2 names /etc/r.pdf, an absolute path; files must be inside the agenda's folder");
  auto appendix = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><appendix label="1" href="papers/no-such-appendix.docx" title="A"/></item>)"})),
                       "rule.appendix-file-missing");
  CHECK(appendix.message == "appendix 1 of item 2 names papers/no-such-appendix.docx, which does not exist");
}

TEST_CASE("An agenda in a docket serve workspace may name the workspace's reports, and nothing beyond it", "[data]") {
  const ExtraFiles workspace{{".docket/audit.log", ""}, {"reports/q2.pdf", "%PDF-1.4\n"}};
  const std::string agenda = "agendas/cabinet.xml";
  auto inside = validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report href="../reports/q2.pdf"/></item>)"}),
                              workspace, agenda);
  CHECK(count_of(inside, "rule.file-outside-folder") == 0);
  auto beyond = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report href="../../r.pdf"/></item>)"}),
                                   workspace, agenda),
                     "rule.file-outside-folder");
  CHECK(beyond.message == "the report of item 2 names ../../r.pdf, which is outside the workspace");
  // Without the workspace's .docket folder, agendas/ is an ordinary folder and keeps its rule.
  auto plain = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report href="../reports/q2.pdf"/></item>)"}),
                                  {{"reports/q2.pdf", "%PDF-1.4\n"}}, agenda),
                    "rule.file-outside-folder");
  CHECK(plain.message == "the report of item 2 names ../reports/q2.pdf, which is outside the agenda's folder");
}

TEST_CASE("A report template that does not exist is an error", "[data]") {
  auto d = only(validate_text(agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report data="r.xml" template="t.docx"/></item>)"}),
                              {{"r.xml", "<x/>"}}),
                "rule.document-file-missing");
  CHECK(d.message == "the report template of item 2 names t.docx, which does not exist");
}

TEST_CASE("A document's media type must agree with its file name", "[data]") {
  auto d = only(validate_text(agenda_xml({.items = R"(<item number="3" kind="minutes"><title>M</title><document href="m.docx" title="Minutes" mediaType="application/pdf"/></item>)"}),
                              {{"m.docx", minimal_docx()}}),
                "rule.document-media-type");
  CHECK(d.message == "the document “Minutes” of item 3 names m.docx, a Word document, but its mediaType is application/pdf (a PDF)");
  CHECK(d.hint == "set mediaType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\" for a .docx file, or name the right file");
}
