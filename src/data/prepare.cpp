#include "data/prepare.hpp"

namespace docket::data {

namespace {
void strip(xmlNode* node, const xmlNs* ns) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (node->ns != nullptr && node->ns->href != nullptr && ns->href != nullptr &&
        xmlStrEqual(node->ns->href, ns->href)) {
      node->ns = nullptr;
    }
    strip(node->children, ns);
  }
}
}  // namespace

void strip_root_namespace(DataSource& data) {
  xmlNode* root = data.root();
  if (root == nullptr || root->ns == nullptr || root->ns->prefix != nullptr) return;
  const xmlNs* ns = root->ns;
  strip(root, ns);
}

std::vector<std::pair<std::string, std::string>> declared_prefixes(const DataSource& data) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const xmlNs* ns = data.root() ? data.root()->nsDef : nullptr; ns != nullptr; ns = ns->next) {
    if (ns->prefix != nullptr && ns->href != nullptr) {
      out.emplace_back(reinterpret_cast<const char*>(ns->prefix), reinterpret_cast<const char*>(ns->href));
    }
  }
  return out;
}

}  // namespace docket::data
