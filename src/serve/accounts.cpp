#include "serve/accounts.hpp"

#include <sodium.h>

#include <algorithm>

#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"

namespace docket::serve {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxUsersBytes = 4u << 20;

bool good_name(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '@' || c == '-';
  });
}

InvalidInput bad_line(const fs::path& file, std::size_t line, const std::string& what) {
  InvalidInput e(what, "each line is NAME:ROLE:HASH as `docket users add` writes it; fix or remove the line", file.string());
  e.at(static_cast<long>(line), "users.bad-line");
  return e;
}

}  // namespace

HashCost HashCost::minimum() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

void init_sodium() {
  if (sodium_init() < 0) throw IoError("the cryptography library (libsodium) could not start");
}

std::string random_token() {
  init_sodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[sizeof bytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

std::string hash_password(std::string_view password, HashCost cost) {
  init_sodium();
  char out[crypto_pwhash_STRBYTES];
  const auto ops = cost.ops ? cost.ops : crypto_pwhash_OPSLIMIT_INTERACTIVE;
  const auto mem = cost.memory ? cost.memory : crypto_pwhash_MEMLIMIT_INTERACTIVE;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw IoError("the password could not be hashed: not enough memory");
  }
  return out;
}

bool password_matches(const std::string& hash, std::string_view password) {
  init_sodium();
  if (hash.rfind("$argon2id$", 0) != 0) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

Users Users::load(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    throw IoError("the users file " + file.string() + " does not exist", "create it with `docket users add NAME --role clerk --users " + file.string() + "`");
  }
  const std::string text = read_file(file, kMaxUsersBytes);
  Users users;
  std::size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto a = line.find(':');
    const auto b = a == std::string::npos ? a : line.find(':', a + 1);
    if (b == std::string::npos) throw bad_line(file, line_no, "this line is not NAME:ROLE:HASH");
    Account acc{.name = line.substr(0, a), .hash = line.substr(b + 1)};
    if (!good_name(acc.name)) throw bad_line(file, line_no, "\"" + acc.name + "\" is not an account name (letters, digits, . _ @ -)");
    const auto role = role_named(line.substr(a + 1, b - a - 1));
    if (!role) throw bad_line(file, line_no, "\"" + line.substr(a + 1, b - a - 1) + "\" is not a role: use officer, clerk or admin");
    acc.role = *role;
    if (acc.hash.rfind("$argon2id$", 0) != 0) throw bad_line(file, line_no, "the password hash of " + acc.name + " is not an Argon2id hash");
    if (users.find(acc.name)) throw bad_line(file, line_no, acc.name + " is listed twice");
    users.accounts_.push_back(std::move(acc));
  }
  return users;
}

Users Users::load_or_empty(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return {};
  return load(file);
}

const Account* Users::find(std::string_view name) const {
  for (const auto& a : accounts_) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

void Users::add(std::string_view name, Role role, std::string_view password, HashCost cost) {
  if (!good_name(name)) {
    throw InvalidInput("\"" + std::string(name) + "\" cannot be an account name",
                       "use 1 to 64 letters, digits, dots, underscores, @ or hyphens, for example j.smith");
  }
  if (password.empty()) throw InvalidInput("the password is empty", "type a password for " + std::string(name));
  Account acc{.name = std::string(name), .role = role, .hash = hash_password(password, cost)};
  for (auto& a : accounts_) {
    if (a.name == name) {
      a = std::move(acc);
      return;
    }
  }
  accounts_.push_back(std::move(acc));
}

void Users::remove(std::string_view name) {
  const auto it = std::find_if(accounts_.begin(), accounts_.end(), [&](const Account& a) { return a.name == name; });
  if (it == accounts_.end()) throw InvalidInput("there is no account called " + std::string(name), "`docket users list` shows the accounts");
  accounts_.erase(it);
}

void Users::save(const fs::path& file) const {
  std::string text = "# docket serve accounts: NAME:ROLE:ARGON2ID-HASH (managed by `docket users`)\n";
  for (const auto& a : accounts_) text += a.name + ":" + std::string(role_name(a.role)) + ":" + a.hash + "\n";
  AtomicFile out(file);
  out.write(text);
  out.commit();
  std::error_code ec;
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, ec);
}

}  // namespace docket::serve
