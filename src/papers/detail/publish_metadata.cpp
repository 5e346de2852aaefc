#include "papers/detail/publish_metadata.hpp"

#include <string_view>
#include <vector>

#include "ooxml/names.hpp"
#include "ooxml/part_name.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::papers::detail {

namespace {

constexpr std::string_view kThumbnail = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail";
constexpr std::string_view kAttachedTemplate =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate";

// Removes the named children of the part's root (any namespace), rewriting the part.
void drop_children(ooxml::Package& package, const std::string& part, std::initializer_list<std::string_view> names,
                   Diagnostics& diags) {
  if (part.empty()) return;
  auto doc = package.parse_part(part, diags);
  if (!doc || doc->root() == nullptr) return;
  bool changed = false;
  for (auto name : names) {
    for (xmlNode* c : xml::children(doc->root(), name)) {
      xmlUnlinkNode(c);
      xmlFreeNode(c);
      changed = true;
    }
  }
  if (changed) package.replace(part, serialise(doc->root()));
}

}  // namespace

std::string related_part(ooxml::Package& package, const std::string& source, std::string_view type) {
  auto& rels = package.relationships(source);
  const ooxml::Relationship* r = rels.first_of_type(type);
  std::string part = r ? rels.target_part(*r) : std::string();
  return !part.empty() && package.has_part(part) ? part : std::string();
}

std::string serialise(const xmlNode* root) { return xml::part_text(root); }

void remove_part_tree(ooxml::Package& package, const std::string& part) {
  if (part == package.main_document() || !package.has_part(part)) return;
  std::vector<std::string> related;
  auto& rels = package.relationships(part);
  for (const auto& r : rels.all()) {
    if (!r.external) related.push_back(rels.target_part(r));
  }
  package.remove_part(part);
  for (const auto& p : related) remove_part_tree(package, p);
}

void remove_related(ooxml::Package& package, const std::string& source, std::string_view type) {
  auto& rels = package.relationships(source);
  std::vector<const ooxml::Relationship*> found = rels.of_type(type);
  std::vector<std::pair<std::string, std::string>> doomed;  // id, part
  for (const auto* r : found) doomed.emplace_back(r->id, r->external ? std::string() : rels.target_part(*r));
  for (const auto& [id, part] : doomed) {
    package.relationships(source).remove(id);
    if (!part.empty() && package.has_part(part)) remove_part_tree(package, part);
  }
  // A part left with no relationships needs no relationships part.
  if (!doomed.empty() && !source.empty() && package.relationships(source).all().empty()) {
    package.remove_part(ooxml::rels_part_for(source));
  }
}

void clean_properties(ooxml::Package& package, Diagnostics& diags) {
  // LibreOffice names the core properties with a type of its own spelling.
  for (auto type : {ooxml::rel::core_properties, ooxml::rel::core_properties_alt}) {
    drop_children(package, related_part(package, "", type), {"creator", "lastModifiedBy", "lastPrinted"}, diags);
  }
  drop_children(package, related_part(package, "", ooxml::rel::extended_properties), {"Company", "Manager", "Template"},
                diags);
}

void remove_private_parts(ooxml::Package& package) {
  remove_related(package, "", ooxml::rel::custom_properties);
  remove_related(package, "", kThumbnail);
  remove_related(package, "", ooxml::rel::custom_xml);
  remove_related(package, package.main_document(), ooxml::rel::custom_xml);
  // Custom XML parts nobody relates to are still in the package.
  for (const auto& part : package.part_names()) {
    if (part.rfind("customXml/", 0) == 0 && package.has_part(part)) package.remove_part(part);
  }
}

void clean_settings(ooxml::Package& package, Diagnostics& diags) {
  const std::string settings = related_part(package, package.main_document(), ooxml::rel::settings);
  if (settings.empty()) return;
  drop_children(package, settings, {"attachedTemplate", "docVars"}, diags);
  remove_related(package, settings, kAttachedTemplate);
}

}  // namespace docket::papers::detail
