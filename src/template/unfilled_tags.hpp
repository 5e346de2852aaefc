#pragma once
// Tags docket does not fill, because they are not in the document's text: in an attribute
// (a cell's w:shd fill or a run's w:color typed into the XML) or in a hyperlink's address.
// Each is an error saying how to do it instead. The attribute is taken out (or, for a
// property element, the element), so that even a draft is a valid document.
#include "ooxml/relationships.hpp"
#include "support/diagnostic.hpp"
#include "template/site.hpp"
#include "xml/document.hpp"

namespace docket::tmpl {

/// Reports (and takes out) tags in the attributes of a WordprocessingML part, and tags in
/// the addresses of its hyperlinks (`rels`, the part's relationships).
void report_unfilled_tags(xml::Document& doc, const ooxml::Relationships& rels, const PartSites& sites,
                          Diagnostics& diags);

}  // namespace docket::tmpl
