// The every-element agenda (fixtures/agenda-every-element.xml): it uses every element and
// attribute an agenda can hold — found by walking agenda.xsd from its root through the types
// of common.xsd it reaches — and the front sheet prints every value of it that belongs there.
#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <set>

#include "data/load_for_template.hpp"
#include "pack/front_sheet.hpp"
#include "template/unprinted_data.hpp"
#include "test_merge_support.hpp"
#include "test_support.hpp"
#include "used_names.hpp"
#include "xml/document.hpp"
#include "xml/node.hpp"

using namespace docket;

namespace {

const char* const kFixture = "fixtures/agenda-every-element.xml";

// The element and attribute names an agenda can hold: agenda.xsd's root element and every
// declaration reachable from it through named types, groups and attribute groups.
class SchemaWalk {
 public:
  SchemaWalk() {
    for (const char* file : {"schemas/agenda.xsd", "schemas/common.xsd"}) {
      Diagnostics diags;
      docs_.push_back(*xml::parse(test::read_text(test::source_path(file)), file, diags));
      for (xmlNode* d : xml::children(docs_.back().root())) {
        if (auto name = xml::attribute(d, "name")) definitions_[{std::string(xml::local_name(d)), *name}] = d;
      }
    }
    visit(definitions_.at({"element", "agenda"}));
  }
  std::set<std::string> elements, attributes;

 private:
  const xmlNode* definition(const std::string& kind, const std::string& name) const {
    // A type reference may name a complex or a simple type; xs: types have no definition here.
    for (const std::string& k : kind == "type" ? std::vector<std::string>{"complexType", "simpleType"}
                                               : std::vector<std::string>{kind}) {
      auto it = definitions_.find({k, name});
      if (it != definitions_.end()) return it->second;
    }
    return nullptr;
  }
  void follow(const std::string& kind, const std::optional<std::string>& name) {
    if (!name || name->find(':') != std::string::npos || !seen_.insert(kind + " " + *name).second) return;
    if (const xmlNode* d = definition(kind, *name)) visit(d);
  }
  void visit(const xmlNode* node) {
    const std::string what(xml::local_name(node));
    if (what == "element" || what == "attribute") {
      if (auto name = xml::attribute(node, "name")) (what == "element" ? elements : attributes).insert(*name);
      if (xml::attribute(node, "ref") == std::optional<std::string>("xml:lang")) attributes.insert("lang");
    }
    follow("type", xml::attribute(node, "type"));
    follow("type", xml::attribute(node, "base"));
    if (what == "group" || what == "attributeGroup") follow(what, xml::attribute(node, "ref"));
    for (xmlNode* c : xml::children(const_cast<xmlNode*>(node))) visit(c);
  }
  std::vector<xml::Document> docs_;
  std::map<std::pair<std::string, std::string>, const xmlNode*> definitions_;
  std::set<std::string> seen_;
};


}  // namespace

TEST_CASE("The every-element agenda uses every element and attribute the agenda schema declares", "[pack]") {
  SchemaWalk schema;
  // The walk reaches common.xsd's rich text and access parts, and only what an agenda can hold.
  CHECK(schema.elements.count("table") == 1);
  CHECK(schema.elements.count("confidentialBasis") == 1);
  CHECK(schema.elements.count("kpi") == 0);
  Diagnostics diags;
  auto doc = xml::parse(test::read_text(test::source_path(kFixture)), kFixture, diags);
  REQUIRE(doc);
  std::set<std::string> elements, attributes;
  test::used_names(doc->root(), elements, attributes);
  CHECK(test::missing(schema.elements, elements).empty());
  CHECK(test::missing(schema.attributes, attributes).empty());
}

TEST_CASE("The front sheet prints every value of an agenda that uses every element and attribute", "[pack]") {
  test::ScratchDir dir("front-every-element");
  Diagnostics diags;
  xml::SchemaCache schemas;
  auto loaded = data::load_for_template(test::source_path(kFixture), {}, schemas, diags);
  REQUIRE(loaded.data);
  // What the pack adds: each item's bookmark and page, and item 6's exempt appendix.
  pack::FrontSheetInput input{"confidential", {}, {}, {}};
  for (std::size_t position = 0; position < 11; ++position) {
    input.bookmarks[position] = "item_" + std::to_string(position + 1);
    input.pages[position] = 3 + 2 * static_cast<int>(position);
  }
  input.withheld[5] = {{"Appendix B \u2013 Financial Appraisal", {.status = "exempt", .paragraphs = {3}}}};
  const auto out = dir / "front.docx";
  const format::Locale locale("en-GB");
  REQUIRE(pack::render_front_sheet(*loaded.data, input, locale, out, diags));
  std::string listing;
  for (const auto& d : diags) listing += to_text(d) + "\n";
  INFO(listing);
  CHECK(diags.empty());
  CHECK(test::ooxml_problems(out).empty());
  std::string unprinted;
  for (const auto& v : tmpl::unprinted_values(out, *loaded.data, locale)) unprinted += v.path + " \u201C" + v.text + "\u201D\n";
  INFO(unprinted);
  CHECK(unprinted.empty());
  // The parts of the every-element agenda the sample agenda lacks, as the front sheet prints them.
  const std::string text = test::part_text(out, "word/document.xml");
  for (const char* printed : {"Supplementary agenda No.\u00A01",
                              "You are summoned to attend a meeting of the Cabinet to transact the business below.",
                              "asking that item\u00A010 be heard in public",
                              "the item stays in private because the purchase price is still under negotiation",
                              "Take a seat in the public gallery.", "Public questions", "13 December 2023",
                              "Asylum Dispersal Accommodation \u2013 Home Office Briefing"}) {
    CAPTURE(printed);
    CHECK(text.find(printed) != std::string::npos);
  }
}

TEST_CASE("check --data finds every value of the every-element agenda printed on the front sheet", "[pack]") {
  const auto r = test::run_docket("check " + test::shell_quote(test::source_path("templates/agenda-front-sheet.docx").string()) +
                                  " --data " + test::shell_quote(test::source_path(kFixture).string()));
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.err.find("does not print") == std::string::npos);
  CHECK(test::run_docket("validate " + test::shell_quote(test::source_path(kFixture).string())).status == 0);
}
