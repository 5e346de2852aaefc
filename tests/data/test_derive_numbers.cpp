// number_report() and resolve_references(): the numbers members cite ("paragraph 4.3") and
// cross-references that follow a section when it moves.
#include <catch2/catch.hpp>

#include "data/derive.hpp"
#include "derive_support.hpp"
#include "test_support.hpp"
#include "xml/xpath.hpp"

using namespace docket;
using namespace docket::data;
using docket::test::data_value;
using docket::test::report_fixture;

namespace {

DataSource report(const std::string& body) {
  return docket::test::data_from_text(
      "<report xmlns='urn:docket:committee-papers:1' schemaVersion='1.0' xml:lang='en-GB'><meta><title>T</title></meta>" + body +
      "</report>");
}

Outline outline(const std::string& text) {
  std::vector<std::string> errors;
  Outline o = Outline::parse(text, errors);
  INFO(errors.size());
  REQUIRE(errors.empty());
  return o;
}


std::string resolved_text(DataSource& data, Diagnostics& diags, const std::string& xpath) {
  resolve_references(data, diags);
  return data_value(data, xpath);
}

}  // namespace

TEST_CASE("The house outline numbers a report in the order the house template prints it", "[data]") {
  DataSource s0 = report_fixture("s0-peterborough-q2-2023-24.xml");
  number_report(s0, Outline::house());
  CHECK(data_value(s0, "r:summary/@d:number") == "1");
  CHECK(data_value(s0, "r:summary/r:p[1]/@d:number") == "1.1");
  CHECK(data_value(s0, "r:meta/r:termsOfReference/@d:number") == "1.2");
  CHECK(data_value(s0, "r:meta/r:majorPolicyItem/@d:number") == "2");
  CHECK(data_value(s0, "r:section[@id='s-origin']/@d:number") == "3");
  CHECK(data_value(s0, "r:section[@id='s-origin']/r:p/@d:number") == "3.1");
  CHECK(data_value(s0, "r:section[@id='s-options']/r:option/@d:number") == "8.1");
  CHECK(data_value(s0, "r:recommendations/r:reasons/r:p/@d:number") == "9.1");
  SECTION("implications number their paragraphs across types, nil wording included") {
    CHECK(data_value(s0, "r:implications/@d:number") == "10");
    CHECK(data_value(s0, "r:implications/r:implication[@type='financial']/@d:nilNumber") == "10.1");
    CHECK(data_value(s0, "r:implications/r:implication[@type='legal']/r:p/@d:number") == "10.2");
    CHECK(data_value(s0, "r:implications/r:implication[@type='equalities']/@d:nilNumber") == "10.3");
  }
  SECTION("papers and appendices are paragraphs of their parts") {
    CHECK(data_value(s0, "r:backgroundPapers/r:paper/@d:number") == "11.1");
    CHECK(data_value(s0, "r:appendices/r:appendix/@d:number") == "12.1");
  }
  SECTION("priorities printed with the corporate-priorities section are not a part of their own") {
    CHECK(data_value(s0, "count(r:meta/r:corporatePriorities/@d:number)") == "0");
  }
}

TEST_CASE("A paragraph straight after a list continues the paragraph before it, unnumbered", "[data]") {
  DataSource s0 = report_fixture("s0-peterborough-q2-2023-24.xml");
  number_report(s0, Outline::house());
  CHECK(data_value(s0, "r:section[@id='s-background']/r:p[1]/@d:number") == "4.1");
  CHECK(data_value(s0, "count(r:section[@id='s-background']/r:p[2]/@d:number)") == "0");
}

TEST_CASE("Nested sections are numbered paragraphs, and one without a heading numbers its first paragraph", "[data]") {
  DataSource data = report(
      "<section id='a'><heading>Main issues</heading><p>One.</p>"
      "<section id='g'><p>Grouped lead.</p><table/><p>Grouped second.</p></section>"
      "<section id='h'><heading>Headed</heading><p>Inside.</p></section></section>");
  number_report(data, outline("sections"));
  CHECK(data_value(data, "r:section/r:p/@d:number") == "1.1");
  CHECK(data_value(data, "//r:section[@id='g']/@d:number") == "1.2");
  CHECK(data_value(data, "//r:section[@id='g']/r:p[1]/@d:number") == "1.2");
  CHECK(data_value(data, "//r:section[@id='g']/r:p[2]/@d:number") == "1.2.1");
  CHECK(data_value(data, "//r:section[@id='h']/@d:number") == "1.3");
  CHECK(data_value(data, "//r:section[@id='h']/r:p/@d:number") == "1.3.1");
}

