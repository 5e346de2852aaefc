#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli/command.hpp"
#include "serve/accounts.hpp"
#include "support/error.hpp"

namespace docket::cli {

namespace {

// A password never comes from the command line (other users could read it from the process
// list): from the terminal without echo, asked twice, or as one line on standard input.
std::string read_password(const std::string& name, std::ostream& err) {
  std::string first;
  if (!isatty(STDIN_FILENO)) {
    std::getline(std::cin, first);
    if (!first.empty() && first.back() == '\r') first.pop_back();
    return first;
  }
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  std::string second;
  err << "Password for " << name << ": " << std::flush;
  std::getline(std::cin, first);
  err << "\nType it again: " << std::flush;
  std::getline(std::cin, second);
  err << "\n";
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
  if (first != second) throw InvalidInput("the two passwords are not the same", "run the command again");
  return first;
}

int users_run(Invocation& inv) {
  const std::string action = inv.args.count("action") ? inv.args["action"].as<std::string>() : "";
  const std::string name = inv.args.count("name") ? inv.args["name"].as<std::string>() : "";
  if (!inv.args.count("users")) throw UsageError("say which users file with --users FILE", "for example --users /etc/docket/users");
  const std::string file = inv.args["users"].as<std::string>();
  if (action == "list") {
    const auto users = serve::Users::load(file);
    for (const auto& a : users.accounts()) inv.out << a.name << "\t" << serve::role_name(a.role) << "\n";
    return 0;
  }
  if ((action != "add" && action != "remove") || name.empty()) {
    throw UsageError("docket users takes add NAME, remove NAME or list", "for example: docket users add j.smith --role officer --users FILE");
  }
  auto users = serve::Users::load_or_empty(file);
  if (action == "remove") {
    users.remove(name);
    users.save(file);
    inv.out << "removed " << name << "\n";
    return 0;
  }
  if (!inv.args.count("role")) throw UsageError("say the account's role with --role officer, clerk or admin");
  const auto role = serve::role_named(inv.args["role"].as<std::string>());
  if (!role) throw UsageError("--role " + inv.args["role"].as<std::string>() + " is not a role", "use --role officer, clerk or admin");
  users.add(name, *role, read_password(name, inv.err));
  users.save(file);
  inv.out << "saved " << name << " (" << serve::role_name(*role) << ")\n";
  return 0;
}

}  // namespace

Command users_command() {
  return {
      .name = "users",
      .summary = "manage the accounts of docket serve",
      .synopsis = "docket users add NAME --role officer|clerk|admin --users FILE\n"
                  "docket users remove NAME --users FILE\n"
                  "docket users list --users FILE",
      .details =
          "Keeps the users file that `docket serve --users FILE` signs people in with: one line per\n"
          "account with its role and an Argon2id hash of its password (never the password). `add`\n"
          "asks for the password twice without showing it, or reads one line from standard input;\n"
          "adding an existing name changes its role and password. A running server notices the\n"
          "change at the next sign-in or request. See docs/serve.md.\n\n"
          "Example:\n  docket users add j.smith --role clerk --users /srv/docket/users\n",
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("action", po::value<std::string>(), "add, remove or list")
                ("name", po::value<std::string>(), "the account's name (letters, digits, . _ @ -)")
                ("role", po::value<std::string>(), "officer, clerk or admin (with add)")
                ("users", po::value<std::string>(), "the users file (created by the first add)");
            pos.add("action", 1).add("name", 1);
          },
      .handler = users_run,
  };
}

}  // namespace docket::cli
