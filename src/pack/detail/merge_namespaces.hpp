#pragma once
// The namespace declarations of a merged part (document, styles, numbering, notes, comments,
// fonts). Each unit's fragment is written under the pack part's root, so the root must
// declare every namespace the units declared on theirs, under one prefix each. A unit whose
// prefix is taken for another namespace has its prefix renamed in its own tree (and in
// mc:Ignorable / mc:Choice Requires, which name prefixes), before its fragment is written.
#include <libxml/tree.h>

#include <map>
#include <set>
#include <string>

namespace docket::pack::detail {

class NamespaceTable {
 public:
  /// Starts with w:, r: and mc: under their usual prefixes.
  NamespaceTable();

  /// Records the declarations on a unit part's root (and w:body), and its mc:Ignorable list.
  void record(const xmlNode* root);
  /// Renames the prefixes of the declarations on the root (and w:body) to the table's; every
  /// namespace must have been recorded.
  void apply(xmlNode* root) const;
  /// ` xmlns:p="…"…` for every namespace, then ` mc:Ignorable="…"` if any is ignorable.
  std::string declarations() const;

 private:
  void adopt(const std::string& href, const char* wanted);
  std::map<std::string, std::string> prefix_of_;  // href → prefix
  std::map<std::string, std::string> href_of_;    // prefix → href
  std::set<std::string> ignorable_;               // hrefs
};

}  // namespace docket::pack::detail
