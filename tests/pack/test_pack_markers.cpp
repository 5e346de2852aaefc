// Planted markers: a pack of a draft full of private content (fixtures/merge/draft-with-markup.docx:
// tracked deletions and moves, a comment, hidden runs, custom properties, custom XML, an
// attached template; each carries MARKER-…, text that stays carries KEEP-…) and a Part II
// item whose papers carry EXEMPT-… in every place a document can hold text — body, header,
// footnote, tracked deletion, comment, hidden run, image description, core and custom
// properties, custom XML. Nothing marked may reach the public pack.
#include <catch2/catch.hpp>

#include <functional>
#include <regex>
#include <set>

#include "ooxml/package.hpp"
#include "pack/pack.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"

using namespace docket;

namespace {

constexpr const char* kAgenda = R"(<?xml version="1.0" encoding="UTF-8"?>
<agenda xmlns="urn:docket:committee-papers:1" id="marker-agenda" schemaVersion="1.0" xml:lang="en-GB">
  <authority code="testshire" jurisdiction="england">Testshire County Council</authority>
  <meeting id="marker-meeting">
    <body>Audit Committee</body>
    <date>2024-03-04</date>
    <venue><name>Shire Hall</name></venue>
    <contact><name>Democratic Services</name><email>committees@testshire.gov.uk</email></contact>
  </meeting>
  <membership><member role="chair"><title>Councillor</title><name>Alex Reed</name></member></membership>
  <summons issueDate="2024-02-23"><issuedBy><post>Chief Executive</post></issuedBy></summons>
  <privateMeetingNotice kind="28-day" date="2024-02-01"/>
  <publication pack="public"><blankPageText>This page is intentionally left blank</blankPageText></publication>
  <items>
    <item id="item-1" number="1" kind="report">
      <title>Internal Audit Progress Report</title>
      <document href="papers/draft.docx" title="Internal Audit Progress Report"/>
    </item>
    <item id="item-2" number="2" kind="exclusion">
      <title>Exclusion of the Press and Public</title>
      <appliesTo items="item-3"/>
    </item>
    <item id="item-3" number="3" kind="report" part="II">
      <title>Investigation Report</title>
      <access status="exempt" jurisdiction="england">
        <paragraph>1</paragraph>
        <publicInterest>The report names an employee under investigation.</publicInterest>
      </access>
      <document href="papers/exempt-report.docx" title="Investigation Report"/>
      <appendix label="A" href="papers/exempt-appendix.docx" title="Interview Notes"/>
    </item>
  </items>
</agenda>
)";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// Copies a fixture, rewriting some of its parts.
void patch(const std::string& fixture, const std::filesystem::path& out,
           const std::function<std::string(const std::string& part, std::string text)>& edit) {
  auto package = ooxml::Package::open(test::merge_fixture(fixture));
  for (const auto& part : package.part_names()) {
    if (part.ends_with(".xml") || part.ends_with(".rels")) {
      std::string text = package.read_part(part);
      std::string edited = edit(part, text);
      if (edited != text) package.replace(part, std::move(edited));
    }
  }
  REQUIRE(package.write(out));
}

struct MarkedAgenda {
  test::ScratchDir dir{"pack-markers"};
  MarkedAgenda() {
    std::filesystem::create_directories(dir / "papers");
    test::write_text(dir / "agenda.xml", kAgenda);
    std::filesystem::copy_file(test::merge_fixture("draft-with-markup.docx"), dir / "papers/draft.docx");
    // The exempt report: a python-docx report with a picture, marked in body, header, image
    // description and core properties.
    patch("report-python-docx.docx", dir / "papers/exempt-report.docx", [](const std::string& part, std::string t) {
      if (part == "word/document.xml") {
        t = replace_all(t, "name=\"Picture 1\"", "name=\"Picture 1\" descr=\"EXEMPT-IMAGE-DESCRIPTION\"");
        t.replace(t.find("</w:t>"), 6, " EXEMPT-BODY</w:t>");
      }
      if (part == "word/header1.xml") t.replace(t.find("</w:t>"), 6, " EXEMPT-HEADER</w:t>");
      if (part == "docProps/core.xml") {
        t = replace_all(t, "<dc:title/>", "<dc:title>EXEMPT-CORE-TITLE</dc:title>");
        t = replace_all(t, "<dc:subject/>", "<dc:subject>EXEMPT-CORE-SUBJECT</dc:subject>");
      }
      return t;
    });
    // The exempt appendix: the draft, whose kept text (body, footnote, header) becomes exempt too.
    patch("draft-with-markup.docx", dir / "papers/exempt-appendix.docx",
          [](const std::string&, std::string t) { return replace_all(t, "KEEP-", "EXEMPT-"); });
  }

  std::string pack(pack::Audience audience, const std::string& name) {
    Diagnostics diags;
    const auto out = dir / name;
    REQUIRE(pack::build_pack(dir / "agenda.xml", out, {.audience = audience}, diags));
    CHECK(test::ooxml_problems(out).empty());
    return test::all_parts(out);
  }
};

std::set<std::string> markers(const std::string& text, const std::string& prefix) {
  std::set<std::string> found;
  const std::regex marker(prefix + "[A-Z0-9-]+");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), marker); it != std::sregex_iterator(); ++it) {
    found.insert(it->str());
  }
  return found;
}

}  // namespace

TEST_CASE_METHOD(MarkedAgenda, "No planted marker reaches a public pack, and what a reader sees stays", "[pack]") {
  const std::string all = pack(pack::Audience::public_pack, "public.docx");
  CHECK(markers(all, "MARKER-").empty());
  CHECK(markers(all, "EXEMPT-").empty());
  // The public draft's visible text is all there, with its changes accepted.
  const auto kept = markers(all, "KEEP-");
  CHECK(kept.count("KEEP-INSERTED") == 1);
  CHECK(kept.count("KEEP-FOOTNOTE") == 1);
  CHECK(kept.count("KEEP-HEADER") == 1);
  CHECK(kept.size() >= 10);
}

TEST_CASE_METHOD(MarkedAgenda, "A members' pack carries the exempt papers whole", "[pack]") {
  const std::string all = pack(pack::Audience::confidential_pack, "members.docx");
  const auto exempt = markers(all, "EXEMPT-");
  for (const char* m : {"EXEMPT-BODY", "EXEMPT-HEADER", "EXEMPT-IMAGE-DESCRIPTION", "EXEMPT-FOOTNOTE"}) {
    INFO(m);
    CHECK(exempt.count(m) == 1);
  }
  CHECK(exempt.count("EXEMPT-CORE-TITLE") == 0);  // the pack has its own core properties
}
