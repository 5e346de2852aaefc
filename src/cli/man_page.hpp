#pragma once
// The manual pages and the bash completion, written from the command table at build time
// (src/make_docs.cpp), so that they say exactly what --help says.
#include <string>

#include "cli/command.hpp"

namespace docket::cli {

/// docket(1): the commands, the options every command takes, environment, files, exit status.
std::string overview_man_page(const std::string& date);

/// docket-NAME(1) for one command.
std::string command_man_page(const Command& c, const std::string& date);

/// A bash completion script for docket: commands, each command's options, files for values.
std::string bash_completion();

}  // namespace docket::cli
