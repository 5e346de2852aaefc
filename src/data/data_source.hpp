#pragma once
// A data file (report, agenda or other XML) loaded for validation and rendering. It keeps
// its text so that diagnostics can point at the exact line and column of an element, an
// attribute or a word.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"
#include "xml/document.hpp"

namespace docket::data {

/// docket's data namespace, versioned: a new major version gets a new URI.
inline constexpr std::string_view kNamespace = "urn:docket:committee-papers:1";
inline constexpr std::string_view kNamespacePrefix = "urn:docket:committee-papers:";

enum class DataKind { report, agenda, other };

struct Position {
  long line = 0;
  long column = 0;
};

class DataSource {
 public:
  DataSource(std::string file, std::string text, xml::Document doc);

  /// The file as the user named it ("-" is shown as "<stdin>").
  const std::string& file() const noexcept { return file_; }
  /// The folder relative references in the data resolve against.
  std::filesystem::path folder() const;
  const std::string& text() const noexcept { return text_; }
  xml::Document& document() noexcept { return doc_; }
  const xml::Document& document() const noexcept { return doc_; }
  xmlNode* root() const noexcept { return doc_.root(); }
  /// The root element's namespace URI ("" for none).
  std::string root_namespace() const;
  DataKind kind() const;

  /// Where an element's start tag begins (the '<'); libxml2 itself knows only a line.
  Position position_of(const xmlNode* element) const;
  /// Where an attribute of an element begins (its name).
  Position position_of_attribute(const xmlNode* element, std::string_view name) const;
  /// Where `needle` first occurs inside the element (after its start tag).
  Position position_in(const xmlNode* element, std::string_view needle) const;

  /// A diagnostic pointing at a node (element or attribute).
  Diagnostic at(const xmlNode* node, Severity severity, std::string message, std::string hint,
                std::string code) const;

 private:
  std::size_t line_start(long line) const;
  std::size_t start_tag_offset(const xmlNode* element) const;
  Position position_at(std::size_t offset) const;

  std::string file_;
  std::string text_;
  xml::Document doc_;
  std::vector<std::size_t> line_starts_;
};

/// Reads and parses a data file ("-": standard input). Well-formedness errors go to
/// `diags` and nullopt is returned. Throws IoError (unreadable) and UnsafeInput (DOCTYPE,
/// over 256 MiB).
std::optional<DataSource> load_data(const std::filesystem::path& path, Diagnostics& diags);

}  // namespace docket::data
