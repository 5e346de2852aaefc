#pragma once
// Internal to the committee-paper rules: the context every rule reads the data through and
// reports to, and one entry point per area. Each area lives in its own rules_<area>.cpp.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/data_source.hpp"
#include "support/diagnostic.hpp"

namespace docket::data::detail {

/// Which access-to-information law applies. `other` is Scotland or Northern Ireland, where
/// Schedule 12A and the English notice periods do not apply, so those checks are skipped.
enum class Jurisdiction { england, wales, other };

/// What every rule needs: the data (for positions, the file's folder and its kind) and the
/// sink for diagnostics. Borrows both; lives for one check_rules call.
class RuleContext {
 public:
  RuleContext(const DataSource& data, Diagnostics& diags);

  const DataSource& data() const noexcept { return data_; }
  xmlNode* root() const noexcept { return data_.root(); }
  /// "report" or "agenda", for messages such as "this report is under English law".
  std::string_view noun() const noexcept;
  /// The report's meta/meeting or the agenda's meeting; null if absent.
  xmlNode* meeting() const noexcept { return meeting_; }
  /// The authority's jurisdiction; England when the authority gives none.
  Jurisdiction authority_jurisdiction() const noexcept { return jurisdiction_; }

  void error(const xmlNode* at, std::string message, std::string hint, std::string code);
  void warning(const xmlNode* at, std::string message, std::string hint, std::string code);

 private:
  const DataSource& data_;
  Diagnostics& diags_;
  xmlNode* meeting_ = nullptr;
  Jurisdiction jurisdiction_ = Jurisdiction::england;
};

// Areas shared by reports and agendas.
void check_access(RuleContext& rules);  // rules_access.cpp
void check_prose(RuleContext& rules);   // rules_prose.cpp: links and table headers

// Report areas.
void check_report_meta(RuleContext& rules);         // rules_report.cpp: key decision, background papers
void check_period(RuleContext& rules);              // rules_period.cpp
void check_kpis(RuleContext& rules);                // rules_kpi.cpp
void check_risks(RuleContext& rules);               // rules_risk.cpp
void check_report_appendices(RuleContext& rules);   // rules_appendices.cpp

// Agenda areas.
void check_agenda_items(RuleContext& rules);        // rules_agenda.cpp
void check_agenda_appendices(RuleContext& rules);   // rules_appendices.cpp
void check_agenda_files(RuleContext& rules);        // rules_files.cpp
void check_agenda_notices(RuleContext& rules);      // rules_notice.cpp

// Pieces one area lends another.

/// Whether an agenda item is taken in private (Part II): part="II", or an exempt or
/// confidential access status. rules_agenda.cpp.
bool is_part_two(const xmlNode* item);

/// Warns about each appendix of a report's `appendices` whose label (`labels[i]` for the
/// i-th appendix) the report's text never mentions. rules_references.cpp.
void check_appendix_references(RuleContext& rules, const xmlNode* appendices,
                               const std::vector<std::string>& labels);

/// Checks that a file-naming attribute of `element` names an existing file inside the data
/// file's folder; `what` names the owner in messages ("appendix 1 of item 2"). Does
/// nothing when the attribute is absent. Returns the file when it is there. rules_files.cpp.
std::optional<std::filesystem::path> check_file(RuleContext& rules, const xmlNode* element, std::string_view attribute,
                                                std::string_view what, std::string_view missing_code);

/// Checks that `element`'s mediaType agrees with the extension of its href (.docx with the
/// WordprocessingML type, .pdf with application/pdf). Does nothing unless both are given.
/// rules_files.cpp.
void check_media_type(RuleContext& rules, const xmlNode* element, std::string_view what,
                      std::string_view code);

}  // namespace docket::data::detail
