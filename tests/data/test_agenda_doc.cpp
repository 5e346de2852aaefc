// docs/data/agenda.md says only what is true: its whole agendas validate, schema and rules,
// against the fixtures' papers, and its table of papers names exactly the kinds docket takes.
#include <catch2/catch.hpp>

#include <regex>

#include "data/paper_file.hpp"
#include "data/validate.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

const std::string kGuide = "docs/data/agenda.md";

// The ```xml blocks of the guide (```xml fragment blocks are parts of an agenda).
std::vector<std::string> agendas() {
  const std::string text = test::read_text(test::source_path(kGuide));
  std::vector<std::string> out;
  const std::regex block("```xml\\n([\\s\\S]*?)```");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), block); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

}  // namespace

TEST_CASE("Every whole agenda in docs/data/agenda.md validates, papers and all", "[data]") {
  const auto examples = agendas();
  REQUIRE(examples.size() == 2);  // the smallest agenda and the complete example
  test::ScratchDir dir("agenda-doc");
  // The complete example names the fixtures' reports and papers, as if it stood in fixtures/.
  std::filesystem::create_directory_symlink(test::source_path("fixtures/reports"), dir / "reports");
  std::filesystem::create_directory_symlink(test::source_path("fixtures/papers"), dir / "papers");
  for (std::size_t i = 0; i < examples.size(); ++i) {
    INFO("example " << i + 1 << ":\n" << examples[i]);
    test::write_text(dir / "agenda.xml", examples[i]);
    xml::SchemaCache schemas;
    Diagnostics diags;
    const auto result = data::validate_data(dir / "agenda.xml", {}, schemas, diags);
    std::string listing;
    for (const auto& d : diags.items()) listing += to_text(d) + "\n";
    INFO(listing);
    CHECK(result.schema_used);
    CHECK_FALSE(diags.has_errors());
  }
}

TEST_CASE("The guide's table of papers names every extension docket takes, and only those", "[data]") {
  const std::string text = test::read_text(test::source_path(kGuide));
  const auto section = text.substr(text.find("### Papers docket takes"), text.find("### What each pack holds") -
                                                                             text.find("### Papers docket takes"));
  std::string table;  // the table's rows
  const std::regex row("\\n(\\|[^\\n]*)");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), row); it != std::sregex_iterator(); ++it) {
    table += (*it)[1].str() + "\n";
  }
  const std::regex extension("`(\\.[a-z]+)`");
  std::vector<std::string> named;
  for (auto it = std::sregex_iterator(table.begin(), table.end(), extension); it != std::sregex_iterator(); ++it) {
    const std::string ext = (*it)[1];
    named.push_back(ext);
    INFO(ext);
    CHECK(data::format_by_name("paper" + ext) != data::PaperFormat::unknown);
  }
  CHECK(named.size() == 11);  // .docx .pdf .doc .odt .rtf .xlsx .ods .pptx .png .jpg .jpeg
  CHECK(data::format_by_name("paper.txt") == data::PaperFormat::unknown);
}
