#include "test_merge_support.hpp"

#include <catch2/catch.hpp>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "pack/soffice.hpp"
#include "test_support.hpp"
#include "xml/node.hpp"
#include "zip/zip_reader.hpp"

namespace docket::test {

namespace {

std::optional<std::string> w_val(const xmlNode* n, const char* name) {
  if (n == nullptr) return std::nullopt;
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name,
                            BAD_CAST std::string(ooxml::ns::w).c_str());
  if (v == nullptr) return std::nullopt;
  std::string s = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return s;
}

// Applies the properties of one w:rPr / w:pPr over those found so far.
void overlay(const xmlNode* props, std::map<std::string, std::string>& look) {
  if (props == nullptr) return;
  for (xmlNode* c : xml::children(props)) {
    auto name = xml::local_name(c);
    if (name == "sz" || name == "color") look[std::string(name)] = w_val(c, "val").value_or("");
    if (name == "b") look["b"] = w_val(c, "val").value_or("1");
    if (name == "rFonts") {
      if (auto theme = w_val(c, "asciiTheme")) look["font"] = "theme:" + *theme;
      else if (auto ascii = w_val(c, "ascii")) look["font"] = *ascii;
    }
    if (name == "spacing" && xml::local_name(props) == "pPr") {
      if (auto after = w_val(c, "after")) look["after"] = *after;
      if (auto line = w_val(c, "line")) look["line"] = *line;
    }
  }
}

const xmlNode* style_by_id(const xmlNode* styles, const std::string& id) {
  for (xmlNode* s : xml::children(styles, "style")) {
    if (w_val(s, "styleId") == id) return s;
  }
  return nullptr;
}

}  // namespace

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::filesystem::path merge_fixture(const std::string& name) { return source_path("fixtures/merge/" + name); }

pack::MergeSource source(const std::string& fixture, const std::string& bookmark) {
  return {.path = merge_fixture(fixture), .label = fixture, .bookmark = bookmark};
}

std::filesystem::path merge_abc(const std::filesystem::path& dir, Diagnostics& diags) {
  auto target = dir / "pack.docx";
  pack::merge_documents({source("report-python-docx.docx", "item_1"), source("appendix-libreoffice.docx", "item_2"),
                         source("colliding-styles.docx", "item_3")},
                        target, {.title = "Cabinet, 18 December 2023"}, diags);
  return target;
}

std::string w_attribute(const xmlNode* element, const std::string& name) {
  const bool r = name.rfind("r:", 0) == 0;
  const std::string href(r ? ooxml::ns::r : ooxml::ns::w);
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(element), BAD_CAST(r ? name.substr(2) : name).c_str(),
                            BAD_CAST href.c_str());
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

std::vector<xmlNode*> elements(const xml::Document& document, const std::string& name) {
  return xml::descendants(document.root(), name);
}

std::string read_part(const std::filesystem::path& docx, const std::string& part) {
  auto zip = zip::ZipReader::open(docx);
  return zip.find(part) ? zip.read(part) : std::string();
}

std::vector<std::string> part_names(const std::filesystem::path& docx) {
  auto zip = zip::ZipReader::open(docx);
  std::vector<std::string> names;
  for (const auto& e : zip.entries()) names.push_back(e.name);
  return names;
}

xml::Document parse_part(const std::filesystem::path& docx, const std::string& part) {
  Diagnostics diags;
  auto doc = xml::parse(read_part(docx, part), part, diags);
  return doc ? std::move(*doc) : xml::Document{};
}

xmlNode* paragraph_with(const xml::Document& document, const std::string& text) {
  for (xmlNode* p : ooxml::all_paragraphs(document.root())) {
    if (ooxml::paragraph_text(p).find(text) != std::string::npos) return p;
  }
  return nullptr;
}

std::map<std::string, std::string> styled_look(const xml::Document& styles, const xmlNode* paragraph) {
  std::map<std::string, std::string> look;
  const xmlNode* root = styles.root();
  const xmlNode* defaults = xml::child(root, "docDefaults");
  overlay(xml::child(xml::child(defaults, "pPrDefault"), "pPr"), look);
  overlay(xml::child(xml::child(defaults, "rPrDefault"), "rPr"), look);
  std::string id = w_val(xml::child(xml::child(paragraph, "pPr"), "pStyle"), "val").value_or("");
  if (id.empty()) {
    for (xmlNode* s : xml::children(root, "style")) {
      if (w_val(s, "type") == "paragraph" && w_val(s, "default") == "1") id = *w_val(s, "styleId");
    }
  }
  std::vector<const xmlNode*> chain;
  for (const xmlNode* s = style_by_id(root, id); s != nullptr && chain.size() < 20;
       s = style_by_id(root, w_val(xml::child(s, "basedOn"), "val").value_or(""))) {
    chain.insert(chain.begin(), s);
  }
  for (const xmlNode* s : chain) {
    overlay(xml::child(s, "pPr"), look);
    overlay(xml::child(s, "rPr"), look);
  }
  return look;
}

std::string part_text(const std::filesystem::path& docx, const std::string& part) {
  auto doc = parse_part(docx, part);
  std::string out;
  for (xmlNode* p : ooxml::all_paragraphs(doc.root())) out += ooxml::paragraph_text(p) + "\n";
  return out;
}

std::string all_parts(const std::filesystem::path& docx) {
  std::string all;
  for (const auto& part : part_names(docx)) all += read_part(docx, part) + "\n";
  return all;
}

bool pdf_tools_present(const std::string& poppler_tool, const std::string& what) {
  if (!pack::find_soffice()) {
    WARN("soffice (LibreOffice) is absent: skipping " + what);
    return false;
  }
  if (run_shell("command -v " + poppler_tool).status != 0) {
    WARN(poppler_tool + " (poppler-utils) is absent: skipping " + what);
    return false;
  }
  return true;
}

}  // namespace docket::test
