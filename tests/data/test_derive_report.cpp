// derive() on whole reports: the fixtures, the d: names templates select, idempotence.
#include <catch2/catch.hpp>
#include <filesystem>

#include "data/derive.hpp"
#include "derive_support.hpp"
#include "test_support.hpp"
#include "xml/xpath.hpp"

using namespace docket;
using namespace docket::data;
using docket::test::data_value;
using docket::test::report_fixture;
const auto from_text = docket::test::data_from_text;

namespace {


void derive_cleanly(DataSource& data) {
  const SchemeLibrary schemes;
  Diagnostics diags;
  derive(data, schemes, diags);
  INFO((diags.empty() ? std::string() : to_text(*diags.begin())));
  REQUIRE(diags.empty());
}


std::string serialised(const DataSource& data) {
  xmlChar* bytes = nullptr;
  int size = 0;
  xmlDocDumpMemory(data.document().get(), &bytes, &size);
  std::string out(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  xmlFree(bytes);
  return out;
}

// The serialised text without its d: elements, innermost first.
std::string strip_derived(std::string text) {
  for (auto p = text.find(" d:"); p != std::string::npos; p = text.find(" d:", p)) {
    text.erase(p, text.find('"', text.find('"', p) + 1) + 1 - p);  // a derived attribute
  }
  for (auto p = text.find("<d:link>"); p != std::string::npos; p = text.find("<d:link>", p)) {
    text.erase(p, text.find("</d:link>", p) + 9 - p);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (auto p = text.find("<d:"); p != std::string::npos && !changed; p = text.find("<d:", p + 1)) {
      const auto end = text.find('>', p);
      if (text[end - 1] == '/') {
        text.erase(p, end + 1 - p);
        changed = true;
        continue;
      }
      const std::string close = "</d:" + text.substr(p + 3, text.find_first_of(" >", p) - p - 3) + ">";
      const auto next = text.find('<', end);
      if (text.compare(next, close.size(), close) == 0) {
        text.erase(p, next + close.size() - p);
        changed = true;
      }
    }
  }
  return text;
}

// <x a="1"></x> → <x a="1"/>: an element whose only children were derived.
std::string collapse_empty(std::string text) {
  for (auto p = text.find("></"); p != std::string::npos; p = text.find("></", p + 1)) {
    const auto open = text.rfind('<', p);
    const std::string name = text.substr(open + 1, text.find_first_of(" >/", open + 1) - open - 1);
    if (text[open + 1] != '/' && text.compare(p + 3, name.size() + 1, name + ">") == 0) {
      text.replace(p, name.size() + 4, "/>");
    }
  }
  return text;
}

// How many elements declare the derived namespace.
int declarations(const xmlNode* node) {
  int n = 0;
  for (const xmlNs* ns = node->nsDef; ns != nullptr; ns = ns->next) {
    if (std::string_view(reinterpret_cast<const char*>(ns->href)) == kDerivedNamespace) ++n;
  }
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) n += declarations(c);
  }
  return n;
}

const std::string kReportStart =
    "<report xmlns='urn:docket:committee-papers:1' id='r' schemaVersion='1.0' xml:lang='en-GB'>";

}  // namespace

TEST_CASE("Every report fixture derives without a diagnostic", "[data]") {
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("fixtures/reports"))) {
    CAPTURE(entry.path().filename().string());
    DataSource data = report_fixture(entry.path().filename().string());
    derive_cleanly(data);
  }
}

TEST_CASE("S2 derives Blue 4, Green 3, Amber 4, Red 3, Contextual 0, Baseline 2, In Development 2, Suspended 0", "[data]") {
  DataSource data = report_fixture("s2-cambridgeshire-q4-2022-23.xml");
  derive_cleanly(data);
  const std::string summary = "r:kpis/d:summary/";
  std::string rows;
  for (int i = 1; i <= 9; ++i) {
    const std::string row = summary + "d:row[" + std::to_string(i) + "]";
    if (data_value(data, row + "/@key").empty()) break;
    rows += data_value(data, row + "/@label") + "=" + data_value(data, row + "/@count") + "/" + data_value(data, row + "/@percent") + " ";
  }
  CHECK(rows == "Blue=4/22 Green=3/17 Amber=4/22 Red=3/17 Contextual=0/0 Baseline=2/11 In Development=2/11 Suspended=0/0 ");
  CHECK(data_value(data, summary + "d:total/@count") == "18");
  CHECK(data_value(data, summary + "d:total/@percent") == "100");
  CHECK(data_value(data, summary + "d:row[@key='red']/@fill") == "C00000");
  SECTION("and each KPI's derived status is the one its author stated") {
    CHECK(data_value(data, "count(r:kpis/r:kpi)") == "18");
    CHECK(data_value(data, "count(r:kpis/r:kpi[d:statusKey = r:statedStatus])") == "18");
  }
}

