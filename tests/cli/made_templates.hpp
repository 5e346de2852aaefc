#pragma once
// Templates made for a test: the house template with its body replaced.
#include <filesystem>
#include <string>
#include <vector>

namespace docket::test {

/// Writes the house template with its body replaced by one paragraph per string and with
/// empty headers and footers (whose tags would need a report's data); returns `target`.
std::filesystem::path template_with_body(const std::filesystem::path& target, const std::vector<std::string>& paragraphs);

}  // namespace docket::test
