#include "cli/paths.hpp"

#include "support/error.hpp"

namespace docket::cli {

std::string required_path(const Invocation& inv, const char* option, const char* shown_as) {
  if (!inv.args.count(option)) {
    throw UsageError(std::string("missing ") + shown_as, "run docket help for the usage");
  }
  return inv.args[option].as<std::string>();
}

}  // namespace docket::cli
