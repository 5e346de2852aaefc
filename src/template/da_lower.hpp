#pragma once
// OpenXmlPowerTools DocumentAssembler templates, lowered to docket's template tree. The steps
// follow DocumentAssembler's own pipeline (/work/shared/spec/document-assembler.md §3.3) so that
// the same templates mean the same and fail the same: content controls in cells are normalised,
// content controls and <# … #> text become markup, block-level markup is promoted, Table markup
// takes the table after it, Repeat and Conditional are paired with their ends among siblings,
// stray ends are errors. What remains becomes dk:value and dk:block markers whose sites carry
// DocumentAssembler's rules; markup it would reject becomes dk:error markers (shown in place in
// a draft, red on yellow, as DocumentAssembler shows them).
#include "support/diagnostic.hpp"
#include "template/site.hpp"
#include "xml/document.hpp"

namespace docket::tmpl {

/// True when the part holds DocumentAssembler markup: <# … #> text, or a content control
/// whose text starts with "<".
bool has_document_assembler_markup(const xmlNode* root);

/// Lowers the part's DocumentAssembler markup. Run before docket tags are scanned.
void lower_document_assembler(xml::Document& doc, PartSites& sites, Diagnostics& diags);

/// True when the part holds tracked changes, which DocumentAssembler refuses in a template.
bool has_tracked_changes(const xmlNode* root);

}  // namespace docket::tmpl
