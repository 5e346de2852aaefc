#include "support/temp_folder.hpp"

#include <unistd.h>

#include <string>
#include <vector>

#include "support/error.hpp"
#include "support/interrupt_cleanup.hpp"

namespace docket {

TempFolder::TempFolder(const char* prefix) {
  // PREFIX-PID-XXXXXX, so that a later run can tell which folders a killed run left.
  const auto base = std::filesystem::temp_directory_path();
  remove_stale_entries(base, std::string(prefix) + "-");
  std::string pattern = (base / (std::string(prefix) + "-" + std::to_string(::getpid()) + "-XXXXXX")).string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  if (::mkdtemp(buf.data()) == nullptr) throw IoError("cannot create a temporary folder in " + pattern);
  path_ = buf.data();
  register_temporary(path_);
}

TempFolder::~TempFolder() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
  unregister_temporary(path_);
}

}  // namespace docket
