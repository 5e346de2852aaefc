#pragma once
// Where a report is on its way to a meeting: draft → submitted → cleared (with the legal and
// finance sign-offs and who cleared it) → published. Kept as a small XML file per report in
// .docket/status/NAME.xml, so other tools (and people) can read it; changed compare-and-swap
// like every other write, and every change goes into the audit log.
#include <optional>
#include <string>
#include <string_view>

namespace docket::serve {

enum class ReportStage { draft, submitted, cleared, published };
/// "draft", "submitted", "cleared", "published".
std::string_view stage_name(ReportStage stage);
/// "Draft", "Submitted", "Cleared", "Published" — as shown in tags.
std::string_view stage_label(ReportStage stage);

struct ReportStatus {
  ReportStage stage = ReportStage::draft;
  std::string changed_by;  // the account that made the last change
  std::string changed_on;  // "2024-01-01T10:15:00Z"
  std::string legal;       // the legal officer who signed the report off
  std::string finance;     // the finance officer who signed it off
  std::string cleared_by;  // the clerk who cleared it
  std::string cleared_on;
};

/// The status file's text, and back (nullopt for a file docket cannot read).
std::string status_text(const ReportStatus& status);
std::optional<ReportStatus> read_status(std::string_view text);

/// The state file that holds a report's status ("status/NAME.xml" under .docket/).
std::string status_file(std::string_view report);

/// What a person asks to do to a report's status.
enum class StageAction { submit, clear, publish, to_draft };
std::optional<StageAction> stage_action(std::string_view name);

/// The status after `action`, or the reason it cannot be done ("" and a value on success).
/// `clerk`: the person may clear, publish and return to draft; officers only submit.
struct StageChange {
  std::optional<ReportStatus> status;
  std::string refusal;  // shown to the person, when status is empty
  bool forbidden = false;  // refused for the person's role (403), not for the report's stage
};
StageChange change_stage(const ReportStatus& from, StageAction action, bool clerk, const std::string& who,
                         const std::string& now, std::string_view legal, std::string_view finance);

}  // namespace docket::serve
