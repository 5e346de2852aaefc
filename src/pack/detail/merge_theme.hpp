#pragma once
// The pack has one theme, that of the first unit that has one (the front sheet has none; a
// pack without a theme turns theme-coloured charts and shapes black or grey). A unit with
// another theme would see its theme fonts and colours resolve through the pack's: for such a
// unit, theme font and colour references are replaced by its own theme's typefaces and
// colours, in its text and in its drawings, charts and diagrams (see ThemeFonts,
// map_references and merge_drawings).
#include <string>

#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

/// The unit's theme part, as stored ("" when it has none).
std::string theme_bytes(MergeUnit& unit);
/// The theme fonts to write for the unit: inactive when its theme is the pack's, or when it
/// has none (its references then meant Word's built-in theme, which is not known here).
ThemeFonts theme_fonts(MergeUnit& unit, const std::string& pack_theme, Diagnostics& diags);

}  // namespace docket::pack::detail
