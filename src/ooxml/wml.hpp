#pragma once
// WordprocessingML helpers on parsed parts: element tests by OOXML name, the text of a
// paragraph as Word shows it, and property elements (w:rPr, w:pPr, w:tcPr) edited in the
// child order the schema requires.
#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace docket::ooxml {

/// True when `node` is the WordprocessingML element `name` (w:p, w:r, w:t, …).
bool is_w(const xmlNode* node, std::string_view name);
/// The w: namespace declared on the part's root (null if absent).
xmlNs* w_namespace(xmlNode* any_node);

/// The w:t elements whose text belongs to paragraph `p`, in order: text in runs of the
/// paragraph, its hyperlinks, fields, content controls and insertions, but not deleted text
/// nor paragraphs nested in text boxes (they are paragraphs of their own).
std::vector<xmlNode*> paragraph_text_nodes(const xmlNode* p);
/// The same, with field codes (w:instrText) in document order among them.
std::vector<xmlNode*> paragraph_text_and_field_nodes(const xmlNode* p);
/// The paragraph's visible text (tabs and breaks are not included).
std::string paragraph_text(const xmlNode* p);
/// Every w:p in a part, in document order, nested text-box paragraphs included.
std::vector<xmlNode*> all_paragraphs(xmlNode* root);

/// Sets the element's text content to exactly `text` (no entity interpretation).
void set_text(xmlNode* element, std::string_view text);

/// Which property list an element is, for child ordering.
enum class PropertyList { run, paragraph, cell, row };

/// Returns the child `name` of a property element, creating it at its schema position when
/// absent. Existing attributes are kept.
xmlNode* ensure_property(xmlNode* props, PropertyList list, std::string_view name);
/// Sets w:val (or another w: attribute) on a property child, creating the child if needed.
void set_property(xmlNode* props, PropertyList list, std::string_view name,
                  std::string_view attribute, std::string_view value);
/// Removes a property child if present.
void remove_property(xmlNode* props, std::string_view name);

}  // namespace docket::ooxml
