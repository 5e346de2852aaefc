// `docket inspect`: a document's parts, styles, sections and images; a template's tags; data
// as templates see it; --json for tools; and the exit statuses of cli.md.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace docket::test;

namespace {

std::string q(const std::string& relative) { return shell_quote(source_path(relative).string()); }

}  // namespace

TEST_CASE("inspect lists a document's parts, styles, sections and images", "[cli]") {
  auto r = run_docket("inspect " + q("fixtures/a11y/clean.docx"));
  INFO(r.out + r.err);
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("\nParts (14)\n  _rels/.rels   ") != std::string::npos);
  CHECK(r.out.find("  word/document.xml  ") != std::string::npos);
  CHECK(r.out.find("\n  TableHeading          paragraph \u201CTable Heading\u201D, used 3 times\n") != std::string::npos);
  CHECK(r.out.find("\n  2: A4 landscape, 297.0 \u00D7 210.0 mm; margins 20.0 top, 20.0 right, 20.0 bottom, 20.0 "
                   "left mm (header 10.0, footer 10.0); 2 columns\n") != std::string::npos);
  CHECK(r.out.find("\n  word/document.xml, paragraph 16: picture \u201CDivider 2\u201D, word/media/image1.png (69 "
                   "bytes), 5.1 \u00D7 2.5 cm\n    decorative\n") != std::string::npos);
}

TEST_CASE("inspect lists the house template's tags by part and paragraph", "[cli]") {
  auto r = run_docket("inspect " + q("templates/committee-report.docx"));
  INFO(r.out + r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find(": a docket template (main part word/document.xml)\n") != std::string::npos);
  CHECK(r.out.find("\nTags (") != std::string::npos);
  CHECK(r.out.find("\n  word/document.xml\n    paragraph 1: {{#if meta/access/@status != 'open'}}\n    paragraph 3: "
                   "{{#if meta/access/@status = 'confidential'}}\n") != std::string::npos);
  CHECK(r.out.find("\n    paragraph 11: {{ meta/authority }}\n") != std::string::npos);
  CHECK(r.out.find("\n  word/header1.xml\n    paragraph 1: {{ meta/meeting/body }}\n") != std::string::npos);
  CHECK(r.out.find("\n  word/footer1.xml\n    paragraph 1: {{ meta/authority }}\n") != std::string::npos);
  CHECK(r.out.find("\n  docProps/core.xml\n    text: {{ meta/title }}\n") != std::string::npos);
  // Its exempt notice is found, and it has no accessibility problems.
  CHECK(r.out.find("\n  word/header1.xml, paragraph 3: NOT FOR PUBLICATION in \u201CNOT FOR PUBLICATION\u201D\n") !=
        std::string::npos);
  CHECK(r.out.find("\nAccessibility (0 error(s), 0 warning(s))\n") != std::string::npos);
}

TEST_CASE("inspect --json prints one JSON document with every section", "[cli]") {
  auto r = run_docket("inspect --json " + q("fixtures/a11y/links.docx"));
  INFO(r.out + r.err);
  CHECK(r.status == 0);
  const auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc.is_object());
  for (const char* key : {"file", "mainDocument", "template", "parts", "styles", "sections", "images", "exemptMarkers",
                          "accessibility", "tags"}) {
    INFO(key);
    CHECK(doc.contains(key));
  }
  CHECK(doc["mainDocument"] == "word/document.xml");
  CHECK(doc["template"] == false);
  REQUIRE(doc["parts"].is_array());
  CHECK(doc["parts"][0].contains("contentType"));
  CHECK(doc["sections"][0]["margins"].contains("top"));
  const auto& a11y = doc["accessibility"];
  CHECK(a11y["errors"] == 8);
  CHECK(a11y["warnings"] == 0);
  REQUIRE(a11y["problems"].size() == 8);
  const auto& first = a11y["problems"][0];
  CHECK(first["code"] == "a11y.link-text");
  CHECK(first["part"] == "word/document.xml");
  CHECK(first["paragraph"] == 2);
}

TEST_CASE("inspect --json of a template lists its tags", "[cli]") {
  auto r = run_docket("inspect --json " + q("templates/committee-report.docx"));
  CHECK(r.status == 0);
  const auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["template"] == true);
  REQUIRE(!doc["tags"].empty());
  const auto& first = doc["tags"][0];
  CHECK(first["part"] == "word/document.xml");
  CHECK(first["paragraph"] == 1);
  CHECK(first["tag"] == "{{#if meta/access/@status != 'open'}}");
}

TEST_CASE("inspect --data shows the data with its derived values, namespace kept", "[cli]") {
  auto r = run_docket("inspect --data " + q("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml"));
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"));
  CHECK(r.out.find("<report xmlns=\"urn:docket:committee-papers:1\"") != std::string::npos);
  CHECK(r.out.find("xmlns:d=\"urn:docket:derived:1\"") != std::string::npos);
  CHECK(r.out.find("<d:status>") != std::string::npos);
  CHECK(r.out.find("<d:summary") != std::string::npos);
  // Derived elements are laid out like the rest: each on its own line.
  CHECK(r.out.find("><d:") == std::string::npos);
}

TEST_CASE("inspect --data --json gives the XML and the verdict", "[cli]") {
  auto r = run_docket("inspect --json --data " + q("fixtures/reports/s3-charnwood-q2-2023-24.xml"));
  CHECK(r.status == 0);
  const auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["valid"] == true);
  CHECK(doc["derived"] == true);
  CHECK(doc["schema"].get<std::string>().ends_with("committee-report.xsd"));
  CHECK(doc["xml"].get<std::string>().find("<d:score>4</d:score>") != std::string::npos);
}

TEST_CASE("inspect --data of invalid data exits 1 and prints no data", "[cli]") {
  auto r = run_docket("inspect --data " + q("fixtures/invalid/missing-title.xml"));
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("missing-title.xml:") != std::string::npos);
  CHECK(r.err.find(": error: ") != std::string::npos);
}

TEST_CASE("inspect of a data file suggests --data", "[cli]") {
  auto r = run_docket("inspect " + q("fixtures/reports/s1-halton-q2-2023-24.xml"));
  CHECK(r.status == 2);
  const std::string file = source_path("fixtures/reports/s1-halton-q2-2023-24.xml").string();
  CHECK(r.err == "docket: error: " + file + " is XML data, not a Word document\n  hint: to see the data as a template sees it, "
                 "with docket's derived values, run: docket inspect --data " + file + "\n");
}

TEST_CASE("inspect exits 3 for a file it cannot read and 2 for wrong use", "[cli]") {
  ScratchDir dir("inspect-unreadable");
  write_text(dir / "not-a-zip.docx", "this is not a zip file");
  CHECK(run_docket("inspect " + shell_quote((dir / "missing.docx").string())).status == 3);
  CHECK(run_docket("inspect " + shell_quote((dir / "not-a-zip.docx").string())).status == 3);
  CHECK(run_docket("inspect").status == 2);
  auto both = run_docket("inspect " + q("fixtures/a11y/clean.docx") + " --data " + q("fixtures/reports/s0-peterborough-q2-2023-24.xml"));
  CHECK(both.status == 2);
  CHECK(both.err.find("give either FILE.docx or --data DATA.xml, not both") != std::string::npos);
}
