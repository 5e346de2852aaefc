// Date and working-day functions for templates: deadlines a committee cycle needs (call-in
// ends five working days after a decision; an agenda goes out five clear working days before
// the meeting). Dates are read as data writes them (2023-12-07, or the date of a date and
// time) and returned the same way, so filters format them. A value that is not a date, or a
// day count that is not a whole number, ends the evaluation with an error naming the function.
#include <cmath>
#include <memory>
#include <optional>
#include <string>

#include "data/bank_holidays.hpp"
#include "format/civil_days.hpp"
#include "template/functions.hpp"

namespace docket::tmpl {

namespace {

using format::CivilDate;

struct XmlFree {
  void operator()(xmlChar* p) const noexcept { xmlFree(p); }
};

// The arguments, last first (XPath pushes them in order): each pop checks and converts.
class Arguments {
 public:
  Arguments(xmlXPathParserContext* ctxt, int nargs, const char* name) : ctxt_(ctxt), nargs_(nargs), name_(name) {}

  bool arity(int least, int most) {
    if (nargs_ < least || nargs_ > most) {
      fail("takes " + std::to_string(least) + (least == most ? "" : " or " + std::to_string(most)) + " arguments, not " +
           std::to_string(nargs_));
      return false;
    }
    return true;
  }

  std::optional<CivilDate> date() {
    const std::string text = string();
    if (failed_) return std::nullopt;
    auto d = format::parse_iso_date(text);
    if (!d) fail("\u201C" + text + "\u201D is not a date (write dates as 2023-12-07)");
    return d;
  }

  std::optional<long> whole_number() {
    const double n = xmlXPathPopNumber(ctxt_);
    if (!std::isfinite(n) || n != std::floor(n) || std::fabs(n) > 1e6) {
      fail("the number of days or months must be a whole number");
      return std::nullopt;
    }
    return static_cast<long>(n);
  }

  std::string string() {
    std::unique_ptr<xmlChar, XmlFree> s(xmlXPathPopString(ctxt_));
    return s ? reinterpret_cast<const char*>(s.get()) : "";
  }

  void fail(const std::string& message) {
    if (failed_) return;
    failed_ = true;
    xml::XPathContext::fail(ctxt_, std::string(name_) + "(): " + message);
  }
  bool failed() const noexcept { return failed_; }

 private:
  xmlXPathParserContext* ctxt_;
  int nargs_;
  const char* name_;
  bool failed_ = false;
};

void push_date(xmlXPathParserContext* ctxt, const CivilDate& d) {
  valuePush(ctxt, xmlXPathNewString(BAD_CAST format::iso_text(d).c_str()));
}

template <bool Months, int Factor>
void add_period(xmlXPathParserContext* ctxt, int nargs) {
  Arguments a(ctxt, nargs, Months ? (Factor == 12 ? "add-years" : "add-months") : "add-days");
  if (!a.arity(2, 2)) return;
  auto n = a.whole_number();
  auto d = a.date();
  if (a.failed()) return;
  push_date(ctxt, Months ? format::add_months(*d, *n * Factor) : format::add_days(*d, *n));
}

void days_between(xmlXPathParserContext* ctxt, int nargs) {
  Arguments a(ctxt, nargs, "days-between");
  if (!a.arity(2, 2)) return;
  auto to = a.date();
  auto from = a.date();
  if (a.failed()) return;
  valuePush(ctxt, xmlXPathNewFloat(static_cast<double>(format::day_number(*to) - format::day_number(*from))));
}

void compare_dates(xmlXPathParserContext* ctxt, int nargs) {
  Arguments a(ctxt, nargs, "compare-dates");
  if (!a.arity(2, 2)) return;
  auto b = a.date();
  auto x = a.date();
  if (a.failed()) return;
  const long d = format::day_number(*x) - format::day_number(*b);
  valuePush(ctxt, xmlXPathNewFloat(d < 0 ? -1.0 : d > 0 ? 1.0 : 0.0));
}

// Working days: Monday to Friday, not a bank holiday of the division.
class WorkingDays {
 public:
  WorkingDays(xmlXPathParserContext* ctxt, Arguments& args, std::string division)
      : args_(args), division_(std::move(division)) {
    const auto* env = static_cast<const FunctionEnv*>(xml::XPathContext::function_data(ctxt));
    holidays_ = env != nullptr ? env->holidays : nullptr;
    if (holidays_ == nullptr) {
      args_.fail("no bank holiday calendar is loaded");
    } else if (!holidays_->has(division_)) {
      std::string known;
      for (const auto& d : holidays_->divisions()) known += (known.empty() ? "" : ", ") + d;
      args_.fail("\u201C" + division_ + "\u201D is not a division of the bank holiday calendar (it has " + known + ")");
    }
  }

