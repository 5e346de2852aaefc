// KPI import: spreadsheets as performance systems and Excel write them, columns mapped once
// and remembered, each row's derived status as render derives it, bad cells by row and
// column, and nothing imported until every bad row is fixed or skipped.
#include "data/load_for_template.hpp"
#include "serve/csv.hpp"
#include "xml/node.hpp"
#include "serve/row_import.hpp"
#include "serve_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

TEST_CASE("CSV files are read in the encodings, separators and quoting exports use", "[serve]") {
  SECTION("UTF-8 with a byte-order mark, commas, quoted fields with commas, quotes and line breaks") {
    const auto t = csv::read_table("\xEF\xBB\xBFRef,Indicator,Actual\r\n170,\"Invoices paid, on time\",\"1,234.5\"\r\n"
                                   "172,\"Said \"\"yes\"\"\nthen left\",93%\r\n\r\n");
    CHECK(t.encoding == "UTF-8 with BOM");
    CHECK(t.delimiter == ',');
    CHECK(t.rows == std::vector<std::vector<std::string>>{{"Ref", "Indicator", "Actual"},
                                                          {"170", "Invoices paid, on time", "1,234.5"},
                                                          {"172", "Said \"yes\"\nthen left", "93%"}});
  }
  SECTION("Windows-1252 with semicolons (Excel in a European locale)") {
    const auto t = csv::read_table(std::string("Indicator;Actual\n\x93" "Caf\xE9\x94 \x96 \x80" "5;12,5\n"));
    CHECK(t.encoding == "Windows-1252");
    CHECK(t.delimiter == ';');
    CHECK(t.rows[1][0] == "\u201CCaf\u00E9\u201D \u2013 \u20AC5");
  }
  SECTION("cells pasted from Excel are tab-separated") {
    const auto t = csv::read_table("Ref\tActual\n170\t93.4\n");
    CHECK(t.delimiter == '\t');
    CHECK(t.rows[1] == std::vector<std::string>{"170", "93.4"});
  }
}

TEST_CASE("Numbers and dates are read as officers write them", "[serve]") {
  std::string why;
  CHECK(csv::number("1,234.5", false, why) == "1234.5");
  CHECK(csv::number("1.234,5", true, why) == "1234.5");
  CHECK(csv::number("12,5", true, why) == "12.5");
  CHECK(csv::number("85%", false, why) == "85");
  CHECK(csv::number("\u00A31,200", false, why) == "1200");
  CHECK(csv::number("-0.5", false, why) == "-0.5");
  CHECK_FALSE(csv::number("12,5", false, why));
  CHECK(why == "has a comma that is neither a thousands separator nor (in a semicolon-separated file) a decimal point");
  CHECK_FALSE(csv::number("n/a", false, why));
  CHECK(why == "is not a number");
  CHECK(csv::date("31/03/2024", why) == "2024-03-31");
  CHECK(csv::date("1/4/2023", why) == "2023-04-01");
  CHECK(csv::date("2024-03-31", why) == "2024-03-31");
  CHECK_FALSE(csv::date("31/02/2024", why));
  CHECK(why == "is not a real date");
  CHECK_FALSE(csv::date("March 2024", why));
  CHECK(why == "is not a date like 31/03/2024");
}

namespace {

const std::string kCsv =
    "Ref,Indicator,Unit,Good is,Target,Tolerance basis,Tolerance,Actual,As at,Previous period,Previous\n"
    "170,% of undisputed invoices paid within 30 days,Percent,Higher is better,85%,percent-of-target,10,93.4%,31/03/2023,Q3 2022–23,91\n"
    "172,Average number of working days lost to sickness,Days,Lower is better,8.5,percent-of-target,10,\"7,64\",31/03/2023,Q3 2022–23,7.9\n"
    "173,Number of complaints,Number,Lower is better,\"1,200\",absolute,100,\"1,450\",31/03/2023,Q3 2022–23,\"1,300\"\n";

Response upload(Served& s, const std::string& name, const std::string& bytes) {
  return s.post("/reports/" + name + "/import", {{"target", "0"}}, {Upload{"file", "kpis.csv", "text/csv", bytes}});
}

}  // namespace

