#pragma once
// JSON output for tools, through nlohmann-json (a well-kept library: escaping, numbers and
// UTF-8 checks are not code docket should own). Keys keep the order they are set in.
#include <nlohmann/json.hpp>
#include <string>

#include "support/diagnostic.hpp"

namespace docket {

using Json = nlohmann::ordered_json;

/// `value` as one line of JSON (no trailing newline). Bytes that are not UTF-8 (a file name
/// in another encoding) become U+FFFD, so the output is always valid UTF-8.
std::string dump_json(const Json& value);

/// A diagnostic as a JSON object: severity, then code, file, part, line, column, paragraph,
/// excerpt, message and hint, each only when set.
Json json_of(const Diagnostic& d);

}  // namespace docket
