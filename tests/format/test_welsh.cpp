// Welsh (--locale cy-GB): ordinals as written in Welsh dates and lists, and quarter labels.
#include <catch2/catch.hpp>

#include "format_test_helpers.hpp"

using namespace docket::format::test;

TEST_CASE("Welsh ordinals take their Welsh endings", "[format]") {
  const std::pair<const char*, const char*> cases[] = {
      {"1", "1af"},   {"2", "2il"},   {"3", "3ydd"},  {"4", "4ydd"},   {"5", "5ed"},    {"6", "6ed"},
      {"7", "7fed"},  {"10", "10fed"}, {"11", "11eg"}, {"12", "12fed"}, {"13", "13eg"},  {"15", "15fed"},
      {"16", "16eg"}, {"18", "18fed"}, {"19", "19eg"}, {"20", "20fed"}, {"21", "21ain"}, {"31", "31ain"},
      {"39", "39ain"}, {"40", "40fed"}, {"100", "100fed"}};
  for (const auto& [n, text] : cases) {
    INFO(n);
    CHECK(apply(n, {"ordinal", {}}, "cy-GB") == text);
  }
  CHECK(apply("3", {"ordinal", {}}, "en-GB") == "3rd");
}

TEST_CASE("A Welsh ordinal date and quarter read as Welsh", "[format]") {
  CHECK(apply("2023-12-01", {"ordinal-date", {}}, "cy-GB") == "1af Rhagfyr 2023");
  CHECK(apply("2024-03-21", {"ordinal-date", {}}, "cy_GB") == "21ain Mawrth 2024");
  CHECK(apply("2023-12-07", {"fy-quarter", {}}, "cy-GB") == "Ch3 2023/24");
  CHECK(apply("2023-12-07", {"fy", {}}, "cy-GB") == "2023/24");
  CHECK(apply("2023-12-07", {"fy-quarter", {}}, "en-GB") == "Q3 2023/24");
}