TEST_CASE("S2 indicator 184 carries every derived KPI value", "[data]") {
  DataSource data = report_fixture("s2-cambridgeshire-q4-2022-23.xml");
  derive_cleanly(data);
  const std::string kpi = "r:kpis/r:kpi[@id='kpi-184']/";
  CHECK(data_value(data, kpi + "d:status") == "Red");
  CHECK(data_value(data, kpi + "d:statusKey") == "red");
  CHECK(data_value(data, kpi + "d:rule") == "Red: 83 is 17 below the target of 100, more than the tolerance of 10 (10% of target)");
  CHECK(data_value(data, kpi + "d:actual") == "83");
  CHECK(data_value(data, kpi + "d:target") == "100");
  CHECK(data_value(data, kpi + "d:fill") == "C00000");
  CHECK(data_value(data, kpi + "d:textColour") == "FFFFFF");
  CHECK(data_value(data, kpi + "d:direction") == "Worsening");
  CHECK(data_value(data, kpi + "d:financialQuarter") == "Q4 2022/23");
  CHECK(data_value(data, "r:kpis/r:kpi[@id='kpi-173']/d:textColour") == "000000");
  CHECK(data_value(data, "count(r:kpis/r:kpi[@id='kpi-205']/d:actual)") == "0");
  CHECK(data_value(data, "r:kpis/r:kpi[@id='kpi-205']/d:status") == "In Development");
}

TEST_CASE("The period gets its financial year, quarter and months", "[data]") {
  DataSource s2 = report_fixture("s2-cambridgeshire-q4-2022-23.xml");
  derive_cleanly(s2);
  CHECK(data_value(s2, "r:meta/r:period/d:financialYear") == "2022/23");
  CHECK(data_value(s2, "r:meta/r:period/d:quarter") == "Q4 2022/23");
  CHECK(data_value(s2, "r:meta/r:period/d:months") == "January\u2013March 2023");
  SECTION("Q4 2023/24 is January–March 2024") {
    DataSource data = from_text(kReportStart + "<meta><period start='2024-01-01' end='2024-03-31'/></meta></report>");
    derive_cleanly(data);
    CHECK(data_value(data, "r:meta/r:period/d:quarter") == "Q4 2023/24");
    CHECK(data_value(data, "r:meta/r:period/d:months") == "January\u2013March 2024");
  }
  SECTION("a period longer than a quarter has a year but no quarter") {
    DataSource data = from_text(kReportStart + "<meta><period start='2023-04-01' end='2024-03-31'/></meta></report>");
    derive_cleanly(data);
    CHECK(data_value(data, "r:meta/r:period/d:financialYear") == "2023/24");
    CHECK(data_value(data, "count(r:meta/r:period/d:quarter)") == "0");
  }
}

TEST_CASE("Charnwood's risk is Unlikely (2) × Significant (2) = Low (4)", "[data]") {
  DataSource data = report_fixture("s3-charnwood-q2-2023-24.xml");
  derive_cleanly(data);
  const std::string risk = "r:risks/r:risk[@id='risk-1']/";
  CHECK(data_value(data, risk + "d:score") == "4");
  CHECK(data_value(data, risk + "d:band") == "Low");
  CHECK(data_value(data, risk + "d:likelihood") == "Unlikely (2)");
  CHECK(data_value(data, risk + "d:impact") == "Significant (2)");
  CHECK(data_value(data, risk + "d:overall") == "Low (4)");
  CHECK(data_value(data, risk + "d:fill") == "00B050");
}

