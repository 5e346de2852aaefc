#include <algorithm>

#include "format_test_helpers.hpp"
#include "support/error.hpp"

using docket::format::FilterCall;
using docket::format::FilterError;
using docket::format::Locale;
using docket::format::test::filter_error;

TEST_CASE("an unknown filter suggests the nearest name", "[format]") {
  SECTION("one letter missing") {
    const FilterError e = filter_error("2023-12-07", {"dat", {"long"}});
    CHECK(std::string(e.what()) == "unknown filter 'dat'");
    CHECK(e.hint().rfind("did you mean 'date'? The filters are date, ordinal-date, time,", 0) ==
          0);
  }
  SECTION("swapped letters, wrong case or underscore") {
    CHECK(filter_error("1", {"intgeer", {}}).hint().rfind("did you mean 'integer'?", 0) == 0);
    CHECK(filter_error("x", {"UPPER", {}}).hint().rfind("did you mean 'upper'?", 0) == 0);
    CHECK(filter_error("2023-12-07", {"fy_quarter", {}}).hint().rfind(
              "did you mean 'fy-quarter'?", 0) == 0);
  }
  SECTION("nothing close lists the filters only") {
    const FilterError e = filter_error("x", {"colour", {}});
    CHECK(std::string(e.what()) == "unknown filter 'colour'");
    CHECK(e.hint() ==
          "The filters are date, ordinal-date, time, number, integer, percent, currency, "
          "spellout, ordinal, upper, lower, title, default, fy-quarter, fy, rag.");
  }
}

TEST_CASE("a wrong number of arguments says what the filter takes", "[format]") {
  SECTION("percent without its decimals") {
    const FilterError e = filter_error("22.2", {"percent", {}});
    CHECK(std::string(e.what()) == "percent takes the number of decimals, e.g. percent 0");
    CHECK(e.hint() == "the tag has: percent");
  }
  SECTION("too many") {
    const FilterError e = filter_error("1", {"currency", {"GBP", "2", "x"}});
    CHECK(std::string(e.what()) == "currency takes an ISO 4217 code and, optionally, the number "
                                   "of decimals, e.g. currency GBP or currency GBP 2");
    CHECK(e.hint() == "the tag has: currency GBP 2 x");
  }
  SECTION("date without a pattern") {
    CHECK(std::string(filter_error("2023-12-07", {"date", {}}).what()) ==
          "date takes an ICU pattern or a style (long, full, medium, short), e.g. "
          "date \"d MMMM y\" or date long");
  }
  SECTION("an argument to a filter that takes none") {
    const FilterError e = filter_error("43", {"spellout", {"en"}});
    CHECK(std::string(e.what()) == "spellout takes no arguments");
    CHECK(e.hint() == "the tag has: spellout en");
  }
}

TEST_CASE("an argument of the wrong kind says what is expected", "[format]") {
  SECTION("decimals that are not a count") {
    const char* decimals = GENERATE("one", "-1", "1.5", "11", "");
    const FilterError e = filter_error("22.2", {"percent", {decimals}});
    CHECK(std::string(e.what()) == "percent takes the number of decimals, e.g. percent 0");
  }
  SECTION("the hint quotes an argument as it would be typed") {
    CHECK(filter_error("22.2", {"percent", {"two places"}}).hint() ==
          "the tag has: percent \"two places\"");
  }
  SECTION("currency decimals") {
    CHECK(filter_error("1", {"currency", {"GBP", "pence"}}).hint() ==
          "the tag has: currency GBP pence");
  }
  SECTION("an unknown currency code") {
    const char* code = GENERATE("XYZ", "£", "POUND", "GB");
    const FilterError e = filter_error("1", {"currency", {code}});
    CHECK(std::string(e.what()) == "'" + std::string(code) + "' is not a currency code");
    CHECK(e.hint() == "use an ISO 4217 code such as GBP or EUR, e.g. currency GBP");
  }
  SECTION("a financial-year label other than long") {
    const FilterError e = filter_error("2023-12-07", {"fy-quarter", {"full"}});
    CHECK(std::string(e.what()) == "fy-quarter takes no argument, or long for \"Quarter 2 2023/24\"");
    CHECK(e.hint() == "the tag has: fy-quarter full");
    CHECK(std::string(filter_error("2023-12-07", {"fy", {"short"}}).what()) ==
          "fy takes no argument, or long for \"Financial year 2023/24\"");
  }
}

TEST_CASE("a bad date pattern is an error when the filter is compiled", "[format]") {
  const Locale en_gb;
  SECTION("a letter ICU does not know") {
    try {
      docket::format::compile_filter({"date", {"d MMMM yo"}}, en_gb);
      FAIL("no error");
    } catch (const FilterError& e) {
      CHECK(std::string(e.what()) == "'d MMMM yo' is not a date pattern");
      CHECK(e.hint() == "'o' is not an ICU pattern letter; put other text in single quotes, "
                        "e.g. \"d MMMM y 'at' HH:mm\"");
    }
  }
  SECTION("an unclosed quote") {
    const FilterError e = filter_error("14:30", {"time", {"HH:mm 'o''clock"}});
    CHECK(std::string(e.what()) == "'HH:mm 'o''clock' is not a time pattern");
    CHECK(e.hint().rfind("a quote is not closed", 0) == 0);
  }
  SECTION("no fields at all") {
    const FilterError e = filter_error("2023-12-07", {"date", {"'today'"}});
    CHECK(e.hint().rfind("the pattern has no fields", 0) == 0);
  }
  SECTION("ordinal-date checks its pattern too") {
    CHECK(std::string(filter_error("2023-12-07", {"ordinal-date", {"MMMM y, o"}}).what()) ==
          "'MMMM y, o' is not a date pattern");
  }
}

