#include "data/rules.hpp"

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace detail {

namespace {

// The authority is meta/authority in a report and a child of the root in an agenda.
Jurisdiction jurisdiction_of(const xmlNode* authority) {
  const auto value = token_attribute(authority, "jurisdiction");
  if (!value || *value == "england") return Jurisdiction::england;
  return *value == "wales" ? Jurisdiction::wales : Jurisdiction::other;
}

}  // namespace

RuleContext::RuleContext(const DataSource& data, Diagnostics& diags) : data_(data), diags_(diags) {
  const xmlNode* holder = data.kind() == DataKind::report ? xml::child(data.root(), "meta") : data.root();
  meeting_ = xml::child(holder, "meeting");
  jurisdiction_ = jurisdiction_of(xml::child(holder, "authority"));
}

std::string_view RuleContext::noun() const noexcept {
  return data_.kind() == DataKind::agenda ? "agenda" : "report";
}

void RuleContext::error(const xmlNode* at, std::string message, std::string hint, std::string code) {
  diags_.add(data_.at(at, Severity::error, std::move(message), std::move(hint), std::move(code)));
}

void RuleContext::warning(const xmlNode* at, std::string message, std::string hint,
                          std::string code) {
  diags_.add(data_.at(at, Severity::warning, std::move(message), std::move(hint), std::move(code)));
}

}  // namespace detail

void check_rules(const DataSource& data, Diagnostics& diags) {
  detail::RuleContext rules(data, diags);
  switch (data.kind()) {
    case DataKind::report:
      // Access first: whether the report, a section or an appendix may be withheld is the
      // most serious thing to get wrong.
      detail::check_access(rules);
      // The header: key decision and background papers, then the period against its dates
      // and the meeting.
      detail::check_report_meta(rules);
      detail::check_period(rules);
      // Values the template derives from (KPI status, risk score) must be derivable.
      detail::check_kpis(rules);
      detail::check_risks(rules);
      // Appendices: labels, files and whether the text mentions them.
      detail::check_report_appendices(rules);
      // Accessibility of the prose (WCAG 2.4.4 link purpose, 1.3.1 table headers).
      detail::check_prose(rules);
      break;
    case DataKind::agenda:
      detail::check_access(rules);
      // The item list: numbers, "to follow", Part II and exclusion, supplements.
      detail::check_agenda_items(rules);
      detail::check_agenda_appendices(rules);
      // Every paper the pack will include must be there before the pack is built.
      detail::check_agenda_files(rules);
      // Statutory notice: summons, publication and the 28-day private-meeting notice.
      detail::check_agenda_notices(rules);
      detail::check_prose(rules);
      break;
    case DataKind::other:
      break;  // data in no namespace or another vocabulary: no committee-paper rules apply
  }
}

}  // namespace data
