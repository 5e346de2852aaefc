#pragma once
// Accepting tracked changes in a WordprocessingML part, as Word's "Accept All Changes" does.
#include <libxml/tree.h>

namespace docket::papers::detail {

/// Accepts every revision under `root`: w:ins and w:moveTo are unwrapped, w:del and
/// w:moveFrom removed with what they hold, a deleted paragraph mark joins its paragraph to
/// the next, a deleted row goes, and revision marks (*PrChange, cell and range marks) are
/// dropped. Returns how many revisions there were.
int accept_revisions(xmlNode* root);

}  // namespace docket::papers::detail
