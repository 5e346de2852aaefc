// Every committee-paper rule's diagnostic lands on the field it is about: the diagnostic
// names its node, the form knows which control shows that node, and the part's page shows
// the message beside that control and links to it from the error summary.
#include <regex>
#include <set>

#include "../data/test_rules_support.hpp"
#include "serve/data_text.hpp"
#include "serve/form_fields.hpp"
#include "serve/form_view.hpp"
#include "serve_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;
using docket::data::test::agenda_xml;
using docket::data::test::report_xml;

namespace {

struct Case {
  std::string code;
  FileKind kind;
  std::string text;
  std::string field;  // the key of the control the message belongs beside
  std::vector<std::pair<std::string, std::string>> files = {};
};

std::string kpi(const std::string& inside) {
  return "<kpis id=\"kpis\"><kpi id=\"k1\" ref=\"184\"><name>Returns on time</name><unit kind=\"percent\"/>"
         "<polarity>higher-is-better</polarity>" + inside + "</kpi></kpis>";
}

std::string appendices(const std::string& attributes, const std::string& text = "See Appendix A.") {
  return report_xml({.body = "<section><heading>Background</heading><p>" + text + "</p></section>",
                     .appendices = "<appendices scheme=\"letter\"><appendix" + attributes + "><title>T</title></appendix></appendices>"});
}

std::string fixture(const std::string& name) {
  return docket::test::read_text(docket::test::source_path("fixtures/invalid/" + name));
}

const std::string kItem2 = R"(<item id="item-2" number="2" kind="report" part="II"><title>Property</title></item>)";

std::vector<Case> cases() {
  const std::string meta = "/report[1]/meta[1]";
  const std::string items = "/agenda[1]/items[1]";
  return {
      {"rule.exempt-paragraph-missing", FileKind::report, fixture("exempt-without-paragraph.xml"), meta + "/access[1]"},
      {"rule.exempt-paragraph-jurisdiction", FileKind::report, fixture("exempt-paragraph-jurisdiction.xml"), meta + "/access[1]/paragraph[1]"},
      {"rule.public-interest-missing", FileKind::report, fixture("exempt-without-public-interest.xml"), meta + "/access[1]"},
      {"rule.confidential-basis-missing", FileKind::report, fixture("confidential-without-basis.xml"), meta + "/access[1]"},
      {"rule.key-decision-forward-plan", FileKind::report, fixture("key-decision-without-forward-plan.xml"), meta + "/keyDecision[1]/@value"},
      {"rule.period-quarter-mismatch", FileKind::report, fixture("period-quarter-mismatch.xml"), meta + "/period[1]"},
      {"rule.period-end-before-start", FileKind::report,
       report_xml({.period = R"(<period start="2023-09-30" end="2023-07-01"/>)"}), meta + "/period[1]"},
      {"rule.meeting-before-period-end", FileKind::report, fixture("meeting-before-period-end.xml"), meta + "/meeting[1]/date[1]"},
      {"rule.tolerance-zero-target", FileKind::report, fixture("tolerance-zero-target.xml"), "/report[1]/kpis[1]/kpi[1]/tolerance[1]"},
      {"rule.section-heading", FileKind::report, report_xml({.body = "<section><p>Text without a heading.</p></section>"}), "/report[1]/section[1]"},
      {"rule.kpi-actual", FileKind::report, report_xml({.body = kpi(R"(<actual numerator="5"/>)")}), "/report[1]/kpis[1]/kpi[1]/actual[1]"},
      {"rule.risk-score-out-of-scale", FileKind::report, fixture("risk-score-out-of-scale.xml"), "/report[1]/risks[1]/risk[1]/likelihood[1]/@score"},
      {"rule.appendix-label-duplicate", FileKind::report, fixture("appendix-label-duplicate.xml"), "/report[1]/appendices[1]/appendix[2]"},
      {"rule.appendix-label-sequence", FileKind::report, fixture("appendix-label-sequence.xml"), "/report[1]/appendices[1]/appendix[2]"},
      {"rule.appendix-not-referenced", FileKind::report, appendices("", "No mention."), "/report[1]/appendices[1]/appendix[1]"},
      {"rule.appendix-media-type", FileKind::report, appendices(R"( href="a.pdf" mediaType="application/msword")"),
       "/report[1]/appendices[1]/appendix[1]", {{"a.pdf", "%PDF"}}},
      {"rule.appendix-file-missing", FileKind::report, appendices(R"( href="papers/missing.docx")"), "/report[1]/appendices[1]/appendix[1]"},
      {"rule.background-papers-none-with-papers", FileKind::report, fixture("background-papers-none-with-papers.xml"),
       "/report[1]/backgroundPapers[1]"},
      {"rule.link-target", FileKind::report, fixture("link-hash-href.xml"), "/report[1]/summary[1]/#text1"},
      {"rule.link-text", FileKind::report, fixture("link-text-click-here.xml"), "/report[1]/summary[1]/#text1"},
      {"rule.table-header", FileKind::report, fixture("table-without-header.xml"), "/report[1]/summary[1]/#text1"},
      {"rule.kpi-stated-status", FileKind::report, fixture("kpi-stated-status-disagrees.xml"), "/report[1]/kpis[1]/kpi[1]/statedStatus[1]"},
      {"rule.risk-stated-score", FileKind::report, fixture("risk-stated-score-disagrees.xml"), "/report[1]/risks[1]/risk[1]/stated[1]"},
      {"rule.scheme-unknown", FileKind::report, report_xml({.body = "<kpis id=\"kpis\" statusScheme=\"no-such-scheme\">" + kpi("").substr(16)}),
       "/report[1]/kpis[1]/@statusScheme"},
      {"rule.agenda-item-duplicate", FileKind::agenda, fixture("agenda-duplicate-item-number.xml"), items + "/item[3]"},
      {"rule.to-follow-with-document", FileKind::agenda, fixture("agenda-to-follow-with-document.xml"), items + "/item[2]"},
      {"rule.part-ii-without-exclusion", FileKind::agenda, agenda_xml({.items = kItem2}), items + "/item[1]"},
      {"rule.applies-to-not-item", FileKind::agenda,
       agenda_xml({.items = R"(<item number="3" kind="exclusion"><title>Exclusion</title><appliesTo items="meeting"/></item>)"}),
       items + "/item[1]/appliesTo[1]/@items"},
      {"rule.supplement-without-original", FileKind::agenda, agenda_xml({.root_attributes = R"( supplementNumber="1")"}), "/agenda[1]"},
      {"rule.report-source", FileKind::agenda, agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report/></item>)"}),
       items + "/item[1]/report[1]"},
      {"rule.document-file-missing", FileKind::agenda,
       agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report data="q2.xml"/></item>)"}), items + "/item[1]/report[1]"},
      {"rule.document-media-type", FileKind::agenda,
       agenda_xml({.items = R"(<item number="3" kind="minutes"><title>M</title><document href="m.docx" title="Minutes" mediaType="application/pdf"/></item>)"}),
       items + "/item[1]/document[1]", {{"m.docx", "x"}}},
      {"rule.file-outside-folder", FileKind::agenda,
       agenda_xml({.items = R"(<item number="2" kind="report"><title>R</title><report href="../../r.pdf"/></item>)"}), items + "/item[1]/report[1]"},
      {"rule.summons-notice", FileKind::agenda,
       agenda_xml({.notices = R"(<summons issueDate="2023-12-13"><issuedBy><post>Chief Executive</post></issuedBy></summons>)"}),
       "/agenda[1]/summons[1]"},
      {"rule.publication-notice", FileKind::agenda, agenda_xml({.publication_date = "2023-12-14"}), "/agenda[1]/meeting[1]/publicationDate[1]"},
      {"rule.private-notice-28-day", FileKind::agenda,
       agenda_xml({.body = "Cabinet", .items = R"(<item number="1" kind="exclusion"><title>Exclusion</title><appliesTo items="item-2"/></item>)"
                                               "\n    " + kItem2}),
       items + "/item[2]"},
  };
}

}  // namespace

