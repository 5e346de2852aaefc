// The filter table: one row per filter with its usage line, which is both the error message
// for wrong arguments and the line docs/template/filters.md shows.
#include <algorithm>
#include <array>
#include <vector>

#include "format/detail/compilers.hpp"
#include "format/filter.hpp"
#include "support/text.hpp"

namespace docket::format {

namespace {

using Compiler = std::unique_ptr<Filter> (*)(const FilterCall&, const Locale&);

struct FilterSpec {
  std::string_view name;
  std::string_view usage;
  std::size_t min_args;
  std::size_t max_args;
  Compiler compile;
};

constexpr std::array<FilterSpec, 16> filters{{
    {"date", "date takes an ICU pattern or a style (long, full, medium, short), "
             "e.g. date \"d MMMM y\" or date long", 1, 1, detail::compile_date},
    {"ordinal-date", "ordinal-date takes nothing, or an ICU pattern for what follows the day, "
                     "e.g. ordinal-date \"MMMM y\"", 0, 1, detail::compile_ordinal_date},
    {"time", "time takes an ICU pattern, e.g. time \"HH:mm\" or time \"h.mm a\"", 1, 1,
     detail::compile_time},
    {"number", "number takes an ICU number pattern, e.g. number \"#,##0.0\"", 1, 1,
     detail::compile_number},
    {"integer", "integer takes no arguments", 0, 0, detail::compile_integer},
    {"percent", "percent takes the number of decimals, e.g. percent 0", 1, 1,
     detail::compile_percent},
    {"currency", "currency takes an ISO 4217 code and, optionally, the number of decimals, "
                 "e.g. currency GBP or currency GBP 2", 1, 2, detail::compile_currency},
    {"spellout", "spellout takes no arguments", 0, 0, detail::compile_rule_based},
    {"ordinal", "ordinal takes no arguments", 0, 0, detail::compile_rule_based},
    {"upper", "upper takes no arguments", 0, 0, detail::compile_case_mapping},
    {"lower", "lower takes no arguments", 0, 0, detail::compile_case_mapping},
    {"title", "title takes no arguments", 0, 0, detail::compile_case_mapping},
    {"default", "default takes the text to print when the value is empty, "
                "e.g. default \"None\"", 1, 1, detail::compile_default},
    {"fy-quarter", "fy-quarter takes no argument, or long for \"Quarter 2 2023/24\"", 0, 1,
     detail::compile_financial_year},
    {"fy", "fy takes no argument, or long for \"Financial year 2023/24\"", 0, 1, detail::compile_financial_year},
    {"rag", "rag takes no arguments", 0, 0, detail::compile_rag},
}};

constexpr auto names = [] {
  std::array<std::string_view, filters.size()> out{};
  for (std::size_t i = 0; i < filters.size(); ++i) out[i] = filters[i].name;
  return out;
}();

const FilterSpec* find_spec(std::string_view name) {
  const auto it = std::find_if(filters.begin(), filters.end(),
                               [&](const FilterSpec& spec) { return spec.name == name; });
  return it == filters.end() ? nullptr : &*it;
}

[[noreturn]] void throw_unknown_filter(std::string_view name) {
  std::string hint;
  if (auto near = nearest(name, std::span<const std::string_view>(names))) hint = "did you mean '" + *near + "'? ";
  hint += "The filters are ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    hint += (i == 0 ? "" : ", ") + std::string(names[i]);
  }
  throw FilterError("unknown filter '" + std::string(name) + "'", hint + ".");
}

// Shows the call as the template author typed it, quoting arguments that need quotes.
std::string as_written(const FilterCall& call) {
  std::string out = call.name;
  for (const std::string& arg : call.args) {
    const bool plain = !arg.empty() && arg.find_first_not_of(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-") == std::string::npos;
    out += plain ? " " + arg : " \"" + arg + "\"";
  }
  return out;
}

}  // namespace

void detail::throw_bad_arguments(const FilterCall& call) {
  const FilterSpec* spec = find_spec(call.name);
  throw FilterError(spec ? std::string(spec->usage) : "unknown filter '" + call.name + "'",
                    "the tag has: " + as_written(call));
}

std::unique_ptr<Filter> compile_filter(const FilterCall& call, const Locale& locale) {
  const FilterSpec* spec = find_spec(call.name);
  if (spec == nullptr) throw_unknown_filter(call.name);
  if (call.args.size() < spec->min_args || call.args.size() > spec->max_args) {
    detail::throw_bad_arguments(call);
  }
  return spec->compile(call, locale);
}

std::span<const std::string_view> filter_names() { return names; }

}  // namespace docket::format