  bool working(long day) {
    if (args_.failed()) return false;
    if (day < holidays_->first_day() || day > holidays_->last_day()) {
      args_.fail("the bank holiday calendar " + holidays_->file() + " covers " +
                 format::iso_text(format::date_of_day(holidays_->first_day())) + " to " +
                 format::iso_text(format::date_of_day(holidays_->last_day())) + ", not " +
                 format::iso_text(format::date_of_day(day)));
      return false;
    }
    return format::weekday(format::date_of_day(day)) < 5 && !holidays_->is_holiday(division_, day);
  }

  // The day `n` working days after `day` (before it when n < 0).
  long step(long day, long n) {
    const long direction = n < 0 ? -1 : 1;
    for (long left = n * direction; left > 0 && !args_.failed();) {
      day += direction;
      if (working(day)) --left;
    }
    return day;
  }

 private:
  Arguments& args_;
  std::string division_;
  const data::BankHolidays* holidays_ = nullptr;
};

std::string division_argument(Arguments& a, int nargs, int optional_at) {
  return nargs == optional_at ? a.string() : std::string(data::kDefaultDivision);
}

void add_working_days(xmlXPathParserContext* ctxt, int nargs) {
  Arguments a(ctxt, nargs, "add-working-days");
  if (!a.arity(2, 3)) return;
  const std::string division = division_argument(a, nargs, 3);
  auto n = a.whole_number();
  auto d = a.date();
  if (a.failed()) return;
  WorkingDays w(ctxt, a, division);
  const long day = w.step(format::day_number(*d), *n);
  if (!a.failed()) push_date(ctxt, format::date_of_day(day));
}

// The working days strictly between two dates ("clear" days: neither end counts).
void working_days_between(xmlXPathParserContext* ctxt, int nargs) {
  Arguments a(ctxt, nargs, "working-days-between");
  if (!a.arity(2, 3)) return;
  const std::string division = division_argument(a, nargs, 3);
  auto to = a.date();
  auto from = a.date();
  if (a.failed()) return;
  WorkingDays w(ctxt, a, division);
  long first = format::day_number(*from);
  long last = format::day_number(*to);
  const double sign = first <= last ? 1.0 : -1.0;
  if (first > last) std::swap(first, last);
  long count = 0;
  for (long day = first + 1; day < last && !a.failed(); ++day) count += w.working(day) ? 1 : 0;
  if (!a.failed()) valuePush(ctxt, xmlXPathNewFloat(sign * static_cast<double>(count)));
}

// The last working day that leaves `n` clear working days before the date: an agenda for a
// meeting on Monday 18 December 2023 with five clear working days goes out by Friday 8th.
void clear_working_days_before(xmlXPathParserContext* ctxt, int nargs) {
  Arguments a(ctxt, nargs, "clear-working-days-before");
  if (!a.arity(2, 3)) return;
  const std::string division = division_argument(a, nargs, 3);
  auto n = a.whole_number();
  auto d = a.date();
  if (a.failed()) return;
  if (*n < 0) return a.fail("the number of clear working days cannot be negative");
  WorkingDays w(ctxt, a, division);
  const long day = w.step(format::day_number(*d), -(*n + 1));
  if (!a.failed()) push_date(ctxt, format::date_of_day(day));
}

void is_working_day(xmlXPathParserContext* ctxt, int nargs) {
  Arguments a(ctxt, nargs, "is-working-day");
  if (!a.arity(1, 2)) return;
  const std::string division = division_argument(a, nargs, 2);
  auto d = a.date();
  if (a.failed()) return;
  WorkingDays w(ctxt, a, division);
  const bool working = w.working(format::day_number(*d));
  if (!a.failed()) valuePush(ctxt, xmlXPathNewBoolean(working));
}

}  // namespace

void register_date_functions(xml::XPathContext& ctx) {
  ctx.register_function("add-days", "", add_period<false, 1>);
  ctx.register_function("add-months", "", add_period<true, 1>);
  ctx.register_function("add-years", "", add_period<true, 12>);
  ctx.register_function("days-between", "", days_between);
  ctx.register_function("compare-dates", "", compare_dates);
  ctx.register_function("add-working-days", "", add_working_days);
  ctx.register_function("working-days-between", "", working_days_between);
  ctx.register_function("clear-working-days-before", "", clear_working_days_before);
  ctx.register_function("is-working-day", "", is_working_day);
}

}  // namespace docket::tmpl
