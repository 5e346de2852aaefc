#include "cli/run.hpp"

#include <iostream>
#include <sstream>

#include "cli/command.hpp"
#include "support/error.hpp"
#include "support/files.hpp"

namespace docket::cli {

namespace {

int exit_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid_input: return 1;
    case ErrorKind::usage: return 2;
    case ErrorKind::io: return 3;
    case ErrorKind::unsafe: return 4;
  }
  return 1;
}

const char* error_code(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::invalid_input: return "input.invalid";
    case ErrorKind::usage: return "usage";
    case ErrorKind::io: return "io";
    case ErrorKind::unsafe: return "input.refused";
  }
  return "error";
}

void print_overview(std::ostream& out) {
  out << "docket " << version() << " — committee reports and agenda packs from Word templates\n\n"
      << "Usage: docket COMMAND [OPTIONS]\n\nCommands:\n";
  for (const auto& c : commands()) {
    out << "  " << c.name << std::string(c.name.size() < 10 ? 10 - c.name.size() : 1, ' ')
        << c.summary << "\n";
  }
  out << "\nRun `docket help COMMAND` or `docket COMMAND --help` for a command's options.\n"
      << "  --version   print docket's version\n"
      << "Exit status: 0 success, 1 errors in the inputs, 2 usage error, 3 cannot read or write,\n"
      << "             4 input refused as unsafe or over a limit.\n";
}

void add_common(po::options_description& opts) {
  opts.add_options()
      ("help,h", "show this help")
      ("json", "print diagnostics as JSON lines (for tools)")
      ("verbose,v", "say more about what docket does");
}

void print_command_help(const Command& c, std::ostream& out) {
  po::options_description opts("Options");
  po::positional_options_description pos;
  c.options(opts, pos);
  add_common(opts);
  out << "Usage: " << c.synopsis << "\n\n" << c.summary << "\n\n" << opts << "\n";
  if (!c.details.empty()) out << c.details << "\n";
}

const Command* find_command(const std::string& name) {
  for (const auto& c : commands()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

void report_error(const Error& e, bool json, std::ostream& err) {
  Diagnostic d{.file = e.file(),
               .line = e.line(),
               .message = e.what(),
               .hint = e.hint(),
               .code = e.code().empty() ? error_code(e.kind()) : e.code()};
  if (json) {
    err << to_json(d) << "\n";
  } else if (e.line() > 0) {
    err << to_text(d) << "\n";
  } else {
    // Without a line the message itself names the file where it matters.
    d.file.clear();
    err << to_text(d) << "\n";
  }
}

}  // namespace

int status_for(const Diagnostics& diags) { return diags.has_errors() ? 1 : 0; }

void print_diagnostics(const Diagnostics& diags, Invocation& inv) {
  for (const auto& d : diags) {
    inv.err << (inv.json ? to_json(d) : to_text(d)) << "\n";
  }
  if (!inv.json && diags.size() > 1) {
    inv.err << diags.error_count() << " error(s), " << diags.warning_count() << " warning(s)\n";
  }
}

int run(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool json = false;
  for (const auto& a : args) json |= (a == "--json");
  try {
    if (args.empty()) {
      print_overview(std::cerr);
      return 2;
    }
    const std::string& first = args[0];
    if (first == "--help" || first == "-h") {
      print_overview(std::cout);
      return 0;
    }
    if (first == "--version" || first == "-V") {
      std::cout << "docket " << version() << "\n";
      return 0;
    }
    if (first == "help") {
      if (args.size() < 2) {
        print_overview(std::cout);
        return 0;
      }
      const Command* c = find_command(args[1]);
      if (c == nullptr) throw UsageError("unknown command '" + args[1] + "'", "run docket --help");
      print_command_help(*c, std::cout);
      return 0;
    }
    const Command* c = find_command(first);
    if (c == nullptr) {
      throw UsageError("unknown command '" + first + "'", "run docket --help for the commands");
    }
    po::options_description opts;
    po::positional_options_description pos;
    c->options(opts, pos);
    add_common(opts);
    Invocation inv{.out = std::cout, .err = std::cerr};
    try {
      std::vector<std::string> rest(args.begin() + 1, args.end());
      po::store(po::command_line_parser(rest).options(opts).positional(pos).run(), inv.args);
      if (inv.args.count("help")) {
        print_command_help(*c, std::cout);
        return 0;
      }
      po::notify(inv.args);
    } catch (const po::error& e) {
      throw UsageError("docket " + c->name + ": " + e.what(),
                       "run docket " + c->name + " --help");
    }
    inv.json = inv.args.count("json") > 0;
    inv.verbose = inv.args.count("verbose") > 0;
    return c->handler(inv);
  } catch (const Error& e) {
    report_error(e, json, std::cerr);
    return exit_status(e.kind());
  } catch (const std::bad_alloc&) {
    std::cerr << "docket: error: out of memory\n";
    return 3;
  } catch (const std::exception& e) {
    std::cerr << "docket: internal error: " << e.what() << "\n"
              << "  hint: this is a bug in docket; please report it with the input files\n";
    return 3;
  }
}

}  // namespace docket::cli
