#pragma once
// A unit's document defaults (w:docDefaults) are replaced by the pack's, which come from the
// first unit. So that a unit whose defaults differ still looks the same, the properties its
// defaults set differently are made explicit in each of its root paragraph styles (those with
// no w:basedOn), under what those styles set themselves; where only the pack's defaults set a
// property, the OOXML default for it is written. Every paragraph of the unit then resolves as
// before: the merge gives each one an explicit style of the unit (see UnitMaps).
//
// Left as is: w:lang (the pack's language applies to text that does not set one). A property
// made explicit in a root style would now win over a table style, as docDefaults did not:
// merge_table_look gives such tables' paragraphs the table style's value.
#include <libxml/tree.h>

#include <string>

#include "pack/detail/merge_table_look.hpp"
#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

/// Makes explicit, in the root paragraph styles of `unit_styles` (a w:styles root), the
/// document defaults that differ from `pack_styles`'s. A property whose OOXML default is not
/// known is reported as a warning about the unit. Returns what the unit's table styles set of
/// those properties, for its tables' paragraphs (merge_table_look).
TableLooks keep_unit_defaults(xmlNode* unit_styles, const xmlNode* pack_styles, const MergeUnit& unit,
                              Diagnostics& diags);

}  // namespace docket::pack::detail
