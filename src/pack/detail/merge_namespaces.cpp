#include "pack/detail/merge_namespaces.hpp"

#include <array>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "ooxml/names.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack::detail {

namespace {

const char* cstr(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// The prefixes Word uses, preferred for these namespaces whatever a unit called them, so that
// mc:Ignorable lists read as Word writes them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kUsualPrefixes = {{
    {ooxml::ns::w, "w"},
    {ooxml::ns::r, "r"},
    {ooxml::ns::mc, "mc"},
    {ooxml::ns::wp, "wp"},
    {ooxml::ns::a, "a"},
    {ooxml::ns::pic, "pic"},
    {ooxml::ns::v, "v"},
    {ooxml::ns::w14, "w14"},
    {"http://schemas.microsoft.com/office/word/2012/wordml", "w15"},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", "wp14"},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "wps"},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", "wpg"},
    {"urn:schemas-microsoft-com:office:office", "o"},
    {"urn:schemas-microsoft-com:office:word", "w10"},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", "m"},
}};

std::string_view usual_prefix(std::string_view href) {
  for (const auto& [h, p] : kUsualPrefixes) {
    if (h == href) return p;
  }
  return {};
}

std::vector<xmlNode*> declaring_elements(const xmlNode* root) {
  std::vector<xmlNode*> out{const_cast<xmlNode*>(root)};
  if (xmlNode* body = xml::child(root, "body")) out.push_back(body);
  return out;
}

std::vector<std::string> split_words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::optional<std::string> mc_attr(const xmlNode* element, const char* name) {
  const std::string mc(ooxml::ns::mc);
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(element), BAD_CAST name, BAD_CAST mc.c_str());
  if (v == nullptr) v = xmlGetNoNsProp(const_cast<xmlNode*>(element), BAD_CAST name);  // mc:Choice/@Requires
  if (v == nullptr) return std::nullopt;
  std::string out = cstr(v);
  xmlFree(v);
  return out;
}

// Rewrites a list of prefixes (mc:Ignorable, Requires) through `renamed`.
std::string renamed_list(const std::string& list, const std::map<std::string, std::string>& renamed) {
  std::string out;
  for (const auto& word : split_words(list)) {
    auto it = renamed.find(word);
    out += (out.empty() ? "" : " ") + (it == renamed.end() ? word : it->second);
  }
  return out;
}

void rename_in_lists(xmlNode* node, const std::map<std::string, std::string>& renamed) {
  for (xmlNode* c = node; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (xml::namespace_of(c) == ooxml::ns::mc && xml::local_name(c) == "Choice") {
      if (auto req = mc_attr(c, "Requires")) {
        xmlSetProp(c, BAD_CAST "Requires", BAD_CAST renamed_list(*req, renamed).c_str());
      }
    }
    rename_in_lists(c->children, renamed);
  }
}

}  // namespace

NamespaceTable::NamespaceTable() {
  adopt(std::string(ooxml::ns::w), "w");
  adopt(std::string(ooxml::ns::r), "r");
  adopt(std::string(ooxml::ns::mc), "mc");
}

void NamespaceTable::adopt(const std::string& href, const char* wanted) {
  if (prefix_of_.count(href)) return;
  std::string prefix;
  const std::string usual(usual_prefix(href));
  if (!usual.empty() && !href_of_.count(usual)) prefix = usual;
  else if (wanted != nullptr && *wanted != '\0' && !href_of_.count(wanted)) prefix = wanted;
  for (int n = 1; prefix.empty(); ++n) {
    std::string candidate = "ns" + std::to_string(n);
    if (!href_of_.count(candidate)) prefix = candidate;
  }
  prefix_of_[href] = prefix;
  href_of_[prefix] = href;
}

void NamespaceTable::record(const xmlNode* root) {
  for (const xmlNode* e : declaring_elements(root)) {
    for (const xmlNs* ns = e->nsDef; ns != nullptr; ns = ns->next) {
      if (ns->href != nullptr) adopt(cstr(ns->href), ns->prefix ? cstr(ns->prefix) : nullptr);
    }
  }
  if (auto ignorable = mc_attr(root, "Ignorable")) {
    for (const auto& prefix : split_words(*ignorable)) {
      xmlNs* ns = xmlSearchNs(root->doc, const_cast<xmlNode*>(root), BAD_CAST prefix.c_str());
      if (ns != nullptr && ns->href != nullptr) ignorable_.insert(cstr(ns->href));
    }
  }
}

void NamespaceTable::apply(xmlNode* root) const {
  std::map<std::string, std::string> renamed;  // unit prefix → pack prefix
  for (xmlNode* e : declaring_elements(root)) {
    for (xmlNs* ns = e->nsDef; ns != nullptr; ns = ns->next) {
      if (ns->href == nullptr) continue;
      const std::string& want = prefix_of_.at(cstr(ns->href));
      std::string had = ns->prefix ? cstr(ns->prefix) : "";
      if (had == want) continue;
      renamed[had] = want;
      if (ns->prefix != nullptr) xmlFree(const_cast<xmlChar*>(ns->prefix));
      ns->prefix = xmlStrdup(BAD_CAST want.c_str());
    }
  }
  if (!renamed.empty()) rename_in_lists(root->children, renamed);
}

std::string NamespaceTable::declarations() const {
  std::string out;
  for (const auto& [prefix, href] : href_of_) {
    out += " xmlns:" + prefix + "=\"" + xml::escape_attribute(href) + "\"";
  }
  std::string ignorable;
  for (const auto& href : ignorable_) ignorable += (ignorable.empty() ? "" : " ") + prefix_of_.at(href);
  if (!ignorable.empty()) out += " mc:Ignorable=\"" + ignorable + "\"";
  return out;
}

}  // namespace docket::pack::detail
