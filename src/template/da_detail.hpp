#pragma once
// Shared between the DocumentAssembler lowering steps (da_lower.cpp, da_convert.cpp).
#include <libxml/tree.h>

#include <map>
#include <set>
#include <string>

#include "template/da_markup.hpp"
#include "template/site.hpp"
#include "xml/document.hpp"

namespace docket::tmpl::detail {

/// The lowering's working state: sites made so far, and the markup of each dk:da element.
struct DaState {
  PartSites& sites;
  Diagnostics& diags;
  std::map<long, DaMarkup> markup;               // site index → markup
  std::map<const xmlNode*, long> paragraph_numbers;
  // Elements freed while lowering. A step walks a list of paragraphs or markup taken before
  // it starts, and freeing one (a paragraph replaced by an error) frees what it holds (a text
  // box's paragraphs, markup in them): the list's later entries found here are skipped.
  // Cleared when a step takes its list (a freed node's address may be a new node's).
  std::set<const xmlNode*> removed;

  long paragraph_number(const xmlNode* n) const;
  /// A site for markup found at `n` (its paragraph gives the number and excerpt).
  long add_site(const xmlNode* n, std::string text, const DaMarkup& m);
  /// An error at `n`: reported, and a dk:error marker (run or paragraph) returned for the
  /// caller to put in the markup's place. With `at`, the error is placed where that site's
  /// markup was written (its paragraph and text), not where `n` has been moved since.
  xmlNode* error(const xmlNode* n, const std::string& text, const std::string& message, bool paragraph,
                 const TagSite* at = nullptr);
};

/// The dk:da element standing for markup while lowering (null if not one).
bool is_da(const xmlNode* n);
DaKind da_kind(const DaState& s, const xmlNode* da);

/// Step 8: dk:da elements become docket markers.
void convert_markup(xml::Document& doc, DaState& state);

}  // namespace docket::tmpl::detail
