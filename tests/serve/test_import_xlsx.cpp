// KPI import from Excel workbooks: cells read as Excel shows them, and a workbook imported
// exactly as the same sheet saved as CSV.
#include "serve/xlsx.hpp"
#include "support/error.hpp"
#include "serve_test_support.hpp"
#include "zip/zip_writer.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

namespace {

const std::string kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string kRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A workbook with these parts, as Excel lays them out; `book` and `sheet` are the insides
// of <workbook> and <sheetData>.
std::string workbook(const docket::test::ScratchDir& dir, const std::string& book, const std::string& sheet,
                     const std::string& strings, const std::string& styles) {
  const auto path = dir / "book.xlsx";
  docket::zip::ZipWriter w(path);
  w.add("[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
  w.add("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"" + kRels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
  w.add("xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" + kRels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"" + kRels + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"" + kRels + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId4\" Type=\"" + kRels + "/styles\" Target=\"styles.xml\"/></Relationships>");
  w.add("xl/workbook.xml", "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRels + "\">" + book + "</workbook>");
  w.add("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + kMain + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Hidden</t></is></c></row></sheetData></worksheet>");
  w.add("xl/worksheets/sheet2.xml", "<worksheet xmlns=\"" + kMain + "\"><sheetData>" + sheet + "</sheetData></worksheet>");
  w.add("xl/sharedStrings.xml", "<sst xmlns=\"" + kMain + "\">" + strings + "</sst>");
  w.add("xl/styles.xml", "<styleSheet xmlns=\"" + kMain + "\">" + styles + "</styleSheet>");
  w.commit();
  return docket::test::read_text(path);
}

const std::string kStyles =
    "<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/><numFmt numFmtId=\"165\" formatCode=\"0.0&quot;%&quot;\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[Red]#,##0.00\"/></numFmts>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs>";

}  // namespace

TEST_CASE("Numbers and dates stored in a workbook are written as Excel shows them", "[serve]") {
  CHECK(xlsx::general_number("170") == "170");
  CHECK(xlsx::general_number("93.400000000000006") == "93.4");
  CHECK(xlsx::general_number("0.30000000000000004") == "0.3");
  CHECK(xlsx::general_number("0.934", 2) == "93.4");
  CHECK(xlsx::general_number("0.85", 2) == "85");
  CHECK(xlsx::general_number("1.5E-3") == "0.0015");
  CHECK(xlsx::general_number("1.2E+4") == "12000");
  CHECK(xlsx::general_number("-0.05", 2) == "-5");
  CHECK(xlsx::general_number("9.9999999999999999") == "10");
  CHECK(xlsx::general_number("0") == "0");
  CHECK(xlsx::general_number("#N/A") == "#N/A");
  CHECK(xlsx::serial_date("45016", false) == "2023-03-31");
  CHECK(xlsx::serial_date("45382.75", false) == "2024-03-31");
  CHECK(xlsx::serial_date("59", false) == "1900-02-28");
  CHECK(xlsx::serial_date("61", false) == "1900-03-01");
  CHECK(xlsx::serial_date("60", false).empty());  // 29 February 1900, which Excel counts
  CHECK(xlsx::serial_date("43554", true) == "2023-03-31");
  CHECK(xlsx::serial_date("-1", false).empty());
  CHECK(xlsx::serial_date("3000000", false).empty());
}

TEST_CASE("A workbook's first visible sheet is read as its cells show", "[serve]") {
  docket::test::ScratchDir dir("serve-xlsx-cells");
  const std::string book =
      "<sheets><sheet name=\"Notes\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/><sheet name=\"KPIs\" sheetId=\"2\" r:id=\"rId2\"/></sheets>";
  const std::string strings =
      "<si><t>Ref</t></si><si><t xml:space=\"preserve\"> Actual </t></si>"
      "<si><r><t>Sickness </t></r><r><rPr><b/></rPr><t>days</t></r><rPh sb=\"0\" eb=\"1\"><t>X</t></rPh></si>";
  const std::string sheet =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>As at</t></is></c></row>"
      "<row r=\"2\"/>"
      "<row r=\"3\"><c r=\"A3\"><v>170</v></c><c r=\"B3\" s=\"1\"><v>0.934</v></c><c r=\"C3\" s=\"4\"><v>0.93400000000000005</v></c>"
      "<c r=\"D3\" s=\"2\"><v>45016</v></c><c r=\"E3\" s=\"3\"><v>45382</v></c><c r=\"F3\" t=\"b\"><v>1</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"B4\" s=\"5\"><v>93.4</v></c><c r=\"C4\" s=\"6\"><v>-1234.5</v></c>"
      "<c r=\"D4\" t=\"e\"><v>#N/A</v></c><c r=\"E4\" t=\"str\"><f>A3&amp;\"x\"</f><v>170x</v></c></row>";
  const auto table = xlsx::read_table(workbook(dir, book, sheet, strings, kStyles), "‘kpis.xlsx’");
  CHECK(table.sheet == "KPIs");
  CHECK(table.encoding == "an Excel workbook");
  const std::vector<std::vector<std::string>> expected = {
      {"Ref", "", "Actual", "As at"},
      {"170", "93.4%", "93.4%", "2023-03-31", "2024-03-31", "TRUE"},
      {"Sickness days", "93.4", "-1234.5", "#N/A", "170x"},
  };
  CHECK(table.rows == expected);

  // The 1904 date system (Excel for Mac before 2011).
  const auto mac = xlsx::read_table(workbook(dir, "<workbookPr date1904=\"1\"/>" + book, "<row r=\"1\"><c r=\"A1\" s=\"2\"><v>43554</v></c></row>", strings, kStyles), "m");
  CHECK(mac.rows == std::vector<std::vector<std::string>>{{"2023-03-31"}});
}

TEST_CASE("A file that is not a workbook docket can read is refused in words", "[serve]") {
  docket::test::ScratchDir dir("serve-xlsx-refused");
  const std::string hint = "Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then upload that.";
  try {
    xlsx::read_table(docket::test::read_text(docket::test::source_path("fixtures/papers/pcc-cabinet-2023-11-13-minutes.docx")), "‘kpis.xlsx’");
    FAIL("a Word document was read as a workbook");
  } catch (const docket::InvalidInput& e) {
    CHECK(std::string(e.what()) == "‘kpis.xlsx’ is not an Excel workbook: it holds no sheets");
    CHECK(e.hint() == hint);
  }
  docket::zip::ZipWriter odf(dir / "kpis.ods");
  odf.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  odf.commit();
  try {
    xlsx::read_table(docket::test::read_text(dir / "kpis.ods"), "‘kpis.ods’");
    FAIL("an OpenDocument spreadsheet was read as a workbook");
  } catch (const docket::InvalidInput& e) {
    CHECK(std::string(e.what()) == "‘kpis.ods’ is not an Excel workbook (.xlsx) docket can read");
  }
  const std::string wide = "<row r=\"1\"><c r=\"IW1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
  CHECK_THROWS_WITH(xlsx::read_table(workbook(dir, "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId2\"/></sheets>", wide, "", kStyles), "‘w.xlsx’"),
                    "The sheet ‘S’ in ‘w.xlsx’ has cells beyond column 256, more than an import takes");
}

TEST_CASE("A workbook is imported exactly as the same sheet saved as CSV", "[serve]") {
  Served s("serve-import-xlsx");
  s.add("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", FileKind::report, "csv.xml");
  s.add("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", FileKind::report, "xlsx.xml");
  // The workbook is LibreOffice's conversion of the CSV (percentages and dates become numbers
  // with formats), so both hold the same cells as an officer sees them.
  const auto import = [&s](const std::string& report, const std::string& file, const std::string& type) {
    const Response up = s.post("/reports/" + report + "/import", {{"target", "0"}},
                               {Upload{"file", file, type, docket::test::read_text(docket::test::source_path("fixtures/imports/" + file))}});
    REQUIRE(up.status == 303);
    const std::string mapping_url = up.header("Location");
    const Response mapping = s.get(mapping_url);
    auto form = form_values(mapping.body);
    set(form, "col-15", "actual[1]/@numerator");
    set(form, "col-16", "actual[1]/@denominator");
    REQUIRE(s.post(mapping_url, form).status == 303);
    const Response rows = s.get(mapping_url + "/rows");
    CHECK(rows.body.find("18 KPIs are ready to import") != std::string::npos);
    auto rows_form = form_values(rows.body);
    rows_form.emplace_back("action", "import");
    CHECK(s.post(mapping_url + "/rows", rows_form).header("Location") == "/reports/" + report + "?notice=imported");
    return mapping.body;
  };
  const std::string csv_mapping = import("csv.xml", "s2-kpis.csv", "text/csv");
  const std::string xlsx_mapping = import("xlsx.xml", "s2-kpis.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  CHECK(xlsx_mapping.find("The sheet ‘s2-kpis’ of the workbook was read, with 19 rows.") != std::string::npos);
  CHECK(csv_mapping.find("The file was read as UTF-8 with BOM, separated by commas, with 19 rows.") != std::string::npos);
  CHECK(s.read("xlsx.xml") == s.read("csv.xml"));
  CHECK(s.read("xlsx.xml").find("<actual asAt=\"2023-03-31\" value=\"93.4\"/>") != std::string::npos);
}

TEST_CASE("An Excel 97-2003 or damaged workbook is explained beside the upload field", "[serve]") {
  Served s("serve-import-xls");
  s.add("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", FileKind::report, "r.xml");
  const Response xls = s.post("/reports/r.xml/import", {{"target", "0"}},
                              {Upload{"file", "kpis.xls", "application/vnd.ms-excel", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest"}});
  CHECK(xls.status == 400);
  CHECK(xls.body.find("This is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then upload that") !=
        std::string::npos);
  CHECK(xls.body.find("href=\"#file\"") != std::string::npos);
  const Response broken = s.post("/reports/r.xml/import", {{"target", "0"}},
                                 {Upload{"file", "kpis.xlsx", "application/octet-stream", std::string("PK\x03\x04", 4) + "not really"}});
  CHECK(broken.status == 400);
  CHECK(broken.body.find("‘kpis.xlsx’ is not an Excel workbook (.xlsx) docket can read. Open it in Excel") != std::string::npos);
}