TEST_CASE("KPIs with commentary are numbered where the commentary is printed", "[data]") {
  const std::string kpis =
      "<kpis id='k'><kpi id='k1'><name>A</name></kpi>"
      "<kpi id='k2'><name>B</name><commentary><p>Why.</p></commentary></kpi>"
      "<kpi id='k3'><name>C</name><actions><action><p>Do.</p></action></actions></kpi></kpis>";
  SECTION("in the kpi-commentary section, after its own paragraphs") {
    DataSource data = report("<section><heading>Issues</heading><section kind='kpi-commentary'><p>As follows:</p></section></section>" + kpis);
    number_report(data, Outline::house());
    CHECK(data_value(data, "//r:section[@kind='kpi-commentary']/r:p/@d:number") == "1.1");
    CHECK(data_value(data, "count(//r:kpi[@id='k1']/@d:number)") == "0");
    CHECK(data_value(data, "//r:kpi[@id='k2']/@d:number") == "1.1.1");
    CHECK(data_value(data, "//r:kpi[@id='k3']/@d:number") == "1.1.2");
  }
  SECTION("under the KPI part when there is no such section") {
    DataSource data = report("<section><heading>Issues</heading><p>Text.</p></section>" + kpis);
    number_report(data, Outline::house());
    CHECK(data_value(data, "r:kpis/@d:number") == "2");
    CHECK(data_value(data, "//r:kpi[@id='k2']/@d:number") == "2.1");
    CHECK(data_value(data, "//r:kpi[@id='k3']/@d:number") == "2.2");
  }
}

TEST_CASE("Recommendations are numbered in their own scheme, sub-items a, b", "[data]") {
  const std::string recs = "<recommendation>One<subItem>x</subItem><subItem>y</subItem></recommendation><recommendation>Two</recommendation>";
  SECTION("several are decimal by default") {
    DataSource data = report("<recommendations>" + recs + "</recommendations>");
    number_report(data, Outline::house());
    CHECK(data_value(data, "r:recommendations/r:recommendation[2]/@d:number") == "2");
    CHECK(data_value(data, "r:recommendations/r:recommendation[1]/r:subItem[2]/@d:number") == "b");
  }
  SECTION("lower-alpha and lower-roman") {
    DataSource alpha = report("<recommendations numbering='lower-alpha'>" + recs + "</recommendations>");
    number_report(alpha, Outline::house());
    CHECK(data_value(alpha, "r:recommendations/r:recommendation[2]/@d:number") == "b");
    DataSource roman = report("<recommendations numbering='lower-roman'>" + recs + "</recommendations>");
    number_report(roman, Outline::house());
    CHECK(data_value(roman, "r:recommendations/r:recommendation[2]/@d:number") == "ii");
  }
  SECTION("none, and one recommendation by default, have no numbers") {
    DataSource data = report("<recommendations><recommendation>Only</recommendation></recommendations>");
    number_report(data, Outline::house());
    CHECK(data_value(data, "count(r:recommendations/r:recommendation/@d:number)") == "0");
  }
}

TEST_CASE("An outline orders parts by kind and type, and ~ keeps a part out without numbering it", "[data]") {
  DataSource data = report(
      "<summary><p>Purpose.</p></summary><section kind='background'><heading>B</heading><p>b</p></section>"
      "<section kind='corporate-priorities'><heading>P</heading><p>p</p></section>"
      "<section kind='publicity'><heading>Pub</heading><p>x</p></section>"
      "<implications><implication type='policy'><p>pol</p></implication><implication type='risk'><p>r</p></implication></implications>");
  number_report(data, outline("summary sections implication:policy section:corporate-priorities each-implication ~section:publicity"));
  CHECK(data_value(data, "r:summary/@d:number") == "1");
  CHECK(data_value(data, "r:section[@kind='background']/@d:number") == "2");
  CHECK(data_value(data, "//r:implication[@type='policy']/@d:number") == "3");
  CHECK(data_value(data, "//r:implication[@type='policy']/r:p/@d:number") == "3.1");
  CHECK(data_value(data, "r:section[@kind='corporate-priorities']/@d:number") == "4");
  CHECK(data_value(data, "//r:implication[@type='risk']/@d:number") == "5");
  CHECK(data_value(data, "count(r:section[@kind='publicity']//@d:number)") == "0");
}

TEST_CASE("A flat outline numbers paragraphs straight through and leaves parts unnumbered", "[data]") {
  DataSource data = report(
      "<section kind='background'><heading>B</heading><p>one</p><p>two</p><ul><li>x</li></ul><p>more</p></section>"
      "<section kind='detail'><heading>D</heading><p>three</p></section>");
  number_report(data, outline("flat sections"));
  CHECK(data_value(data, "count(r:section/@d:number)") == "0");
  CHECK(data_value(data, "r:section[1]/r:p[2]/@d:number") == "2");
  CHECK(data_value(data, "count(r:section[1]/r:p[3]/@d:number)") == "0");
  CHECK(data_value(data, "r:section[2]/r:p/@d:number") == "3");
}

