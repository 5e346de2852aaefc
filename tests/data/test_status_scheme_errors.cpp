// Configuration errors in scheme files, each at its line with its code and words.
#include <catch2/catch.hpp>

#include "data/status_scheme.hpp"
#include "test_support.hpp"

using namespace docket;
using namespace docket::data;

namespace {

const std::string kOpen = "<schemes xmlns='urn:docket:status-scheme:1'>\n";  // line 1

// The statuses every scheme needs, one per line after `first` (lines 3 …).
std::string scheme(const std::string& first, const std::string& rules = "") {
  return kOpen + "<scheme id='s'><statuses>\n" + first +
         "<status key='amber' label='Amber'/>\n<status key='red' label='Red'/>\n"
         "<status key='contextual' label='Contextual'/>\n<status key='no-data' label='No Data'/>\n"
         "</statuses>" + rules + "</scheme></schemes>\n";
}

// A 4×4 matrix with these band lines (line 4 onwards).
std::string matrix(const std::string& bands) {
  return kOpen + "<matrix id='m-4x4' size='4'>\n"
         "<likelihood score='1' label='1'/><likelihood score='2' label='2'/><likelihood score='3' label='3'/>"
         "<likelihood score='4' label='4'/><impact score='1' label='1'/><impact score='2' label='2'/>"
         "<impact score='3' label='3'/><impact score='4' label='4'/>\n" + bands + "</matrix></schemes>\n";
}

// Parses and expects exactly one error.
Diagnostic only_error(const std::string& text) {
  xml::SchemaCache schemas;
  Diagnostics diags;
  auto file = parse_scheme_file("council.xml", text, schemas, diags);
  CHECK_FALSE(file.has_value());
  REQUIRE(diags.size() == 1);
  const Diagnostic d = *diags.begin();
  CHECK(d.severity == Severity::error);
  CHECK(d.file == "council.xml");
  return d;
}

}  // namespace

TEST_CASE("A status without a text label is a configuration error", "[data]") {
  const Diagnostic d = only_error(scheme("<status key='green' fill='00B050'/>\n"));
  CHECK(d.code == "scheme.label-missing");
  CHECK(d.line == 3);
  CHECK(d.message == "status \"green\" has no text label; a status or band shown by colour alone is lost on "
                     "readers who cannot see the colour (WCAG 1.4.1)");
  SECTION("and so is a blank one") {
    CHECK(only_error(scheme("<status key='green' label='  '/>\n")).code == "scheme.label-missing");
  }
}

TEST_CASE("Label text on a fill below 4.5:1 is a configuration error", "[data]") {
  const Diagnostic d = only_error(scheme("<status key='green' label='Green' fill='FFC000' textColour='FFFFFF'/>\n"));
  CHECK(d.code == "scheme.low-contrast");
  CHECK(d.line == 3);
  CHECK(d.column == 49);
  CHECK(d.message == "status \"green\": text FFFFFF on FFC000 has a contrast of 1.64:1, below the 4.5:1 WCAG AA needs");
  CHECK(d.hint == "use textColour=\"000000\", or leave textColour out to have docket choose black or white");
}

TEST_CASE("A band table that leaves a possible score without a band is a configuration error", "[data]") {
  const Diagnostic d = only_error(matrix("<band key='low' label='Low' from='1' to='4'/>\n"
                                         "<band key='medium' label='Medium' from='6' to='8'/>\n"
                                         "<band key='high' label='High' from='10' to='16'/>\n"));
  CHECK(d.code == "scheme.band-gap");
  CHECK(d.line == 2);
  CHECK(d.message == "no band covers score 9, which a 4×4 matrix can give");
  SECTION("a gap where no product falls is fine") {
    xml::SchemaCache schemas;
    Diagnostics diags;
    CHECK(parse_scheme_file("council.xml",
                            matrix("<band key='low' label='Low' from='1' to='4'/>\n"
                                   "<band key='high' label='High' from='6' to='16'/>\n"),
                            schemas, diags)
              .has_value());
  }
}

TEST_CASE("Overlapping bands are a configuration error at the second band", "[data]") {
  const Diagnostic d = only_error(matrix("<band key='low' label='Low' from='1' to='6'/>\n"
                                         "<band key='high' label='High' from='6' to='16'/>\n"));
  CHECK(d.code == "scheme.band-overlap");
  CHECK(d.line == 5);
  CHECK(d.message == "score 6 is in two bands, \"low\" and \"high\"");
}

