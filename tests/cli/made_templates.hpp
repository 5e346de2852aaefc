#pragma once
// Made for the CLI tests: the house template with its body replaced, large text, a folder listed.
#include <filesystem>
#include <string>
#include <vector>

namespace docket::test {

/// Writes the house template with its body replaced by one paragraph per string and with
/// empty headers and footers (whose tags would need a report's data); returns `target`.
std::filesystem::path template_with_body(const std::filesystem::path& target, const std::vector<std::string>& paragraphs);

/// `size` pseudo-random letters (the same each time): text that compresses little, so that a
/// document made from it is large on disk.
std::string incompressible_text(std::size_t size);

/// The names in `folder`, sorted, one a line.
std::string listing(const std::filesystem::path& folder);

}  // namespace docket::test
