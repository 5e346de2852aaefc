#pragma once
// What every accessibility check reads and where it reports: the package's story parts
// (main document, headers, footers, footnotes, endnotes) parsed once with their paragraphs
// numbered as template diagnostics number them, the styles, and a sink that keeps problems
// in document order.
#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ooxml/package.hpp"
#include "papers/detail/a11y_styles.hpp"
#include "support/diagnostic.hpp"
#include "xml/document.hpp"

namespace docket::papers::detail {

/// One part that holds text, parsed.
struct StoryPart {
  std::string name;  // e.g. word/header1.xml
  xml::Document doc;
  bool main = false;
  std::vector<xmlNode*> paragraphs;                 // every w:p, in document order
  std::unordered_map<const xmlNode*, long> numbers;  // w:p → 1-based number

  /// The paragraph's number in the part (0 when `p` is not one of its paragraphs).
  long number_of(const xmlNode* p) const;
};

class A11yContext {
 public:
  /// Parses the story parts and the styles of `package`. Parts that are not well-formed are
  /// left out; their errors go to `parse_diags` (when given).
  A11yContext(ooxml::Package& package, bool template_mode, Diagnostics* parse_diags);
  A11yContext(const A11yContext&) = delete;
  A11yContext& operator=(const A11yContext&) = delete;

  ooxml::Package& package() noexcept { return package_; }
  bool template_mode() const noexcept { return template_mode_; }
  const StyleSheet& styles() const noexcept { return styles_; }
  /// The styles part's name ("" when the document has none).
  const std::string& styles_part() const noexcept { return styles_part_; }
  std::vector<StoryPart>& stories() noexcept { return stories_; }

  /// The visible text of a paragraph, a run, or anything holding paragraphs (a cell, whose
  /// paragraphs' texts are joined with spaces).
  std::string text_of(const xmlNode* node) const;
  /// True when the text will show something: in a template a tag counts as text.
  bool will_have_text(std::string_view text) const;
  /// The text a reader will see of it, as far as known: in a template, tags are left out.
  std::string known_text(std::string_view text) const;

  /// Reports a problem at a paragraph of a story part, with the severity the catalogue
  /// (accessibility_checks()) gives `code`; the excerpt is the paragraph's text unless one
  /// is given.
  void report(const StoryPart& story, const xmlNode* paragraph, std::string_view code, std::string message,
              std::string hint, std::optional<std::string> excerpt = std::nullopt);
  /// Reports a problem with a part as a whole (docProps/core.xml, word/styles.xml).
  void report_part(std::string part, std::string_view code, std::string message, std::string hint,
                   std::string excerpt = {});

  /// Moves what was reported to `diags`: package-wide problems first, then by part and
  /// paragraph.
  void flush_to(Diagnostics& diags);

 private:
  void load_story(const std::string& part, bool main, Diagnostics& sink);

  ooxml::Package& package_;
  bool template_mode_;
  std::optional<xml::Document> styles_doc_;
  StyleSheet styles_;
  std::string styles_part_;
  std::vector<StoryPart> stories_;
  struct Entry {
    long story;  // -1 for package-wide problems
    long paragraph;
    Diagnostic diagnostic;
  };
  std::vector<Entry> found_;
};

}  // namespace docket::papers::detail
