#pragma once
// The package-level personal data of a Word document: document properties, custom
// properties, the thumbnail, custom XML data, and the settings that name people or files.
#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "ooxml/package.hpp"
#include "support/diagnostic.hpp"

namespace docket::papers::detail {

/// Removes the author, last editor and last-printed date from docProps/core.xml, and the
/// company, manager and template from docProps/app.xml.
void clean_properties(ooxml::Package& package, Diagnostics& diags);
/// Removes the custom properties part, the thumbnail, and every custom XML part (with the
/// parts they relate to).
void remove_private_parts(ooxml::Package& package);
/// Removes the attached template (a path on the author's computer) and document variables
/// from word/settings.xml.
void clean_settings(ooxml::Package& package, Diagnostics& diags);
/// Removes a part, its relationships and, following them, the parts it relates to (never
/// the main document).
void remove_part_tree(ooxml::Package& package, const std::string& part);
/// Removes every relationship of `source` ("" for the package) of this type, and the part
/// trees they point at.
void remove_related(ooxml::Package& package, const std::string& source, std::string_view type);
/// The part `source` ("" for the package) relates by `type` ("" when none, or missing).
std::string related_part(ooxml::Package& package, const std::string& source, std::string_view type);
/// The part's root written out as a part.
std::string serialise(const xmlNode* root);

}  // namespace docket::papers::detail
