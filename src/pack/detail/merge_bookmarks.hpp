#pragma once
// Bookmark names are unique in a document, and Word compares them without case. A unit whose
// bookmark is already used in the pack (by an earlier unit, or by the pack itself for an
// item's first page) has it renamed, along with the unit's references to it: internal
// hyperlinks and field instructions (REF, PAGEREF, NOTEREF, HYPERLINK \l, …).
#include <libxml/tree.h>

#include <set>
#include <string>
#include <string_view>

#include "pack/detail/merge_xml.hpp"

namespace docket::pack::detail {

class BookmarkNames {
 public:
  /// Takes a name for the pack's own use; false when it is already taken.
  bool reserve(std::string_view name);
  /// Takes a unit's names. Returns those that were taken, lower-cased, each with its new name
  /// ("Summary" → "Summary_3" for unit 3, shortened to Word's 40 characters).
  NameMap plan(const std::set<std::string>& unit_names, int unit_number);

 private:
  std::set<std::string> taken_;  // lower-cased
};

std::string lower_ascii(std::string_view s);
/// Adds the names of the bookmarks under `root` to `out`.
void collect_bookmark_names(const xmlNode* root, std::set<std::string>& out);
/// The field instruction with every whole word that is a renamed bookmark replaced.
std::string rename_in_instruction(std::string_view instruction, const NameMap& renamed);

}  // namespace docket::pack::detail
