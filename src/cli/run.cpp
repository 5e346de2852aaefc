#include "cli/run.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/help.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/text.hpp"

namespace docket::cli {

namespace {

bool is_help(const std::string& a) { return a == "--help" || a == "-h"; }
bool is_version(const std::string& a) { return a == "--version" || a == "-V"; }

// The options for every command that take a value, and so swallow the next argument.
bool takes_value(const std::string& option) { return option == "--data-dir"; }

const Command* find_command(const std::string& name) {
  for (const auto& c : commands()) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

[[noreturn]] void unknown_command(const std::string& name) {
  std::vector<std::string> names{"help"};
  for (const auto& c : commands()) names.push_back(c.name);
  auto near = nearest(name, names);
  throw UsageError("unknown command '" + name + "'",
                   near ? "did you mean " + *near + "? (docket --help lists the commands)"
                        : "run docket --help for the commands");
}

// The line up to "--" (after it every argument is a file name, even one starting with '-').
std::vector<std::string> before_end_of_options(const std::vector<std::string>& args) {
  return {args.begin(), std::find(args.begin(), args.end(), "--")};
}

// Where the command's name is: the first argument that is not an option (or an option's value).
std::size_t command_position(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") break;
    if (a.empty() || a[0] != '-' || a == "-") return i;
    if (takes_value(a)) ++i;
  }
  return args.size();
}

// Options for every command may come before the command's name; anything else there is a
// mistake, with a suggestion when it is a typo.
void check_leading_options(const std::vector<std::string>& leading) {
  const po::options_description common = common_options();
  std::vector<std::string> names;
  for (const auto& d : common.options()) names.push_back("--" + d->long_name());
  for (std::size_t i = 0; i < leading.size(); ++i) {
    const std::string& a = leading[i];
    const std::string name = a.substr(0, a.find('='));
    const bool known = std::find(names.begin(), names.end(), name) != names.end() || a == "-v" || a == "-q";
    if (known) {
      if (takes_value(a)) ++i;
      continue;
    }
    auto near = a.starts_with("--") ? nearest(name, names) : std::nullopt;
    throw UsageError("unknown option " + a + " before the command",
                     near ? "did you mean " + *near + "? (run docket --help)" : "run docket --help");
  }
}

[[noreturn]] void unknown_option(const Command& c, const po::options_description& opts, const std::string& option) {
  std::vector<std::string> names;
  for (const auto& d : opts.options()) names.push_back("--" + d->long_name());
  auto near = option.starts_with("--") ? nearest(option, names) : std::nullopt;
  throw UsageError("docket " + c.name + ": unknown option " + option,
                   (near ? "did you mean " + *near + "? (run docket " : "run docket ") + c.name + " --help" +
                       (near ? ")" : ""));
}

po::variables_map parse(const Command& c, const std::vector<std::string>& args) {
  po::options_description opts;
  po::positional_options_description pos;
  c.options(opts, pos);
  add_common_options(opts);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(opts).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::unknown_option& e) {
    unknown_option(c, opts, e.get_option_name());
  } catch (const po::error& e) {
    throw UsageError("docket " + c.name + ": " + e.what(), "run docket " + c.name + " --help");
  }
  return vm;
}

// --data-dir is the same as DOCKET_DATA_DIR: it is set before any work (or thread) starts, so
// that every layer finds the data the same way.
void use_data_dir(const std::string& dir) {
#ifdef _WIN32
  ::_putenv_s("DOCKET_DATA_DIR", dir.c_str());
#else
  ::setenv("DOCKET_DATA_DIR", dir.c_str(), 1);
#endif
}

int run_command(const Command& c, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::variables_map vm = parse(c, args);
  const bool quiet = vm.count("quiet") > 0;
  const bool verbose = vm.count("verbose") > 0;
  const bool json = vm.count("json") > 0;
  if (quiet && verbose) throw UsageError("choose --quiet or --verbose, not both", "run docket " + c.name + " --help");
  if (vm.count("data-dir")) use_data_dir(vm["data-dir"].as<std::string>());
  ProgressDisplay progress(err, {.live = !quiet && !json && ProgressDisplay::stderr_is_terminal(),
                                 .verbose = verbose && !json});
  Invocation inv{.args = std::move(vm), .out = out, .err = err, .progress = progress,
                 .json = json, .verbose = verbose, .quiet = quiet};
  const int status = c.handler(inv);
  progress.finish();
  return status;
}

int dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const auto options = before_end_of_options(args);
  if (std::any_of(options.begin(), options.end(), is_version)) {
    out << "docket " << version() << "\n";
    return exit_ok;
  }
  const bool help = std::any_of(options.begin(), options.end(), is_help);
  const std::size_t at = command_position(args);
  if (at == args.size()) {
    if (help) {
      print_overview(out);
      return exit_ok;
    }
    print_overview(err);
    return exit_usage;
  }
  const std::string& name = args[at];
  std::vector<std::string> rest(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(at));
  if (!help) check_leading_options(rest);
  rest.insert(rest.end(), args.begin() + static_cast<std::ptrdiff_t>(at) + 1, args.end());
  if (name == "help") {
    const std::size_t topic = command_position(rest);
    if (topic == rest.size()) {
      print_overview(out);
      return exit_ok;
    }
    const Command* c = find_command(rest[topic]);
    if (c == nullptr) unknown_command(rest[topic]);
    print_command_help(*c, out);
    return exit_ok;
  }
  const Command* c = find_command(name);
  if (c == nullptr) unknown_command(name);
  if (help) {
    print_command_help(*c, out);
    return exit_ok;
  }
  return run_command(*c, rest, out, err);
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  const auto options = before_end_of_options(args);
  const bool json = std::find(options.begin(), options.end(), "--json") != options.end();
  try {
    return dispatch(args, out, err);
  } catch (...) {
    return report_failure(std::current_exception(), json, err);
  }
}

int run(int argc, char** argv) { return run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr); }

}  // namespace docket::cli
