#pragma once
// Finding tags in a part. Word and LibreOffice split typed text into many runs (spelling
// marks, revision ids, bookmarks, a change of formatting), so a tag's characters may be
// spread over several w:t elements. The scanner reads each paragraph's text as a whole,
// moves every tag's characters into the w:t where it begins, splits that run so the tag is
// alone, and replaces it with a dk:tag marker that keeps the run's properties (w:rPr).
#include "support/diagnostic.hpp"
#include "template/site.hpp"
#include "xml/document.hpp"

namespace docket::tmpl {

/// Scans a WordprocessingML part (document, header, footer, notes). Malformed tags become
/// sites with an error; unclosed `{{` is reported to `diags`.
void scan_wml_part(xml::Document& doc, PartSites& sites, Diagnostics& diags);

/// Scans a part whose tags sit in plain element text (docProps/core.xml): values only.
void scan_text_part(xml::Document& doc, PartSites& sites, Diagnostics& diags);

}  // namespace docket::tmpl
