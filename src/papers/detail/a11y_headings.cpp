// Heading structure (WCAG 1.3.1, 2.4.6): screen reader users move through a document by its
// headings, so the levels must nest, Heading 1 → Heading 2 → Heading 3, with no level
// skipped; and a report has one level-1 heading, its title (domain notes §5.2).
#include "ooxml/names.hpp"
#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_wml.hpp"

namespace docket::papers::detail {

namespace {

std::string level_style_hint(int wanted) {
  const std::string style = "Heading " + std::to_string(wanted);
  return "give this paragraph the style " + style + " (Word: Home › Styles; LibreOffice: Styles › " + style +
         "), or add the missing level above it";
}

}  // namespace

void check_headings(A11yContext& ctx) {
  for (StoryPart& story : ctx.stories()) {
    if (!story.main) continue;  // headers, footers and notes have no document outline
    int previous = 0;
    bool seen_first_level = false;
    for (xmlNode* p : story.paragraphs) {
      // Text boxes float outside the reading order; their headings are not in the outline.
      if (inside(p, ooxml::ns::w, "txbxContent")) continue;
      const int level = ctx.styles().heading_level(p);
      if (level == 0 || !ctx.will_have_text(ctx.text_of(p))) continue;
      if (level > previous + 1) {
        const std::string message =
            previous == 0 ? "the first heading is level " + std::to_string(level) +
                                ": headings start at level 1 (WCAG 1.3.1)"
                          : "heading level " + std::to_string(level) + " follows level " +
                                std::to_string(previous) + ", skipping level " + std::to_string(previous + 1) +
                                " (WCAG 1.3.1)";
        ctx.report(story, p, "a11y.heading-skipped", message, level_style_hint(previous + 1));
      }
      if (level == 1) {
        if (seen_first_level) {
          ctx.report(story, p, "a11y.heading-several-h1",
                     "another level-1 heading: a report has one, its title (WCAG 2.4.6)",
                     "make this heading Heading 2 (Word: Home › Styles; LibreOffice: Styles › Heading 2)");
        }
        seen_first_level = true;
      }
      previous = level;
    }
  }
}

}  // namespace docket::papers::detail
