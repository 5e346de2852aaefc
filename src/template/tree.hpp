#pragma once
// From tags to a template tree, in the part's own DOM: value tags become dk:value (or
// dk:rich) markers; each block is paired with its end and becomes a dk:block element holding
// what it repeats or conditions (a dk:else child splits #if/#unless); comments go. Where a
// block sits decides its level: inside one paragraph (run), alone in paragraphs with the
// same parent (paragraph), or from the start of a row's first cell to the end of a row's last
// cell (row). Anything else is an error naming both ends.
#include "support/diagnostic.hpp"
#include "template/site.hpp"
#include "xml/document.hpp"

namespace docket::tmpl {

/// Builds the tree for a WordprocessingML part.
void build_tree(xml::Document& doc, PartSites& sites, Diagnostics& diags);

/// Builds the tree for a plain-text part (values only; blocks there are errors).
void build_text_tree(xml::Document& doc, PartSites& sites, Diagnostics& diags);

}  // namespace docket::tmpl
