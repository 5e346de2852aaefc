#pragma once
// word/settings.xml: its children kept in the order CT_Settings requires.
#include <libxml/tree.h>

#include <string_view>

namespace docket::ooxml {

/// Puts `element` (a w: child made for `settings`) before the first child that CT_Settings
/// orders after it (ECMA-376 Part 1 §17.15.1.78), or last.
void place_in_settings(xmlNode* settings, xmlNode* element);

/// Turns on a w:settings flag (w:updateFields, w:evenAndOddHeaders…): made where the schema
/// puts it, or its w:val removed when it is there already.
void set_settings_flag(xmlNode* settings, std::string_view name);

}  // namespace docket::ooxml
