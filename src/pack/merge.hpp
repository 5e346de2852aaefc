#pragma once
// Merging finished Word documents into one agenda pack, each looking as it did alone: styles
// that clash are renamed for their document, lists are renumbered so none continues into the
// next document, notes, comments, headers, footers, media and every document-unique id are
// carried over fresh, and each document keeps its own sections (a landscape appendix stays
// landscape). Page numbers run on through the pack.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pack/pack_footer.hpp"
#include "support/diagnostic.hpp"

namespace docket::pack {

struct MergeSource {
  std::filesystem::path path;          // a .docx (front sheet, rendered report, finished paper, notice page…)
  std::string label;                   // for messages, e.g. "item 8 report", "item 8 Appendix A"
  std::string bookmark;                // if not empty: a bookmark of this name at the source's first paragraph
  bool start_on_odd_page = true;       // its first section starts with an odd-page section break (not for the first source)
  std::string page_banner;             // if not empty: a bold line at the top of every page of this source
};

struct MergeOptions {
  std::string title;                   // core properties title of the pack
  std::string language = "en-GB";
  bool add_page_number_footer = true;  // a centred "Page N" footer for sections whose source has no footer
  bool update_fields = false;          // ask Word to refresh fields on opening (page numbers of PAGEREFs)
  // Each source's endnotes as text on a page of their own after it, their references as their
  // marks: how LibreOffice shows a document's endnotes, for a pack it lays out (it prints
  // every endnote at the end of the document, whatever the sections say).
  bool endnotes_as_text = false;
  bool fit_to_a4 = false;              // pages of another size (Letter, A3…) become A4, margins kept
  // The pack's page line as the footer of every section of every source, in place of the
  // sources' own footers (add_page_number_footer then has nothing to do).
  std::optional<PackFooter> pack_footer;
};

/// Merges the sources in order into one package at `target` (atomic). The first source gives
/// the package's settings and docDefaults, the first source that has a theme its theme.
/// Throws IoError/UnsafeInput for unreadable or refused sources (InvalidInput when `sources` is empty); problems a clerk should know go
/// to diags. The same sources and options always give the same bytes.
///
/// Example:
///   merge_documents({{.path = "front.docx", .label = "front sheet"},
///                    {.path = "report.docx", .label = "item 5 report", .bookmark = "item_5"}},
///                   "pack.docx", {.title = "Cabinet, 18 December 2023"}, diags);
void merge_documents(const std::vector<MergeSource>& sources, const std::filesystem::path& target,
                     const MergeOptions& options, Diagnostics& diags);

}  // namespace docket::pack
