#include "serve/publish.hpp"

#include <fstream>
#include <set>

#include "pack/publication.hpp"
#include "serve/pack_builds.hpp"
#include "serve/pages.hpp"
#include "support/atomic_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"

namespace docket::serve {

namespace {

constexpr std::uint64_t kFileBytes = 1ull << 30;

std::filesystem::path published_folder(const Workspace& ws, const std::string& meeting) {
  return ws.root() / "published" / meeting;
}

// The public pack's files, when it was built from the agenda as it is now.
std::vector<std::filesystem::path> current_public_pack(App& app, const std::string& agenda, const std::string& agenda_text) {
  const std::string meeting = meeting_of_agenda(agenda);
  for (const auto& b : built_packs(app.workspace(), meeting)) {
    if (b.audience != pack::Audience::public_pack) continue;
    if (b.agenda_hash != audit_hash(agenda_text)) {
      throw InvalidInput("the agenda has changed since the public pack was built", "build the public pack again, then publish");
    }
    std::vector<std::filesystem::path> files;
    for (const auto& f : b.files) files.push_back(packs_folder(app.workspace(), meeting) / f);
    return files;
  }
  throw InvalidInput("there is no public pack to publish", "build the public pack first, then publish");
}

}  // namespace

void publish_meeting(App& app, const std::string& agenda, const std::string& who, const pack::PackProgress& progress) {
  Workspace& ws = app.workspace();
  const std::string meeting = meeting_of_agenda(agenda);
  const auto agenda_file = ws.data_file(FileKind::agenda, agenda);
  const std::string agenda_text = ws.read(FileKind::agenda, agenda);
  auto files = current_public_pack(app, agenda, agenda_text);
  TempFolder work("docket-serve-publish");
  Diagnostics diags;
  const auto papers = pack::write_public_papers(agenda_file, work.path(), {.progress = progress}, diags);
  if (papers.empty() || diags.has_errors()) fail_with(ws, diags);
  if (ws.read(FileKind::agenda, agenda) != agenda_text) {
    throw InvalidInput("the agenda was changed while it was being published", "build the public pack again, then publish");
  }
  files.insert(files.begin(), papers.begin(), papers.end());

  const auto folder = published_folder(ws, meeting);
  std::filesystem::create_directories(folder);
  std::set<std::string> names{kPublishedRecord};
  std::string record = utc_now() + " published by " + who + " from agendas/" + agenda + " (" + audit_hash(agenda_text) + ")\n";
  for (const auto& f : files) {
    const std::string bytes = read_file(f, kFileBytes);
    AtomicFile out(folder / f.filename());
    out.write(bytes);
    out.commit();
    names.insert(f.filename().string());
    record += "  " + f.filename().string() + "  " + audit_hash(bytes) + "\n";
  }
  // A paper published before that is exempt now, or gone from the agenda, must not stay up.
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (!names.count(name) && name.front() != '.' && entry.is_regular_file()) {
      std::filesystem::remove(entry.path());
      record += "  removed " + name + "\n";
    }
  }
  std::ofstream(folder / kPublishedRecord, std::ios::app) << record << "\n";
  std::string list;
  for (const auto& f : files) list += (list.empty() ? "" : ", ") + f.filename().string();
  const std::string h = audit_hash(agenda_text);
  app.audit().append({.who = who, .what = "published", .file = "agendas/" + agenda, .old_hash = h, .new_hash = h,
                      .detail = "published/" + meeting + ": " + list});
}

std::string publish_section(App& app, const Context& ctx, const std::string& agenda, bool clerk) {
  const auto folder = published_folder(app.workspace(), meeting_of_agenda(agenda));
  std::string out = "<h2 class=\"govuk-heading-m\">Publish</h2>\n<p class=\"govuk-body\">Publishing puts the files a council "
                    "puts on its website in the workspace’s folder published/" + esc(meeting_of_agenda(agenda)) +
                    ": the agenda front sheet, the public pack and each public paper. Exempt papers are never published.</p>\n";
  const std::string record = read_file_if_present(folder / kPublishedRecord);
  if (!record.empty()) {
    out += "<h3 class=\"govuk-heading-s\">Published so far</h3>\n<pre class=\"dk-record\" tabindex=\"0\">" + esc(record) + "</pre>\n";
  }
  if (clerk) {
    out += "<form method=\"post\" action=\"" + esc(file_url(FileKind::agenda, agenda)) + "/publish\">" + csrf_field(ctx) +
           button("Publish the public papers", {}, {}, "secondary") + "</form>\n";
  }
  return out;
}

namespace {

Response publish(App& app, Context& ctx) {
  const std::string agenda = ctx.params.at(0);
  if (!app.workspace().exists(FileKind::agenda, agenda)) {
    return app.problem(404, "Page not found", "There is no such agenda in this workspace.");
  }
  // Checked now as well as in the job, so the clerk hears at once what to do first.
  current_public_pack(app, agenda, app.workspace().read(FileKind::agenda, agenda));
  const std::string who = ctx.who.name;
  const auto started = app.jobs().start_once("pack/" + meeting_of_agenda(agenda), [&app, agenda, who](const Progress& report) {
    publish_meeting(app, agenda, who, job_progress(report));
    return meeting_of_agenda(agenda);
  });
  const std::string link = file_url(FileKind::agenda, agenda) + "/packs?job=" + started.id;
  if (started.fresh) return Response::redirect(link + "&what=publish");
  return app.problem(409, "A pack is being built", "Wait for the pack being built for this meeting to finish, then publish.");
}

}  // namespace

void add_publish_routes(std::vector<App::Route>& routes) {
  routes.push_back({"POST", {"agendas", "{}", "publish"}, Permission::edit_agenda, publish});
}

}  // namespace docket::serve
