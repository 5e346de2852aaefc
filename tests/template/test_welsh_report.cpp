// The Welsh sample: a Welsh-language performance report (fixtures/welsh/) rendered with
// --locale cy through a Welsh template made the way Word writes one, as a Welsh council would.
// Every Welsh word docket itself supplies is asserted: dates, ordinals, quarter and year
// labels, status words, money, spelt-out numbers, appendix names and the document language.
#include <catch2/catch.hpp>

#include "rendered_text.hpp"
#include "test_support.hpp"
#include "word_markup.hpp"

using namespace docket;
namespace word = docket::test::word;

namespace {

std::string welsh_template_body() {
  using word::cell;
  using word::para;
  using word::run;
  const auto line = [](const std::string& text, const std::string& style = "") {
    return para(std::vector<std::string>{run(text)}, style);
  };
  // An author's run Word marked as English: the value put into it is Welsh.
  const std::string english_run = run("{{ meta/reference }}", "<w:lang w:val=\"en-GB\"/>");
  const std::string header = word::row({cell({line("Dangosydd")}), cell({line("Targed")}),
                                        cell({line("Gwirioneddol")}), cell({line("Statws")})});
  const std::string kpi_row = word::row(
      {cell({line("{{#each //kpi}}{{ name }}")}),
       cell({line("{{#if unit/@kind = 'currency'}}{{ target/@value | currency GBP }}{{else}}{{ target/@value }}{{/if}}")}),
       cell({line("{{#if unit/@kind = 'currency'}}{{ actual/@value | currency GBP }}{{else}}{{ actual/@value }}{{/if}}")}),
       cell({line("{{ d:status | rag }}{{/each}}")})});
  return line("{{ meta/authority }}", "Title") + line("{{ meta/title }}", "Heading1") +
         line("Adroddiad i\u2019r: {{ meta/meeting/body }}") +
         line("Dyddiad y cyfarfod: {{ meta/meeting/date | date \"full\" }}") +
         para(std::vector<std::string>{run("Cyfeirnod: "), english_run}) +
         line("Cyfnod: {{ meta/period/d:quarter }} ({{ meta/period/d:months }})") +
         line("{{ meta/period/@end | fy-quarter \"long\" }}, {{ meta/period/@end | fy \"long\" }}") +
         line("Chwarter y dangosydd cyntaf: {{ (//kpi)[1]/d:financialQuarter }}; yn \u00F4l y swyddogaeth: {{ fy-quarter(meta/meeting/date) }}") +
         line("Cyhoeddwyd ar y {{ add-days(meta/meeting/date, -7) | ordinal-date }}.") +
         line("Pwrpas yr adroddiad", "Heading2") + line("{{#each summary/p}}") + line("{{{ . }}}") + line("{{/each}}") +
         line("Argymhellion", "Heading2") + line("{{ recommendations/intro }}") +
         line("{{#each recommendations/recommendation}}") + line("{{ $number | ordinal }}: {{ . }}") + line("{{/each}}") +
         line("Dangosyddion perfformiad", "Heading2") + word::table({header, kpi_row}, 4) +
         line("Mae {{ count(//kpi[d:statusKey = 'green']) | spellout }} o\u2019r {{ count(//kpi) | spellout }} dangosydd yn wyrdd.") +
         line("Atodiadau", "Heading2") + line("{{#each appendices/appendix}}{{ d:name }} \u2013 {{ title }}{{/each}}");
}

}  // namespace

TEST_CASE("A Welsh report renders in Welsh with --locale cy: dates, ordinals, quarters, statuses, money", "[template]") {
  test::ScratchDir dir("welsh-report");
  word::write_template(welsh_template_body(), dir / "adroddiad.docx");
  const auto data = test::source_path("fixtures/welsh/adroddiad-perfformiad-ch2-2026-27.xml");
  const auto out = dir / "adroddiad-cy.docx";
  const auto r = test::run_docket("render " + test::shell_quote((dir / "adroddiad.docx").string()) + " " +
                                  test::shell_quote(data.string()) + " -o " + test::shell_quote(out.string()) +
                                  " --locale cy -q");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  CHECK(test::ooxml_problems(out).empty());

  const std::vector<std::string> expected = {
      "Cyngor Sir Dyffryn Teifi",
      "Adroddiad Perfformiad Chwarter 2, 2026/27",
      "Adroddiad i\u2019r: Pwyllgor Craffu Adnoddau Corfforaethol",
      "Dyddiad y cyfarfod: Dydd Mawrth, 17 Tachwedd 2026",
      "Cyfeirnod: CRAFFU/2026/041",
      "Cyfnod: Ch2 2026/27 (Gorffennaf\u2013Medi 2026)",
      "Chwarter 2 2026/27, Blwyddyn ariannol 2026/27",
      "Chwarter y dangosydd cyntaf: Ch2 2026/27; yn \u00F4l y swyddogaeth: Ch3 2026/27",
      "Cyhoeddwyd ar y 10fed Tachwedd 2026.",
      "Pwrpas yr adroddiad",
      "Cyflwyno perfformiad y Cyngor yn erbyn ei ddangosyddion perfformiad allweddol ar gyfer yr ail chwarter, o 1 "
      "Gorffennaf hyd at 30 Medi 2026.",
      "Mae\u2019r adroddiad yn seiliedig ar eithriadau ac yn canolbwyntio ar y meysydd nad ydynt yn cyrraedd eu "
      "targedau.",
      "Argymhellion",
      "Argymhellir bod y Pwyllgor:",
      "1af: Yn nodi perfformiad y Cyngor ar ddiwedd yr ail chwarter;",
      "2il: Yn nodi\u2019r camau gweithredu a nodir ar gyfer y dangosyddion sy\u2019n goch; ac",
      "3ydd: Yn tynnu sylw\u2019r Cabinet at unrhyw feysydd sy\u2019n peri pryder.",
      "Dangosyddion perfformiad",
      "Dangosydd", "Targed", "Gwirioneddol", "Statws",
      "Canran y gwastraff a ailgylchwyd", "70", "66.4", "Coch",
      "Diwrnodau gwaith a gollwyd oherwydd salwch, fesul gweithiwr", "5.5", "5.8", "Ambr",
      "Ceisiadau cynllunio a benderfynwyd o fewn y cyfnod statudol", "80", "87", "Gwyrdd",
      "Incwm o feysydd parcio", "\u00A31,150,000", "\u00A31,253,480.50", "Gwyrdd",
      "Cwynion a atebwyd o fewn 10 diwrnod gwaith", "90", "91", "Gwyrdd",
      "Mae tri o\u2019r pump dangosydd yn wyrdd.",
      "Atodiadau",
      "Atodiad\u00A0A \u2013 Dangosfwrdd perfformiad Chwarter 2"};
  std::vector<std::string> got;
  for (const auto& p : test::paragraph_texts(out)) {
    if (!p.empty()) got.push_back(p);
  }
  CHECK(got == expected);

  const std::string styles = test::part_xml(out, "word/styles.xml");
  CHECK(styles.find("<w:lang w:val=\"cy-GB\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>") != std::string::npos);
  CHECK(styles.find("w:val=\"en-US\"") == std::string::npos);
  const std::string document = test::part_xml(out, "word/document.xml");
  CHECK(document.find("<w:lang w:val=\"cy-GB\"/>") != std::string::npos);
  CHECK(document.find("w:val=\"en-GB\"") == std::string::npos);
  // The status cells are shaded from the Welsh words as from the English ones.
  CHECK(document.find("w:fill=\"C00000\"") != std::string::npos);
  CHECK(document.find("w:fill=\"FFC000\"") != std::string::npos);
}
