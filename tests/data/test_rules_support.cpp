#include "test_rules_support.hpp"

#include <algorithm>
#include <filesystem>

#include "data/data_source.hpp"
#include "data/rules.hpp"
#include "data/schema_check.hpp"
#include "test_support.hpp"
#include "xml/schema.hpp"

namespace docket::data::test {

namespace {

// A part on its own line: indented, or an XML comment in its place so the lines after it
// keep their numbers.
std::string line(std::string_view indent, const std::string& part, std::string_view what) {
  return std::string(indent) + (part.empty() ? "<!-- no " + std::string(what) + " -->" : part) + "\n";
}

}  // namespace

std::string report_xml(const ReportParts& p) {
  const std::string jurisdiction = p.jurisdiction.empty() ? "" : " jurisdiction=\"" + p.jurisdiction + "\"";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<report xmlns=\"urn:docket:committee-papers:1\" schemaVersion=\"1.0\" xml:lang=\"en-GB\">\n"
         "  <meta>\n"
         "    <authority" + jurisdiction + ">Anytown Borough Council</authority>\n"
         "    <meeting><body>Cabinet</body><date>" + p.meeting_date + "</date></meeting>\n"
         "    <title>Quarterly Performance Report</title>\n" +
         line("    ", p.period, "period") +
         "    <reportOf><post>Chief Executive</post></reportOf>\n" +
         line("    ", p.meta, "meta") +
         "  </meta>\n"
         "  <recommendations><recommendation>That the Cabinet notes the report.</recommendation></recommendations>\n" +
         line("  ", p.body, "body") + line("  ", p.background, "background papers") +
         line("  ", p.appendices, "appendices") + "</report>\n";
}

std::string agenda_xml(const AgendaParts& p) {
  const std::string jurisdiction = p.jurisdiction.empty() ? "" : " jurisdiction=\"" + p.jurisdiction + "\"";
  const std::string published =
      p.publication_date.empty() ? "" : "<publicationDate>" + p.publication_date + "</publicationDate>";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<agenda xmlns=\"urn:docket:committee-papers:1\" schemaVersion=\"1.0\" xml:lang=\"en-GB\"" +
         p.root_attributes + ">\n"
         "  <authority" + jurisdiction + ">Anytown Borough Council</authority>\n"
         "  <meeting id=\"meeting\"><body>" + p.body + "</body><date>" + p.meeting_date +
         "</date><venue><name>Council Chamber</name></venue><contact><name>Democratic "
         "Services</name></contact>" + published + "</meeting>\n" +
         line("  ", p.notices, "notices") +
         "  <publication><blankPageText>This page is intentionally left blank</blankPageText></publication>\n"
         "  <items>\n" +
         line("    ", p.items, "items") +
         "  </items>\n"
         "</agenda>\n";
}

std::string minimal_docx() {
  return docket::test::read_text(docket::test::source_path("fixtures/zip/valid-minimal.docx"));
}

Diagnostics validate_text(const std::string& xml, const ExtraFiles& extra, const std::string& data_path) {
  docket::test::ScratchDir dir("rules");
  auto write = [&](const std::string& path, const std::string& content) {
    std::filesystem::create_directories((dir / path).parent_path());
    docket::test::write_text(dir / path, content);
  };
  for (const auto& [path, content] : extra) write(path, content);
  write(data_path, xml);
  Diagnostics diags;
  auto data = load_data(dir / data_path, diags);
  REQUIRE(data);
  // The schema first, as docket validate does: a test document must be valid, so that only
  // the rules can object to it. Other checks (text, stated values) have their own tests.
  auto schema = choose_schema(*data, std::nullopt, diags);
  REQUIRE(schema);
  xml::SchemaCache schemas;
  check_schema(*data, schemas.get(*schema), diags);
  INFO("the test document is not schema-valid:\n" << listing(diags) << xml);
  REQUIRE(diags.empty());
  check_rules(*data, diags);
  diags.sort_by_position();
  return diags;
}

std::string listing(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags) out += to_text(d) + " [" + d.code + "]\n";
  return out.empty() ? "(no diagnostics)\n" : out;
}

std::size_t count_of(const Diagnostics& diags, std::string_view code) {
  return static_cast<std::size_t>(
      std::count_if(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.code == code; }));
}

Diagnostic only(const Diagnostics& diags, std::string_view code) {
  INFO("expected exactly one " << code << ", found:\n" << listing(diags));
  REQUIRE(count_of(diags, code) == 1);
  REQUIRE(diags.size() == 1);
  return *diags.begin();
}

}  // namespace docket::data::test
