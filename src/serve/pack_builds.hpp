#pragma once
// A meeting's agenda packs, built in the background by docket serve with the same library call
// as `docket pack` (pack::build_pack). Each build runs in its own scratch folder; only when it
// succeeds are its files written, each atomically, into the workspace's packs/MEETING/ folder,
// so a failed build leaves the previous pack as it was and two meetings never share a file.
// One build per meeting at a time (the job key is "pack/MEETING"). The agenda's papers are
// where `docket pack` wants them: inside the agendas/ folder (agendas/papers/…), never outside.
//   packs/MEETING/MEETING-public-pack.docx (.pdf)    the public pack
//   packs/MEETING/MEETING-members-pack.docx (.pdf)   the members' pack (clerks only)
//   packs/MEETING/builds.json                        which build made them: when, by whom
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pack/documents.hpp"
#include "serve/app.hpp"

namespace docket::serve {

/// The meeting an agenda file stands for: its name without ".xml".
std::string meeting_of_agenda(std::string_view agenda);
/// packs/MEETING in the workspace.
std::filesystem::path packs_folder(const Workspace& workspace, std::string_view meeting);
/// "MEETING-public-pack.docx", "MEETING-members-pack.pdf".
std::string pack_file_name(std::string_view meeting, pack::Audience audience, std::string_view extension);

/// A pack as its last good build left it.
struct BuiltPack {
  pack::Audience audience = pack::Audience::public_pack;
  std::string when;                // "2024-01-01T10:15:00Z"
  std::string who;
  std::string agenda_hash;         // audit_hash of the agenda it was built from
  std::vector<std::string> files;  // in packs/MEETING/
};
/// The packs built for a meeting (public first), from builds.json.
std::vector<BuiltPack> built_packs(const Workspace& workspace, std::string_view meeting);

struct PackBuild {
  std::string agenda;  // the agenda's file name in agendas/
  pack::Audience audience = pack::Audience::public_pack;
  bool pdf = true;
  std::string who;
};

/// Queues the build on the App's jobs. When a build of this meeting is already queued or
/// running, nothing is queued and that job's id comes back with fresh = false.
Jobs::Started start_pack_build(App& app, const PackBuild& build);
/// The build of a meeting queued or running now, if any.
std::optional<std::string> pack_build_running(App& app, std::string_view meeting);

/// The build itself, as the job runs it (tests call it directly): builds into a scratch
/// folder, then writes the files into packs/MEETING/ and records the build. Throws
/// docket::Error naming the paper and the reason when the pack cannot be built.
void build_meeting_pack(App& app, const PackBuild& build, const pack::PackProgress& progress);

/// A small file's text, or "" when there is none.
std::string read_file_if_present(const std::filesystem::path& file);

/// A job's Progress fed from the pack library's steps (percent of the steps begun).
pack::PackProgress job_progress(const Progress& report);
/// Throws InvalidInput with the first error of `diags`: its file (relative to the workspace)
/// and message, and its hint.
[[noreturn]] void fail_with(const Workspace& ws, const Diagnostics& diags);

/// A pack's progress step as people read it: "Rendering item 5 of 12: Minutes".
std::string progress_words(const pack::ProgressStep& step);

}  // namespace docket::serve
