#pragma once
// Word's compatibility mode is a document setting, and the pack has the first unit's. One
// difference between modes moves tables: from Word 2013 (mode 15) a table's w:tblInd is
// measured to the table's edge, before it to the text of its first cell, one left cell margin
// further in. LibreOffice follows. A unit whose mode measures otherwise than the pack's gets
// its tables' indents shifted by their left cell margin, so they stay where they were.
#include <libxml/tree.h>

#include "pack/detail/merge_unit.hpp"

namespace docket::pack::detail {

/// The unit's compatibility mode (w:compatSetting compatibilityMode; 12, Word 2007, when its
/// settings do not say).
int compatibility_mode(MergeUnit& unit, Diagnostics& diags);

/// Fills maps.table_indent_shift and maps.table_margins for a unit of mode `unit_mode` in a
/// pack of mode `pack_mode`, from the unit's styles (its w:styles root, or null).
void plan_table_indents(UnitMaps& maps, const xmlNode* unit_styles, int unit_mode, int pack_mode);

/// Shifts a w:tbl's indent as planned (called with the unit's own style ids in place).
void shift_table_indent(xmlNode* table, const UnitMaps& maps);

}  // namespace docket::pack::detail
