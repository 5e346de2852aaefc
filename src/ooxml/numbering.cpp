#include "ooxml/numbering.hpp"

#include <cstdlib>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "support/byte_sink.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::ooxml {

namespace {

long w_long(const xmlNode* n, const char* name, long fallback) {
  auto v = n ? xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name, BAD_CAST std::string(ns::w).c_str()) : nullptr;
  if (v == nullptr) return fallback;
  long out = std::atol(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

xmlNode* w_child(xmlDoc* doc, xmlNode* parent, const char* name, const char* val = nullptr) {
  xmlNs* w = w_namespace(xmlDocGetRootElement(doc));
  xmlNode* n = xmlNewDocNode(doc, w, BAD_CAST name, nullptr);
  if (val != nullptr) xmlSetNsProp(n, w, BAD_CAST "val", BAD_CAST val);
  if (parent != nullptr) xmlAddChild(parent, n);
  return n;
}

const char* kEmpty =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";

}  // namespace

NumberingTable::NumberingTable() {
  Diagnostics ignored;
  doc_ = std::move(*xml::parse(kEmpty, "numbering.xml", ignored));
}

NumberingTable NumberingTable::parse(std::string_view text, const std::string& name, Diagnostics& diags) {
  NumberingTable t;
  auto doc = xml::parse(text, name, diags);
  if (!doc) return t;
  t.doc_ = std::move(*doc);
  for (xmlNode* a : xml::children(t.doc_.root(), "abstractNum")) {
    long id = w_long(a, "abstractNumId", 0);
    t.abstracts_[id] = true;
    t.next_abstract_ = std::max(t.next_abstract_, id + 1);
    for (xmlNode* lvl : xml::children(a, "lvl")) {
      t.starts_[id][w_long(lvl, "ilvl", 0)] = w_long(xml::child(lvl, "start"), "val", 1);
    }
  }
  for (xmlNode* n : xml::children(t.doc_.root(), "num")) {
    long id = w_long(n, "numId", 0);
    t.nums_[id] = w_long(xml::child(n, "abstractNumId"), "val", 0);
    t.next_num_ = std::max(t.next_num_, id + 1);
  }
  return t;
}

std::optional<long> NumberingTable::abstract_of(long num_id) const {
  auto it = nums_.find(num_id);
  if (it == nums_.end()) return std::nullopt;
  return it->second;
}

long NumberingTable::add_num(long abstract_id) {
  xmlDoc* doc = doc_.get();
  xmlNode* num = w_child(doc, nullptr, "num");
  long id = next_num_++;
  xmlSetNsProp(num, w_namespace(doc_.root()), BAD_CAST "numId", BAD_CAST std::to_string(id).c_str());
  w_child(doc, num, "abstractNumId", std::to_string(abstract_id).c_str());
  // numIdMacAtCleanup, if present, must stay last.
  if (xmlNode* cleanup = xml::child(doc_.root(), "numIdMacAtCleanup")) xmlAddPrevSibling(cleanup, num);
  else xmlAddChild(doc_.root(), num);
  nums_[id] = abstract_id;
  return id;
}

long NumberingTable::add_restarted_num(long abstract_id) {
  long id = add_num(abstract_id);
  xmlNode* num = nullptr;
  for (xmlNode* n : xml::children(doc_.root(), "num")) {
    if (w_long(n, "numId", -1) == id) num = n;
  }
  for (long level = 0; level < 9; ++level) {
    xmlNode* o = w_child(doc_.get(), num, "lvlOverride");
    xmlSetNsProp(o, w_namespace(doc_.root()), BAD_CAST "ilvl", BAD_CAST std::to_string(level).c_str());
    auto start = starts_[abstract_id].find(level);
    long value = start == starts_[abstract_id].end() ? 1 : start->second;
    w_child(doc_.get(), o, "startOverride", std::to_string(value).c_str());
  }
  return id;
}

long NumberingTable::add_abstract(const std::vector<std::string>& formats) {
  xmlDoc* doc = doc_.get();
  xmlNs* w = w_namespace(doc_.root());
  long id = next_abstract_++;
  xmlNode* a = w_child(doc, nullptr, "abstractNum");
  xmlSetNsProp(a, w, BAD_CAST "abstractNumId", BAD_CAST std::to_string(id).c_str());
  w_child(doc, a, "multiLevelType", "hybridMultilevel");
  static const char* kBullets[] = {"\u2022", "\u25E6", "\u25AA"};
  for (std::size_t level = 0; level < formats.size(); ++level) {
    xmlNode* lvl = w_child(doc, a, "lvl");
    xmlSetNsProp(lvl, w, BAD_CAST "ilvl", BAD_CAST std::to_string(level).c_str());
    w_child(doc, lvl, "start", "1");
    w_child(doc, lvl, "numFmt", formats[level].c_str());
    std::string text = formats[level] == "bullet" ? kBullets[level % 3] : "%" + std::to_string(level + 1) + ".";
    w_child(doc, lvl, "lvlText", text.c_str());
    w_child(doc, lvl, "lvlJc", "left");
    xmlNode* ppr = w_child(doc, lvl, "pPr");
    xmlNode* ind = w_child(doc, ppr, "ind");
    xmlSetNsProp(ind, w, BAD_CAST "left", BAD_CAST std::to_string(720 * (level + 1)).c_str());
    xmlSetNsProp(ind, w, BAD_CAST "hanging", BAD_CAST "360");
    starts_[id][static_cast<long>(level)] = 1;
  }
  // Abstract definitions come before every w:num.
  xmlNode* first_num = xml::child(doc_.root(), "num");
  if (first_num == nullptr) first_num = xml::child(doc_.root(), "numIdMacAtCleanup");
  if (first_num != nullptr) xmlAddPrevSibling(first_num, a);
  else xmlAddChild(doc_.root(), a);
  abstracts_[id] = true;
  return id;
}

std::string NumberingTable::to_xml() const { return xml::part_text(doc_.root()); }

}  // namespace docket::ooxml
