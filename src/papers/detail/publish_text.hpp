#pragma once
// Comments and hidden text in a WordprocessingML part.
#include <libxml/tree.h>

#include <set>
#include <string>

namespace docket::papers::detail {

/// The styles that hide text (w:vanish or w:specVanish on, themselves or through w:basedOn),
/// from a w:styles root (null: none).
std::set<std::string> hiding_styles(const xmlNode* styles);

/// Removes comment ranges and references under `root`, and runs left empty by them.
void remove_comment_marks(xmlNode* root);
/// Removes hidden runs under `root` (w:vanish or w:specVanish on the run, else its character
/// style, else its paragraph style), and paragraphs that were hidden whole (their mark
/// hidden and nothing visible left), unless a paragraph is the last of its container.
void remove_hidden_text(xmlNode* root, const std::set<std::string>& hiding_styles);
/// Removes content-control bindings to custom XML data (w:dataBinding).
void remove_data_bindings(xmlNode* root);

}  // namespace docket::papers::detail
