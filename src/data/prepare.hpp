#pragma once
// Data made ready for templates: XPath 1.0 has no default namespace, so elements in the
// data root's own namespace lose it (as XSLT 2.0's xpath-default-namespace would have it),
// letting templates write meta/title rather than x:meta/x:title. Run after validation.
#include "data/data_source.hpp"

namespace docket::data {

/// Removes the root element's namespace from every element in that namespace.
void strip_root_namespace(DataSource& data);

/// The namespaces declared on the data root with a prefix (prefix, URI), for XPath.
std::vector<std::pair<std::string, std::string>> declared_prefixes(const DataSource& data);

}  // namespace docket::data
