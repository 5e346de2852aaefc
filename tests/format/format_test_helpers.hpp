#pragma once
// Shared by the format tests: compile a filter as a tag would and apply it, or capture the
// FilterError it throws so a test can check the exact message and hint.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

#include "format/filter.hpp"

namespace docket::format::test {

/// Compiles `call` in `locale` and applies it to `value`.
inline std::string apply(std::string_view value, const FilterCall& call,
                         const std::string& locale = "en-GB") {
  return compile_filter(call, Locale(locale))->apply(value);
}

/// The FilterError thrown while compiling `call` or applying it to `value`; fails the test
/// when nothing is thrown.
inline FilterError filter_error(std::string_view value, const FilterCall& call) {
  try {
    apply(value, call);
  } catch (const FilterError& e) {
    return e;
  }
  FAIL("expected a FilterError from " << call.name << " on '" << value << "'");
  throw std::logic_error("unreachable");
}

}  // namespace docket::format::test
