#include "data/status_colours.hpp"

#include "xml/node.hpp"

namespace docket::data {

namespace {
// "In Development", "in-development" and "IN_DEVELOPMENT" are one word here.
std::string fold(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c == ' ' || c == '-' || c == '_') continue;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}
}  // namespace

StatusColours StatusColours::of(const DataSource& data, const SchemeLibrary& schemes, Diagnostics& diags) {
  StatusColours out;
  auto add = [&](const std::string& key, const std::string& label, const std::optional<format::Rgb>& fill,
                 const format::Rgb& text) {
    if (!fill) return;
    StatusColour c{fill->to_hex(), text.to_hex()};
    out.by_word_.emplace(fold(label), c);
    out.by_word_.emplace(fold(key), c);
  };
  for (xmlNode* kpis : xml::descendants(data.root(), "kpis")) {
    if (const StatusScheme* s = schemes.find_scheme(xml::attribute(kpis, "statusScheme").value_or("default"), diags)) {
      for (const Status& st : s->statuses) add(st.key, st.label, st.fill, st.text_colour);
    }
  }
  for (xmlNode* risks : xml::descendants(data.root(), "risks")) {
    if (const RiskMatrix* m = schemes.find_matrix(xml::attribute(risks, "matrix").value_or(""), diags)) {
      for (const Band& b : m->bands) add(b.key, b.label, b.fill, b.text_colour);
    }
  }
  return out;
}

std::optional<StatusColour> StatusColours::find(std::string_view word) const {
  auto it = by_word_.find(fold(word));
  if (it == by_word_.end()) return std::nullopt;
  return it->second;
}

}  // namespace docket::data
