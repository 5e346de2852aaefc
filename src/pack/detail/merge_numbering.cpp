#include "pack/detail/merge_numbering.hpp"

#include <cstdio>
#include <cstdlib>

#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

long w_long(const xmlNode* n, const char* name) {
  auto v = w_attr(n, name);
  return v ? std::atol(v->c_str()) : -1;
}

void map_val(xmlNode* n, const char* attr, const IdMap& map) {
  auto it = map.find(w_long(n, attr));
  if (n != nullptr && it != map.end()) set_w_attr(n, attr, std::to_string(it->second));
}

void map_style_val(xmlNode* n, const NameMap& styles) {
  auto v = w_attr(n, "val");
  if (!v) return;
  if (auto it = styles.find(*v); it != styles.end()) set_w_attr(n, "val", it->second);
}

}  // namespace

void NumberingMerger::plan(const xmlNode* unit_numbering, UnitMaps& maps) {
  abstract_ids_.clear();
  if (unit_numbering == nullptr) return;
  for (xmlNode* p : xml::children(unit_numbering, "numPicBullet")) {
    maps.picture_bullets[w_long(p, "numPicBulletId")] = next_picture_++;
  }
  for (xmlNode* a : xml::children(unit_numbering, "abstractNum")) {
    abstract_ids_[w_long(a, "abstractNumId")] = next_abstract_++;
  }
  // An instance of a definition the unit lacks is left out: its paragraphs lose numbering,
  // as they show in Word.
  for (xmlNode* n : xml::children(unit_numbering, "num")) {
    if (abstract_ids_.count(w_long(xml::child(n, "abstractNumId"), "val"))) {
      maps.nums[w_long(n, "numId")] = next_num_++;
    }
  }
}

void NumberingMerger::add(xmlNode* unit_numbering, const PartRefs& refs) {
  if (unit_numbering == nullptr) return;
  namespaces_.record(unit_numbering);
  namespaces_.apply(unit_numbering);
  map_references(unit_numbering, refs);
  const UnitMaps& maps = refs.maps;
  for (xmlNode* p : xml::children(unit_numbering, "numPicBullet")) {
    map_val(p, "numPicBulletId", maps.picture_bullets);
    pictures_ += to_xml_string(p);
  }
  for (xmlNode* a : xml::children(unit_numbering, "abstractNum")) {
    map_val(a, "abstractNumId", abstract_ids_);
    // Word treats definitions with the same w:nsid as one list: each copy gets its own.
    char nsid[16];
    std::snprintf(nsid, sizeof nsid, "%08lX", 0x1D0C0000L + w_long(a, "abstractNumId"));
    if (xmlNode* n = xml::child(a, "nsid")) set_w_attr(n, "val", nsid);
    map_style_val(xml::child(a, "styleLink"), maps.styles);
    map_style_val(xml::child(a, "numStyleLink"), maps.styles);
    for (xmlNode* lvl : xml::children(a, "lvl")) {
      map_val(xml::child(lvl, "lvlPicBulletId"), "val", maps.picture_bullets);
    }
    abstracts_ += to_xml_string(a);
  }
  for (xmlNode* n : xml::children(unit_numbering, "num")) {
    auto it = maps.nums.find(w_long(n, "numId"));
    if (it == maps.nums.end()) continue;
    set_w_attr(n, "numId", std::to_string(it->second));
    map_val(xml::child(n, "abstractNumId"), "val", abstract_ids_);
    nums_ += to_xml_string(n);
  }
}

std::string NumberingMerger::to_xml() const {
  return std::string(xml::kXmlDeclaration) + "<w:numbering" + namespaces_.declarations() + ">" +
         pictures_ + abstracts_ + nums_ + "</w:numbering>";
}

}  // namespace docket::pack::detail
