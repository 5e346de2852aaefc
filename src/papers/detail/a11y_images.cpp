// Alternative text (WCAG 1.1.1): every picture, chart or shape a reader must understand has
// a description (wp:docPr/@descr, the VML shape's @alt), or is marked decorative (Word 365's
// "Mark as decorative", written as an extension of wp:docPr). Text boxes are text, and are
// read as such. What stands inside mc:Fallback repeats its mc:Choice and is not counted.
#include "ooxml/names.hpp"
#include "papers/detail/a11y_checks.hpp"
#include "papers/detail/a11y_drawings.hpp"
#include "papers/detail/a11y_wml.hpp"

namespace docket::papers::detail {

namespace {

constexpr std::string_view kHint =
    "in Word, right-click the picture › View Alt Text and say what it shows, or tick Mark as decorative "
    "if it adds nothing; in LibreOffice, right-click › Properties › Options › Alternative (Text only)";

}  // namespace

void check_images(A11yContext& ctx) {
  for (StoryPart& story : ctx.stories()) {
    for (const FoundImage& image : find_images(story.doc.root())) {
      if (image.text_box || image.decorative || ctx.will_have_text(image.alt)) continue;
      const std::string what = image.name.empty() ? "a picture" : "the picture \u201C" + image.name + "\u201D";
      ctx.report(story, image.paragraph, "a11y.image-no-alt",
                 what + " has no alternative text (WCAG 1.1.1)", std::string(kHint));
    }
  }
}

}  // namespace docket::papers::detail
