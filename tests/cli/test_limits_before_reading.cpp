// Size limits are applied before reading: a data file over the limit is refused from its size,
// in less memory than reading up to the limit would take.
#include <catch2/catch.hpp>
#include <filesystem>

#include "sanitized.hpp"
#include "test_support.hpp"

using docket::test::run_shell;
using docket::test::ScratchDir;
using docket::test::shell_quote;

TEST_CASE("A 1 GiB data file is refused from its size, within 250 MB of address space", "[cli]") {
  if (docket::test::kSanitized) {
    WARN("skipped under AddressSanitizer, which needs terabytes of address space");
    return;
  }
  ScratchDir dir("limits-data-size");
  const auto big = dir / "big.xml";
  std::filesystem::resize_file((docket::test::write_text(big, ""), big), 1ull << 30);  // sparse: no disk used
  // Reading up to the 256 MiB limit before refusing would need more than the 250 MB allowed.
  auto r = run_shell("ulimit -v 250000; " + shell_quote(DOCKET_BINARY) + " validate " + shell_quote(big.string()));
  CHECK(r.status == 4);
  CHECK(r.err == "docket: error: " + big.string() +
                     " is larger than the limit of 256 MiB\n  hint: split the input or check that it is the file you meant\n");
}
