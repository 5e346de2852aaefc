#pragma once
// The colours a report's own status schemes and risk matrices give their statuses and bands
// ("Red" → C00000 with white text), so that status cells are shaded the council's way.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "data/data_source.hpp"
#include "data/status_scheme.hpp"

namespace docket::data {

struct StatusColour {
  std::string fill;  // hex, e.g. "C00000"
  std::string text;  // hex, the scheme's text colour on that fill
};

class StatusColours {
 public:
  /// Collects the statuses and bands of the schemes and matrices `data` names.
  static StatusColours of(const DataSource& data, const SchemeLibrary& schemes, Diagnostics& diags);
  /// The colours for a printed status or band ("In Development", "in-development", "Low").
  std::optional<StatusColour> find(std::string_view word) const;

 private:
  std::map<std::string, StatusColour> by_word_;
};

}  // namespace docket::data
