// The period reported on (domain notes §2.3): its quarter and financial year must describe
// its dates, and the meeting should come after it ends.
#include "data/detail/rules_context.hpp"
#include "data/detail/rules_dates.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

constexpr const char* kMismatch = "rule.period-quarter-mismatch";

struct Period {
  Date start;
  Date end;
  std::optional<long> year;     // @financialYear: the year the financial year starts
  std::optional<long> quarter;  // @quarter
};

std::string quarter_words(FinancialQuarter q) {
  return "quarter " + std::to_string(q.quarter) + " of " + financial_year_label(q.year);
}

// The quarter the dates make, if they run from a quarter's first day to its last.
std::optional<FinancialQuarter> quarter_of_dates(const Period& p) {
  const FinancialQuarter q = financial_quarter_of(p.start);
  if (p.start == quarter_first_day(q) && p.end == quarter_last_day(q)) return q;
  return std::nullopt;
}

void check_quarter(RuleContext& rules, const xmlNode* element, const Period& p) {
  const FinancialQuarter said{static_cast<int>(p.year.value_or(financial_quarter_of(p.start).year)),
                              static_cast<int>(*p.quarter)};
  const Date first = quarter_first_day(said);
  const Date last = quarter_last_day(said);
  if (p.start == first && p.end == last) return;
  const std::string claim = p.year ? quarter_words(said) : "quarter " + std::to_string(said.quarter);
  const auto actual = quarter_of_dates(p);
  std::string hint = quarter_words(said) + " runs " + date_span(first, last) + ": ";
  if (actual) {
    std::string fix;
    if (p.year && actual->year != said.year) fix = "financialYear=\"" + std::to_string(actual->year) + "\"";
    if (actual->quarter != said.quarter) {
      fix += (fix.empty() ? "" : " ") + std::string("quarter=\"") + std::to_string(actual->quarter) + "\"";
    }
    hint += "for these dates write " + fix + ", or correct the dates";
  } else {
    hint += "a quarter runs from its first day to its last; correct the dates, or leave quarter "
            "out for a period that is not a whole quarter";
  }
  rules.error(element,
              "the period says " + claim + ", but runs " + date_span(p.start, p.end) +
                  (actual ? ", which is " + quarter_words(*actual) : ", which is not a whole quarter"),
              std::move(hint), kMismatch);
}

void check_year(RuleContext& rules, const xmlNode* element, const Period& p) {
  const int year = static_cast<int>(*p.year);
  const Date first{year, 4, 1};
  const Date last{year + 1, 3, 31};
  if (p.start >= first && p.end <= last) return;
  const int start_year = financial_quarter_of(p.start).year;
  const bool one_year = start_year == financial_quarter_of(p.end).year;
  rules.error(element,
              "the period says financial year " + financial_year_label(year) + ", but runs " +
                  date_span(p.start, p.end) +
                  (one_year ? ", which is in " + financial_year_label(start_year)
                            : ", which is not within that year"),
              financial_year_label(year) + " runs " + date_span(first, last) +
                  ": financialYear is the year the financial year starts (2023 for 2023/24); "
                  "correct it or the dates",
              kMismatch);
}

void check_meeting_after(RuleContext& rules, const Period& p) {
  const xmlNode* date_element = xml::child(rules.meeting(), "date");
  const auto meeting = parse_date(xml::text(date_element));
  if (!meeting || *meeting > p.end) return;
  const std::string relation = *meeting == p.end ? " is on the last day of" : " is before the end of";
  rules.warning(date_element,
                "the meeting (" + long_date(*meeting) + ")" + relation +
                    " the period reported on (" + long_date(p.end) + ")",
                "check the meeting date and the period: a report covers a period that has ended "
                "(quarterly reports usually go to the meeting 5 to 15 weeks after the quarter)",
                "rule.meeting-before-period-end");
}

}  // namespace

void check_period(RuleContext& rules) {
  const xmlNode* element = xml::child(xml::child(rules.root(), "meta"), "period");
  if (element == nullptr) return;
  const auto start = parse_date(xml::attribute(element, "start").value_or(""));
  const auto end = parse_date(xml::attribute(element, "end").value_or(""));
  if (!start || !end) return;  // the schema has reported them
  Period p{*start, *end, std::nullopt, std::nullopt};
  if (auto year = token_attribute(element, "financialYear")) {
    // xs:gYear may carry a time zone ("2023Z"); the year is the leading digits.
    p.year = small_integer(year->substr(0, year->find_first_not_of("0123456789")));
  }
  if (auto quarter = xml::attribute(element, "quarter")) p.quarter = small_integer(*quarter);
  if (p.end < p.start) {
    rules.error(element,
                "the period ends (" + long_date(p.end) + ") before it starts (" +
                    long_date(p.start) + ")",
                "swap start and end, or correct the dates", "rule.period-end-before-start");
    return;
  }
  if (p.quarter) {
    check_quarter(rules, element, p);
  } else if (p.year) {
    check_year(rules, element, p);
  }
  check_meeting_after(rules, p);
}

}  // namespace docket::data::detail
