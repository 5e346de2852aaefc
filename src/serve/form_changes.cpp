#include "serve/form_view.hpp"

#include <map>

#include "serve/html.hpp"

// What differs between two versions of a report, field by field, as the history page shows it.

namespace docket::serve::form {

std::vector<FieldChange> compare_versions(const FormSchema& schema, xmlNode* before, xmlNode* after) {
  FormView a(schema, before), b(schema, after);
  a.index_all(true);
  b.index_all(true);
  std::map<std::string, const FieldValue*> old;
  for (const auto& v : a.values()) old[v.key] = &v;
  std::vector<FieldChange> out;
  for (const auto& v : b.values()) {
    auto it = old.find(v.key);
    const std::string was = it == old.end() ? std::string() : it->second->value;
    if (was != v.value) out.push_back({v.part, v.label, was, v.value});
    if (it != old.end()) old.erase(it);
  }
  for (const auto& v : a.values()) {
    if (old.count(v.key) && !v.value.empty()) out.push_back({v.part, v.label, v.value, ""});
  }
  return out;
}

std::string changes_table(const std::vector<FieldChange>& changes, std::string_view before_label,
                          std::string_view after_label) {
  if (changes.empty()) return "<p class=\"govuk-body\">No field differs.</p>\n";
  std::string out = "<table class=\"govuk-table dk-changes\"><caption class=\"govuk-table__caption govuk-table__caption--m\">What differs</caption>"
                    "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Field</th>"
                    "<th scope=\"col\" class=\"govuk-table__header\">" + esc(before_label) + "</th><th scope=\"col\" class=\"govuk-table__header\">" +
                    esc(after_label) + "</th></tr></thead><tbody class=\"govuk-table__body\">\n";
  for (const auto& c : changes) {
    auto cell = [](const std::string& v) {
      return v.empty() ? std::string("<span class=\"govuk-hint\">(empty)</span>") : "<span class=\"dk-pre\">" + esc(v) + "</span>";
    };
    out += "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">" + esc(c.label) +
           "</th><td class=\"govuk-table__cell\">" + cell(c.before) + "</td><td class=\"govuk-table__cell\">" + cell(c.after) +
           "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

}  // namespace docket::serve::form
