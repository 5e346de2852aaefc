#pragma once
// The pack has one theme, the first unit's. A unit with another theme would see its theme
// fonts and colours resolve through the pack's: for such a unit, theme font references are
// replaced by its own theme's typefaces and theme colour references are dropped (see
// ThemeFonts and map_references).
#include <string>

#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

/// The unit's theme part, as stored ("" when it has none).
std::string theme_bytes(MergeUnit& unit);
/// The theme fonts to write for the unit: inactive when its theme is the pack's, or when it
/// has none (its references then meant Word's built-in theme, which is not known here).
ThemeFonts theme_fonts(MergeUnit& unit, const std::string& pack_theme, Diagnostics& diags);

}  // namespace docket::pack::detail
