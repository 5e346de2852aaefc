#pragma once
// Drawing parts a unit brings (charts, SmartArt diagrams) are copied as stored, except where
// their content must change in the pack: a diagram's data names its pre-drawn shapes by the
// relationship id of the part that holds the diagram (dsp:dataModelExt/@relId), and the pack
// renumbers the main document's relationships — left alone, it points at another paper's
// diagram; and a unit whose theme is not the pack's has its charts and diagrams coloured and
// lettered through its own theme (see ThemeFonts).
#include "pack/detail/merge_parts.hpp"

namespace docket::pack::detail {

/// Rewrites the unit's copied drawing parts that need it; call once the unit's main document
/// relationships are carried (unit.document_rels) and every part it brings is copied.
void rewrite_drawing_parts(MergeUnit& unit, const PartCopier& copier, PackParts& parts, IdAllocator& ids,
                           Diagnostics& diags);

}  // namespace docket::pack::detail
