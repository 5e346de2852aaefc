#pragma once
// An agenda as the pack builder needs it: the meeting, and each item with its documents in
// pack order (report, documents, appendices), their files resolved against the agenda's
// folder and their access status. Read from an agenda data file that has been validated.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data/data_source.hpp"
#include "data/paper_file.hpp"

namespace docket::pack {

struct Access {
  std::string status = "open";  // open | exempt | confidential
  std::string jurisdiction;     // england | wales ("" = the authority's)
  std::vector<int> paragraphs;
  std::string public_interest;
  std::string confidential_basis;
  bool withheld() const { return status != "open"; }
};

enum class DocumentKind { report, document, appendix };

struct AgendaDocument {
  DocumentKind kind = DocumentKind::document;
  std::filesystem::path file;                    // a finished paper, or the report's data
  std::optional<std::filesystem::path> template_file;  // reports rendered from data
  bool rendered = false;                         // a report made from data and a template
  data::PaperFormat format = data::PaperFormat::docx;  // of `file`, for a finished paper
  std::string title;                             // e.g. "Financial Appraisal"
  std::string label;                             // appendix label, e.g. "B"
  std::optional<Access> access;                  // its own status, when it has one
  /// "Report", "Appendix B – Financial Appraisal", …
  std::string name() const;
};

struct AgendaItem {
  std::string id;
  std::string number;
  std::string title;
  std::string kind;
  bool part_two = false;
  bool to_follow = false;
  Access access;
  std::vector<AgendaDocument> documents;
};

struct Agenda {
  std::string authority;
  std::string jurisdiction = "england";
  std::string body;
  std::string date;  // xs:date
  std::string blank_page_text = "This page is intentionally left blank";
  bool withheld_placeholder = true;
  // Where papers start (publication/@duplex, @itemsStartOnOddPage, @documentsStartOnOddPage):
  // every paper starts on a new page; on an odd one when the pack is printed on both sides
  // and the rule applies to it.
  bool duplex = true;
  bool items_start_on_odd_page = true;
  bool documents_start_on_odd_page = false;
  bool fit_to_a4 = false;  // publication/@fitToA4: papers of another page size are set to A4
  std::filesystem::path folder;
  std::vector<AgendaItem> items;  // in agenda order, groups flattened
};

/// Reads a validated agenda. Files outside its papers folder (data/papers_folder.hpp: the
/// agenda's folder, or the serve workspace it is in), by "..", an absolute path or a symbolic
/// link, are refused with UnsafeInput unless `allow_outside`.
Agenda read_agenda(const data::DataSource& data, bool allow_outside);

/// A bookmark name for an item's first page, e.g. "item_8a" (letters, digits, underscores).
std::string item_bookmark(const std::string& number);

}  // namespace docket::pack
