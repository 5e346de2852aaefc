// Report statuses: the file format and the rule of who moves a report on, and from where.
#include "serve/report_status.hpp"

#include <array>

#include "support/diagnostic.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::serve {

namespace {

constexpr std::array<std::string_view, 4> kNames = {"draft", "submitted", "cleared", "published"};
constexpr std::array<std::string_view, 4> kLabels = {"Draft", "Submitted", "Cleared", "Published"};

std::string attr(std::string_view name, const std::string& value) {
  return value.empty() ? std::string() : " " + std::string(name) + "=\"" + xml::escape_attribute(value) + "\"";
}

}  // namespace

std::string_view stage_name(ReportStage stage) { return kNames.at(static_cast<std::size_t>(stage)); }
std::string_view stage_label(ReportStage stage) { return kLabels.at(static_cast<std::size_t>(stage)); }

std::string status_text(const ReportStatus& s) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reportStatus" + attr("stage", std::string(stage_name(s.stage))) +
         attr("changedBy", s.changed_by) + attr("changedOn", s.changed_on) + attr("legal", s.legal) +
         attr("finance", s.finance) + attr("clearedBy", s.cleared_by) + attr("clearedOn", s.cleared_on) + "/>\n";
}

std::optional<ReportStatus> read_status(std::string_view text) {
  if (text.empty()) return std::nullopt;  // no status file yet
  Diagnostics ignored;
  const auto doc = xml::parse(text, "status", ignored);
  if (!doc || !xml::is_element(doc->root(), "reportStatus")) return std::nullopt;
  const xmlNode* root = doc->root();
  ReportStatus s;
  const std::string stage = xml::attribute(root, "stage").value_or("");
  std::size_t i = 0;
  while (i < kNames.size() && kNames[i] != stage) ++i;
  if (i == kNames.size()) return std::nullopt;
  s.stage = static_cast<ReportStage>(i);
  s.changed_by = xml::attribute(root, "changedBy").value_or("");
  s.changed_on = xml::attribute(root, "changedOn").value_or("");
  s.legal = xml::attribute(root, "legal").value_or("");
  s.finance = xml::attribute(root, "finance").value_or("");
  s.cleared_by = xml::attribute(root, "clearedBy").value_or("");
  s.cleared_on = xml::attribute(root, "clearedOn").value_or("");
  return s;
}

std::string status_file(std::string_view report) { return "status/" + std::string(report); }

std::optional<StageAction> stage_action(std::string_view name) {
  if (name == "submit") return StageAction::submit;
  if (name == "clear") return StageAction::clear;
  if (name == "publish") return StageAction::publish;
  if (name == "draft") return StageAction::to_draft;
  return std::nullopt;
}

StageChange change_stage(const ReportStatus& from, StageAction action, bool clerk, const std::string& who,
                         const std::string& now, std::string_view legal, std::string_view finance) {
  StageChange out;
  ReportStatus to = from;
  to.changed_by = who;
  to.changed_on = now;
  switch (action) {
    case StageAction::submit:
      if (from.stage != ReportStage::draft) {
        out.refusal = "This report is already " + std::string(stage_name(from.stage)) + ", so it cannot be submitted again.";
        return out;
      }
      to.stage = ReportStage::submitted;
      break;
    case StageAction::clear:
      if (!clerk) {
        out.forbidden = true;
        out.refusal = "Only democratic services can clear a report.";
        return out;
      }
      if (from.stage != ReportStage::submitted) {
        out.refusal = "Only a submitted report can be cleared; this one is " + std::string(stage_name(from.stage)) + ".";
        return out;
      }
      if (legal.empty() || finance.empty()) {
        out.refusal = legal.empty() ? "Enter the legal officer who signed the report off" : "Enter the finance officer who signed the report off";
        return out;
      }
      to.stage = ReportStage::cleared;
      to.legal = legal;
      to.finance = finance;
      to.cleared_by = who;
      to.cleared_on = now;
      break;
    case StageAction::publish:
      if (!clerk) {
        out.forbidden = true;
        out.refusal = "Only democratic services can publish a report.";
        return out;
      }
      if (from.stage != ReportStage::cleared) {
        out.refusal = "Only a cleared report can be published; this one is " + std::string(stage_name(from.stage)) + ".";
        return out;
      }
      to.stage = ReportStage::published;
      break;
    case StageAction::to_draft:
      if (!clerk) {
        out.forbidden = true;
        out.refusal = "Only democratic services can return a report to draft.";
        return out;
      }
      to = ReportStatus{.changed_by = who, .changed_on = now};
      break;
  }
  out.status = to;
  return out;
}

}  // namespace docket::serve
