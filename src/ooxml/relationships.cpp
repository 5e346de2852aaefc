#include "ooxml/relationships.hpp"

#include <algorithm>
#include <cstdlib>

#include "ooxml/names.hpp"
#include "ooxml/part_name.hpp"
#include "xml/document.hpp"
#include "xml/serialize.hpp"

namespace docket::ooxml {

namespace {
std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

long numeric_suffix(std::string_view id) {
  std::size_t i = id.size();
  while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9') --i;
  if (i == id.size() || id.size() - i > 9) return 0;
  return std::atol(std::string(id.substr(i)).c_str());
}
}  // namespace

Relationships Relationships::parse(std::string_view xml, std::string source_part,
                                   const std::string& file, Diagnostics& diags) {
  Relationships rels(std::move(source_part));
  auto doc = xml::parse(xml, file + ": " + rels_part_for(rels.source_), diags);
  if (!doc) return rels;
  for (xmlNode* n = xmlFirstElementChild(doc->root()); n; n = xmlNextElementSibling(n)) {
    if (std::string_view(reinterpret_cast<const char*>(n->name)) != "Relationship") continue;
    Relationship r{attr(n, "Id"), attr(n, "Type"), attr(n, "Target"),
                   attr(n, "TargetMode") == "External"};
    rels.next_id_ = std::max(rels.next_id_, numeric_suffix(r.id) + 1);
    rels.items_.push_back(std::move(r));
  }
  return rels;
}

const Relationship* Relationships::find(std::string_view id) const {
  for (const auto& r : items_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const Relationship* Relationships::first_of_type(std::string_view type) const {
  for (const auto& r : items_) {
    if (r.type == type) return &r;
  }
  return nullptr;
}

std::vector<const Relationship*> Relationships::of_type(std::string_view type) const {
  std::vector<const Relationship*> out;
  for (const auto& r : items_) {
    if (r.type == type) out.push_back(&r);
  }
  return out;
}

std::string Relationships::target_part(const Relationship& r) const {
  return r.external ? std::string() : resolve_target(source_, r.target);
}

std::string Relationships::add(std::string_view type, std::string_view target, bool external) {
  std::string id;
  do {
    id = "rId" + std::to_string(next_id_++);
  } while (find(id) != nullptr);
  items_.push_back({id, std::string(type), std::string(target), external});
  modified_ = true;
  return id;
}

void Relationships::remove(std::string_view id) {
  auto it = std::remove_if(items_.begin(), items_.end(), [&](const auto& r) { return r.id == id; });
  if (it != items_.end()) modified_ = true;
  items_.erase(it, items_.end());
}

std::string Relationships::to_xml() const {
  std::string out(xml::kXmlDeclaration);
  out += "<Relationships xmlns=\"";
  out += ns::package_rels;
  out += "\">";
  for (const auto& r : items_) {
    out += "<Relationship Id=\"" + xml::escape_attribute(r.id) + "\" Type=\"" +
           xml::escape_attribute(r.type) + "\" Target=\"" + xml::escape_attribute(r.target) + "\"";
    if (r.external) out += " TargetMode=\"External\"";
    out += "/>";
  }
  out += "</Relationships>";
  return out;
}

}  // namespace docket::ooxml
