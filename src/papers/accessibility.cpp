// The accessibility checks: one table of what is checked (code, severity, criterion), and
// the pipeline that runs the checks over a parsed package.
#include "papers/accessibility.hpp"

#include <array>

#include "papers/detail/a11y_checks.hpp"

namespace docket::papers {

namespace {

using enum Severity;

// Errors are what WCAG 2.2 AA fails outright and domain notes §6.6 says must fail: a screen
// reader user loses the title, language, structure, image, link or status. Warnings are
// what may be deliberate (merged cells, several level-1 headings, an unusual language) or
// comes from GDS readability guidance rather than an AA criterion.
constexpr std::array kChecks = {
    AccessibilityCheck{"a11y.no-title", error, "WCAG 2.4.2 Page Titled",
                       "the document has a title (dc:title in docProps/core.xml)"},
    AccessibilityCheck{"a11y.no-language", error, "WCAG 3.1.1 Language of Page",
                       "a default language is set (w:lang in docDefaults or the default paragraph style)"},
    AccessibilityCheck{"a11y.unusual-language", warning, "WCAG 3.1.1 Language of Page",
                       "the default language is English or Welsh"},
    AccessibilityCheck{"a11y.small-text", warning, "GDS guidance (readable text)",
                       "the default paragraph style's text is at least 11 pt"},
    AccessibilityCheck{"a11y.heading-skipped", error, "WCAG 1.3.1 Info and Relationships",
                       "headings go down one level at a time, starting at level 1"},
    AccessibilityCheck{"a11y.heading-several-h1", warning, "WCAG 2.4.6 Headings and Labels",
                       "there is one level-1 heading, the title"},
    AccessibilityCheck{"a11y.table-header-row", error, "WCAG 1.3.1 Info and Relationships",
                       "data tables mark their first row as a header row (w:tblHeader)"},
    AccessibilityCheck{"a11y.table-merged-cells", warning, "WCAG 1.3.1 Info and Relationships",
                       "data tables have no merged cells (w:gridSpan, w:vMerge)"},
    AccessibilityCheck{"a11y.image-no-alt", error, "WCAG 1.1.1 Non-text Content",
                       "pictures have alternative text, or are marked decorative"},
    AccessibilityCheck{"a11y.link-text", error, "WCAG 2.4.4 Link Purpose (In Context)",
                       "links have text that says where they go (not \"click here\")"},
    AccessibilityCheck{"a11y.link-target", error, "WCAG 2.4.4 Link Purpose (In Context)",
                       "links go somewhere (not \"#\", empty, or a missing bookmark)"},
    AccessibilityCheck{"a11y.colour-only", error, "WCAG 1.4.1 Use of Color",
                       "a shaded table cell has text, so colour is not the only signal"},
    AccessibilityCheck{"a11y.contrast", error, "WCAG 1.4.3 Contrast (Minimum)",
                       "text contrasts with its background by at least 4.5:1"},
    AccessibilityCheck{"a11y.all-caps", warning, "GDS guidance (readable text)",
                       "no more than four words in a row are typed in capitals"},
    AccessibilityCheck{"a11y.justified", warning, "WCAG 1.4.8 Visual Presentation (AAA); GDS guidance",
                       "text is aligned left, not justified"},
    AccessibilityCheck{"a11y.typed-list", warning, "WCAG 1.3.1 Info and Relationships",
                       "lists use Word's bullets and numbering, not typed bullet characters"},
};

}  // namespace

void detail::run_checks(detail::A11yContext& ctx, Diagnostics& diags) {
  // Package-wide properties, then structure, then what each paragraph shows.
  detail::check_title(ctx);
  detail::check_language(ctx);
  detail::check_body_text_size(ctx);
  detail::check_headings(ctx);
  detail::check_tables(ctx);
  detail::check_colour(ctx);
  detail::check_images(ctx);
  detail::check_links(ctx);
  detail::check_readable_text(ctx);
  ctx.flush_to(diags);
}

std::span<const AccessibilityCheck> accessibility_checks() { return kChecks; }

const AccessibilityCheck* find_accessibility_check(std::string_view code) {
  for (const auto& c : kChecks) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

void check_document_accessibility(ooxml::Package& package, Diagnostics& diags) {
  detail::A11yContext ctx(package, false, &diags);
  detail::run_checks(ctx, diags);
}

void check_template_accessibility(ooxml::Package& package, Diagnostics& diags) {
  detail::A11yContext ctx(package, true, nullptr);
  detail::run_checks(ctx, diags);
}

AccessibilityFacts accessibility_facts(ooxml::Package& package) {
  AccessibilityFacts facts;
  facts.title = detail::core_title(package).value_or("");
  detail::A11yContext ctx(package, false, nullptr);
  if (auto lang = detail::default_language(ctx.styles())) {
    facts.language = lang->value;
    facts.language_source = lang->source;
  }
  return facts;
}

}  // namespace docket::papers
