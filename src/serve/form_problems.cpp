#include "serve/form_view.hpp"

// Which field a diagnostic belongs to, so that the form shows each problem beside its field.

namespace docket::serve::form {

std::string FieldIndex::anchor_for(std::string path) const {
  while (!path.empty()) {
    if (auto it = anchor_of_path.find(path); it != anchor_of_path.end()) return it->second;
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) break;
    path.erase(slash);
  }
  return {};
}

MappedProblems map_problems(const Diagnostics& diags, const FieldIndex& index, std::string_view file) {
  MappedProblems out;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& d : diags) {
      if ((d.severity == Severity::error) != (pass == 0)) continue;
      std::string anchor = d.file == file && !d.node.empty() ? index.anchor_for(d.node) : std::string();
      std::string part;
      if (auto it = index.part_of_anchor.find(anchor); it != index.part_of_anchor.end()) part = it->second;
      out.by_anchor[anchor].push_back(&d);
      out.ordered.push_back({&d, anchor, part});
    }
  }
  return out;
}

}  // namespace docket::serve::form
