// The form is made from the schema: its elements, attributes, choices, dates and help text,
// so that what the schema gains, the form shows.
#include "serve/data_text.hpp"
#include "serve/form_view.hpp"
#include "serve_test_support.hpp"
#include "support/files.hpp"

using namespace docket::serve;

TEST_CASE("The report schema's slots are read in document order, with text runs and lists", "[serve]") {
  const auto schema = form::FormSchema::load(docket::data_dir() / "schemas" / "committee-report.xsd");
  const form::ElementDecl* report = schema->root("report");
  REQUIRE(report);
  std::vector<std::string> names;
  for (const auto& s : report->complex->slots) names.push_back(s.name() + (s.max == 1 ? "" : "*") + (s.min > 0 ? "!" : ""));
  CHECK(names == std::vector<std::string>{"meta!", "summary", "recommendations!", "section*", "implications", "risks*", "kpis*",
                                          "actionPlan", "backgroundPapers!", "appendices"});
  const auto* section = form::child_decl(*report->complex, "section");
  const auto& body = section->complex->slots.back();
  CHECK(body.kind == form::Slot::Kind::list);
  CHECK(body.text);
  std::vector<std::string> alternatives;
  for (const auto* e : body.elements) alternatives.push_back(e->name);
  CHECK(alternatives == std::vector<std::string>{"section", "option", "ambition"});
  const auto* kpis = form::child_decl(*report->complex, "kpis");
  const auto* kpi = form::child_decl(*kpis->complex, "kpi");
  const auto* polarity = form::child_decl(*kpi->complex, "polarity");
  CHECK(polarity->simple.kind == form::ValueKind::choice);
  CHECK(polarity->simple.choices.size() == 4);
  const auto* target = form::child_decl(*kpi->complex, "target");
  const auto* range = form::child_decl(*kpi->complex, "expectedRange");
  CHECK(kpi->complex->slots[static_cast<std::size_t>(kpi->complex->slot_of("target"))].choice ==
        kpi->complex->slots[static_cast<std::size_t>(kpi->complex->slot_of("expectedRange"))].choice);
  CHECK(target->complex->attribute("value")->type.kind == form::ValueKind::decimal);
  CHECK(range->complex->attribute("lower")->required);
  const auto* recommendations = form::child_decl(*report->complex, "recommendations");
  const auto* recommendation = form::child_decl(*recommendations->complex, "recommendation");
  CHECK(recommendation->complex->mixed);
  CHECK(form::child_decl(*recommendation->complex, "subItem") != nullptr);
  const auto* summary = form::child_decl(*report->complex, "summary");
  CHECK(summary->complex->is_blocks());
  const auto* decision = form::child_decl(*form::child_decl(*report->complex, "meta")->complex, "decisionDeadline");
  CHECK(decision->simple.kind == form::ValueKind::date_or_month);
  CHECK(report->complex->attribute("lang")->xml_namespace);
}

TEST_CASE("An element added to the schema appears in the form with its help text, and saves", "[serve]") {
  docket::test::ScratchDir dir("serve-schema");
  for (const char* f : {"committee-report.xsd", "common.xsd", "xml.xsd"}) {
    std::filesystem::copy_file(docket::data_dir() / "schemas" / f, dir / f);
  }
  std::string xsd = docket::test::read_text(dir / "committee-report.xsd");
  const std::string access = "      <xs:element name=\"access\" type=\"Access\">";
  REQUIRE(xsd.find(access) != std::string::npos);
  xsd.insert(xsd.find(access), "      <xs:element name=\"wardNote\" type=\"Text\" minOccurs=\"0\">\n"
                               "        <xs:annotation><xs:documentation>A note for ward councillors.</xs:documentation></xs:annotation>\n"
                               "      </xs:element>\n");
  docket::test::write_text(dir / "committee-report.xsd", xsd);
  const auto schema = form::FormSchema::load(dir / "committee-report.xsd");
  docket::Diagnostics diags;
  auto doc = parse_data(docket::test::read_text(docket::test::source_path("fixtures/reports/s1-halton-q2-2023-24.xml")), "s1.xml", diags);
  form::FormView view(*schema, doc->root());
  const std::string html = view.render("meta");
  CHECK(html.find("<label class=\"govuk-label govuk-label--s\" for=\"f-report-1-meta-1-wardNote-1\">Ward note</label>") != std::string::npos);
  CHECK(html.find("A note for ward councillors.") != std::string::npos);
}

TEST_CASE("Help text from the schema's annotations is shown with each field", "[serve]") {
  test::Served s("serve-help");
  s.add("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", FileKind::report, "r.xml");
  const Response kpis = s.get("/reports/r.xml/edit/kpis");
  CHECK(kpis.body.find("The value for the period (83.3 for a percentage), or give numerator and denominator instead.") != std::string::npos);
  CHECK(kpis.body.find("Which direction is good (&quot;Good is: High/Low&quot;).") != std::string::npos);
  const Response meta = s.get("/reports/r.xml/edit/meta");
  CHECK(meta.body.find("The officer&#39;s job title (&quot;Chief Executive&quot;, &quot;Head of Finance&quot;).") != std::string::npos);
  // Required fields are marked; an optional choice can be left out.
  CHECK(meta.body.find("Title <span class=\"dk-required\">(required)</span>") != std::string::npos);
  CHECK(meta.body.find(">Not given</label>") != std::string::npos);
}
