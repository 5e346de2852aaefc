// Appendix labels, references in the text, files and media types.
#include "test_rules_support.hpp"

using namespace docket::data::test;

namespace {

constexpr long kAppendicesLine = kBodyLine + 2;
const std::string kWord = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// A report whose appendices (one per line from line 15) carry these attributes, and whose
// body says `text`.
std::string report_with(const std::vector<std::string>& appendices, const std::string& text,
                        const std::string& scheme = "letter") {
  std::string list = "<appendices scheme=\"" + scheme + "\">\n";
  int n = 0;
  for (const auto& attributes : appendices) {
    list += "    <appendix" + attributes + "><title>Appendix title " + std::to_string(++n) + "</title></appendix>\n";
  }
  return report_xml({.body = "<section><heading>Background</heading><p>" + text + "</p></section>",
                     .appendices = list + "  </appendices>"});
}

std::vector<std::string> unreferenced(const docket::Diagnostics& diags) {
  std::vector<std::string> messages;
  for (const auto& d : diags) {
    if (d.code == "rule.appendix-not-referenced") messages.push_back(d.message);
  }
  return messages;
}

}  // namespace

TEST_CASE("Two appendices with one label are an error at the second", "[data]") {
  auto d = only(validate_text(report_with({R"( label="A")", R"( label="A")"}, "See Appendix A.")),
                "rule.appendix-label-duplicate");
  CHECK(d.line == kAppendicesLine + 2);
  CHECK(d.column == 5);
  CHECK(d.message == "two appendices are labelled A (the first at line 15)");
  CHECK(d.hint == "give each appendix its own label; label the appendices A, B, C … in the order they "
                  "appear, and change any references in the text to match");
}

TEST_CASE("Appendix labels run in sequence for their scheme", "[data]") {
  SECTION("C after A") {
    auto d = only(validate_text(report_with({R"( label="A")", R"( label="C")"}, "See Appendices A and C.")),
                  "rule.appendix-label-sequence");
    CHECK(d.line == kAppendicesLine + 2);
    CHECK(d.message == "appendix C follows appendix A, but the next letter label is B");
  }
  SECTION("numbers start at 1, the default scheme") {
    auto d = only(validate_text(report_xml({.body = "<section><heading>B</heading><p>See Appendix 2.</p></section>",
                                            .appendices = "<appendices><appendix label=\"2\"><title>T</title></appendix></appendices>"})),
                  "rule.appendix-label-sequence");
    CHECK(d.message == "the first appendix is labelled 2, but number labels start at 1");
    CHECK(d.hint == "label the appendices 1, 2, 3 … in the order they appear, and change any references "
                    "in the text to match");
  }
  SECTION("labels left out are generated in sequence") {
    CHECK(validate_text(report_with({"", R"( label="B")", ""}, "Appendices A to C.")).empty());
  }
}

TEST_CASE("Each appendix should be mentioned in the report's text", "[data]") {
  SECTION("an appendix nobody mentions") {
    auto d = only(validate_text(report_with({"", ""}, "See Appendix A.")), "rule.appendix-not-referenced");
    CHECK(d.severity == docket::Severity::warning);
    CHECK(d.line == kAppendicesLine + 2);
    CHECK(d.column == 5);
    CHECK(d.message == "appendix B (“Appendix title 2”) is not mentioned in the report's text");
    CHECK(d.hint == "refer to it where the reader needs it, e.g. “Appendix B sets out …”, so that "
                    "readers know it exists and what it is for");
  }
  SECTION("any case, and quoted labels") {
    CHECK(validate_text(report_with({"", "", ""}, "appendix a, Appendix 'B' and APPENDIX ‘C’")).empty());
  }
  SECTION("ranges and lists") {
    CHECK(validate_text(report_with({"", "", "", ""}, "Appendices ‘A’ to ‘C’ and D")).empty());
    CHECK(validate_text(report_with({"", "", ""}, "Appendices 1–3", "number")).empty());
    CHECK(validate_text(report_with({"", "", ""}, "Appendices 1, 2 &amp; 3", "number")).empty());
  }
  SECTION("a longer label or a following word is not a mention") {
    CHECK(unreferenced(validate_text(report_with({"", ""}, "Appendix 10 and Appendix 2 of the plan", "number"))) ==
          std::vector<std::string>{"appendix 1 (“Appendix title 1”) is not mentioned in the report's text"});
    CHECK(unreferenced(validate_text(report_with({"", ""}, "Appendix B and a table"))) ==
          std::vector<std::string>{"appendix A (“Appendix title 1”) is not mentioned in the report's text"});
  }
  SECTION("a word at the end of one paragraph does not pair with the next") {
    auto diags = validate_text(report_xml({.body = "<section><heading>B</heading><p>The appendix</p><p>A list.</p></section>",
                                           .appendices = "<appendices scheme=\"letter\"><appendix><title>T</title></appendix></appendices>"}));
    CHECK(count_of(diags, "rule.appendix-not-referenced") == 1);
  }
  SECTION("inline markup does not break a mention") {
    CHECK(validate_text(report_with({""}, "Appendix <b>A</b>")).empty());
  }
  SECTION("Welsh: Atodiad, and lists and ranges joined by a, ac, neu and i") {
    CHECK(validate_text(report_with({"", ""}, "Mae’r dangosfwrdd yn Atodiad A ac mae’r manylion yn atodiad B.")).empty());
    CHECK(validate_text(report_with({"", "", "", ""}, "Gweler Atodiadau A i C a D.")).empty());
    CHECK(validate_text(report_with({"", ""}, "Atodiad A neu B")).empty());
    CHECK(unreferenced(validate_text(report_with({"", ""}, "Atodiad B a a gyflwynwyd"))) ==
          std::vector<std::string>{"appendix A (“Appendix title 1”) is not mentioned in the report's text"});
  }
}

