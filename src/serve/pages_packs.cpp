// A meeting's packs: the packs built (with downloads for those who may have them), a build in
// progress (refresh, or server-sent events through live.js), building a pack and publishing.
// Members' packs are listed and served only to clerks; to anyone else they do not exist.
#include "serve/pack_builds.hpp"
#include "serve/pages.hpp"
#include "serve/publish.hpp"
#include "support/error.hpp"
#include "support/files.hpp"

namespace docket::serve {

namespace {

constexpr std::uint64_t kPackBytes = 1ull << 30;

std::string packs_url(const std::string& agenda) { return file_url(FileKind::agenda, agenda) + "/packs"; }

std::string pack_title(pack::Audience a) { return a == pack::Audience::public_pack ? "Public pack" : "Members’ pack"; }

std::string size_words(std::uintmax_t bytes) {
  if (bytes < 1024 * 1024) return std::to_string((bytes + 1023) / 1024) + " KB";
  return std::to_string(bytes / (1024 * 1024)) + "." + std::to_string(bytes % (1024 * 1024) * 10 / (1024 * 1024)) + " MB";
}

std::string when_words(const std::string& iso) {
  // "2024-01-01T10:15:00Z" → "1 January 2024 at 10:15 UTC"
  if (iso.size() < 16) return iso;
  return date_words(iso.substr(0, 10)) + " at " + iso.substr(11, 5) + " UTC";
}

bool may_see(App& app, const Context& ctx, pack::Audience a) {
  return a == pack::Audience::public_pack || app.gate().allows(ctx.who, Permission::read_exempt, {});
}

// The job's box: its step and a progress bar, followed live by live.js.
std::string job_box(const std::string& id, const JobState& s) {
  return "<div class=\"dk-job\" data-job=\"" + esc(id) + "\" data-failed=\"The pack could not be built: \" aria-live=\"polite\">\n"
         "<p class=\"govuk-body\" id=\"job-step\">" + esc(s.step) + " (" + std::to_string(s.percent) + "%)</p>\n"
         "<progress id=\"job-progress\" max=\"100\" value=\"" + std::to_string(s.percent) + "\" aria-labelledby=\"job-step\"></progress>\n"
         "<p class=\"govuk-body\">Building a pack takes a minute or two. This page refreshes itself until it is done.</p></div>\n";
}

std::string built_list(App& app, const Context& ctx, const Opened& f) {
  const std::string meeting = meeting_of_agenda(f.name);
  const auto folder = packs_folder(app.workspace(), meeting);
  const std::string agenda_hash = audit_hash(f.text);
  std::string rows;
  for (const auto& b : built_packs(app.workspace(), meeting)) {
    if (!may_see(app, ctx, b.audience)) continue;
    std::string links;
    for (const auto& file : b.files) {
      std::error_code ec;
      const auto bytes = std::filesystem::file_size(folder / file, ec);
      if (ec) continue;
      const bool pdf = file.ends_with(".pdf");
      links += "<li><a class=\"govuk-link\" href=\"" + esc(packs_url(f.name) + "/" + file) + "\" download>Download the " +
               (b.audience == pack::Audience::public_pack ? "public" : "members’") + " pack as " + (pdf ? "PDF" : "Word") +
               "<span class=\"govuk-visually-hidden\"> document</span></a> (" + size_words(bytes) + ")</li>";
    }
    rows += "<h3 class=\"govuk-heading-s\">" + pack_title(b.audience) + "</h3>\n<p class=\"govuk-body\">Built on " +
            esc(when_words(b.when)) + " by " + esc(b.who) + "." +
            (b.agenda_hash != agenda_hash ? " <strong>The agenda has changed since: build it again.</strong>" : "") +
            "</p>\n<ul class=\"govuk-list\">" + links + "</ul>\n";
  }
  return rows.empty() ? "<p class=\"govuk-body\">No pack has been built for this meeting yet.</p>\n" : rows;
}

std::string build_form(const Context& ctx, const std::string& agenda) {
  return "<form method=\"post\" action=\"" + esc(packs_url(agenda)) + "\" novalidate>\n" + csrf_field(ctx) +
         "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\" aria-describedby=\"audience-hint\">"
         "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\"><h2 class=\"govuk-fieldset__heading\">Build a pack</h2></legend>"
         "<div id=\"audience-hint\" class=\"govuk-hint\">Exempt papers are left out of the public pack, with a notice in their place.</div>"
         "<div class=\"govuk-radios\" data-module=\"govuk-radios\">"
         "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"audience\" name=\"audience\" type=\"radio\" value=\"public\" checked>"
         "<label class=\"govuk-label govuk-radios__label\" for=\"audience\">Public pack</label></div>"
         "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"audience-members\" name=\"audience\" type=\"radio\" value=\"members\">"
         "<label class=\"govuk-label govuk-radios__label\" for=\"audience-members\">Members’ pack (exempt papers included and marked)</label></div>"
         "</div></fieldset></div>\n"
         "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\">"
         "<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"pdf\" name=\"pdf\" type=\"checkbox\" value=\"yes\" checked>"
         "<label class=\"govuk-label govuk-checkboxes__label\" for=\"pdf\">Make a PDF as well as the Word document</label></div>"
         "</div></div>\n" + button("Build the pack") + "</form>\n";
}

Response packs_page(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f || f->kind != FileKind::agenda) return app.problem(404, "Page not found", "There is no such agenda in this workspace.");
  const std::string title = title_of(*f);
  const std::string meeting = meeting_of_agenda(f->name);
  Page p{.title = "Packs – " + title,
         .crumbs = {{"Committee reports", "/"}, {title, file_url(f->kind, f->name)}, {"Packs", ""}}};
  std::string top;
  bool refresh = false;
  const std::string asked = ctx.request.param("job");
  const bool publishing = ctx.request.param("what") == "publish";
  const auto running = pack_build_running(app, meeting);
  const std::string id = running ? *running : asked;
  if (const auto s = id.empty() ? std::nullopt : app.jobs().state(id)) {
    if (s->status == JobState::Status::failed) {
      p.has_errors = true;
      top = error_summary({{(publishing ? "The papers could not be published: " : "The pack could not be built: ") + s->error, ""}}) +
            "<p class=\"govuk-body\">The pack built before, if there was one, is kept.</p>\n";
    } else if (s->status == JobState::Status::done) {
      top = publishing ? notification("Published", "<p class=\"govuk-notification-banner__heading\">The public papers are in the "
                                                   "published folder.</p>", true)
                       : notification("The pack has been built", "<p class=\"govuk-notification-banner__heading\">Download it below.</p>", true);
    } else {
      top = "<h2 class=\"govuk-heading-m\">Building the pack</h2>\n" + job_box(id, *s);
      refresh = true;
    }
  }
  p.body = top + "<span class=\"govuk-caption-l\">" + esc(title) + "</span><h1 class=\"govuk-heading-l\">Packs</h1>\n" +
           "<h2 class=\"govuk-heading-m\">Built packs</h2>\n" + built_list(app, ctx, *f);
  const bool clerk = app.gate().allows(ctx.who, Permission::edit_agenda, {});
  if (clerk && !refresh) p.body += build_form(ctx, f->name);
  p.body += publish_section(app, ctx, f->name, clerk);
  if (refresh) p.refresh = 3;
  return app.page(std::move(p));
}

Response build(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f || f->kind != FileKind::agenda) return app.problem(404, "Page not found", "There is no such agenda in this workspace.");
  const std::string audience = ctx.request.field("audience");
  if (audience != "public" && audience != "members") {
    throw InvalidInput("choose the public pack or the members’ pack", "go back and choose which pack to build");
  }
  const PackBuild b{.agenda = f->name,
                    .audience = audience == "public" ? pack::Audience::public_pack : pack::Audience::confidential_pack,
                    .pdf = ctx.request.field("pdf") == "yes",
                    .who = ctx.who.name};
  const auto started = start_pack_build(app, b);
  const std::string link = packs_url(f->name) + "?job=" + started.id;
  if (started.fresh) return Response::redirect(link);
  Page p{.title = "A pack is already being built",
         .crumbs = {{"Committee reports", "/"}, {title_of(*f), file_url(f->kind, f->name)}, {"Packs", ""}}};
  p.body = "<h1 class=\"govuk-heading-l\">A pack is already being built</h1>\n<p class=\"govuk-body\">A pack for this "
           "meeting is being built now; one build runs at a time for each meeting.</p>\n<p class=\"govuk-body\"><a "
           "class=\"govuk-link\" href=\"" + esc(link) + "\">See how the build is going</a>, and build again when it has finished.</p>\n";
  return app.page(std::move(p), 409);
}