TEST_CASE("a bad number pattern is an error when the filter is compiled", "[format]") {
  SECTION("ICU cannot read it") {
    const FilterError e = filter_error("1", {"number", {"#,##0.0.0"}});
    CHECK(std::string(e.what()) == "'#,##0.0.0' is not a number pattern");
    CHECK(e.hint() == "0 is a digit, # an optional digit, ',' groups thousands and '.' is the "
                      "decimal point, e.g. number \"#,##0.0\"");
  }
  SECTION("no digits") {
    CHECK(std::string(filter_error("1", {"number", {"abc"}}).what()) ==
          "'abc' is not a number pattern");
  }
  SECTION("percent and currency signs belong to their own filters") {
    const char* pattern = GENERATE("0.0%", "0\u2030", "\u00A4#,##0");
    CHECK(filter_error("1", {"number", {pattern}}).hint() ==
          "use percent N for percentages and currency CODE for money");
  }
}

TEST_CASE("a value that does not parse is named with the form data should use", "[format]") {
  SECTION("dates") {
    const FilterError e = filter_error("7/12/2023", {"date", {"long"}});
    CHECK(std::string(e.what()) == "'7/12/2023' is not a date");
    CHECK(e.hint() == "dates in data are written 2023-12-07 (or 2023-12-07T14:30:00 with a time)");
    CHECK(std::string(filter_error("2023-02-29", {"fy", {}}).what()) ==
          "'2023-02-29' is not a date");
    CHECK(std::string(filter_error("14:30", {"ordinal-date", {}}).what()) ==
          "'14:30' is not a date");
  }
  SECTION("times") {
    const FilterError e = filter_error("2pm", {"time", {"HH:mm"}});
    CHECK(std::string(e.what()) == "'2pm' is not a time");
    CHECK(e.hint() == "times in data are written 14:30 or 14:30:00");
  }
  SECTION("numbers") {
    const char* number = GENERATE("1,250,000", "£5", "12%", "1e3", "NaN", "1.2.3", "-", ".");
    const FilterError e = filter_error(number, {"number", {"0"}});
    CHECK(std::string(e.what()) == "'" + std::string(number) + "' is not a number");
    CHECK(e.hint() == "numbers in data are written like 1234.5, with no grouping, currency or "
                      "percent sign");
  }
  SECTION("whole numbers for spellout and ordinal") {
    const FilterError e = filter_error("43.5", {"spellout", {}});
    CHECK(std::string(e.what()) == "'43.5' is not a whole number");
    CHECK(e.hint() == "spellout needs a whole number such as 43");
    CHECK(std::string(filter_error("99999999999999999999", {"ordinal", {}}).what()) ==
          "'99999999999999999999' is too large for ordinal");
  }
}

TEST_CASE("an empty value has nothing to format", "[format]") {
  const FilterCall call = GENERATE(FilterCall{"date", {"long"}}, FilterCall{"time", {"HH:mm"}},
                                   FilterCall{"integer", {}}, FilterCall{"percent", {"0"}},
                                   FilterCall{"currency", {"GBP"}}, FilterCall{"spellout", {}},
                                   FilterCall{"fy-quarter", {}}, FilterCall{"rag", {}});
  const FilterError e = filter_error(" ", call);
  CHECK(std::string(e.what()) == "nothing to format");
  CHECK(e.hint() == call.name + " needs a value, but the selected value is empty; check the "
                                "data, or put default \"…\" in place of " + call.name);
}

TEST_CASE("Locale accepts locales ICU has data for and refuses others", "[format]") {
  SECTION("both spellings of a tag") {
    CHECK(Locale().id() == "en-GB");
    CHECK(Locale("en_GB").id() == "en_GB");
    CHECK_NOTHROW(Locale("cy-GB"));
  }
  SECTION("unknown or malformed") {
    const char* id = GENERATE("xx-YY", "en-XX", "cy-BG", "english", "", "en GB");
    try {
      Locale{id};
      FAIL("no error for " << id);
    } catch (const docket::UsageError& e) {
      CHECK(std::string(e.what()) == "unknown locale '" + std::string(id) + "'");
      CHECK(e.hint() == "use a language tag ICU has data for, such as en-GB or cy-GB");
    }
  }
}

TEST_CASE("filter_names lists every filter once, in the documented order", "[format]") {
  const auto names = docket::format::filter_names();
  REQUIRE(names.size() == 16);
  CHECK(names.front() == "date");
  CHECK(names.back() == "rag");
  for (const std::string_view name : names) {
    CAPTURE(name);
    CHECK(std::count(names.begin(), names.end(), name) == 1);
  }
}
