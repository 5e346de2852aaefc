// `docket users`: the password comes from standard input, never the command line, and the
// file it writes is the one docket serve reads.
#include <catch2/catch.hpp>

#include "serve/accounts.hpp"
#include "test_support.hpp"

using docket::test::run_docket;
using docket::test::shell_quote;

TEST_CASE("docket users adds, lists and removes accounts, reading the password from standard input", "[cli]") {
  docket::test::ScratchDir dir("cli-users");
  const std::string users = shell_quote((dir / "users").string());
  docket::test::write_text(dir / "pw", "tea and biscuits\n");
  auto added = run_docket("users add j.smith --role clerk --users " + users, (dir / "pw").string());
  CHECK(added.status == 0);
  CHECK(added.out == "saved j.smith (clerk)\n");
  const auto file = docket::serve::Users::load(dir / "users");
  REQUIRE(file.find("j.smith") != nullptr);
  CHECK(docket::serve::password_matches(file.find("j.smith")->hash, "tea and biscuits"));

  auto listed = run_docket("users list --users " + users);
  CHECK(listed.out == "j.smith\tclerk\n");
  auto bad_role = run_docket("users add ann --role mayor --users " + users, (dir / "pw").string());
  CHECK(bad_role.status == 2);
  auto removed = run_docket("users remove j.smith --users " + users);
  CHECK(removed.status == 0);
  CHECK(run_docket("users list --users " + users).out == "");
  auto gone = run_docket("users remove j.smith --users " + users);
  CHECK(gone.status == 1);
  CHECK(gone.err.find("there is no account called j.smith") != std::string::npos);
}

TEST_CASE("docket serve refuses to listen beyond this computer without accounts or a trusted proxy", "[cli]") {
  auto r = run_docket("serve --listen 0.0.0.0:0");
  CHECK(r.status == 4);
  CHECK(r.err.find("docket serve listens beyond this computer (0.0.0.0) only with accounts") != std::string::npos);
  auto proxy = run_docket("serve --listen 0.0.0.0:0 --trust-proxy-header X-Remote-User");
  CHECK(proxy.status == 2);
  CHECK(proxy.err.find("--trust-proxy-header needs the proxy's address") != std::string::npos);
}
