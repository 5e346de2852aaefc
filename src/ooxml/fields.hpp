#pragma once
// Fields in a WordprocessingML part (w:fldSimple, and complex fields made of w:fldChar
// begin / w:instrText / separate / end), and asking Word to bring their results up to date.
#include <libxml/tree.h>

#include <string>
#include <vector>

namespace docket::ooxml {

struct Field {
  std::string instruction;    // " TOC \o "1-3" \h ", the instruction text joined
  xmlNode* begin = nullptr;   // w:fldChar begin, or the w:fldSimple
  xmlNode* separate = nullptr;  // w:fldChar separate (null: no result, or a simple field)
  xmlNode* end = nullptr;     // w:fldChar end (null for a simple field)
};

/// The field's kind, upper-cased: "TOC", "PAGEREF", "NUMPAGES"; "" when there is none.
std::string field_kind(const std::string& instruction);

/// Every complete field in the part under `root`, outer fields before the fields they hold.
std::vector<Field> fields(xmlNode* root);

/// Whether Word computes a field of this kind from the document's layout or contents rather
/// than keeping the result it was saved with (TOC, PAGEREF, REF, NOTEREF, SEQ, STYLEREF, …).
bool result_goes_stale(const std::string& kind);

/// Sets w:dirty="true" on every field under `root` whose result goes stale, so that Word
/// updates it on opening; returns how many there are.
int mark_stale_fields(xmlNode* root);

}  // namespace docket::ooxml
