// Welsh (--locale cy-GB): ordinals as written in Welsh dates and lists, month and day names,
// quarter and year labels, and numbers and money.
#include <catch2/catch.hpp>

#include "format/status_colour.hpp"
#include "format_test_helpers.hpp"

using namespace docket::format::test;

TEST_CASE("Welsh ordinals take their Welsh endings", "[format]") {
  const std::pair<const char*, const char*> cases[] = {
      {"1", "1af"},    {"2", "2il"},    {"3", "3ydd"},   {"4", "4ydd"},   {"5", "5ed"},    {"6", "6ed"},
      {"7", "7fed"},   {"8", "8fed"},   {"9", "9fed"},   {"10", "10fed"}, {"11", "11eg"},  {"12", "12fed"},
      {"13", "13eg"},  {"14", "14eg"},  {"15", "15fed"}, {"16", "16eg"},  {"17", "17eg"},  {"18", "18fed"},
      {"19", "19eg"},  {"20", "20fed"}, {"21", "21ain"}, {"22", "22ain"}, {"30", "30ain"}, {"31", "31ain"},
      {"39", "39ain"}, {"40", "40fed"}, {"50", "50fed"}, {"100", "100fed"}, {"1000", "1,000fed"}};
  for (const auto& [n, text] : cases) {
    INFO(n);
    CHECK(apply(n, {"ordinal", {}}, "cy-GB") == text);
  }
  CHECK(apply("3", {"ordinal", {}}, "en-GB") == "3rd");
  CHECK(apply("3", {"ordinal", {}}, "cy") == "3ydd");
}

TEST_CASE("A Welsh ordinal date and quarter read as Welsh", "[format]") {
  CHECK(apply("2023-12-01", {"ordinal-date", {}}, "cy-GB") == "1af Rhagfyr 2023");
  CHECK(apply("2024-03-21", {"ordinal-date", {}}, "cy_GB") == "21ain Mawrth 2024");
  CHECK(apply("2026-02-17", {"ordinal-date", {}}, "cy-GB") == "17eg Chwefror 2026");
  CHECK(apply("2023-12-07", {"fy-quarter", {}}, "cy-GB") == "Ch3 2023/24");
  CHECK(apply("2026-09-30", {"fy-quarter", {"long"}}, "cy-GB") == "Chwarter 2 2026/27");
  CHECK(apply("2023-12-07", {"fy", {}}, "cy-GB") == "2023/24");
  CHECK(apply("2026-09-30", {"fy", {"long"}}, "cy-GB") == "Blwyddyn ariannol 2026/27");
  CHECK(apply("2023-12-07", {"fy-quarter", {}}, "en-GB") == "Q3 2023/24");
  CHECK(apply("2026-09-30", {"fy-quarter", {"long"}}, "en-GB") == "Quarter 2 2026/27");
}

