#pragma once
// The items of an #each in the order its options ask for: grouped by a key (one item per
// distinct value, with its members), then sorted by one or more keys.
//
// Sorting compares like with like, as a spreadsheet does: keys that are numbers in the data's
// form (-40, 9.9, 98.05, 100) compare by value, exactly; other keys compare as text in the
// locale's alphabetical order (with runs of digits as numbers, so "Ward 9" comes before
// "Ward 10"); numbers come before text. An empty key (nothing selected, or only spaces) goes
// last in either order. Items with equal keys keep their order in the data.
#include <libxml/tree.h>

#include <string>
#include <vector>

#include "format/filter.hpp"
#include "template/expression.hpp"

namespace docket::tmpl {

struct SortKey {
  Expression expression;
  bool descending = false;
};

/// One group of a grouped loop: the members in data order.
struct Group {
  std::string key;
  std::vector<xmlNode*> members;
};

/// Sorts `items` by `keys` (primary first); a key that cannot be evaluated sets `error` (its
/// text) and leaves the order as it was.
void sort_items(std::vector<xmlNode*>& items, const std::vector<SortKey>& keys, xml::XPathContext& ctx,
                const format::Locale& locale, std::string& error);

/// Groups `items` by the string value of `key` (trimmed), groups in order of first
/// appearance. Sets `error` when the key cannot be evaluated.
std::vector<Group> group_items(const std::vector<xmlNode*>& items, const Expression& key, xml::XPathContext& ctx,
                               std::string& error);

}  // namespace docket::tmpl