TEST_CASE("Every rule's diagnostic lands beside its field and in the error summary", "[serve]") {
  for (const Case& c : cases()) {
    DYNAMIC_SECTION(c.code) {
      Served s("serve-rule");
      const std::string name = c.kind == FileKind::report ? "r.xml" : "a.xml";
      const std::string folder(folder_of(c.kind));
      docket::test::write_text(s.workspace() / folder / name, c.text);
      for (const auto& [file, content] : c.files) docket::test::write_text(s.workspace() / folder / file, content);

      const docket::Diagnostics diags = s.app->check(c.kind, name, c.text);
      const docket::Diagnostic* d = nullptr;
      for (const auto& x : diags) {
        if (x.code == c.code) d = &x;
      }
      INFO(docket::data::test::listing(diags));
      REQUIRE(d != nullptr);
      docket::Diagnostics ignored;
      auto doc = parse_data(c.text, name, ignored);
      form::FormView view(s.app->form_schema(c.kind), doc->root());
      view.index_all();
      const auto mapped = form::map_problems(diags, view.index(), s.app->workspace().data_file(c.kind, name).string());
      const form::Placed* placed = nullptr;
      for (const auto& p : mapped.ordered) {
        if (p.diagnostic == d) placed = &p;
      }
      REQUIRE(placed != nullptr);
      INFO("node " << d->node);
      // The root element is the file as a whole: its problems are shown on the overview,
      // beside its list of parts.
      const bool whole = c.field.find('/', 1) == std::string::npos;
      CHECK(placed->anchor == (whole ? std::string("task-list") : form::id_for(c.field)));
      const std::string message = docket::serve::esc(form::message_for(*d));
      if (whole) {
        const Response overview = s.get("/" + folder + "/" + name);
        CHECK(overview.body.find("href=\"/" + folder + "/" + name + "#task-list\">" + message + "</a>") != std::string::npos);
        continue;
      }

      // The part's page shows the message at that control and links the summary to it.
      const Response page = s.get("/" + folder + "/" + name + "/edit/" + placed->part);
      CHECK(page.body.find("id=\"" + placed->anchor + "-problem-") != std::string::npos);
      CHECK(page.body.find("href=\"#" + placed->anchor + "\">" + message + "</a>") != std::string::npos);
      CHECK(page.body.find("id=\"" + placed->anchor + "\"") != std::string::npos);
    }
  }
}

TEST_CASE("The mapping test covers every rule code the data layer reports", "[serve]") {
  std::set<std::string> codes;
  static const std::regex code(R"re("(rule\.[a-z0-9-]+)")re");
  for (const auto& e : std::filesystem::directory_iterator(docket::test::source_path("src/data"))) {
    const std::string file = e.path().filename().string();
    if (e.path().extension() != ".cpp") continue;
    const std::string text = docket::test::read_text(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) codes.insert((*it)[1]);
  }
  std::set<std::string> tested;
  for (const auto& c : cases()) tested.insert(c.code);
  std::vector<std::string> missing;
  std::set_difference(codes.begin(), codes.end(), tested.begin(), tested.end(), std::back_inserter(missing));
  CHECK(missing == std::vector<std::string>{});
  CHECK(codes.size() >= 35);
}
