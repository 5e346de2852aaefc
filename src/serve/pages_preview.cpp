// Page previews (a background job with progress), the jobs' progress as JSON and as
// server-sent events, and downloads: the DOCX exactly as `docket render` makes it, the
// PDF made with the preview, and the data file.
#include <nlohmann/json.hpp>

#include <regex>

#include "serve/pages.hpp"
#include "serve/preview.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"
#include "template/render_file.hpp"

namespace docket::serve {

namespace {

PreviewInput preview_input(App& app, const Opened& f) {
  return {f.text, app.workspace().data_file(f.kind, f.name),
          app.workspace().template_file(app.workspace().template_for(f.name)), app.workspace().scheme_file()};
}

std::string state_json(const JobState& s) {
  const char* status = s.status == JobState::Status::queued    ? "queued"
                       : s.status == JobState::Status::running ? "running"
                       : s.status == JobState::Status::done    ? "done"
                                                               : "failed";
  return nlohmann::json{{"status", status}, {"percent", s.percent}, {"step", s.step}, {"error", s.error}, {"version", s.version}}.dump();
}

Response preview(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f || f->kind != FileKind::report) return app.problem(404, "Page not found", "There is no such report in this workspace.");
  const std::string title = title_of(*f);
  const std::string base = file_url(f->kind, f->name);
  const PreviewInput in = preview_input(app, *f);
  const std::string key = preview_key(in);
  const auto pages = preview_pages(app.workspace(), key);
  Page p{.title = "Preview – " + title, .crumbs = {{"Committee reports", "/"}, {title, base}, {"Preview", ""}}};
  p.body = "<span class=\"govuk-caption-l\">" + esc(title) + "</span><h1 class=\"govuk-heading-l\">Preview</h1>\n";
  if (!pages.empty()) {
    p.body += "<p class=\"govuk-body\">The pages as the saved report prints with its template (" +
              esc(app.workspace().template_for(f->name)) + "). Gaps still to fill are marked MISSING.</p>\n"
              "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + esc(base) + "/download/report.pdf\">Download this as a PDF</a></p>\n"
              "<ol class=\"dk-pages\">\n";
    for (std::size_t i = 0; i < pages.size(); ++i) {
      p.body += "<li><img src=\"" + esc(base + "/preview/" + key + "/" + pages[i]) + "\" alt=\"Page " + std::to_string(i + 1) +
                " of " + std::to_string(pages.size()) + "\" class=\"dk-page\"></li>\n";
    }
    p.body += "</ol>\n";
    return app.page(std::move(p));
  }
  const std::string id = app.jobs().start("preview/" + key, [&app, in, key](const Progress& progress) {
    return make_preview(app.workspace(), in, key, app.schemas(), progress);
  });
  const auto state = app.jobs().state(id);
  if (state && state->status == JobState::Status::failed) {
    p.has_errors = true;
    p.body = error_summary({{"The preview could not be made: " + state->error, ""}}) + p.body +
             "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + esc(base) + "\">Back to the report</a></p>\n";
    return app.page(std::move(p), 500);
  }
  p.body += "<div class=\"dk-job\" data-job=\"" + esc(id) + "\" aria-live=\"polite\">\n"
            "<p class=\"govuk-body\" id=\"job-step\">" + esc(state ? state->step : "Waiting to start") + " (" +
            std::to_string(state ? state->percent : 0) + "%)</p>\n"
            "<progress id=\"job-progress\" max=\"100\" value=\"" + std::to_string(state ? state->percent : 0) +
            "\" aria-labelledby=\"job-step\"></progress>\n"
            "<p class=\"govuk-body\">Making the pages takes a few seconds. <a class=\"govuk-link\" href=\"" + esc(base) +
            "/preview\">Refresh this page</a> to see them.</p></div>\n";
  p.refresh = 3;
  return app.page(std::move(p));
}

Response page_image(App& app, Context& ctx) {
  static const std::regex file(R"(^page-\d{1,4}\.png$)"), key(R"(^[0-9a-f]{16}$)");
  if (!app.workspace().exists(FileKind::report, ctx.params.at(0)) || !std::regex_match(ctx.params.at(1), key) ||
      !std::regex_match(ctx.params.at(2), file)) {
    return app.problem(404, "Page not found", "There is no such picture.");
  }
  const auto path = preview_folder(app.workspace(), ctx.params.at(1)) / ctx.params.at(2);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return app.problem(404, "Page not found", "There is no such picture.");
  Response r = Response::file(read_file(path, 64u << 20), "image/png");
  r.set_header("Cache-Control", "private, max-age=86400, immutable");
  return r;
}

Response job_state(App& app, Context& ctx) {
  const auto s = app.jobs().state(ctx.params.at(0));
  if (!s) return Response::json("{\"error\":\"no such job\"}", 404);
  return Response::json(state_json(*s));
}

Response job_events(App& app, Context& ctx) {
  const std::string id = ctx.params.at(0);
  if (!app.jobs().state(id)) return Response::json("{\"error\":\"no such job\"}", 404);
  Response r;
  r.content_type = "text/event-stream";
  Jobs* jobs = &app.jobs();
  r.stream = [jobs, id](const ChunkWriter& write) {
    long seen = -1;
    const auto until = std::chrono::steady_clock::now() + std::chrono::minutes(10);
    while (std::chrono::steady_clock::now() < until) {
      const auto s = jobs->wait(id, seen, std::chrono::seconds(15));
      if (!s) return;
      if (s->version == seen) {
        if (!write(": still working\n\n")) return;  // keeps the connection open
        continue;
      }
      seen = s->version;
      if (!write("data: " + state_json(*s) + "\n\n")) return;
      if (s->status == JobState::Status::done || s->status == JobState::Status::failed) return;
    }
  };
  return r;
}

std::string stem_of(const std::string& name) { return name.substr(0, name.size() - 4); }

Response download(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string what = ctx.params.at(1);
  const std::string base = file_url(f->kind, f->name);
  if (what == "data.xml") return Response::file(f->text, "application/xml", f->name);
  if (f->kind != FileKind::report || (what != "report.docx" && what != "report.pdf")) {
    return app.problem(404, "Page not found", "There is no such download.");
  }
  if (what == "report.pdf") {
    const std::string key = preview_key(preview_input(app, *f));
    if (preview_pages(app.workspace(), key).empty()) return Response::redirect(base + "/preview");
    return Response::file(read_file(preview_folder(app.workspace(), key) / "report.pdf", 256u << 20), "application/pdf",
                          stem_of(f->name) + ".pdf");
  }
  const bool draft = ctx.request.param("draft") == "1";
  const Diagnostics diags = app.check(f->kind, f->name, f->text);
  if (diags.has_errors() && !draft) {
    Page p{.title = "Fix the problems first", .crumbs = {{"Committee reports", "/"}, {title_of(*f), base}, {"Download", ""}}};
    p.body = "<h1 class=\"govuk-heading-l\">Fix the problems first</h1>\n<p class=\"govuk-body\">The report has " +
             std::to_string(diags.error_count()) + (diags.error_count() == 1 ? " problem" : " problems") +
             ", so the Word document would be incomplete.</p>\n<ul class=\"govuk-list\"><li><a class=\"govuk-link\" href=\"" + esc(base) +
             "\">See the problems</a></li><li><a class=\"govuk-link\" href=\"" + esc(base) +
             "/download/report.docx?draft=1\">Download a draft with the gaps marked</a></li></ul>\n";
    return app.page(std::move(p), 409);
  }
  TempFolder work("docket-download");
  // The saved file is rendered where it is, as `docket render TEMPLATE FILE` would.
  tmpl::RenderFileOptions options{.validate = app.validate_options(), .draft = draft};
  Diagnostics render_diags;
  const auto out = work.path() / "report.docx";
  const auto result = tmpl::render_file(app.workspace().template_file(app.workspace().template_for(f->name)),
                                        app.workspace().data_file(f->kind, f->name), out, options, app.schemas(), render_diags);
  if (!result.written) {
    return app.problem(500, "The document could not be made",
                       render_diags.empty() ? "The template could not be filled." : render_diags.items().front().message);
  }
  return Response::file(read_file(out, 512u << 20), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        stem_of(f->name) + (draft ? "-draft" : "") + ".docx");
}

}  // namespace

void add_preview_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"reports", "{}", "preview"}, Permission::read, preview});
  routes.push_back({"GET", {"reports", "{}", "preview", "{}", "{}"}, Permission::read, page_image});
  routes.push_back({"GET", {"jobs", "{}"}, Permission::read, job_state});
  routes.push_back({"GET", {"jobs", "{}", "events"}, Permission::read, job_events});
  add_both(routes, "GET", {"{}", "download", "{}"}, Permission::read, download);
}

}  // namespace docket::serve
