#include "support/json.hpp"

namespace docket {

std::string dump_json(const Json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Json json_of(const Diagnostic& d) {
  Json out = {{"severity", d.severity == Severity::error ? "error" : "warning"}};
  auto text = [&out](const char* name, const std::string& value) {
    if (!value.empty()) out[name] = value;
  };
  auto number = [&out](const char* name, long value) {
    if (value > 0) out[name] = value;
  };
  text("code", d.code);
  text("file", d.file);
  text("part", d.part);
  number("line", d.line);
  number("column", d.column);
  number("paragraph", d.paragraph);
  text("excerpt", d.excerpt);
  text("message", d.message);
  text("hint", d.hint);
  return out;
}

std::string to_json(const Diagnostic& d) { return dump_json(json_of(d)); }

}  // namespace docket
