#pragma once
/// Accessibility checks for committee papers. Council documents published on the web fall
/// under the Public Sector Bodies Accessibility Regulations 2018, which ask for WCAG 2.2 AA
/// (domain notes §5). The checks read a DOCX the way Word's Accessibility Checker and a
/// screen reader would: title, language, heading order, table header rows, alternative
/// text, link text and targets, colour and contrast, and readable text (GDS guidance).
/// Every problem is a Diagnostic with a stable code `a11y.*`, its part and paragraph, the
/// WCAG success criterion in the message and a hint saying how to fix it in Word.
/// docs/accessibility.md is the officers' guide to the same list.
///
/// Example:
///   Diagnostics diags;
///   auto package = ooxml::Package::open("q2-report.docx");
///   papers::check_document_accessibility(package, diags);
///   // q2-report.docx: docProps/core.xml: error: the document has no title (WCAG 2.4.2)
///   //   hint: in Word, File › Info › Properties › Title; …
#include <span>
#include <string>
#include <string_view>

#include "ooxml/package.hpp"
#include "support/diagnostic.hpp"

namespace docket::papers {

/// One kind of problem the checks report.
struct AccessibilityCheck {
  std::string_view code;       // "a11y.no-title"
  Severity severity;           // what every problem of this kind is reported as
  std::string_view criterion;  // "WCAG 2.4.2 Page Titled", or the guidance it comes from
  std::string_view summary;    // what is checked, in a line
};

/// Every check, in the order docs/accessibility.md lists them.
std::span<const AccessibilityCheck> accessibility_checks();
/// The check with this code, or null.
const AccessibilityCheck* find_accessibility_check(std::string_view code);

/// Checks a finished document. Problems are added to `diags` in document order: the
/// package-wide ones (title, language, body text size) first, then by part and paragraph.
/// Parts that are not well-formed are reported and skipped. Throws UnsafeInput for a part
/// with a DOCTYPE.
void check_document_accessibility(ooxml::Package& package, Diagnostics& diags);

/// Checks a template: the same checks, but a docket tag ({{ … }}) counts as the text it will
/// become, so `{{ meta/title }}` is a title and a cell holding `{{ d:status }}` is not empty;
/// a row repeated by a row loop counts as many rows. Parse errors are not reported again
/// (loading the template reports them).
void check_template_accessibility(ooxml::Package& package, Diagnostics& diags);

/// What the document says about itself, for `docket inspect`.
struct AccessibilityFacts {
  std::string title;            // dc:title as written ("" when absent)
  std::string language;         // the default w:lang ("" when none)
  std::string language_source;  // "docDefaults" or the default paragraph style's name
};
AccessibilityFacts accessibility_facts(ooxml::Package& package);

}  // namespace docket::papers
