#pragma once
// word/styles.xml as far as templates need it: which styles exist, and which paragraph
// styles number their paragraphs (through w:numPr, possibly inherited via w:basedOn).
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <libxml/tree.h>

namespace docket::ooxml {

struct NumberingRef {
  long num_id = 0;
  long level = 0;
};

class StyleTable {
 public:
  StyleTable() = default;
  /// Reads the styles part's root (w:styles); null gives an empty table.
  static StyleTable read(const xmlNode* styles_root);

  bool has(std::string_view style_id) const;
  /// The numbering a paragraph style applies, following w:basedOn.
  std::optional<NumberingRef> numbering_of(std::string_view style_id) const;
  /// The outline level (1 for a first-level heading) a paragraph style gives, following
  /// w:basedOn; nullopt for body text.
  std::optional<int> outline_level_of(std::string_view style_id) const;
  /// The id of the style named `name` (w:name, e.g. "toc 1"), or "".
  std::string id_named(std::string_view name) const;
  /// The default paragraph style's id ("Normal" in Word), or "".
  const std::string& default_paragraph_style() const noexcept { return default_paragraph_; }

 private:
  struct Style {
    std::string based_on;
    std::optional<long> num_id;
    std::optional<long> level;
    std::optional<int> outline;  // w:outlineLvl, 0-based as stored
    std::string name;
  };
  std::map<std::string, Style, std::less<>> styles_;
  std::string default_paragraph_;
};

}  // namespace docket::ooxml
