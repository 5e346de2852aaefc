// Reading XSD date and time lexical forms (XML Schema Part 2, 3.2.7-3.2.9). Years have
// exactly four digits: committee papers never need the expanded forms.
#include <chrono>

#include "format/detail/iso_values.hpp"
#include "format/detail/values.hpp"
#include "format/financial_year.hpp"

namespace docket::format {

namespace {

using detail::ClockTime;
using detail::DateTime;

// Reads left to right; each read_* returns false when the text does not match, and callers
// give up at the first false.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}
  bool at_end() const { return pos_ == text_.size(); }
  bool next_is(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
  bool skip(char c) {
    if (!next_is(c)) return false;
    ++pos_;
    return true;
  }
  // Exactly `count` digits, within [low, high].
  bool read_number(int count, int low, int high, int& out) {
    int value = 0;
    for (int i = 0; i < count; ++i, ++pos_) {
      if (pos_ == text_.size() || text_[pos_] < '0' || text_[pos_] > '9') return false;
      value = value * 10 + (text_[pos_] - '0');
    }
    out = value;
    return value >= low && value <= high;
  }
  // One or more digits after a decimal point; keeps milliseconds, drops the rest.
  bool read_fraction(int& milliseconds) {
    milliseconds = 0;
    int count = 0;
    for (; pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9'; ++pos_, ++count) {
      if (count < 3) milliseconds = milliseconds * 10 + (text_[pos_] - '0');
    }
    for (int i = count; i < 3; ++i) milliseconds *= 10;
    return count > 0;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

bool read_date(Reader& in, CivilDate& out) {
  if (!(in.read_number(4, 1, 9999, out.year) && in.skip('-') &&
        in.read_number(2, 1, 12, out.month) && in.skip('-') &&
        in.read_number(2, 1, 31, out.day))) {
    return false;
  }
  const std::chrono::year_month_day ymd{std::chrono::year(out.year),
                                        std::chrono::month(static_cast<unsigned>(out.month)),
                                        std::chrono::day(static_cast<unsigned>(out.day))};
  return ymd.ok();  // 2023-02-29, 2023-04-31
}

// hh:mm[:ss[.fff]]; seconds are required by XSD but officers' data often leaves them out.
bool read_time(Reader& in, ClockTime& out) {
  out = ClockTime{0, 0, 0, 0};
  if (!(in.read_number(2, 0, 23, out.hour) && in.skip(':') &&
        in.read_number(2, 0, 59, out.minute))) {
    return false;
  }
  if (!in.skip(':')) return true;
  if (!in.read_number(2, 0, 59, out.second)) return false;
  return !in.skip('.') || in.read_fraction(out.millisecond);
}

// Z or ±hh:mm, optional. Read only to be skipped: values are wall-clock times.
bool skip_zone(Reader& in) {
  if (in.skip('Z')) return true;
  if (!in.skip('+') && !in.skip('-')) return true;
  int ignored = 0;
  return in.read_number(2, 0, 14, ignored) && in.skip(':') && in.read_number(2, 0, 59, ignored);
}

}  // namespace

namespace detail {

std::optional<DateTime> parse_iso_date_time(std::string_view text) {
  Reader in(trim_xml_space(text));
  DateTime out{{0, 0, 0}, {0, 0, 0, 0}};
  if (!read_date(in, out.date)) return std::nullopt;
  if (in.skip('T') && !read_time(in, out.time)) return std::nullopt;
  if (!skip_zone(in) || !in.at_end()) return std::nullopt;
  return out;
}

std::optional<ClockTime> parse_iso_time(std::string_view text) {
  const std::string_view trimmed = trim_xml_space(text);
  if (trimmed.find('T') != std::string_view::npos) {
    const std::optional<DateTime> when = parse_iso_date_time(trimmed);
    if (!when) return std::nullopt;
    return when->time;
  }
  Reader in(trimmed);
  ClockTime out{};
  if (!read_time(in, out) || !skip_zone(in) || !in.at_end()) return std::nullopt;
  return out;
}

double to_udate(const DateTime& when) {
  using namespace std::chrono;
  const sys_days day = year_month_day{year(when.date.year),
                                      month(static_cast<unsigned>(when.date.month)),
                                      std::chrono::day(static_cast<unsigned>(when.date.day))};
  const auto instant = day + hours(when.time.hour) + minutes(when.time.minute) +
                       seconds(when.time.second) + milliseconds(when.time.millisecond);
  return static_cast<double>(duration_cast<milliseconds>(instant.time_since_epoch()).count());
}

}  // namespace detail

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  const std::optional<detail::DateTime> when = detail::parse_iso_date_time(text);
  if (!when) return std::nullopt;
  return when->date;
}

}  // namespace docket::format
