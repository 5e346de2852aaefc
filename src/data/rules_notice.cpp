// Statutory notice before a meeting (domain notes §4.4): the summons and the agenda's
// publication need 5 clear days in England and 3 in Wales, and an executive meeting in
// private needs a 28-day notice (2012 Executive Arrangements Regulations, reg 5; England).
#include <algorithm>
#include <optional>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_dates.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

constexpr long kPrivateNoticeDays = 28;

std::string days_words(long n) { return std::to_string(n) + (n == 1 ? " clear day" : " clear days"); }

// `subject` ("the summons is issued on") and its date, against the meeting.
std::string timing(const std::string& subject, Date date, Date meeting) {
  const long clear = clear_days(date, meeting);
  const std::string on = subject + " " + long_date(date);
  if (date > meeting) return on + ", after the meeting on " + long_date(meeting);
  if (date == meeting) return on + ", the day of the meeting";
  return on + ", " + days_words(clear) + " before the meeting on " + long_date(meeting);
}

// Clear days leave out the day of issue and the meeting day; whether weekends and bank
// holidays count differs between councils, so docket counts calendar days and says so.
std::string latest_date_hint(const std::string& verb, Date meeting, long required) {
  return verb + " by " + long_date(add_days(meeting, -(required + 1))) +
         ": clear days leave out the day of issue and the day of the meeting. docket counts "
         "calendar days; many councils also leave out weekends and bank holidays, which needs "
         "an earlier date";
}

void check_notice(RuleContext& rules, const xmlNode* at, const std::string& date_text,
                  const std::string& subject, const std::string& verb, Date meeting, std::string code) {
  const auto date = parse_date(date_text);
  const auto jurisdiction = rules.authority_jurisdiction();
  if (!date || jurisdiction == Jurisdiction::other) return;
  const long required = jurisdiction == Jurisdiction::wales ? 3 : 5;
  if (*date < meeting && clear_days(*date, meeting) >= required) return;
  rules.warning(at,
                timing(subject, *date, meeting) + "; in " +
                    (jurisdiction == Jurisdiction::wales ? "Wales" : "England") + " at least " +
                    days_words(required) + " are required",
                latest_date_hint(verb, meeting, required), std::move(code));
}

bool is_executive(const std::string& body) {
  const std::string lower = ascii_lower(body);
  return lower.find("cabinet") != std::string::npos || lower.find("executive") != std::string::npos;
}

void check_private_notice(RuleContext& rules, Date meeting) {
  const std::string body = token_text(xml::child(rules.meeting(), "body"));
  if (rules.authority_jurisdiction() != Jurisdiction::england || !is_executive(body)) return;
  const auto items = xml::descendants(xml::child(rules.root(), "items"), "item");
  const auto first_private = std::find_if(items.begin(), items.end(), is_part_two);
  if (first_private == items.end()) return;
  const xmlNode* best = nullptr;  // the earliest 28-day notice
  std::optional<Date> best_date;
  for (const xmlNode* notice : xml::children(rules.root(), "privateMeetingNotice")) {
    const auto date = parse_date(xml::attribute(notice, "date").value_or(""));
    if (token_attribute(notice, "kind") != "28-day" || !date) continue;
    if (!best_date || *date < *best_date) {
      best = notice;
      best_date = date;
    }
  }
  const std::string hint = latest_date_hint("date it", meeting, kPrivateNoticeDays) +
                           "; a later notice needs the agreement of the chair of the relevant "
                           "overview and scrutiny committee (regulation 5)";
  if (best == nullptr) {
    rules.warning(*first_private,
                  "the meeting of " + body + " takes " + item_name(*first_private) +
                      " in private, but the agenda has no 28-day notice of the intention to meet "
                      "in private",
                  "add <privateMeetingNotice kind=\"28-day\" date=\"\u2026\"/> and " + hint,
                  "rule.private-notice-28-day");
    return;
  }
  if (*best_date < meeting && clear_days(*best_date, meeting) >= kPrivateNoticeDays) return;
  rules.warning(best,
                timing("the 28-day notice is dated", *best_date, meeting) + "; at least " +
                    days_words(kPrivateNoticeDays) + " are required",
                hint, "rule.private-notice-28-day");
}

}  // namespace

void check_agenda_notices(RuleContext& rules) {
  const auto meeting = parse_date(xml::child_text(rules.meeting(), "date").value_or(""));
  if (!meeting) return;
  if (const xmlNode* summons = xml::child(rules.root(), "summons")) {
    check_notice(rules, summons, xml::attribute(summons, "issueDate").value_or(""),
                 "the summons is issued on", "issue it", *meeting, "rule.summons-notice");
  }
  if (const xmlNode* published = xml::child(rules.meeting(), "publicationDate")) {
    check_notice(rules, published, xml::text(published), "the agenda is published on",
                 "publish it", *meeting, "rule.publication-notice");
  }
  check_private_notice(rules, *meeting);
}

}  // namespace docket::data::detail
