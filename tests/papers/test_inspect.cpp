// inspect_package: parts, styles and their uses, sections, images, exempt markers and the
// accessibility summary of a package, and the plain-text form people read.
#include <catch2/catch.hpp>

#include <algorithm>

#include "ooxml/package.hpp"
#include "papers/inspect.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

papers::InspectReport inspect(const std::string& name, papers::InspectOptions options = {}) {
  auto package = ooxml::Package::open(test::source_path("fixtures/a11y/" + name));
  return papers::inspect_package(package, std::move(options));
}

template <typename T, typename Pred>
const T* find(const std::vector<T>& items, Pred pred) {
  auto it = std::find_if(items.begin(), items.end(), pred);
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("inspect lists every part with its content type and size", "[papers]") {
  auto report = inspect("clean.docx");
  CHECK(report.main_document == "word/document.xml");
  CHECK(!report.is_template);
  CHECK(report.parts.size() == 14);
  const auto* image = find(report.parts, [](const auto& p) { return p.name == "word/media/image1.png"; });
  REQUIRE(image != nullptr);
  CHECK(image->content_type == "image/png");
  CHECK(image->bytes == 69);
  const auto* main = find(report.parts, [](const auto& p) { return p.name == "word/document.xml"; });
  REQUIRE(main != nullptr);
  CHECK(main->content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
}

TEST_CASE("inspect lists styles with their names, types and uses", "[papers]") {
  auto report = inspect("clean.docx");
  CHECK(report.styles.size() == 11);
  const auto* normal = find(report.styles, [](const auto& s) { return s.id == "Normal"; });
  REQUIRE(normal != nullptr);
  CHECK(normal->is_default);
  CHECK(normal->uses == 15);  // paragraphs naming no style, headers and footers included
  const auto* heading = find(report.styles, [](const auto& s) { return s.id == "Heading2"; });
  REQUIRE(heading != nullptr);
  CHECK(heading->name == "Heading 2");
  CHECK(heading->type == "paragraph");
  CHECK(heading->uses == 2);
  const auto* no_list = find(report.styles, [](const auto& s) { return s.id == "NoList"; });
  REQUIRE(no_list != nullptr);
  CHECK(no_list->uses == 0);
}

TEST_CASE("inspect lists sections with page size, orientation, margins, columns and headers", "[papers]") {
  auto report = inspect("clean.docx");
  REQUIRE(report.sections.size() == 2);
  const auto& first = report.sections[0];
  CHECK(first.width == 11906);
  CHECK(first.height == 16838);
  CHECK(!first.landscape);
  CHECK(first.margin_top == 1440);
  CHECK(first.margin_header == 708);
  CHECK(first.columns == 1);
  REQUIRE(first.headers_footers.size() == 2);
  CHECK(first.headers_footers[0].kind == "header");
  CHECK(first.headers_footers[0].type == "default");
  CHECK(first.headers_footers[0].part == "word/header1.xml");
  CHECK(first.headers_footers[1].part == "word/footer1.xml");
  const auto& second = report.sections[1];
  CHECK(second.landscape);
  CHECK(second.width == 16838);
  CHECK(second.columns == 2);
}

TEST_CASE("inspect lists images with their part, paragraph, media, size and alt text", "[papers]") {
  auto report = inspect("clean.docx");
  REQUIRE(report.images.size() == 2);
  const auto& chart = report.images[0];
  CHECK(chart.part == "word/document.xml");
  CHECK(chart.paragraph == 15);
  CHECK(chart.kind == "picture");
  CHECK(chart.name == "Picture 1");
  CHECK(chart.media_part == "word/media/image1.png");
  CHECK(chart.media_bytes == 69);
  CHECK(chart.width_emu == 1828800);
  CHECK(chart.alt.starts_with("Bar chart: missed bins fell"));
  CHECK(!chart.decorative);
  CHECK(report.images[1].decorative);
  CHECK(report.images[1].paragraph == 16);
}

TEST_CASE("inspect lists DrawingML and VML pictures in paragraph order, text boxes too", "[papers]") {
  auto report = inspect("images.docx");
  std::vector<std::string> seen;
  for (const auto& im : report.images) seen.push_back(std::to_string(im.paragraph) + " " + im.kind + " " + im.name);
  CHECK(seen == std::vector<std::string>{"2 picture Picture 1", "3 picture Chart 2", "4 picture Divider 3",
                                         "5 picture Picture 4", "6 VML picture Picture 5", "7 text box Text Box 6"});
}

TEST_CASE("inspect finds the exempt-information markers in the text", "[papers]") {
  auto report = inspect("readable.docx");
  std::vector<std::string> seen;
  for (const auto& m : report.exempt_markers) seen.push_back(m.part + " " + std::to_string(m.paragraph) + " " + m.marker);
  CHECK(seen == std::vector<std::string>{"word/document.xml 3 NOT FOR PUBLICATION",
                                         "word/document.xml 11 Schedule 12A",
                                         "word/document.xml 11 exempt information"});
  CHECK(inspect("clean.docx").exempt_markers.empty());
}

TEST_CASE("inspect summarises accessibility with the title, language and problems", "[papers]") {
  auto report = inspect("colour.docx");
  CHECK(report.accessibility.title == "Waste collection performance");
  CHECK(report.accessibility.language == "en-GB");
  CHECK(report.accessibility.errors == 5);
  CHECK(report.accessibility.warnings == 0);
  REQUIRE(report.accessibility.problems.size() == 5);
  CHECK(report.accessibility.problems[0].code == "a11y.colour-only");
}

TEST_CASE("inspect with tags treats the package as a template", "[papers]") {
  auto report = inspect("template-bad.docx", {.tags = {{.part = "word/document.xml", .paragraph = 1,
                                                         .text = "{{ meta/title }}"}}});
  CHECK(report.is_template);
  CHECK(report.tags.size() == 1);
  // The row loop counts as many rows: the template checks ran.
  CHECK(report.accessibility.errors == 5);
  CHECK(inspect("template-bad.docx").accessibility.errors == 4);
}

TEST_CASE("inspect's text has a heading per section and a line per item", "[papers]") {
  const std::string text = papers::to_text(inspect("clean.docx"));
  INFO(text);
  CHECK(text.find("clean.docx: a Word document (main part word/document.xml)\n") != std::string::npos);
  CHECK(text.find("\nParts (14)\n") != std::string::npos);
  CHECK(text.find("\n  word/media/image1.png            69 bytes  image/png\n") != std::string::npos);
  CHECK(text.find("\nStyles (11, 8 used)\n") != std::string::npos);
  CHECK(text.find("\n  Heading2              paragraph \u201CHeading 2\u201D, used 2 times\n") != std::string::npos);
  CHECK(text.find("\nSections (2)\n  1: A4 portrait, 210.0 \u00D7 297.0 mm; margins 25.4 top, 25.4 right, 25.4 "
                  "bottom, 25.4 left mm (header 12.5, footer 12.5); 1 column\n     header (default): "
                  "word/header1.xml\n") != std::string::npos);
  CHECK(text.find("\n  2: A4 landscape, 297.0 \u00D7 210.0 mm;") != std::string::npos);
  CHECK(text.find("\nImages (2)\n  word/document.xml, paragraph 15: picture \u201CPicture 1\u201D, "
                  "word/media/image1.png (69 bytes), 5.1 \u00D7 2.5 cm\n    alt text: \u201CBar chart:") !=
        std::string::npos);
  CHECK(text.find("\n    decorative\n") != std::string::npos);
  CHECK(text.find("\nExempt-information markers (0)\n") != std::string::npos);
  CHECK(text.find("\nAccessibility (0 error(s), 0 warning(s))\n  title: \u201CWaste collection performance, "
                  "quarter 2\u201D\n  language: en-GB (docDefaults)\n") != std::string::npos);
  CHECK(text.find("\nTags: none (not a template)\n") != std::string::npos);
}

TEST_CASE("inspect's text lists each accessibility problem with its hint", "[papers]") {
  const std::string text = papers::to_text(inspect("no-title.docx"));
  CHECK(text.find("\nAccessibility (1 error(s), 0 warning(s))\n  title: (none)\n  language: en-GB (docDefaults)\n  ") !=
        std::string::npos);
  CHECK(text.find("no-title.docx: docProps/core.xml: error: the document has no title (WCAG 2.4.2)\n    hint: in "
                  "Word, File › Info › Properties › Title") != std::string::npos);
}
