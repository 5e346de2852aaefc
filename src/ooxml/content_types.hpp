#pragma once
// [Content_Types].xml: a content type per extension (Default) and per part (Override).
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "support/diagnostic.hpp"

namespace docket::ooxml {

class ContentTypes {
 public:
  /// Parses [Content_Types].xml; problems are added to `diags` under `file`.
  static ContentTypes parse(std::string_view xml, const std::string& file, Diagnostics& diags);

  /// The content type of a part ("word/document.xml"), or "" when none applies.
  std::string type_of(std::string_view part) const;
  void set_override(std::string_view part, std::string_view type);
  void remove_override(std::string_view part);
  void set_default(std::string_view extension, std::string_view type);
  bool has_default(std::string_view extension) const;

  /// Serialises in a stable order (defaults by extension, overrides by part name).
  std::string to_xml() const;

 private:
  std::map<std::string, std::string> defaults_;   // lower-case extension → type
  std::map<std::string, std::string> overrides_;  // lower-case part name → type
  std::map<std::string, std::string> spelling_;   // lower-case part name → as written
};

}  // namespace docket::ooxml
