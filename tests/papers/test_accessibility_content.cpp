// Accessibility checks of what a document shows: pictures' alternative text, links, colour
// and contrast, and readable text, each asserted with its part, paragraph, excerpt and
// message.
#include <catch2/catch.hpp>

#include "ooxml/package.hpp"
#include "papers/accessibility.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

// One line per problem: "paragraph N “excerpt” severity code: message" (all in the body).
std::vector<std::string> problems(const std::string& name, const std::string& code_prefix = "a11y.") {
  auto package = ooxml::Package::open(test::source_path("fixtures/a11y/" + name));
  Diagnostics diags;
  papers::check_document_accessibility(package, diags);
  std::vector<std::string> out;
  for (const auto& d : diags) {
    if (!d.code.starts_with(code_prefix)) continue;
    CHECK(d.part == "word/document.xml");
    out.push_back("paragraph " + std::to_string(d.paragraph) + " \u201C" + d.excerpt + "\u201D " +
                  (d.severity == Severity::error ? "error " : "warning ") + d.code + ": " + d.message);
  }
  return out;
}

}  // namespace

TEST_CASE("Pictures without alternative text are errors, and decorative ones and text boxes are not", "[papers]") {
  CHECK(problems("images.docx") ==
        std::vector<std::string>{
            "paragraph 2 \u201C\u201D error a11y.image-no-alt: the picture \u201CPicture 1\u201D has no alternative "
            "text (WCAG 1.1.1)",
            // A title is not a description: screen readers and PDF tags use descr.
            "paragraph 5 \u201C\u201D error a11y.image-no-alt: the picture \u201CPicture 4\u201D has no alternative "
            "text (WCAG 1.1.1)",
            "paragraph 6 \u201C\u201D error a11y.image-no-alt: the picture \u201CPicture 5\u201D has no alternative "
            "text (WCAG 1.1.1)",
        });
}

TEST_CASE("Links must say where they go and go somewhere", "[papers]") {
  CHECK(problems("links.docx") ==
        std::vector<std::string>{
            "paragraph 2 \u201CFor the full report, click here.\u201D error a11y.link-text: the link text \u201Cclick "
            "here\u201D does not say where the link goes (WCAG 2.4.4)",
            "paragraph 3 \u201CReport:\u201D error a11y.link-text: a link has no text (WCAG 2.4.4)",
            "paragraph 4 \u201CAnnual report 2023\u201D error a11y.link-target: the link \u201CAnnual report "
            "2023\u201D goes to \u201C#\u201D, which leads nowhere (WCAG 2.4.4)",
            "paragraph 5 \u201CBudget book 2024/25\u201D error a11y.link-target: the link \u201CBudget book "
            "2024/25\u201D goes nowhere: its relationship rId99 does not exist (WCAG 2.4.4)",
            "paragraph 6 \u201CBudget consultation. Read more.\u201D error a11y.link-text: the link text \u201CRead "
            "more.\u201D does not say where the link goes (WCAG 2.4.4)",
            "paragraph 7 \u201CSee section 3\u201D error a11y.link-target: the link \u201CSee section 3\u201D goes to "
            "the bookmark \u201CSection3\u201D, which does not exist (WCAG 2.4.4)",
            "paragraph 8 \u201CHere\u201D error a11y.link-text: the link text \u201CHere\u201D does not say where the "
            "link goes (WCAG 2.4.4)",
            "paragraph 8 \u201CHere\u201D error a11y.link-target: the link \u201CHere\u201D goes nowhere: its address "
            "is empty (WCAG 2.4.4)",
            // Paragraph 10: a bookmark that exists and a real address are fine.
        });
}

TEST_CASE("A shaded cell with no text shows its meaning by colour alone", "[papers]") {
  CHECK(problems("colour.docx", "a11y.colour-only") ==
        std::vector<std::string>{
            "paragraph 7 \u201CMissed bins | 80 |\u201D error a11y.colour-only: a cell shaded C00000 has no text, "
            "so its meaning is shown by colour alone (WCAG 1.4.1)",
            // The empty corner of a uniformly shaded header row (paragraph 18) says nothing.
        });
}

TEST_CASE("Text below 4.5:1 against its background is an error, whatever sets its colour", "[papers]") {
  CHECK(problems("colour.docx", "a11y.contrast") ==
        std::vector<std::string>{
            // The run's own colour.
            "paragraph 10 \u201CAmber\u201D error a11y.contrast: text coloured FFFFFF on FFC000 has a contrast "
            "ratio of 1.6:1, below the 4.5:1 needed (WCAG 1.4.3)",
            // No colour at all: automatic counts as black.
            "paragraph 13 \u201CRed\u201D error a11y.contrast: automatic (black) text on C00000 has a contrast "
            "ratio of 3.2:1, below the 4.5:1 needed (WCAG 1.4.3)",
            // The paragraph style's colour.
            "paragraph 16 \u201CGreen\u201D error a11y.contrast: text coloured FFFFFF on 00B050 has a contrast "
            "ratio of 2.8:1, below the 4.5:1 needed (WCAG 1.4.3)",
            // Light text on the white page.
            "paragraph 24 \u201CGrey text is hard to read.\u201D error a11y.contrast: text coloured 999999 on "
            "FFFFFF has a contrast ratio of 2.8:1, below the 4.5:1 needed (WCAG 1.4.3)",
            // Paragraph 25: black on a yellow highlight is fine.
        });
}

TEST_CASE("Capitals, justified text and typed bullets are warnings", "[papers]") {
  CHECK(problems("readable.docx", "a11y.all-caps") ==
        std::vector<std::string>{
            "paragraph 2 \u201CPLEASE NOTE THAT THE MEETING WILL START AT 6PM\u201D warning a11y.all-caps: 9 words "
            "in a row are typed in capitals, which are harder to read (GDS guidance)",
            // "NOT FOR PUBLICATION" (paragraph 3) is three words: not reported.
        });
  CHECK(problems("readable.docx", "a11y.justified") ==
        std::vector<std::string>{
            "paragraph 4 \u201CThis paragraph is justified by its style.\u201D warning a11y.justified: justified "
            "text in 2 paragraphs of this part, the first here: uneven gaps between words make it harder to read "
            "(WCAG 1.4.8; GDS guidance)",
        });
  CHECK(problems("readable.docx", "a11y.typed-list") ==
        std::vector<std::string>{
            "paragraph 6 \u201C\u2022 Bins collected on time\u201D warning a11y.typed-list: 2 list items typed "
            "with \u201C\u2022\u201D are not a real list, so screen readers do not announce it (WCAG 1.3.1)",
            "paragraph 9 \u201C- Typed with a hyphen\u201D warning a11y.typed-list: a list item typed with "
            "\u201C-\u201D is not a real list, so screen readers do not announce it (WCAG 1.3.1)",
            // Paragraph 10 is a real list item (List Bullet): not reported.
        });
}

TEST_CASE("Justified text from a style names the style to change", "[papers]") {
  auto package = ooxml::Package::open(test::source_path("fixtures/a11y/readable.docx"));
  Diagnostics diags;
  papers::check_document_accessibility(package, diags);
  const Diagnostic* justified = nullptr;
  for (const auto& d : diags) justified = d.code == "a11y.justified" ? &d : justified;
  REQUIRE(justified != nullptr);
  CHECK(justified->hint == "the style Body Justified justifies it: in Word, Home › Styles › right-click Body "
                           "Justified › Modify › Align Left; in LibreOffice, Styles › Modify › Alignment › Left");
}
