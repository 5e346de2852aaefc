#include "cli/command.hpp"

namespace docket::cli {

Command validate_command() {
  return {
      .name = "validate",
      .summary = "check a data file against its schema and the committee-paper rules",
      .synopsis = "docket validate DATA.xml [--schema FILE.xsd]",
      .details = "Example:\n  docket validate fixtures/reports/s2-cambridgeshire-q4-2022-23.xml\n",
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()("data", po::value<std::string>()->required(), "the data file (- for standard input)")(
                "schema", po::value<std::string>(), "validate against this XSD instead of the one the root's namespace names");
            pos.add("data", 1);
          },
      .handler = [](Invocation&) { return 0; },
  };
}

}  // namespace docket::cli
