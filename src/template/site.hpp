#pragma once
// Where a tag sits in the template, for diagnostics and for the steps that turn tags into
// a template tree. Markers are elements in docket's own namespace that stand in the part's
// DOM where a tag was: dk:tag while scanning, then dk:value, dk:rich, dk:block, dk:else.
#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"
#include "template/tag.hpp"

namespace docket::tmpl {

inline constexpr std::string_view kMarkerNamespace = "urn:docket:template";

enum class Level { run, paragraph, row };

struct TagSite {
  Tag tag;
  std::optional<TagSyntaxError> error;  // set when the tag could not be parsed
  long paragraph = 0;                   // 1-based paragraph number in the part (0: none)
  std::string excerpt;                  // the paragraph's text around the tag
  // The marker element standing for the tag. The part's document owns it; this pointer is
  // valid only while the marker is in that document, from scanning until the tree step
  // that replaces or removes it (see NodeBin), and is null once the tree is built.
  xmlNode* marker = nullptr;
  Level level = Level::run;
};

/// One templated part and its tags.
struct PartSites {
  std::string file;  // the template as the user named it
  std::string part;  // e.g. word/document.xml
  std::vector<TagSite> sites;

  /// A diagnostic at a tag: `FILE: PART: paragraph N “text…”: message`.
  Diagnostic at(const TagSite& site, Severity severity, std::string message, std::string hint,
                std::string code) const;
  /// A diagnostic for the part as a whole.
  Diagnostic at_part(Severity severity, std::string message, std::string hint, std::string code) const;
};

/// Takes nodes out of a part's DOM while the template tree is built, and is the only way
/// the tree steps remove anything. Taking a node out clears the marker pointer of every site
/// whose marker is inside it, found from the markers' own site attributes (never by following
/// other sites' pointers). The nodes are freed only when the bin is destroyed, after the last
/// step, so a pointer a step still holds (a paragraph due for removal, a row) stays readable.
class NodeBin {
 public:
  explicit NodeBin(PartSites& sites) : sites_(sites) {}
  NodeBin(const NodeBin&) = delete;
  NodeBin& operator=(const NodeBin&) = delete;

  /// Unlinks `node` and everything in it from the document.
  void take_out(xmlNode* node);
  /// Whether `node` is still linked into its document.
  static bool in_document(const xmlNode* node);

 private:
  struct Free {
    void operator()(xmlNode* n) const noexcept { xmlFreeNode(n); }
  };
  void forget_markers(const xmlNode* node);
  PartSites& sites_;
  std::vector<std::unique_ptr<xmlNode, Free>> nodes_;
};

/// Creates a marker element (not yet linked into the tree) for tag site `index`.
xmlNode* new_marker(xmlDoc* doc, std::string_view name, long index);
/// True for a marker element (of this name, when a name is given).
bool is_marker(const xmlNode* node, std::string_view name = {});
/// The site index a marker stands for.
long marker_site(const xmlNode* marker);

}  // namespace docket::tmpl