TEST_CASE("Risks with assessments are scored per assessment and by the current one", "[data]") {
  DataSource data = report_fixture("pcc-city-market-regeneration.xml");
  derive_cleanly(data);
  const std::string risk = "r:risks/r:risk[@id='risk-cost']/";
  CHECK(data_value(data, risk + "d:overall") == "High (12)");
  CHECK(data_value(data, risk + "r:assessment[@stage='inherent']/d:overall") == "High (16)");
  CHECK(data_value(data, risk + "r:assessment[@stage='current']/d:score") == "12");
  CHECK(data_value(data, risk + "r:assessment[@stage='target']/d:band") == "Medium");
  CHECK(data_value(data, risk + "r:assessment[@stage='target']/d:likelihood") == "Unlikely (2)");
  CHECK(data_value(data, "r:risks/r:risk[@id='risk-traders']/d:overall") == "Medium (9)");
}

TEST_CASE("Appendices get their label and name, kept on one line and quoted when the report says so", "[data]") {
  DataSource s4 = report_fixture("s4-lancashire-q2-2023-24.xml");
  derive_cleanly(s4);
  CHECK(data_value(s4, "r:appendices/r:appendix[1]/d:label") == "A");
  CHECK(data_value(s4, "r:appendices/r:appendix[3]/d:name") == "Appendix\u00A0\u2018C\u2019");
  DataSource s2 = report_fixture("s2-cambridgeshire-q4-2022-23.xml");
  derive_cleanly(s2);
  CHECK(data_value(s2, "r:appendices/r:appendix[1]/d:name") == "Appendix\u00A01");
  SECTION("labels left out are generated from the position") {
    DataSource data = from_text(kReportStart + "<appendices scheme='letter'><appendix><title>One</title></appendix>"
                                "<appendix><title>Two</title></appendix></appendices></report>");
    derive_cleanly(data);
    CHECK(data_value(data, "r:appendices/r:appendix[2]/d:label") == "B");
    CHECK(data_value(data, "r:appendices/r:appendix[2]/d:name") == "Appendix\u00A0B");
    CHECK(appendix_label(true, 25) == "Z");
    CHECK(appendix_label(true, 26) == "AA");
    CHECK(appendix_label(false, 11) == "12");
  }
}

TEST_CASE("Deriving twice gives what deriving once gives", "[data]") {
  DataSource data = report_fixture("s2-cambridgeshire-q4-2022-23.xml");
  derive_cleanly(data);
  const std::string once = serialised(data);
  derive_cleanly(data);
  CHECK(serialised(data) == once);
  CHECK(data_value(data, "count(//d:summary)") == "1");
}

TEST_CASE("Deriving adds d: elements and attributes and one namespace declaration, and changes nothing else", "[data]") {
  for (const char* name : {"s2-cambridgeshire-q4-2022-23.xml", "pcc-city-market-regeneration.xml"}) {
    CAPTURE(name);
    DataSource original = report_fixture(name);
    DataSource data = report_fixture(name);
    derive_cleanly(data);
    std::string text = serialised(data);
    CHECK(text.find("xmlns:d=\"urn:docket:derived:1\"") != std::string::npos);
    CHECK(declarations(data.root()) == 1);
    CHECK(data.root()->nsDef != nullptr);
    const std::string declaration = " xmlns:d=\"urn:docket:derived:1\"";
    text.erase(text.find(declaration), declaration.size());
    CHECK(collapse_empty(strip_derived(text)) == serialised(original));
  }
}

TEST_CASE("An unknown scheme is an error naming the token and the schemes there are", "[data]") {
  DataSource data = from_text(kReportStart +
                              "\n<kpis id='k' statusScheme='nope'><kpi id='a'><name>A</name>"
                              "<unit kind='count'/><polarity>higher-is-better</polarity></kpi></kpis>"
                              "\n<risks id='rk' matrix='abc-9x9'><risk id='r1'><description>D</description>"
                              "<likelihood score='1'/><impact score='1'/></risk></risks></report>");
  const SchemeLibrary schemes;
  Diagnostics diags;
  derive(data, schemes, diags);
  REQUIRE(diags.size() == 2);
  const auto& scheme = diags.items()[0];
  CHECK(scheme.code == "rule.scheme-unknown");
  CHECK(scheme.line == 2);
  CHECK(scheme.message == "there is no status scheme \"nope\"; the schemes available are cbc, ccc, default, hbc, lcc, pcc");
  const auto& matrix = diags.items()[1];
  CHECK(matrix.line == 3);
  CHECK(matrix.message ==
        "there is no risk matrix \"abc-9x9\"; the matrices available are cbc-4x4, default-4x4, default-5x5, pcc-5x5");
  CHECK(data_value(data, "count(//d:*)") == "0");
}
