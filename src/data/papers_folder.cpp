#include "data/papers_folder.hpp"

namespace docket::data {

namespace fs = std::filesystem;

PapersFolder papers_folder(const fs::path& agenda_folder) {
  const fs::path folder = fs::absolute(agenda_folder).lexically_normal();
  const fs::path here = folder.has_filename() ? folder : folder.parent_path();
  std::error_code ec;
  if (here.filename() == "agendas" && fs::is_directory(here.parent_path() / ".docket", ec)) {
    return {here.parent_path(), "the workspace"};
  }
  return {here, "the agenda's folder"};
}

bool lexically_inside(const fs::path& folder, const fs::path& file) {
  const fs::path rel = fs::absolute(file).lexically_normal().lexically_relative(fs::absolute(folder).lexically_normal());
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace docket::data
