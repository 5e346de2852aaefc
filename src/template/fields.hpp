#pragma once
// Fields kept current: a template's fields whose results go stale (TOC, PAGEREF, REF, …) are
// marked for Word to update on opening (w:dirty, and w:updateFields in the settings), and its
// tables of contents are rebuilt from the headings rendering produced.
#include <string>

#include "ooxml/package.hpp"
#include "ooxml/styles.hpp"
#include "support/diagnostic.hpp"

namespace docket::tmpl {

struct PartFields {
  int stale = 0;         // fields marked for Word to update
  bool contents = false;  // the part has a table of contents (a TOC field)
};

/// Marks the part's stale fields w:dirty; says what it found.
PartFields mark_part_fields(xmlNode* part_root);

/// Turns on w:updateFields in the document's settings (made when it has none).
void ask_word_to_update_fields(ooxml::Package& package, Diagnostics& diags);

/// The main document `xml` with its tables of contents rebuilt from its headings.
std::string with_current_contents(const std::string& xml, const ooxml::StyleTable& styles, const std::string& name,
                                  Diagnostics& diags);

}  // namespace docket::tmpl
