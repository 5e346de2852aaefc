// docs/template/filters.md shows officers what each filter prints; this test runs every
// example row in its tables, so the page cannot drift from what docket does.
#include <algorithm>
#include <set>
#include <sstream>
#include <vector>

#include "format_test_helpers.hpp"
#include "test_support.hpp"

using docket::format::FilterCall;

namespace {

struct Example {
  std::string line;
  std::string locale;
  std::string tag;
  std::string value;
  std::string expected;
};

std::string trim(std::string s) {
  s.erase(0, s.find_first_not_of(' '));
  s.erase(s.find_last_not_of(' ') + 1);
  return s;
}

std::string unwrap_code(std::string cell) {
  if (cell.size() >= 2 && cell.front() == '`' && cell.back() == '`') {
    cell = cell.substr(1, cell.size() - 2);
  }
  return cell;
}

// Splits a Markdown table row on '|', except '\|' (a pipe inside a cell).
std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out{""};
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      out.back() += '|';
      ++i;
    } else if (row[i] == '|') {
      out.push_back("");
    } else {
      out.back() += row[i];
    }
  }
  out.pop_back();  // after the closing '|'
  for (std::string& cell : out) cell = trim(cell);
  return out;
}

// The rows of every "| You type | Data value | Prints |" table.
std::vector<Example> examples(const std::string& markdown) {
  std::vector<Example> out;
  std::istringstream in(markdown);
  std::string line;
  std::string locale;
  while (std::getline(in, line)) {
    if (line.rfind("| You type", 0) == 0) {
      const std::size_t flag = line.find("--locale ");
      locale = flag == std::string::npos ? "en-GB" : line.substr(flag + 9, 5);
      std::getline(in, line);  // |---|---|---|
      continue;
    }
    if (line.rfind("|", 0) != 0) locale.clear();
    if (locale.empty()) continue;
    const std::vector<std::string> row = cells(line);
    REQUIRE(row.size() == 3);
    const std::string value = row[1] == "*empty*" ? "" : unwrap_code(row[1]);
    out.push_back({line, locale, unwrap_code(row[0]), value, row[2]});
  }
  return out;
}

// `{{ expr | date "d MMMM y" | upper }}` → the filter calls, without the expression.
std::vector<FilterCall> filter_calls(const std::string& tag) {
  REQUIRE(tag.rfind("{{", 0) == 0);
  REQUIRE(tag.size() > 4);
  REQUIRE(tag.substr(tag.size() - 2) == "}}");
  std::vector<std::vector<std::string>> segments{{}};
  std::string word;
  bool quoted = false;
  bool in_word = false;
  const auto end_word = [&] {
    if (in_word) segments.back().push_back(word);
    word.clear();
    in_word = false;
  };
  for (const char c : tag.substr(2, tag.size() - 4)) {
    if (c == '"') {
      quoted = !quoted;
      in_word = true;
    } else if (quoted) {
      word += c;
    } else if (c == '|') {
      end_word();
      segments.emplace_back();
    } else if (c == ' ') {
      end_word();
    } else {
      word += c;
      in_word = true;
    }
  }
  end_word();
  std::vector<FilterCall> calls;
  for (std::size_t i = 1; i < segments.size(); ++i) {
    REQUIRE_FALSE(segments[i].empty());
    calls.push_back({segments[i][0], {segments[i].begin() + 1, segments[i].end()}});
  }
  return calls;
}

}  // namespace

TEST_CASE("every example in the filters guide prints what the guide says", "[format]") {
  const std::string guide =
      docket::test::read_text(docket::test::source_path("docs/template/filters.md"));
  const std::vector<Example> rows = examples(guide);
  REQUIRE(rows.size() >= 50);
  std::set<std::string> shown;
  for (const Example& row : rows) {
    CAPTURE(row.line);
    std::string printed = row.value;
    for (const FilterCall& call : filter_calls(row.tag)) {
      printed = docket::format::test::apply(printed, call, row.locale);
      shown.insert(call.name);
    }
    CHECK(printed == row.expected);
  }
  for (const std::string_view name : docket::format::filter_names()) {
    CAPTURE(name);
    CHECK(shown.count(std::string(name)) == 1);
  }
}
