#pragma once
// Where a tag sits in the template, for diagnostics and for the steps that turn tags into
// a template tree. Markers are elements in docket's own namespace that stand in the part's
// DOM where a tag was: dk:tag while scanning, then dk:value, dk:rich, dk:block, dk:else.
#include <libxml/tree.h>

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
  xmlNode* marker = nullptr;            // the marker element standing for the tag
  xmlNode* paragraph_node = nullptr;    // the w:p holding it while scanning
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

/// Creates a marker element (not yet linked into the tree) for tag site `index`.
xmlNode* new_marker(xmlDoc* doc, std::string_view name, long index);
/// True for a marker element (of this name, when a name is given).
bool is_marker(const xmlNode* node, std::string_view name = {});
/// The site index a marker stands for.
long marker_site(const xmlNode* marker);

}  // namespace docket::tmpl
