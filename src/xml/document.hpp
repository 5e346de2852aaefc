#pragma once
// Parsed XML documents. Parsing is safe for untrusted input: no network access, no DTD or
// external entity loading, and any <!DOCTYPE> is refused outright (it is the only way in for
// entity-expansion attacks such as "billion laughs", and neither OOXML parts nor docket data
// need one). Line numbers are kept beyond 65,535.
#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "support/diagnostic.hpp"

namespace docket::xml {

struct DocFree {
  void operator()(xmlDoc* d) const noexcept { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

/// Owns a parsed document. Node pointers into it are valid while it lives.
class Document {
 public:
  Document() = default;
  Document(DocPtr doc, std::string name) : doc_(std::move(doc)), name_(std::move(name)) {}

  xmlDoc* get() const noexcept { return doc_.get(); }
  xmlNode* root() const noexcept { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }
  /// The name used in messages: the file name, or "file: part" for package parts.
  const std::string& name() const noexcept { return name_; }
  explicit operator bool() const noexcept { return doc_ != nullptr; }

 private:
  DocPtr doc_;
  std::string name_;
};

struct ParseOptions {
  /// Diagnostic code for well-formedness errors.
  std::string error_code = "xml.not-well-formed";
};

/// Parses `bytes`. Well-formedness errors are added to `diags` with the file name, line and
/// column, and nullopt is returned. Throws UnsafeInput when the document has a DOCTYPE.
std::optional<Document> parse(std::string_view bytes, const std::string& name, Diagnostics& diags,
                              const ParseOptions& options = {});

/// The line of a node in its source (libxml2 keeps it; 0 if unknown).
long line_of(const xmlNode* node);

/// The byte offset just past an element's start tag in the parsed text, recorded while
/// parsing (in the node's application slot, _private); npos when unknown.
std::size_t start_tag_end(const xmlNode* element);

}  // namespace docket::xml
