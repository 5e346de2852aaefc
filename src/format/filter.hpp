#pragma once
// Template filters: `{{ meta/meeting/date | date "d MMMM y" }}`. A filter is compiled once
// per tag (ICU formatters are costly to build) and applied to each value. Values are the
// XPath string-values of data: numbers are decimal strings (never binary floating point),
// dates are xs:date / xs:dateTime, times xs:time.
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace docket::format {

/// A locale for formatting, e.g. "en-GB" (the default) or "cy-GB".
class Locale {
 public:
  /// Throws docket::UsageError when ICU does not know the locale.
  explicit Locale(std::string id = "en-GB");
  const std::string& id() const noexcept { return id_; }
  /// The language alone: "cy" for cy-GB.
  std::string language() const;
  /// The language and region as Word names a document's language (w:lang): "cy-GB" for
  /// cy-GB, cy_GB and cy (the region ICU deems likely when none is given), "en-GB" for en-GB.
  std::string document_language() const;

 private:
  std::string id_;
};

/// A filter as written in a tag: `number "#,##0.0"` is {"number", {"#,##0.0"}}. Quoted
/// arguments arrive without their quotes.
struct FilterCall {
  std::string name;
  std::vector<std::string> args;
};

/// A bad filter call (unknown name, wrong arguments) or a value the filter cannot format.
class FilterError : public std::runtime_error {
 public:
  FilterError(std::string message, std::string hint)
      : std::runtime_error(std::move(message)), hint_(std::move(hint)) {}
  const std::string& hint() const noexcept { return hint_; }

 private:
  std::string hint_;
};

class Filter {
 public:
  virtual ~Filter() = default;
  /// Formats one value. Throws FilterError when the value does not parse (a date that is
  /// not xs:date, a number that is not a decimal), naming the value.
  virtual std::string apply(std::string_view value) const = 0;
};

/// Compiles a filter call. Throws FilterError for an unknown filter (suggesting the nearest
/// name) or wrong arguments (saying what is expected).
std::unique_ptr<Filter> compile_filter(const FilterCall& call, const Locale& locale);

/// Every filter name, in the order docs/ lists them.
std::span<const std::string_view> filter_names();

}  // namespace docket::format
