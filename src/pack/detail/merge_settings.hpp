#pragma once
// word/settings.xml of the pack: the first unit's, with w:evenAndOddHeaders on when any unit
// uses even-page headers (the others then show their one header on both), and the separator
// notes named as the pack's notes parts have them.
#include <string>
#include <vector>

#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

/// The unit's settings part ("" when it has none).
std::string settings_part(MergeUnit& unit);
/// Whether the unit's settings turn on w:evenAndOddHeaders.
bool uses_even_and_odd(MergeUnit& unit, Diagnostics& diags);

struct SettingsChanges {
  bool even_and_odd = false;
  bool update_fields = false;  // Word refreshes fields (the front sheet's PAGEREFs) on opening
  std::vector<long> footnote_separators;  // empty: the pack has no footnotes
  std::vector<long> endnote_separators;
  // Endnotes print at the end of each section that does not pass them on (w:noEndnote): each
  // unit's after its own text, not all at the end of the pack.
  bool endnotes_at_section_end = false;
};

/// The pack's settings.xml, made from the first unit's (or Word's minimum when it has none).
std::string pack_settings(MergeUnit& first, const SettingsChanges& changes, Diagnostics& diags);

}  // namespace docket::pack::detail
