#include "cli/command.hpp"

namespace docket::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {validate_command()};
  return table;
}

}  // namespace docket::cli
