#pragma once
// GOV.UK Frontend form controls for one field each: text input, date input, radios, select,
// and the rich-text area, with label, hint, the field's errors and warnings tied to the
// control by aria-describedby, and required fields marked.
#include <string>
#include <string_view>
#include <vector>

#include "serve/form_schema.hpp"
#include "support/diagnostic.hpp"

namespace docket::serve::form {

/// What a field shows besides its value.
struct FieldInfo {
  std::string id;      // the control's id (the error summary links here)
  std::string key;     // the form field's name
  std::string label;
  std::string hint;
  bool required = false;
  std::vector<const Diagnostic*> problems;  // errors and warnings placed on this field
  bool quiet = false;                       // only indexing: write nothing
};

/// Officer-facing words for a diagnostic: element names become their labels ("<title>" →
/// “Title”); hints that speak XML are left out.
std::string message_for(const Diagnostic& d);

/// The HTML id for a key.
std::string id_for(std::string_view key);

/// A label from a schema name: "forwardPlanRef" → "Forward plan reference".
std::string label_for(std::string_view name);
/// Words for an enumerated value: "higher-is-better" → "Higher is better".
std::string choice_label(std::string_view value);

std::string value_field(const FieldInfo& f, const ValueType& type, const std::string& value);
std::string rich_field(const FieldInfo& f, bool blocks, const std::string& text_form, const std::string& html_form);
/// The messages of a fieldset's own problems (shown under its legend).
std::string problem_messages(const FieldInfo& f);

/// The value a date input's parts make: "2024-03-31", "2024-03" (day left empty when
/// `month_allowed`), "" when all are empty; anything else is kept as typed so that
/// validation can say what is wrong with it.
std::string date_value(const std::string& day, const std::string& month, const std::string& year, bool month_allowed);

}  // namespace docket::serve::form
