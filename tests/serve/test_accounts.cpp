// The users file: accounts with Argon2id hashes, kept across a save and a load, and a file
// docket cannot trust explained by line.
#include "serve/accounts.hpp"
#include "support/error.hpp"
#include "serve_test_support.hpp"

using namespace docket::serve;

namespace {

docket::Error load_error(const std::filesystem::path& file) {
  try {
    Users::load(file);
  } catch (const docket::Error& e) {
    return e;
  }
  FAIL("the users file was accepted");
  return docket::IoError("");
}

}  // namespace

TEST_CASE("A users file keeps names, roles and working password hashes across a save and a load", "[serve]") {
  docket::test::ScratchDir dir("serve-users-roundtrip");
  Users users;
  users.add("j.smith", Role::officer, "correct horse", HashCost::minimum());
  users.add("clerk@council.gov.uk", Role::clerk, "battery staple", HashCost::minimum());
  users.add("admin", Role::admin, "s3cret", HashCost::minimum());
  users.save(dir / "users");
  CHECK((std::filesystem::status(dir / "users").permissions() & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
  const std::string text = docket::test::read_text(dir / "users");
  CHECK(text.find("correct horse") == std::string::npos);
  CHECK(text.find("j.smith:officer:$argon2id$v=19$") != std::string::npos);

  Users again = Users::load(dir / "users");
  REQUIRE(again.accounts().size() == 3);
  CHECK(again.find("clerk@council.gov.uk")->role == Role::clerk);
  CHECK(password_matches(again.find("j.smith")->hash, "correct horse"));
  CHECK_FALSE(password_matches(again.find("j.smith")->hash, "correct horsE"));

  // Adding a name again changes its role and password; removing it removes it.
  again.add("j.smith", Role::clerk, "new one", HashCost::minimum());
  again.remove("admin");
  again.save(dir / "users");
  Users third = Users::load(dir / "users");
  REQUIRE(third.accounts().size() == 2);
  CHECK(third.find("j.smith")->role == Role::clerk);
  CHECK(password_matches(third.find("j.smith")->hash, "new one"));
  CHECK(third.find("admin") == nullptr);
}

TEST_CASE("A users file docket cannot trust is refused, naming the line and what is wrong", "[serve]") {
  docket::test::ScratchDir dir("serve-users-bad");
  const std::string good = "ann:clerk:" + hash_password("pw", HashCost::minimum());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"# comment\n\nann clerk\n", "this line is not NAME:ROLE:HASH"},
      {"# comment\nbad name:clerk:$argon2id$x\n", "\"bad name\" is not an account name (letters, digits, . _ @ -)"},
      {"ann:mayor:$argon2id$x\n", "\"mayor\" is not a role: use officer, clerk or admin"},
      {"ann:clerk:$2y$10$bcrypt\n", "the password hash of ann is not an Argon2id hash"},
      {good + "\n" + good + "\n", "ann is listed twice"},
  };
  const std::vector<long> lines = {3, 2, 1, 1, 2};
  for (std::size_t i = 0; i < cases.size(); ++i) {
    docket::test::write_text(dir / "users", cases[i].first);
    const docket::Error e = load_error(dir / "users");
    INFO(cases[i].first);
    CHECK(e.kind() == docket::ErrorKind::invalid_input);
    CHECK(std::string(e.what()) == cases[i].second);
    CHECK(e.line() == lines[i]);
    CHECK(e.file() == (dir / "users").string());
  }
  const docket::Error missing = load_error(dir / "nowhere");
  CHECK(std::string(missing.what()) == "the users file " + (dir / "nowhere").string() + " does not exist");
  CHECK(missing.kind() == docket::ErrorKind::io);
}

TEST_CASE("Account names and passwords are checked when an account is added or removed", "[serve]") {
  Users users;
  CHECK_THROWS_WITH(users.add("a:b", Role::officer, "pw", HashCost::minimum()), "\"a:b\" cannot be an account name");
  CHECK_THROWS_WITH(users.add("", Role::officer, "pw", HashCost::minimum()), "\"\" cannot be an account name");
  CHECK_THROWS_WITH(users.add("ann", Role::officer, "", HashCost::minimum()), "the password is empty");
  CHECK_THROWS_WITH(users.remove("bob"), "there is no account called bob");
}
