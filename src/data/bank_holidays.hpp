#pragma once
// Bank holiday calendars for counting working days (call-in periods, "five clear working
// days" before a meeting): one division per part of the UK, loaded from docket's shipped
// schemas/bank-holidays/uk.xml (made by scripts/make-bank-holidays.py from GOV.UK's list) or
// from a council's own file of the same form (schemas/bank-holidays.xsd).
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::data {

inline constexpr std::string_view kBankHolidayNamespace = "urn:docket:bank-holidays:1";
/// The division a working-day function counts in when it names none.
inline constexpr std::string_view kDefaultDivision = "england-and-wales";

class BankHolidays {
 public:
  /// The shipped calendar, data_dir()/schemas/bank-holidays/uk.xml.
  static std::filesystem::path shipped_file();

  /// Loads and checks a calendar file (schema, then dates inside from–to). Problems go to
  /// `diags` at the file's lines and nullopt is returned; throws IoError when unreadable.
  static std::optional<BankHolidays> load(const std::filesystem::path& path, xml::SchemaCache& schemas,
                                          Diagnostics& diags);

  /// Whether the calendar has `division`.
  bool has(std::string_view division) const;
  /// The divisions, in file order, for messages.
  const std::vector<std::string>& divisions() const noexcept { return order_; }
  /// Whether a day (days since 1970-01-01) is a bank holiday in `division`.
  bool is_holiday(std::string_view division, long day) const;
  /// Whether a day is a working day in `division`: Monday to Friday, not a bank holiday.
  bool is_working_day(std::string_view division, long day) const;
  /// The last working day a paper can be published on and still leave `n` clear working days
  /// (neither the day of publication nor the meeting day counts) before a meeting on
  /// `meeting`; nullopt when the days counted are outside the calendar.
  std::optional<long> latest_publication_day(std::string_view division, long meeting, int n) const;
  /// The first and last day the calendar covers (days since 1970-01-01).
  long first_day() const noexcept { return from_; }
  long last_day() const noexcept { return to_; }
  /// The file it came from, for messages.
  const std::string& file() const noexcept { return file_; }

 private:
  std::string file_;
  long from_ = 0;
  long to_ = 0;
  std::vector<std::string> order_;
  std::map<std::string, std::set<long>, std::less<>> days_;
};

}  // namespace docket::data