TEST_CASE("Every Welsh month and day is named in each date form", "[format]") {
  const char* months[] = {"Ionawr", "Chwefror", "Mawrth",  "Ebrill",  "Mai",      "Mehefin",
                          "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"};
  for (int m = 1; m <= 12; ++m) {
    const std::string date = "2026-" + std::string(m < 10 ? "0" : "") + std::to_string(m) + "-05";
    INFO(date);
    CHECK(apply(date, {"date", {"long"}}, "cy-GB") == "5 " + std::string(months[m - 1]) + " 2026");
    CHECK(apply(date, {"date", {"d MMMM y"}}, "cy-GB") == "5 " + std::string(months[m - 1]) + " 2026");
    CHECK(apply(date, {"ordinal-date", {}}, "cy-GB") == "5ed " + std::string(months[m - 1]) + " 2026");
  }
  // 7 to 13 December 2026 is Monday to Sunday.
  const char* days[] = {"Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn",
                        "Dydd Sul"};
  const char* short_days[] = {"Llun", "Maw", "Mer", "Iau", "Gwen", "Sad", "Sul"};
  for (int d = 7; d <= 13; ++d) {
    const std::string date = "2026-12-" + std::string(d < 10 ? "0" : "") + std::to_string(d);
    INFO(date);
    CHECK(apply(date, {"date", {"EEEE"}}, "cy-GB") == days[d - 7]);
    CHECK(apply(date, {"date", {"EEE"}}, "cy-GB") == short_days[d - 7]);
  }
  CHECK(apply("2026-12-05", {"date", {"full"}}, "cy-GB") == "Dydd Sadwrn, 5 Rhagfyr 2026");
  CHECK(apply("2026-12-05", {"date", {"medium"}}, "cy-GB") == "5 Rhag 2026");
  CHECK(apply("2026-11-17", {"date", {"medium"}}, "cy-GB") == "17 Tach 2026");
  CHECK(apply("2026-11-17", {"date", {"medium"}}, "en-GB") == "17 Nov 2026");
  CHECK(apply("2026-11-17", {"date", {"short"}}, "en-GB") == "17/11/2026");
  CHECK(apply("2026-11-17", {"date", {"full"}}, "en-GB") == "Tuesday, 17 November 2026");
  CHECK(apply("2026-11-17", {"date", {"EEE"}}, "en-GB") == "Tue");
  // CLDR's Welsh short date has a two-digit year, unlike en-GB's; "dd/MM/y" gives four.
  CHECK(apply("2026-12-05", {"date", {"short"}}, "cy-GB") == "05/12/26");
  CHECK(apply("2026-12-05", {"date", {"dd/MM/y"}}, "cy-GB") == "05/12/2026");
  CHECK(apply("2026-12-05", {"date", {"EEEE d MMMM y"}}, "cy-GB") == "Dydd Sadwrn 5 Rhagfyr 2026");
  CHECK(apply("2026-12-05T14:30:00", {"time", {"HH:mm"}}, "cy-GB") == "14:30");
}

TEST_CASE("Welsh numbers and money are written as in Wales: £, comma thousands, point decimals", "[format]") {
  CHECK(apply("1250000", {"currency", {"GBP"}}, "cy-GB") == "£1,250,000");
  CHECK(apply("1250000.5", {"currency", {"GBP"}}, "cy-GB") == "£1,250,000.50");
  CHECK(apply("-300", {"currency", {"GBP"}}, "cy-GB") == "-£300");
  CHECK(apply("12345.678", {"number", {"#,##0.0"}}, "cy-GB") == "12,345.7");
  CHECK(apply("1234567", {"integer", {}}, "cy-GB") == "1,234,567");
  CHECK(apply("92.54", {"percent", {"1"}}, "cy-GB") == "92.5%");
  CHECK(apply("21", {"spellout", {}}, "cy-GB") == "dau ddeg un");
}

TEST_CASE("rag prints Welsh status words under cy and knows them in data", "[format]") {
  CHECK(apply("red", {"rag", {}}, "cy-GB") == "Coch");
  CHECK(apply("AMBER", {"rag", {}}, "cy-GB") == "Ambr");
  CHECK(apply("Green", {"rag", {}}, "cy-GB") == "Gwyrdd");
  CHECK(apply("blue", {"rag", {}}, "cy-GB") == "Glas");
  CHECK(apply("in-development", {"rag", {}}, "cy-GB") == "Yn cael ei ddatblygu");
  CHECK(apply("NO_DATA", {"rag", {}}, "cy-GB") == "Dim data");
  CHECK(apply("Ar y trywydd", {"rag", {}}, "cy-GB") == "Ar y trywydd");
  CHECK(apply("coch", {"rag", {}}, "en-GB") == "Red");
  CHECK(apply("Gwyrdd", {"rag", {}}, "cy-GB") == "Gwyrdd");
  CHECK(docket::format::default_status_fill("Coch")->to_hex() == "C00000");
  CHECK(docket::format::default_status_fill("ambr")->to_hex() == "FFC000");
}

TEST_CASE("A locale names the document language as Word does, with a region", "[format]") {
  CHECK(docket::format::Locale("cy").document_language() == "cy-GB");
  CHECK(docket::format::Locale("cy_GB").document_language() == "cy-GB");
  CHECK(docket::format::Locale("cy-GB").document_language() == "cy-GB");
  CHECK(docket::format::Locale("en-GB").document_language() == "en-GB");
}