TEST_CASE("A KPI export is mapped, previewed with derived statuses, fixed and imported", "[serve]") {
  Served s("serve-import");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml", FileKind::report, "r.xml");
  const std::string before = s.read("r.xml");
  const Response up = upload(s, "r.xml", kCsv);
  REQUIRE(up.status == 303);
  const std::string mapping_url = up.header("Location");
  const Response mapping = s.get(mapping_url);
  // Headings are matched to the schema's KPI fields.
  auto form = form_values(mapping.body);
  CHECK(std::count(form.begin(), form.end(), std::pair<std::string, std::string>{"col-0", "@ref"}) == 1);
  CHECK(std::count(form.begin(), form.end(), std::pair<std::string, std::string>{"col-1", "name[1]"}) == 1);
  CHECK(std::count(form.begin(), form.end(), std::pair<std::string, std::string>{"col-3", "polarity[1]"}) == 1);
  CHECK(std::count(form.begin(), form.end(), std::pair<std::string, std::string>{"col-7", "actual[1]/@value"}) == 1);
  set(form, "col-2", "unit[1]/@kind");
  set(form, "col-5", "tolerance[1]/@basis");
  set(form, "col-6", "tolerance[1]/@value");
  set(form, "col-8", "actual[1]/@asAt");
  set(form, "col-9", "previous[1]/@period");
  set(form, "col-10", "previous[1]/@value");
  REQUIRE(s.post(mapping_url, form).status == 303);

  const Response rows = s.get(mapping_url + "/rows");
  // Row 3's "7,64" is not a number in a comma-separated file: reported by row and column.
  CHECK(rows.body.find("Row 3, column “Actual”: ‘7,64’ has a comma that is neither a thousands separator nor (in a semicolon-separated file) a decimal point") != std::string::npos);
  CHECK(rows.body.find("2 KPIs are ready to import") != std::string::npos);
  const std::string row1 = "<strong>Green</strong></td><td class=\"govuk-table__cell\">Improving</td><td class=\"govuk-table__cell\">Green: 93 is 8 above the target of 85";
  const std::string row4 = "<strong>Red</strong></td><td class=\"govuk-table__cell\">Worsening</td><td class=\"govuk-table__cell\">"
                           "Red: 1450 is 250 above the target of 1200 (lower is better), more than the tolerance of 100";
  CHECK(rows.body.find(row1) != std::string::npos);
  CHECK(rows.body.find(row4) != std::string::npos);

  // Importing with a bad row neither fixed nor skipped imports nothing.
  auto rows_form = form_values(rows.body);
  rows_form.emplace_back("action", "import");
  const Response refused = s.post(mapping_url + "/rows", rows_form);
  CHECK(refused.status == 400);
  CHECK(refused.body.find("Fix or skip the rows with problems before importing") != std::string::npos);
  CHECK(s.read("r.xml") == before);

  // Fixing the cell imports all three, with the statuses derived as render will.
  set(rows_form, "cell-3-8", "7.64");
  const Response done = s.post(mapping_url + "/rows", rows_form);
  CHECK(done.status == 303);
  CHECK(done.header("Location") == "/reports/r.xml?notice=imported");
  const std::string after = s.read("r.xml");
  CHECK(after.find("<kpi id=\"kpi-3\" ref=\"173\">") != std::string::npos);
  // The audit log has one line for the import, with the file's hashes before and after.
  const auto changes = s.app->audit().changes_to("reports/r.xml");
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].what == "imported");
  CHECK(changes[0].detail == "3 rows");
  CHECK(changes[0].who == "you");
  CHECK(changes[0].old_hash == audit_hash(before));
  CHECK(changes[0].new_hash == audit_hash(after));
  CHECK(after.find("<actual asAt=\"2023-03-31\" value=\"93.4\"/>") != std::string::npos);
  // What the preview showed is what render derives from the saved file.
  docket::Diagnostics diags;
  docket::xml::SchemaCache schemas;
  auto loaded = docket::data::load_for_template(s.workspace() / "reports" / "r.xml", {}, schemas, diags);
  REQUIRE(loaded.data);
  const std::string derived = docket::xml::text(loaded.data->root());
  CHECK(derived.find("Green: 93 is 8 above the target of 85") != std::string::npos);
  CHECK(derived.find("Red: 1450 is 250 above the target of 1200 (lower is better), more than the tolerance of 100") != std::string::npos);
  CHECK(after.find("<target value=\"1200\"/>") != std::string::npos);
  CHECK(after.find("<polarity>lower-is-better</polarity>") != std::string::npos);
  // The mapping is remembered for next quarter's file with the same columns.
  const auto again = form_values(s.get(upload(s, "r.xml", kCsv).header("Location")).body);
  CHECK(std::count(again.begin(), again.end(), std::pair<std::string, std::string>{"col-8", "actual[1]/@asAt"}) == 1);
}

TEST_CASE("A bad row can be skipped instead of fixed", "[serve]") {
  Served s("serve-import-skip");
  s.add("fixtures/reports/s1-halton-q2-2023-24.xml", FileKind::report, "r.xml");
  const std::string url = upload(s, "r.xml", "Indicator;Actual;Good is\nA;12,5;higher is better\nB;lots;higher is better\n").header("Location");
  REQUIRE(s.post(url, form_values(s.get(url).body)).status == 303);
  auto rows = form_values(s.get(url + "/rows").body);
  set(rows, "skip-3", "yes");
  rows.emplace_back("action", "import");
  CHECK(s.post(url + "/rows", rows).status == 303);
  const std::string after = s.read("r.xml");
  CHECK(after.find("<name>A</name>") != std::string::npos);
  CHECK(after.find("<actual value=\"12.5\"/>") != std::string::npos);
  CHECK(after.find("<name>B</name>") == std::string::npos);
}
