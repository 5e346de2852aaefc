#pragma once
// For the every-element fixtures' tests: the element and attribute names a data file uses,
// and which of a schema's names it leaves unused.
#include <libxml/tree.h>

#include <set>
#include <string>
#include <vector>

#include "xml/node.hpp"

namespace docket::test {

inline void used_names(const xmlNode* e, std::set<std::string>& elements, std::set<std::string>& attributes) {
  elements.insert(std::string(xml::local_name(e)));
  for (const xmlAttr* a = e->properties; a != nullptr; a = a->next) attributes.insert(reinterpret_cast<const char*>(a->name));
  for (const xmlNode* c = xmlFirstElementChild(const_cast<xmlNode*>(e)); c != nullptr;
       c = xmlNextElementSibling(const_cast<xmlNode*>(c))) {
    used_names(c, elements, attributes);
  }
}

inline std::vector<std::string> missing(const std::set<std::string>& wanted, const std::set<std::string>& used) {
  std::vector<std::string> out;
  for (const auto& name : wanted) {
    if (!used.count(name)) out.push_back(name);
  }
  return out;
}

}  // namespace docket::test
