#include "pack/detail/merge_fields.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "ooxml/wml.hpp"
#include "pack/detail/merge_xml.hpp"
#include "xml/node.hpp"

namespace docket::pack::detail {

namespace {

// Fields whose result is a property of the document they are in (ECMA-376 Part 1 §17.16.5).
constexpr std::array<std::string_view, 17> kPropertyFields = {
    "AUTHOR", "COMMENTS", "CREATEDATE", "DOCPROPERTY", "DOCVARIABLE", "EDITTIME", "FILENAME", "FILESIZE",
    "INFO", "KEYWORDS", "LASTSAVEDBY", "PRINTDATE", "REVNUM", "SAVEDATE", "SUBJECT", "TEMPLATE", "TITLE"};

void collect_elements(xmlNode* node, std::vector<xmlNode*>& out) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    out.push_back(c);
    collect_elements(c, out);
  }
}

// Every element under `root`, in document order.
std::vector<xmlNode*> elements_under(xmlNode* root) {
  std::vector<xmlNode*> out;
  collect_elements(root, out);
  return out;
}

bool prints_property(std::string_view instruction) {
  auto begin = instruction.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return false;
  auto end = instruction.find_first_of(" \t\\", begin);
  std::string word(instruction.substr(begin, end == std::string_view::npos ? end : end - begin));
  std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::toupper(c); });
  return std::find(kPropertyFields.begin(), kPropertyFields.end(), word) != kPropertyFields.end();
}

// A complex field in one paragraph: its begin, instruction and separator marks and its end.
struct Field {
  std::vector<xmlNode*> marks;
  std::string instruction;
  int depth = 0;
};

// Removes the marks of every outermost property field that begins and ends in the paragraph;
// its result runs stay as plain text.
void freeze_complex_fields(xmlNode* paragraph) {
  std::vector<Field> open;
  std::vector<xmlNode*> remove;
  for (xmlNode* e : elements_under(paragraph)) {
    const std::string_view name = xml::local_name(e);
    if (name == "fldChar") {
      const auto type = w_attr(e, "fldCharType").value_or("");
      if (type == "begin") {
        open.push_back({{e}, "", static_cast<int>(open.size())});
      } else if (!open.empty() && type == "separate") {
        open.back().marks.push_back(e);
      } else if (!open.empty() && type == "end") {
        Field f = std::move(open.back());
        open.pop_back();
        f.marks.push_back(e);
        if (f.depth == 0 && prints_property(f.instruction)) remove.insert(remove.end(), f.marks.begin(), f.marks.end());
      }
    } else if (name == "instrText" && !open.empty()) {
      open.back().instruction += xml::text(e);
      open.back().marks.push_back(e);
    }
  }
  for (xmlNode* e : remove) remove_node(e);
}

// A simple property field becomes its result runs.
void freeze_simple_field(xmlNode* field) {
  if (!prints_property(w_attr(field, "instr").value_or(""))) return;
  while (field->children != nullptr) {
    xmlNode* c = field->children;
    xmlUnlinkNode(c);
    xmlAddPrevSibling(field, c);
  }
  remove_node(field);
}

}  // namespace

void keep_own_properties(xmlNode* root) {
  std::vector<xmlNode*> bindings, simple;
  for (xmlNode* e : elements_under(root)) {
    const std::string_view name = xml::local_name(e);
    if (name == "dataBinding" && xml::local_name(e->parent) == "sdtPr") bindings.push_back(e);
    else if (name == "fldSimple") simple.push_back(e);
  }
  for (xmlNode* b : bindings) remove_node(b);
  for (xmlNode* f : simple) freeze_simple_field(f);
  std::vector<xmlNode*> paragraphs = ooxml::all_paragraphs(root);
  if (xml::local_name(root) == "p") paragraphs.push_back(root);
  for (xmlNode* p : paragraphs) freeze_complex_fields(p);
}

}  // namespace docket::pack::detail
