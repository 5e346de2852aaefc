// The five councils' own layouts (templates/committee-report-<council>.docx): each sample
// report, rendered with its council's template, holds every statement of the real report
// (fixtures/samples/) that its data holds; fixtures/samples/DIFFERENCES.tsv lists, with the
// reason, each statement that still differs, and the test keeps that list honest.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>

#include "rendered_text.hpp"
#include "shipped_templates.hpp"
#include "template/unprinted_data.hpp"
#include "test_support.hpp"

using namespace docket;
using namespace docket::test;

namespace {

struct Council {
  const char* key;       // S0 … S4
  const char* name;      // the template's name after committee-report-
  const char* data;      // fixtures/reports/…
  const char* sample;    // fixtures/samples/…
};

constexpr Council kCouncils[] = {
    {"S0", "peterborough", "s0-peterborough-q2-2023-24.xml", "S0-peterborough-cabinet-2023-12-18.txt"},
    {"S1", "halton", "s1-halton-q2-2023-24.xml", "S1-halton-corporate-policy-pb-2023-11-07.txt"},
    {"S2", "cambridgeshire", "s2-cambridgeshire-q4-2022-23.xml", "S2-cambridgeshire-strategy-resources-2023-07-11.txt"},
    {"S3", "charnwood", "s3-charnwood-q2-2023-24.xml", "S3-charnwood-finance-performance-scrutiny-2023-11-28.txt"},
    {"S4", "lancashire", "s4-lancashire-q2-2023-24.xml", "S4-lancashire-cabinet-2023-12-07.txt"},
};

std::string template_of(const Council& c) { return std::string("committee-report-") + c.name + ".docx"; }

std::string trim(std::string s) {
  const auto a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t\r\n") + 1 - a);
}

// The statements of a report's text: each line, and each cell of a line the extraction
// wrote with tabs, without Markdown marks (**bold**, *italic*, [link](#), - bullets, <u>).
std::vector<std::string> statements(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    line = std::regex_replace(line, std::regex(R"(\*|</?u>)"), "");
    line = std::regex_replace(line, std::regex(R"(\[([^\]]*)\]\(#\))"), "$1");
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) {
      cell = trim(cell);
      while (cell.starts_with("- ")) cell = trim(cell.substr(2));
      std::size_t letters = 0;
      for (char c : cell) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letters >= 2) out.push_back(cell);
    }
  }
  return out;
}

// key → statement → why, from fixtures/samples/DIFFERENCES.tsv.
std::map<std::string, std::map<std::string, std::string>> differences() {
  std::map<std::string, std::map<std::string, std::string>> out;
  std::ifstream in(source_path("fixtures/samples/DIFFERENCES.tsv"));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto a = line.find('\t'), b = line.find('\t', a + 1);
    REQUIRE(b != std::string::npos);
    out[line.substr(0, a)][line.substr(a + 1, b - a - 1)] = line.substr(b + 1);
  }
  return out;
}

// Whether the document's text holds the statement; a list item's label ("1.", "a)") may be
// Word's list numbering, which is not text.
bool printed(const std::string& document, const std::string& statement, const format::Locale& locale) {
  if (document.find(tmpl::comparable_text(statement, locale)) != std::string::npos) return true;
  std::smatch m;
  static const std::regex label(R"(^(\d+[.)]|[a-z][.)]|\([a-z]\))\s+(.*)$)");
  return std::regex_match(statement, m, label) &&
         document.find(tmpl::comparable_text(m[2].str(), locale)) != std::string::npos;
}

std::string document_text(const std::filesystem::path& docx, const format::Locale& locale) {
  std::string all;
  for (const auto& p : paragraph_texts(docx)) all += " " + p;
  return tmpl::comparable_text(all, locale);
}

}  // namespace

TEST_CASE("Each sample report in its council's layout holds every statement of the real report its data holds", "[template]") {
  const format::Locale locale("en-GB");
  const auto known = differences();
  for (const Council& c : kCouncils) {
    CAPTURE(c.key);
    ScratchDir dir(std::string("council-") + c.name);
    const auto out = dir / "out.docx";
    const auto r = render_shipped(template_of(c), std::string("fixtures/reports/") + c.data, out);
    INFO(r.messages);
    REQUIRE(r.written);
    CHECK(r.diags.empty());
    CHECK(ooxml_problems(out).empty());
    const std::string document = document_text(out, locale);
    const auto listed = known.count(c.key) ? known.at(c.key) : std::map<std::string, std::string>{};
    std::vector<std::string> missing, listed_but_printed;
    for (const auto& s : statements(read_text(source_path(std::string("fixtures/samples/") + c.sample)))) {
      const bool found = printed(document, s, locale);
      if (!found && !listed.count(s)) missing.push_back(s);
      if (found && listed.count(s)) listed_but_printed.push_back(s);
    }
    CHECK(missing == std::vector<std::string>{});
    CHECK(listed_but_printed == std::vector<std::string>{});
  }
}

TEST_CASE("Every listed difference is a statement of its sample report", "[template]") {
  for (const auto& [key, listed] : differences()) {
    const Council* council = nullptr;
    for (const Council& c : kCouncils) {
      if (key == c.key) council = &c;
    }
    REQUIRE(council != nullptr);
    const auto all = statements(read_text(source_path(std::string("fixtures/samples/") + council->sample)));
    for (const auto& [statement, why] : listed) {
      CAPTURE(key, statement);
      CHECK(std::find(all.begin(), all.end(), statement) != all.end());
      CHECK_FALSE(why.empty());
    }
  }
}

TEST_CASE("Every council template renders every sample report and the every-element report", "[template]") {
  for (const Council& c : kCouncils) {
    for (const char* data : {"s0-peterborough-q2-2023-24.xml", "s1-halton-q2-2023-24.xml", "s2-cambridgeshire-q4-2022-23.xml",
                             "s3-charnwood-q2-2023-24.xml", "s4-lancashire-q2-2023-24.xml", "every-element.xml",
                             "pcc-city-market-regeneration.xml", "pcc-bridge-street-acquisition.xml"}) {
      CAPTURE(c.name, data);
      ScratchDir dir("council-any");
      const auto r = render_shipped(template_of(c), std::string("fixtures/reports/") + data, dir / "out.docx");
      INFO(r.messages);
      CHECK(r.written);
      CHECK_FALSE(r.diags.has_errors());
    }
  }
}

TEST_CASE("No word of a sample report breaks inside itself on its council's pages", "[template]") {
  ScratchDir dir("council-layout");
  std::vector<std::filesystem::path> docs;
  for (const Council& c : kCouncils) {
    docs.push_back(dir / (std::string(c.name) + ".docx"));
    REQUIRE(render_shipped(template_of(c), std::string("fixtures/reports/") + c.data, docs.back()).written);
  }
  const auto texts = laid_out_texts(docs, dir.path());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CAPTURE(docs[i].filename().string());
    CHECK(words_broken_on_the_page(docs[i], texts[i]) == std::vector<std::string>{});
  }
}