TEST_CASE("Numbering again replaces the earlier numbers", "[data]") {
  DataSource data = report("<section kind='a'><heading>A</heading><p>a</p></section><section kind='b'><heading>B</heading><p>b</p></section>");
  number_report(data, outline("sections"));
  number_report(data, outline("section:b"));
  CHECK(data_value(data, "r:section[@kind='b']/r:p/@d:number") == "1.1");
  CHECK(data_value(data, "count(r:section[@kind='a']//@d:number)") == "0");
}

TEST_CASE("An outline names what it does not know, and writes itself back", "[data]") {
  std::vector<std::string> errors;
  const Outline o = Outline::parse("flat summary+terms-of-reference ~section:origin sectons section implication:", errors);
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] ==
        "unknown part “sectons”; the outline knows summary, terms-of-reference, timescales, priorities, urgency, "
        "recommendations, reasons, sections, section:…, implications, implication:…, each-implication, risks, kpis, "
        "action-plan, background-papers, appendices and flat");
  CHECK(errors[1] == "“section” needs a kind or type after a colon, e.g. section:origin");
  CHECK(errors[2] == "“implication:” needs a kind or type after a colon, e.g. implication:financial");
  CHECK(o.to_string() == "flat summary+terms-of-reference ~section:origin");
}

TEST_CASE("A reference prints the current number of what it points to, kept on the line of the word before", "[data]") {
  DataSource data = report(
      "<recommendations numbering='lower-alpha'><recommendation id='r1'>One</recommendation>"
      "<recommendation id='r2'>Two<subItem id='r2a'>x</subItem></recommendation></recommendations>"
      "<section id='s1'><heading>Background</heading><p id='p1'>See <ref to='s2'/>, <ref to='p2'/>, <ref to='r2'/>, "
      "<ref to='r2a'/> and Appendix <ref to='app-b'/>.</p></section>"
      "<section id='s2'><heading>Main issues</heading><p>First.</p><p id='p2'>Second.</p></section>"
      "<appendices scheme='letter' quoteLabels='true'><appendix id='app-a'><title>A</title></appendix>"
      "<appendix id='app-b'><title>B</title></appendix></appendices>");
  const SchemeLibrary schemes;
  Diagnostics diags;
  derive(data, schemes, diags);
  CHECK(resolved_text(data, diags, "//r:p[@id='p1']") == "See\u00A02, 2.2, b, b(a) and Appendix\u00A0\u2018B\u2019.");
  CHECK(diags.empty());
  SECTION("moving the section renumbers the reference") {
    DataSource moved = report(
        "<section id='s2'><heading>Main issues</heading><p>First.</p><p id='p2'>Second.</p></section>"
        "<section id='s1'><heading>Background</heading><p id='p1'>See <ref to='s2'/> and <ref to='p2'/>.</p></section>");
    number_report(moved, Outline::house());
    CHECK(resolved_text(moved, diags, "//r:p[@id='p1']") == "See\u00A01 and\u00A01.2.");
  }
}

TEST_CASE("A reference to something the template does not number prints its name, or warns", "[data]") {
  DataSource data = report(
      "<section id='s1' kind='background'><heading>Background</heading><p id='p1'>x</p><ul><li>y</li></ul><p id='p2'>z</p></section>"
      "<section id='s2' kind='publicity'><heading>Publicity</heading><p id='p3'>w</p></section>"
      "<kpis id='k'><kpi id='kpi-184' ref='184'><name>Returns</name></kpi></kpis>"
      "<p id='q'>Refs: <ref to='s2'/>; <ref to='p2'/>; <ref to='kpi-184'/>; <ref to='p3'/>; <ref to='nowhere'/>.</p>");
  number_report(data, outline("section:background ~section:publicity"));
  Diagnostics diags;
  CHECK(resolved_text(data, diags, "r:p[@id='q']") == "Refs: \u2018Publicity\u2019; 1.1; 184; \u2018Publicity\u2019; .");
  REQUIRE(diags.size() == 2);
  CHECK(diags.items()[0].code == "data.ref-unnumbered");
  CHECK(diags.items()[0].message ==
        "<ref to=\"p3\"/> points at a <p> this template does not number, so it prints as ‘Publicity’ (what holds it)");
  CHECK(diags.items()[1].code == "data.ref-unknown");
  CHECK(diags.items()[1].message == "<ref to=\"nowhere\"/> points at no element of this file");
}

TEST_CASE("In an agenda a reference to an item prints its number", "[data]") {
  DataSource agenda = docket::test::data_from_text(
      "<agenda xmlns='urn:docket:committee-papers:1'><notes><p>See item <ref to='item-10'/>.</p></notes>"
      "<items><item id='item-10' number='10a'><title>T</title></item></items></agenda>");
  Diagnostics diags;
  CHECK(resolved_text(agenda, diags, "r:notes/r:p") == "See item\u00A010a.");
  CHECK(diags.empty());
}
