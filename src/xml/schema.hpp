#pragma once
// XSD 1.0 validation. A SchemaCache compiles each schema file once and is passed to whoever
// validates (no global cache). Validation problems keep the offending node so that the
// layer above can find its line and column and word the message for people.
#include <libxml/xmlschemas.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace docket::xml {

class Schema {
 public:
  explicit Schema(xmlSchema* schema, std::filesystem::path path);
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;
  ~Schema();
  xmlSchema* get() const noexcept { return schema_; }
  const std::filesystem::path& path() const noexcept { return path_; }
  /// The schema's target namespace ("" for none).
  std::string target_namespace() const;
  /// Every element name the schema files declare (global or local), so that messages can
  /// tell a misplaced element from a misspelt one.
  const std::set<std::string>& element_names() const noexcept { return element_names_; }

 private:
  friend class SchemaCache;
  xmlSchema* schema_;
  std::filesystem::path path_;
  std::set<std::string> element_names_;
};

struct SchemaProblem {
  bool is_warning = false;
  long line = 0;
  xmlNode* node = nullptr;  // the element or attribute at fault, when libxml2 knows it
  int code = 0;             // libxml2's xmlParserErrors value
  std::string message;      // libxml2's wording, trimmed
};

/// Safe to share between threads: get() is serialised, and a compiled schema is only read
/// while validating (each validation makes its own libxml2 validation context).
class SchemaCache {
 public:
  /// The compiled schema at `path`, compiled on first use. Throws InvalidInput when the
  /// schema file itself is broken (naming its line) and IoError when it cannot be read.
  const Schema& get(const std::filesystem::path& path);

 private:
  std::mutex mutex_;
  std::map<std::filesystem::path, std::unique_ptr<Schema>> schemas_;
};

/// Validates a document. Returns every problem found (empty: valid).
std::vector<SchemaProblem> validate(const Schema& schema, xmlDoc* doc);

}  // namespace docket::xml