TEST_CASE("A report appendix's file must exist and match its media type", "[data]") {
  auto with = [](const std::string& attributes) { return report_with({attributes}, "See Appendix A."); };
  SECTION("a PDF declared as a Word document") {
    auto d = only(validate_text(with(R"( href="a.pdf" mediaType=")" + kWord + "\""), {{"a.pdf", "%PDF"}}),
                  "rule.appendix-media-type");
    CHECK(d.line == kAppendicesLine + 1);
    CHECK(d.message == "appendix A names a.pdf, a PDF, but its mediaType is " + kWord + " (a Word document)");
    CHECK(d.hint == "set mediaType=\"application/pdf\" for a .pdf file, or name the right file");
  }
  SECTION("a file of an unknown kind declared as a PDF") {
    auto d = only(validate_text(with(R"( href="a.txt" mediaType="application/pdf")"), {{"a.txt", "x"}}),
                  "rule.appendix-media-type");
    CHECK(d.message == "appendix A names a.txt, but its mediaType is application/pdf (a PDF)");
    CHECK(d.hint == "name a .pdf file, or correct mediaType");
  }
  SECTION("types compare without case, and names are percent-decoded") {
    CHECK(validate_text(with(R"( href="my%20appendix.PDF" mediaType="Application/PDF")"), {{"my appendix.PDF", "%PDF"}}).empty());
  }
  SECTION("a missing file") {
    auto d = only(validate_text(with(R"( href="papers/missing.docx")")), "rule.appendix-file-missing");
    CHECK(d.line == kAppendicesLine + 1);
    CHECK(d.message == "appendix A names papers/missing.docx, which does not exist");
    CHECK_THAT(d.hint, Catch::StartsWith("paths are relative to the report's folder ("));
  }
  SECTION("a file in a sibling folder, and a web address") {
    CHECK(validate_text(with(R"( href="../papers/a.pdf")"), {{"papers/a.pdf", "%PDF"}}, "reports/data.xml").empty());
    auto d = only(validate_text(with(R"( href="https://example.org/a.pdf")")), "rule.file-outside-folder");
    CHECK(d.message == "appendix A names https://example.org/a.pdf, a web address; docket needs the file itself");
    CHECK(d.hint == "save the file in the report's folder (or a folder inside it) and name it by a "
                    "relative path, such as papers/appendix-1.docx");
  }
}

TEST_CASE("Agenda appendix labels follow on from an item's first label", "[data]") {
  auto agenda = [](const std::string& labels_a, const std::string& labels_b) {
    auto appendix = [](const std::string& label) {
      return "<appendix label=\"" + label + "\" href=\"a.docx\" title=\"T\"/>";
    };
    return agenda_xml({.items = "<item number=\"1\" kind=\"report\"><title>X</title>" + appendix(labels_a) +
                                "</item>\n    <item number=\"2\" kind=\"report\"><title>Y</title>" +
                                appendix("A") + appendix(labels_b) + "</item>"});
  };
  SECTION("B alone, and the same label in two items, are fine") {
    CHECK(validate_text(agenda("B", "B"), {{"a.docx", minimal_docx()}}).empty());
  }
  SECTION("out of sequence") {
    auto d = only(validate_text(agenda("1", "C"), {{"a.docx", minimal_docx()}}), "rule.appendix-label-sequence");
    CHECK(d.line == kItemsLine + 1);
    CHECK(d.message == "appendix C follows appendix A of item 2, but the next letter label is B");
  }
  SECTION("a repeated label") {
    auto d = only(validate_text(agenda("1", "A"), {{"a.docx", minimal_docx()}}), "rule.appendix-label-duplicate");
    CHECK(d.message == "two appendices of item 2 are labelled A (the first at line 9)");
  }
}
