#include "cli/command.hpp"

namespace docket::cli {

// One line per subcommand; a new one is its own file, a line here and one in command.hpp.
const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      render_command(),
      check_command(),
      pack_command(),
      validate_command(),
      inspect_command(),
      serve_command(),
      users_command(),
  };
  return table;
}

}  // namespace docket::cli
