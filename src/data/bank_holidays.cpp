#include "data/bank_holidays.hpp"

#include "data/data_source.hpp"
#include "data/schema_check.hpp"
#include "format/civil_days.hpp"
#include "support/files.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

constexpr std::uint64_t kMaxCalendarBytes = 4ull << 20;

long day_of(const std::string& iso) { return format::day_number(*format::parse_iso_date(iso)); }

}  // namespace

std::filesystem::path BankHolidays::shipped_file() { return data_dir() / "schemas" / "bank-holidays" / "uk.xml"; }

std::optional<BankHolidays> BankHolidays::load(const std::filesystem::path& path, xml::SchemaCache& schemas,
                                               Diagnostics& diags) {
  std::string text = read_file(path, kMaxCalendarBytes);
  auto doc = xml::parse(text, path.string(), diags);
  if (!doc) return std::nullopt;
  const DataSource file(path.string(), std::move(text), std::move(*doc));
  if (file.root_namespace() != kBankHolidayNamespace || xml::local_name(file.root()) != "bankHolidays") {
    diags.add(file.at(file.root(), Severity::error,
                      "this is not a bank holiday calendar: the root must be <bankHolidays> in namespace " +
                          std::string(kBankHolidayNamespace),
                      "start from docket's schemas/bank-holidays/uk.xml", "calendar.not-a-calendar"));
    return std::nullopt;
  }
  const std::size_t errors = diags.error_count();
  check_schema(file, schemas.get(data_dir() / "schemas" / "bank-holidays.xsd"), diags);
  if (diags.error_count() != errors) return std::nullopt;
  BankHolidays out;
  out.file_ = path.string();
  out.from_ = day_of(xml::attribute(file.root(), "from").value_or(""));
  out.to_ = day_of(xml::attribute(file.root(), "to").value_or(""));
  for (const xmlNode* division : xml::children(file.root(), "division")) {
    const std::string id = xml::attribute(division, "id").value_or("");
    out.order_.push_back(id);
    auto& days = out.days_[id];
    for (const xmlNode* holiday : xml::children(division, "holiday")) {
      const std::string date = xml::attribute(holiday, "date").value_or("");
      const long day = day_of(date);
      if (day < out.from_ || day > out.to_) {
        diags.add(file.at(xml::attribute_node(holiday, "date"), Severity::error,
                          "the holiday on " + date + " is outside the dates the calendar covers (from " +
                              xml::attribute(file.root(), "from").value_or("") + " to " +
                              xml::attribute(file.root(), "to").value_or("") + ")",
                          "widen from= and to= on <bankHolidays>, or remove the holiday", "calendar.outside"));
      }
      days.insert(day);
    }
  }
  if (diags.error_count() != errors) return std::nullopt;
  return out;
}

bool BankHolidays::has(std::string_view division) const { return days_.find(division) != days_.end(); }

bool BankHolidays::is_holiday(std::string_view division, long day) const {
  auto it = days_.find(division);
  return it != days_.end() && it->second.count(day) > 0;
}

bool BankHolidays::is_working_day(std::string_view division, long day) const {
  return format::weekday(format::date_of_day(day)) < 5 && !is_holiday(division, day);
}

std::optional<long> BankHolidays::latest_publication_day(std::string_view division, long meeting, int n) const {
  long day = meeting;
  for (int found = 0; found < n;) {
    if (--day < from_ || day > to_) return std::nullopt;
    found += is_working_day(division, day) ? 1 : 0;
  }
  // The n-th working day before the meeting is the first clear one; papers go out on a
  // working day, so the last working day before it.
  do {
    if (--day < from_) return std::nullopt;
  } while (!is_working_day(division, day));
  return day;
}

}  // namespace docket::data