Response download(App& app, Context& ctx) {
  const std::string agenda = ctx.params.at(0), file = ctx.params.at(1);
  auto none = [&] { return app.problem(404, "Page not found", "There is no such download."); };
  if (!app.workspace().exists(FileKind::agenda, agenda)) return none();
  const std::string meeting = meeting_of_agenda(agenda);
  for (auto audience : {pack::Audience::public_pack, pack::Audience::confidential_pack}) {
    for (const char* ext : {"docx", "pdf"}) {
      if (file != pack_file_name(meeting, audience, ext) || !may_see(app, ctx, audience)) continue;
      const auto path = packs_folder(app.workspace(), meeting) / file;
      std::error_code ec;
      if (!std::filesystem::is_regular_file(path, ec)) return none();
      return Response::file(read_file(path, kPackBytes),
                            std::string(ext) == "pdf" ? "application/pdf"
                                                      : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            file);
    }
  }
  return none();  // the members' pack for those who may not have it: as if it were not there
}

}  // namespace

void add_pack_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"agendas", "{}", "packs"}, Permission::read, packs_page});
  routes.push_back({"POST", {"agendas", "{}", "packs"}, Permission::edit_agenda, build});
  routes.push_back({"GET", {"agendas", "{}", "packs", "{}"}, Permission::read, download});
  add_publish_routes(routes);
}

}  // namespace docket::serve
