#pragma once
/// `docket inspect FILE.docx`: what a package holds, for template authors and for checking a
/// paper before it is published: its parts, styles (and which are used), sections, images
/// (with their alternative text), the exempt-information markers in its text, an
/// accessibility summary, and, for a template, the tags by part and paragraph.
///
/// Example:
///   auto package = ooxml::Package::open("fixtures/a11y/clean.docx");
///   InspectReport report = papers::inspect_package(package);
///   std::cout << papers::to_text(report);   // or to_json(report) for tools
#include <cstdint>
#include <string>
#include <vector>

#include "ooxml/package.hpp"
#include "support/diagnostic.hpp"

namespace docket::papers {

struct PartEntry {
  std::string name;          // word/document.xml
  std::string content_type;  // "" when none applies
  std::uint64_t bytes = 0;   // inflated size
};

struct StyleEntry {
  std::string id;
  std::string name;  // as Word shows it ("Heading 1")
  std::string type;  // paragraph, character, table, numbering
  bool is_default = false;
  long uses = 0;  // references in the text parts; a default paragraph style counts the
                  // paragraphs that name no style
};

struct HeaderFooterRef {
  std::string kind;  // "header" or "footer"
  std::string type;  // "default", "first", "even"
  std::string part;  // word/header1.xml ("" when the relationship is missing)
};

/// One section, in twentieths of a point (twips) as WordprocessingML stores them.
struct SectionEntry {
  long width = 0;
  long height = 0;
  bool landscape = false;
  long margin_top = 0;
  long margin_right = 0;
  long margin_bottom = 0;
  long margin_left = 0;
  long margin_header = 0;
  long margin_footer = 0;
  long columns = 1;
  std::vector<HeaderFooterRef> headers_footers;  // empty: the previous section's apply
};

struct ImageEntry {
  std::string part;  // the text part holding it
  long paragraph = 0;
  std::string kind;        // picture, chart, diagram, shape, text box, VML picture
  std::string name;
  std::string media_part;  // word/media/image1.png; an external address as written
  std::uint64_t media_bytes = 0;
  long width_emu = 0;
  long height_emu = 0;
  std::string alt;
  std::string title;
  bool decorative = false;
};

/// Text that says a paper holds exempt or confidential information (domain notes §4.4).
struct ExemptMarker {
  std::string part;
  long paragraph = 0;   // 0 in docProps/core.xml
  std::string marker;   // "NOT FOR PUBLICATION", "Schedule 12A", "exempt information"
  std::string excerpt;  // the text it was found in
};

/// A tag found by the template engine (filled by the caller, which may use the template
/// layer).
struct TagEntry {
  std::string part;
  long paragraph = 0;  // 0 in docProps/core.xml
  std::string text;    // the tag as written, braces included
  std::string excerpt;
  std::string error;   // why it cannot be parsed; "" when it can
};

struct AccessibilitySummary {
  std::string title;            // dc:title ("" when none)
  std::string language;         // default w:lang ("" when none)
  std::string language_source;  // "docDefaults" or a style's name
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::vector<Diagnostic> problems;  // as check_*_accessibility reports them
};

struct InspectReport {
  std::string file;
  std::string main_document;
  bool is_template = false;
  std::vector<PartEntry> parts;
  std::vector<StyleEntry> styles;
  std::vector<SectionEntry> sections;
  std::vector<ImageEntry> images;
  std::vector<ExemptMarker> exempt_markers;
  AccessibilitySummary accessibility;
  std::vector<TagEntry> tags;
};

struct InspectOptions {
  /// The tags the template engine found; when there are any, the package is inspected as a
  /// template (check_template_accessibility).
  std::vector<TagEntry> tags;
};

/// Inspects an open package. Parts that are not well-formed are left out of what is
/// described and reported among the accessibility problems. Throws IoError / UnsafeInput
/// for parts that cannot be read or are refused.
InspectReport inspect_package(ooxml::Package& package, InspectOptions options = {});

/// Plain text with a heading per section, for people.
std::string to_text(const InspectReport& report);
/// One JSON object (with a trailing newline), for tools.
std::string to_json(const InspectReport& report);

}  // namespace docket::papers
