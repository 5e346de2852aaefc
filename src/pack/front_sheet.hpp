#pragma once
// The agenda front sheet: the agenda data with what the pack adds (which pack this is, each
// item's bookmark and, once known, the page it starts on) rendered from the shipped template.
#include <filesystem>
#include <map>
#include <string>

#include "data/data_source.hpp"
#include "format/filter.hpp"
#include "support/diagnostic.hpp"

namespace docket::pack {

struct FrontSheetInput {
  std::string pack;                              // "public" or "confidential"
  // Keyed by the item's position in the agenda (0 for the first <item>, groups flattened):
  // items need no id.
  std::map<std::size_t, std::string> bookmarks;  // item → bookmark at its first page
  std::map<std::size_t, int> pages;              // item → page it starts on (when known)
};

/// Renders the front sheet for `agenda` (validated, root namespace removed) into `out`.
/// Returns false when the template or data had errors (reported to `diags`).
bool render_front_sheet(data::DataSource& agenda, const FrontSheetInput& input, const format::Locale& locale,
                        const std::filesystem::path& out, Diagnostics& diags);

}  // namespace docket::pack
