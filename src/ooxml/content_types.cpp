#include "ooxml/content_types.hpp"

#include "ooxml/names.hpp"
#include "xml/document.hpp"
#include "xml/serialize.hpp"
#include "zip/entry_name.hpp"

namespace docket::ooxml {

namespace {
std::string attr(xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::string_view strip_slash(std::string_view part) {
  return !part.empty() && part.front() == '/' ? part.substr(1) : part;
}
}  // namespace

ContentTypes ContentTypes::parse(std::string_view xml, const std::string& file, Diagnostics& diags) {
  ContentTypes ct;
  auto doc = xml::parse(xml, file + ": [Content_Types].xml", diags);
  if (!doc) return ct;
  for (xmlNode* n = xmlFirstElementChild(doc->root()); n; n = xmlNextElementSibling(n)) {
    std::string_view name = reinterpret_cast<const char*>(n->name);
    if (name == "Default") {
      ct.set_default(attr(n, "Extension"), attr(n, "ContentType"));
    } else if (name == "Override") {
      ct.set_override(strip_slash(attr(n, "PartName")), attr(n, "ContentType"));
    }
  }
  return ct;
}

std::string ContentTypes::type_of(std::string_view part) const {
  auto folded = zip::fold_case(strip_slash(part));
  if (auto it = overrides_.find(folded); it != overrides_.end()) return it->second;
  auto dot = folded.rfind('.');
  if (dot == std::string::npos || folded.find('/', dot) != std::string::npos) return {};
  auto it = defaults_.find(folded.substr(dot + 1));
  return it == defaults_.end() ? std::string() : it->second;
}

void ContentTypes::set_override(std::string_view part, std::string_view type) {
  auto folded = zip::fold_case(strip_slash(part));
  overrides_[folded] = std::string(type);
  spelling_[folded] = std::string(strip_slash(part));
}

void ContentTypes::remove_override(std::string_view part) {
  auto folded = zip::fold_case(strip_slash(part));
  overrides_.erase(folded);
  spelling_.erase(folded);
}

void ContentTypes::set_default(std::string_view extension, std::string_view type) {
  defaults_[zip::fold_case(extension)] = std::string(type);
}

bool ContentTypes::has_default(std::string_view extension) const {
  return defaults_.count(zip::fold_case(extension)) > 0;
}

std::string ContentTypes::to_xml() const {
  std::string out(xml::kXmlDeclaration);
  out += "<Types xmlns=\"";
  out += ns::content_types;
  out += "\">";
  for (const auto& [ext, type] : defaults_) {
    out += "<Default Extension=\"" + xml::escape_attribute(ext) + "\" ContentType=\"" +
           xml::escape_attribute(type) + "\"/>";
  }
  for (const auto& [folded, type] : overrides_) {
    out += "<Override PartName=\"/" + xml::escape_attribute(spelling_.at(folded)) +
           "\" ContentType=\"" + xml::escape_attribute(type) + "\"/>";
  }
  out += "</Types>";
  return out;
}

}  // namespace docket::ooxml
