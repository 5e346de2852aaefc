#pragma once
// Reading path arguments with messages that name the missing argument as the synopsis does.
#include <string>

#include "cli/command.hpp"

namespace docket::cli {

/// The value of a required argument; throws UsageError "missing DATA.xml" when absent.
std::string required_path(const Invocation& inv, const char* option, const char* shown_as);

}  // namespace docket::cli
