// Reading the data side of a derivation: only data elements, never derived ones, so that a
// second derivation (or a check run after one) sees exactly what the first saw.
#include "data/derive.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

xmlNs* derived_namespace(xmlNode* root) {
  const std::string href(kDerivedNamespace);
  const auto* h = reinterpret_cast<const xmlChar*>(href.c_str());
  if (xmlNs* ns = xmlSearchNsByHref(root->doc, root, h)) return ns;
  // d, unless the data already uses that prefix for something else.
  std::string prefix(kDerivedPrefix);
  for (int n = 1; xmlSearchNs(root->doc, root, reinterpret_cast<const xmlChar*>(prefix.c_str())) != nullptr; ++n) {
    prefix = std::string(kDerivedPrefix) + std::to_string(n);
  }
  return xmlNewNs(root, h, reinterpret_cast<const xmlChar*>(prefix.c_str()));
}

xmlNode* data_child(const xmlNode* parent, std::string_view name) {
  for (xmlNode* c : xml::children(parent, name)) {
    if (xml::namespace_of(c) != kDerivedNamespace) return c;
  }
  return nullptr;
}

std::vector<xmlNode*> data_children(const xmlNode* parent, std::string_view name) {
  std::vector<xmlNode*> out;
  for (xmlNode* c : xml::children(parent, name)) {
    if (xml::namespace_of(c) != kDerivedNamespace) out.push_back(c);
  }
  return out;
}

void report_missing_status(const DataSource& data, const xmlNode* kpi, const StatusScheme& scheme,
                           Outcome outcome, const SchemeLibrary& schemes, Diagnostics& diags) {
  const xmlNode* override_element = data_child(kpi, "statusOverride");
  const std::string token(outcome_token(outcome));
  schemes.report_once(
      diags, data.at(override_element ? override_element : kpi, Severity::error,
                     "the status scheme " + scheme.id + " has no status for " + token +
                         ", so KPI " + xml::attribute(kpi, "id").value_or("") + " has no status",
                     "add <status key=\"" + token + "\" label=\"…\"/> to the scheme (" +
                         scheme.file + "), or choose another statusOverride",
                     "scheme.status-missing"));
}

}  // namespace docket::data::detail
