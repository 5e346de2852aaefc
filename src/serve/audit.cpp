#include "serve/audit.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/error.hpp"

namespace docket::serve {

std::string utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string audit_hash(std::string_view bytes) {
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  char hex[sizeof out * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return std::string("blake2b-256:") + hex;
}

void AuditLog::append(Change c) {
  if (c.when.empty()) c.when = utc_now();
  nlohmann::json j = {{"when", c.when}, {"who", c.who}, {"what", c.what}, {"file", c.file},
                      {"old", c.old_hash.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.old_hash)},
                      {"new", c.new_hash}};
  if (!c.detail.empty()) j["detail"] = c.detail;
  const std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  const std::lock_guard lock(mutex_);
  std::error_code ec;
  std::filesystem::create_directories(file_.parent_path(), ec);
  const int fd = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd < 0) throw IoError("the audit log " + file_.string() + " cannot be written: " + std::strerror(errno));
  const ssize_t n = ::write(fd, line.data(), line.size());
  const int err = errno;
  ::close(fd);
  if (n != static_cast<ssize_t>(line.size())) {
    throw IoError("the audit log " + file_.string() + " could not be written to: " + std::strerror(err));
  }
}

std::vector<Change> AuditLog::changes_to(std::string_view file) const {
  return changes_to_any([file](std::string_view f) { return f == file; });
}

std::vector<Change> AuditLog::changes_to_any(const std::function<bool(std::string_view)>& wanted) const {
  std::vector<Change> out;
  std::ifstream in(file_);
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("file") || !j["file"].is_string() || !wanted(j["file"].get<std::string>())) continue;
    Change c;
    c.when = j.value("when", "");
    c.who = j.value("who", "");
    c.what = j.value("what", "");
    c.file = j.value("file", "");
    if (j.contains("old") && j["old"].is_string()) c.old_hash = j["old"];
    c.new_hash = j.value("new", "");
    c.detail = j.value("detail", "");
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace docket::serve
