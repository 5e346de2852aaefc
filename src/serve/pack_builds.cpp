#include "serve/pack_builds.hpp"

#include <nlohmann/json.hpp>

#include "pack/pack.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"

namespace docket::serve {

namespace {

constexpr std::uint64_t kPackBytes = 1ull << 30;

const char* audience_word(pack::Audience a) { return a == pack::Audience::public_pack ? "public" : "members"; }

// A path as the clerk knows it: relative to the workspace ("papers/minutes.docx"); a path
// outside it by its file name only (the machine's folders are not theirs to see).
std::string shown(const Workspace& ws, const std::string& file) {
  if (file.empty()) return file;
  std::error_code ec;
  const auto rel = std::filesystem::weakly_canonical(file, ec).lexically_relative(std::filesystem::weakly_canonical(ws.root(), ec));
  if (rel.empty() || *rel.begin() == "..") return std::filesystem::path(file).filename().string();
  return rel.generic_string();
}

}  // namespace

namespace {

}  // namespace

[[noreturn]] void fail_with(const Workspace& ws, const Diagnostics& diags) {
  for (const auto& d : diags.items()) {
    if (d.severity != Severity::error) continue;
    const std::string where = shown(ws, d.file);
    throw InvalidInput((where.empty() ? "" : where + ": ") + d.message, d.hint);
  }
  throw InvalidInput("the pack could not be built", "check the agenda's page for problems");
}

namespace {

void record_build(Workspace& ws, std::string_view meeting, const BuiltPack& built) {
  const auto file = packs_folder(ws, meeting) / "builds.json";
  nlohmann::json all = nlohmann::json::parse(read_file_if_present(file), nullptr, false);
  if (!all.is_object()) all = nlohmann::json::object();
  all[audience_word(built.audience)] = {
      {"when", built.when}, {"who", built.who}, {"agenda", built.agenda_hash}, {"files", built.files}};
  AtomicFile out(file);
  out.write(all.dump(1) + "\n");
  out.commit();
}

}  // namespace

std::string read_file_if_present(const std::filesystem::path& file) {
  std::error_code ec;
  return std::filesystem::is_regular_file(file, ec) ? read_file(file, 1u << 20) : std::string();
}

std::string meeting_of_agenda(std::string_view agenda) {
  return std::string(agenda.size() > 4 ? agenda.substr(0, agenda.size() - 4) : agenda);
}

std::filesystem::path packs_folder(const Workspace& workspace, std::string_view meeting) {
  return workspace.root() / "packs" / std::string(meeting);
}

std::string pack_file_name(std::string_view meeting, pack::Audience audience, std::string_view extension) {
  return std::string(meeting) + "-" + audience_word(audience) + "-pack." + std::string(extension);
}

std::vector<BuiltPack> built_packs(const Workspace& workspace, std::string_view meeting) {
  const auto all = nlohmann::json::parse(read_file_if_present(packs_folder(workspace, meeting) / "builds.json"), nullptr, false);
  std::vector<BuiltPack> out;
  if (!all.is_object()) return out;
  for (auto audience : {pack::Audience::public_pack, pack::Audience::confidential_pack}) {
    const auto it = all.find(audience_word(audience));
    if (it == all.end() || !it->is_object()) continue;
    BuiltPack b{.audience = audience, .when = it->value("when", ""), .who = it->value("who", ""),
                .agenda_hash = it->value("agenda", "")};
    if (auto f = it->find("files"); f != it->end() && f->is_array()) {
      for (const auto& name : *f) {
        if (name.is_string()) b.files.push_back(name.get<std::string>());
      }
    }
    out.push_back(std::move(b));
  }
  return out;
}

std::string progress_words(const pack::ProgressStep& step) {
  std::string words = step.what;
  if (!words.empty() && words[0] >= 'a' && words[0] <= 'z') words[0] = static_cast<char>(words[0] - 'a' + 'A');
  return words;
}

pack::PackProgress job_progress(const Progress& report) {
  return [&report](const pack::ProgressStep& step) {
    const int percent = step.total == 0 ? 0 : static_cast<int>(step.done * 100 / step.total);
    report(std::min(percent, 99), progress_words(step));
  };
}

void build_meeting_pack(App& app, const PackBuild& build, const pack::PackProgress& progress) {
  Workspace& ws = app.workspace();
  const std::string meeting = meeting_of_agenda(build.agenda);
  const auto agenda_file = ws.data_file(FileKind::agenda, build.agenda);
  const std::string agenda_text = ws.read(FileKind::agenda, build.agenda);

  TempFolder work("docket-serve-pack");  // this build's own: two meetings never share one
  const auto docx = work / pack_file_name(meeting, build.audience, "docx");
  const auto pdf = work / pack_file_name(meeting, build.audience, "pdf");
  pack::PackOptions options{.audience = build.audience, .progress = progress};
  if (build.pdf) options.pdf = pdf;
  Diagnostics diags;
  if (!pack::build_pack(agenda_file, docx, options, diags)) fail_with(ws, diags);
  if (ws.read(FileKind::agenda, build.agenda) != agenda_text) {
    throw InvalidInput("the agenda was changed while its pack was being built", "build the pack again");
  }

  const auto folder = packs_folder(ws, meeting);
  std::filesystem::create_directories(folder);
  BuiltPack built{.audience = build.audience, .when = utc_now(), .who = build.who, .agenda_hash = audit_hash(agenda_text)};
  for (const auto& made : {docx, pdf}) {
    std::error_code ec;
    const auto target = folder / made.filename();
    if (!std::filesystem::is_regular_file(made, ec)) {
      std::filesystem::remove(target, ec);  // a PDF from an earlier build would not match this DOCX
      continue;
    }
    AtomicFile out(target);
    out.write(read_file(made, kPackBytes));
    out.commit();
    built.files.push_back(made.filename().string());
  }
  record_build(ws, meeting, built);
  std::string list;
  for (const auto& f : built.files) list += (list.empty() ? "" : ", ") + f;
  app.audit().append({.who = build.who, .what = "built pack", .file = "agendas/" + build.agenda,
                      .old_hash = built.agenda_hash, .new_hash = built.agenda_hash,
                      .detail = std::string(audience_word(build.audience)) + " pack: " + list});
}

Jobs::Started start_pack_build(App& app, const PackBuild& build) {
  return app.jobs().start_once("pack/" + meeting_of_agenda(build.agenda), [&app, build](const Progress& report) {
    build_meeting_pack(app, build, job_progress(report));
    return meeting_of_agenda(build.agenda);
  });
}

std::optional<std::string> pack_build_running(App& app, std::string_view meeting) {
  return app.jobs().active("pack/" + std::string(meeting));
}

}  // namespace docket::serve
