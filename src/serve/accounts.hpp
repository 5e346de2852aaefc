#pragma once
// The users file: who may sign in to `docket serve`, with which role, and an Argon2id hash of
// their password (libsodium's crypto_pwhash_str; the password itself is never stored). One
// account a line, "name:role:hash"; lines starting with # are comments. `docket users`
// manages it; the server only reads it.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "serve/identity.hpp"

namespace docket::serve {

struct Account {
  std::string name;
  Role role = Role::officer;
  std::string hash;  // "$argon2id$v=19$m=…"
};

/// How hard a new hash is to compute. The defaults are libsodium's "interactive" limits
/// (64 MiB, 2 passes); tests use the minimum so they run fast.
struct HashCost {
  unsigned long long ops = 0;  // 0: crypto_pwhash_OPSLIMIT_INTERACTIVE
  std::size_t memory = 0;      // 0: crypto_pwhash_MEMLIMIT_INTERACTIVE
  static HashCost minimum();
};

class Users {
 public:
  /// Reads a users file. Throws IoError (unreadable) or InvalidInput naming the line.
  static Users load(const std::filesystem::path& file);
  /// A users file that does not exist yet reads as empty (for `users add`).
  static Users load_or_empty(const std::filesystem::path& file);

  const std::vector<Account>& accounts() const noexcept { return accounts_; }
  const Account* find(std::string_view name) const;

  /// Adds an account or replaces its role and password. Throws InvalidInput for a name that
  /// is not 1–64 of A–Z a–z 0–9 . _ @ - or an empty password.
  void add(std::string_view name, Role role, std::string_view password, HashCost cost = {});
  /// Throws InvalidInput when there is no such account.
  void remove(std::string_view name);
  /// Writes the file atomically, readable by its owner only.
  void save(const std::filesystem::path& file) const;

 private:
  std::vector<Account> accounts_;
};

/// Whether `password` matches an Argon2id hash (constant time in the password).
bool password_matches(const std::string& hash, std::string_view password);
/// A fresh hash of `password`.
std::string hash_password(std::string_view password, HashCost cost = {});
/// libsodium's initialisation (thread-safe, idempotent); throws if it fails.
void init_sodium();
/// 32 bytes from libsodium's generator as 64 hex digits: session ids, form tokens, import ids.
std::string random_token();

}  // namespace docket::serve
