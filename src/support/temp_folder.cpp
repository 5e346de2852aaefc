#include "support/temp_folder.hpp"

#include <unistd.h>

#include <string>
#include <vector>

#include "support/error.hpp"
#include "support/interrupt_cleanup.hpp"

namespace docket {

TempFolder::TempFolder(const char* prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (std::string(prefix) + "-XXXXXX")).string();
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
