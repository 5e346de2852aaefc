// Notice before a meeting: summons and publication (5 clear days in England, 3 in Wales) and
// the 28-day notice of an executive's private meeting. The meeting is Monday 18 December 2023.
#include "test_rules_support.hpp"

using namespace docket::data::test;

namespace {

std::string summons(const std::string& date) {
  return "<summons issueDate=\"" + date + "\"><issuedBy><post>Chief Executive</post></issuedBy></summons>";
}

// A Part II item after the exclusion item that lists it (items from line 8).
const std::string kPrivateItems =
    R"(<item number="1" kind="exclusion"><title>Exclusion</title><appliesTo items="item-2"/></item>)"
    "\n    "
    R"(<item id="item-2" number="2" kind="report" part="II"><title>Property</title></item>)";

std::string notice(const std::string& date, const std::string& kind = "28-day") {
  return "<privateMeetingNotice kind=\"" + kind + "\" date=\"" + date + "\"/>";
}

}  // namespace

TEST_CASE("A summons needs five clear days before the meeting in England", "[data]") {
  SECTION("issued on 12 December: exactly five clear days, 13 to 17 December") {
    CHECK(validate_text(agenda_xml({.notices = summons("2023-12-12")})).empty());
  }
  SECTION("issued on 13 December: four") {
    auto d = only(validate_text(agenda_xml({.notices = summons("2023-12-13")})), "rule.summons-notice");
    CHECK(d.severity == docket::Severity::warning);
    CHECK(d.line == kNoticeLine);
    CHECK(d.column == 3);
    CHECK(d.message == "the summons is issued on 13 December 2023, 4 clear days before the meeting on "
                       "18 December 2023; in England at least 5 clear days are required");
    CHECK(d.hint == "issue it by 12 December 2023: clear days leave out the day of issue and the day of "
                    "the meeting. docket counts calendar days; many councils also leave out weekends and "
                    "bank holidays, which needs an earlier date");
  }
  SECTION("issued the day before, on the day, after") {
    auto message = [](const std::string& date) {
      return only(validate_text(agenda_xml({.notices = summons(date)})), "rule.summons-notice").message;
    };
    CHECK(message("2023-12-16") == "the summons is issued on 16 December 2023, 1 clear day before the meeting "
                                   "on 18 December 2023; in England at least 5 clear days are required");
    CHECK(message("2023-12-18") == "the summons is issued on 18 December 2023, the day of the meeting; in "
                                   "England at least 5 clear days are required");
    CHECK(message("2023-12-19") == "the summons is issued on 19 December 2023, after the meeting on 18 "
                                   "December 2023; in England at least 5 clear days are required");
  }
}

TEST_CASE("A summons needs three clear days in Wales and is not checked in Scotland", "[data]") {
  CHECK(validate_text(agenda_xml({.jurisdiction = "wales", .notices = summons("2023-12-14")})).empty());
  auto d = only(validate_text(agenda_xml({.jurisdiction = "wales", .notices = summons("2023-12-15")})),
                "rule.summons-notice");
  CHECK(d.message == "the summons is issued on 15 December 2023, 2 clear days before the meeting on "
                     "18 December 2023; in Wales at least 3 clear days are required");
  CHECK(d.hint.starts_with("issue it by 14 December 2023: "));
  CHECK(validate_text(agenda_xml({.jurisdiction = "scotland", .notices = summons("2023-12-17")})).empty());
}

TEST_CASE("The agenda's publication date needs the same clear days", "[data]") {
  const std::string xml = agenda_xml({.publication_date = "2023-12-14"});
  auto d = only(validate_text(xml), "rule.publication-notice");
  CHECK(d.line == 4);
  const std::string line4 = xml.substr(xml.find("  <meeting"));
  CHECK(d.column == 1 + static_cast<long>(line4.find("<publicationDate>")));
  CHECK(d.message == "the agenda is published on 14 December 2023, 3 clear days before the meeting on "
                     "18 December 2023; in England at least 5 clear days are required");
  CHECK(d.hint.starts_with("publish it by 12 December 2023: "));
  CHECK(validate_text(agenda_xml({.publication_date = "2023-12-08"})).empty());
}

TEST_CASE("An executive meeting in private needs a 28-day notice", "[data]") {
  SECTION("no notice: a warning at the first private item") {
    auto d = only(validate_text(agenda_xml({.body = "Cabinet", .items = kPrivateItems})), "rule.private-notice-28-day");
    CHECK(d.severity == docket::Severity::warning);
    CHECK(d.line == kItemsLine + 1);
    CHECK(d.column == 5);
    CHECK(d.message == "the meeting of Cabinet takes item 2 in private, but the agenda has no 28-day notice "
                       "of the intention to meet in private");
    CHECK(d.hint == "add <privateMeetingNotice kind=\"28-day\" date=\"…\"/> and date it by 19 November 2023: "
                    "clear days leave out the day of issue and the day of the meeting. docket counts calendar "
                    "days; many councils also leave out weekends and bank holidays, which needs an earlier "
                    "date; a later notice needs the agreement of the chair of the relevant overview and "
                    "scrutiny committee (regulation 5)");
  }
  SECTION("a notice exactly 28 clear days before") {
    CHECK(validate_text(agenda_xml({.body = "Cabinet", .notices = notice("2023-11-19"), .items = kPrivateItems})).empty());
  }
  SECTION("a notice a day late: a warning at the notice") {
    auto d = only(validate_text(agenda_xml({.body = "Executive Board", .notices = notice("2023-11-20"), .items = kPrivateItems})),
                  "rule.private-notice-28-day");
    CHECK(d.line == kNoticeLine);
    CHECK(d.column == 3);
    CHECK(d.message == "the 28-day notice is dated 20 November 2023, 27 clear days before the meeting on "
                       "18 December 2023; at least 28 clear days are required");
  }
  SECTION("a 5-day notice is not a 28-day notice") {
    CHECK(count_of(validate_text(agenda_xml({.body = "cabinet", .notices = notice("2023-12-08", "5-day"), .items = kPrivateItems})),
                   "rule.private-notice-28-day") == 1);
  }
  SECTION("committees, Welsh executives and public meetings need none") {
    CHECK(validate_text(agenda_xml({.body = "Planning Committee", .items = kPrivateItems})).empty());
    CHECK(validate_text(agenda_xml({.jurisdiction = "wales", .body = "Cabinet", .items = kPrivateItems})).empty());
    CHECK(validate_text(agenda_xml({.body = "Cabinet"})).empty());
  }
}
