#pragma once
// Applying a posted form to the data file's DOM: each field whose value differs from the
// file changes its node in place (creating the elements it needs where the schema puts
// them); unchanged fields touch nothing. An action (add, remove, move up, move down) changes
// the structure. Every key is matched to its node before anything changes, so each one
// means what it meant on the page the officer saw.
#include <libxml/tree.h>

#include <map>
#include <string>

#include "serve/form_schema.hpp"

namespace docket::serve::form {

struct ApplyResult {
  bool changed = false;
  std::string focus;  // the control to show after an action (its id)
};

/// Applies `fields` (the form's name → value pairs; keys start with "/", see form_dom.hpp;
/// "action" holds an action). Throws InvalidInput for a key or action that names nothing.
ApplyResult apply_form(const FormSchema& schema, xmlDoc* doc, const std::multimap<std::string, std::string>& fields);

}  // namespace docket::serve::form
