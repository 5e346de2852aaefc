#pragma once
// Each agenda document made ready for the pack: reports rendered from their data, finished
// papers taken as they are (other formats converted: .doc, .odt and .rtf to DOCX, .xlsx,
// .ods and .pptx to PDF, images to a one-page DOCX), everything cleaned for publication in a
// public pack, and withheld documents replaced by a notice saying why.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "format/filter.hpp"
#include "pack/agenda.hpp"
#include "pack/progress.hpp"
#include "support/diagnostic.hpp"

namespace docket::pack {

enum class Audience { public_pack, confidential_pack };

struct PackDocument {
  std::filesystem::path docx;  // ready to merge; for a PDF paper, the page standing for it in the DOCX pack
  std::filesystem::path pdf;   // a PDF paper (a spreadsheet converted, cleaned for a public pack), else empty
  int pdf_pages = 0;           // its page count
  std::string label;           // "item 6 Appendix B", for messages
  std::string outline_title;   // "Appendix B – Financial Appraisal"
  std::string name;            // for the front sheet: "The report", "Appendix B – Financial Appraisal"
  Access access;               // the document's effective status
  bool notice = false;         // a notice standing for a withheld document
};

struct PackItem {
  const AgendaItem* item = nullptr;
  std::vector<PackDocument> documents;  // empty for verbal items and items to follow
};

struct PrepareOptions {
  Audience audience = Audience::public_pack;
  format::Locale locale{"en-GB"};
  ProgressCounter* progress = nullptr;  // told as each item begins; may be null
  std::optional<std::filesystem::path> soffice;  // LibreOffice's program for papers it converts
};

/// Prepares every item's documents in `work` (a scratch folder). Problems in reports and
/// papers go to `diags`; the caller writes no pack when there are errors.
std::vector<PackItem> prepare_documents(const Agenda& agenda, const std::filesystem::path& work,
                                        const PrepareOptions& options, Diagnostics& diags);

}  // namespace docket::pack
