#pragma once
// Shared by the rule tests: small valid reports and agendas laid out on fixed lines, so that
// a test can name the exact line of the element it breaks, and the schema and rule checks
// of `docket validate` without its other checks.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/diagnostic.hpp"

namespace docket::data::test {

/// A minimal report. Each part is written on its own line (the first line of a part is
/// indented for it; later lines are kept as given):
///   line 4 the authority (with `jurisdiction` unless empty), line 5 the meeting (`meeting_date`),
///   line 7 `period` (a comment when empty), line 9 `meta` (ends meta; must hold access),
///   then, when `meta` is one line: line 12 `body`, 13 `background`, 14 `appendices`.
struct ReportParts {
  std::string jurisdiction = "england";
  std::string meeting_date = "2023-12-18";
  std::string period =
      R"(<period financialYear="2023" quarter="2" start="2023-07-01" end="2023-09-30"/>)";
  std::string meta = R"(<access status="open"/>)";
  std::string body;
  std::string background = R"(<backgroundPapers none="true"/>)";
  std::string appendices;
};
inline constexpr long kMetaLine = 9;
inline constexpr long kBodyLine = 12;

std::string report_xml(const ReportParts& parts);

/// A minimal agenda: line 2 the root (plus `root_attributes`), line 3 the authority, line 4
/// the meeting (body, date and, when given, publicationDate), line 5 `notices` (summons and
/// private-meeting notices; a comment when empty), and, when `notices` is one line, `items`
/// from line 8.
struct AgendaParts {
  std::string root_attributes;
  std::string jurisdiction = "england";
  std::string body = "Planning Committee";
  std::string meeting_date = "2023-12-18";
  std::string publication_date;
  std::string notices;
  std::string items =
      R"(<item id="item-1" number="1" kind="apologies"><title>Apologies for Absence</title></item>)";
};
inline constexpr long kNoticeLine = 5;
inline constexpr long kItemsLine = 8;

std::string agenda_xml(const AgendaParts& parts);

/// The bytes of a small valid Word document (fixtures/zip/valid-minimal.docx), for the papers
/// of test agendas: the rules read an agenda's papers.
std::string minimal_docx();

/// Files to create beside the data file: {relative path, content}.
using ExtraFiles = std::vector<std::pair<std::string, std::string>>;

/// Writes `xml` as `data_path` (relative) in a fresh scratch folder, with `extra` files,
/// checks it against its schema (failing the test if it is not valid) and then checks the
/// rules. The folder is gone when this returns.
Diagnostics validate_text(const std::string& xml, const ExtraFiles& extra = {},
                          const std::string& data_path = "data.xml");

/// Every diagnostic, one per line, for failure messages.
std::string listing(const Diagnostics& diags);
/// How many diagnostics carry `code`.
std::size_t count_of(const Diagnostics& diags, std::string_view code);
/// The one diagnostic with `code`, after checking there is exactly one and that nothing
/// else was reported (both fail the test, listing what was found).
Diagnostic only(const Diagnostics& diags, std::string_view code);

}  // namespace docket::data::test
