#pragma once
// The agenda front sheet: the agenda data with what the pack adds (which pack this is, each
// item's bookmark and, once known, the page it starts on) rendered from the shipped template.
#include <filesystem>
#include <map>
#include <string>

#include "data/data_source.hpp"
#include "pack/agenda.hpp"
#include "format/filter.hpp"
#include "support/diagnostic.hpp"

namespace docket::pack {

/// A document of an item that is not for publication, for the marker on the item's line.
struct WithheldDocument {
  std::string name;  // "The report", "Appendix B – Financial Appraisal"
  Access access;
};

struct FrontSheetInput {
  std::string pack;                              // "public" or "confidential"
  // Keyed by the item's position in the agenda (0 for the first <item>, groups flattened):
  // items need no id.
  std::map<std::size_t, std::string> bookmarks;  // item → bookmark at its first page
  std::map<std::size_t, int> pages;              // item → page it starts on (when known)
  std::map<std::size_t, std::vector<WithheldDocument>> withheld;  // item → its withheld documents
};

/// Adds what the pack knows to `agenda` (validated, root namespace removed) for the front
/// sheet's template: d:pack on the root, d:webcast (the meeting's webcast address as a link),
/// and on each item d:bookmark, d:page and one d:withheld per withheld document (its name,
/// status and Schedule 12A paragraphs). Replaces what an earlier call added.
void add_front_sheet_values(data::DataSource& agenda, const FrontSheetInput& input);

/// Renders the front sheet for `agenda` into `out`, after add_front_sheet_values.
/// Returns false when the template or data had errors (reported to `diags`).
bool render_front_sheet(data::DataSource& agenda, const FrontSheetInput& input, const format::Locale& locale,
                        const std::filesystem::path& out, Diagnostics& diags);

}  // namespace docket::pack