TEST_CASE("A cell table must place every cell", "[data]") {
  const Diagnostic d = only_error(
      kOpen + "<matrix id='m-2x2' size='2'>\n"
      "<likelihood score='1' label='a'/><likelihood score='2' label='b'/><impact score='1' label='c'/>"
      "<impact score='2' label='d'/><band key='x' label='X'/>\n<cell likelihood='1' impact='1' band='x'/>"
      "<cell likelihood='1' impact='2' band='x'/><cell likelihood='2' impact='2' band='x'/></matrix></schemes>");
  CHECK(d.code == "scheme.band-gap");
  CHECK(d.message == "no band covers likelihood 2 × impact 1: the cell table must place every cell");
}

TEST_CASE("Each matrix score needs a label", "[data]") {
  const Diagnostic d = only_error(
      kOpen + "<matrix id='m-3x3' size='3'>\n<likelihood score='1' label='a'/><likelihood score='2' label='b'/>"
      "<impact score='1' label='c'/><impact score='2' label='d'/><impact score='3' label='e'/>"
      "<band key='x' label='X' from='1' to='9'/></matrix></schemes>");
  CHECK(d.code == "scheme.scale-label");
  CHECK(d.line == 2);
  CHECK(d.message == "the likelihood scale has no label for score 3");
}

TEST_CASE("A scheme needs a status for each outcome the rules can reach", "[data]") {
  const Diagnostic d = only_error(kOpen + "<scheme id='s'><statuses>\n<status key='green' label='Green'/>"
                                  "<status key='amber' label='Amber'/><status key='red' label='Red'/>"
                                  "<status key='contextual' label='Contextual'/></statuses></scheme></schemes>");
  CHECK(d.code == "scheme.status-missing");
  CHECK(d.line == 2);
  CHECK(d.message == "scheme s has no status for the outcome no-data");
  SECTION("including Blue when the scheme sets a blue margin") {
    const Diagnostic blue = only_error(scheme("<status key='green' label='Green'/>\n",
                                              "<rules><blueMargin basis='absolute' value='1'/></rules>"));
    CHECK(blue.message == "scheme s has no status for the outcome blue, but its rules set a blue margin");
  }
}

TEST_CASE("A status key that is no outcome needs an outcome attribute", "[data]") {
  const Diagnostic d = only_error(scheme("<status key='on-track' label='On track'/>\n"));
  CHECK(d.code == "scheme.outcome-unknown");
  CHECK(d.line == 3);
  xml::SchemaCache schemas;
  Diagnostics diags;
  auto file = parse_scheme_file("council.xml", scheme("<status key='on-track' label='On track' outcome='green'/>\n"),
                                schemas, diags);
  REQUIRE(file.has_value());
  CHECK(file->schemes.front().find(Outcome::green)->key == "on-track");
}

TEST_CASE("Two statuses for one outcome are a configuration error", "[data]") {
  const Diagnostic d = only_error(scheme("<status key='green' label='Green'/>\n<status key='good' label='Good' outcome='green'/>\n"));
  CHECK(d.code == "scheme.outcome-duplicate");
  CHECK(d.line == 4);
  CHECK(d.message == "status \"good\" and status \"green\" both stand for the outcome green");
}

TEST_CASE("A scheme file that breaks its XSD is reported at the line", "[data]") {
  const Diagnostic d = only_error(scheme("<status key='green' label='Green' colour='00B050'/>\n"));
  CHECK(d.code == "data.unknown-attribute");
  CHECK(d.line == 3);
  SECTION("and a file that is no scheme file says so") {
    const Diagnostic other = only_error("<report xmlns='urn:docket:committee-papers:1'/>");
    CHECK(other.code == "scheme.not-a-scheme-file");
  }
}

TEST_CASE("The library reports a broken scheme file once, and not as an unknown scheme", "[data]") {
  test::ScratchDir dir("scheme-library-broken");
  test::write_text(dir / "bad.xml", scheme("<status key='green'/>\n"));
  const SchemeLibrary library(std::nullopt, dir.path());
  Diagnostics diags;
  CHECK(library.find_scheme("bad", diags) == nullptr);
  CHECK(library.find_scheme("bad", diags) == nullptr);
  REQUIRE(diags.size() == 1);
  CHECK(diags.begin()->code == "scheme.label-missing");
  CHECK(diags.begin()->file == (dir / "bad.xml").string());
  CHECK(library.scheme_ids() == std::vector<std::string>{"s"});
}
