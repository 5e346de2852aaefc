#pragma once
// Text a paper takes from its own document properties must keep showing the paper's values in
// the pack, whose properties are the pack's (its title is "Cabinet, 18 December 2023: agenda
// pack"): content controls bound to the properties or to the paper's custom XML (which the
// pack does not carry) lose their binding and keep the text they show, and fields that print
// a property (TITLE, AUTHOR, DOCPROPERTY …) are replaced by the result they show.
#include <libxml/tree.h>

namespace docket::pack::detail {

/// Unbinds content controls and freezes property fields under `root` (a body, header,
/// footer, note or comment).
void keep_own_properties(xmlNode* root);

}  // namespace docket::pack::detail
