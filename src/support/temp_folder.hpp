#pragma once
// A private temporary folder, removed with everything in it when the object goes.
#include <filesystem>

namespace docket {

class TempFolder {
 public:
  /// Creates a fresh folder PREFIX-PID-XXXXXX under the system temp folder, first removing
  /// those a killed run of docket left there (see remove_stale_entries). Throws IoError.
  explicit TempFolder(const char* prefix = "docket");
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const noexcept { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace docket
