#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace docket::zip {

/// Why an entry name is unsafe to use (absolute, a ".." segment, a backslash, empty, a
/// control character), or nullopt when it is safe.
std::optional<std::string> unsafe_entry_name_reason(std::string_view name);

/// ASCII lower-case copy: OPC part names compare case-insensitively.
std::string fold_case(std::string_view name);

}  // namespace docket::zip
