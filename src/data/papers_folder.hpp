#pragma once
// Where an agenda's papers may be. A pack built from someone else's agenda must read nothing
// else on the machine, so its papers stay inside one folder: normally the agenda's own; for an
// agenda in a docket serve workspace (WORKSPACE/agendas/, beside WORKSPACE/.docket/) the whole
// workspace, so that a meeting's agenda can name the officers' reports in WORKSPACE/reports/
// and the uploaded papers, and `docket pack` reads the workspace as the server does.
#include <filesystem>
#include <string>

namespace docket::data {

struct PapersFolder {
  std::filesystem::path path;
  std::string name;  // "the agenda's folder" or "the workspace", for messages
};

/// The folder the papers of an agenda in `agenda_folder` must stay inside.
PapersFolder papers_folder(const std::filesystem::path& agenda_folder);

/// Whether `file`, with "." and ".." folded away, lies inside `folder` (no file is read:
/// symbolic links are pack's to check when it opens the file).
bool lexically_inside(const std::filesystem::path& folder, const std::filesystem::path& file);

}  // namespace docket::data
