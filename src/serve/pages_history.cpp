// Earlier versions of a file: the list, what each changed compared with now, and restoring
// one (the version it replaces goes into the history in turn).
#include "serve/data_text.hpp"
#include "serve/form_view.hpp"
#include "serve/pages.hpp"

namespace docket::serve {

namespace {

Response history(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string title = title_of(*f);
  const std::string base = file_url(f->kind, f->name);
  Page p{.title = "History – " + title, .crumbs = {{"Committee reports", "/"}, {title, base}, {"History", ""}}};
  p.body = "<span class=\"govuk-caption-l\">" + esc(title) + "</span><h1 class=\"govuk-heading-l\">History</h1>\n"
           "<p class=\"govuk-body\">Every save keeps the version it replaced. Open one to see how it differs from the current version, and restore it if you need to.</p>\n";
  const auto versions = app.workspace().history(f->kind, f->name);
  if (versions.empty()) {
    p.body += "<p class=\"govuk-body\">There are no earlier versions yet.</p>\n";
  } else {
    p.body += "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-visually-hidden\">Earlier versions</caption>"
              "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Replaced on</th>"
              "<th scope=\"col\" class=\"govuk-table__header\">Version</th></tr></thead><tbody class=\"govuk-table__body\">\n";
    for (const auto& v : versions) {
      p.body += "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">" + esc(v.when) +
                "</td><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"" + esc(base + "/history/" + v.id) +
                "\">Open version " + esc(v.id.substr(0, 6)) + "</a></td></tr>\n";
    }
    p.body += "</tbody></table>\n";
  }
  return app.page(std::move(p));
}

Response version(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string id = ctx.params.at(1);
  const std::string text = app.workspace().read_version(f->kind, f->name, id);
  const std::string title = title_of(*f);
  const std::string base = file_url(f->kind, f->name);
  Page p{.title = "Version " + id.substr(0, 6) + " – " + title,
         .crumbs = {{"Committee reports", "/"}, {title, base}, {"History", base + "/history"}, {"Version " + id.substr(0, 6), ""}}};
  p.body = "<span class=\"govuk-caption-l\">" + esc(title) + "</span><h1 class=\"govuk-heading-l\">Version " + esc(id.substr(0, 6)) + "</h1>\n";
  Diagnostics ignored;
  auto old = parse_data(text, f->name, ignored);
  if (old && f->doc) {
    p.body += form::changes_table(form::compare_versions(app.form_schema(f->kind), f->doc->root(), old->root()),
                                  "Current version", "This version");
  } else {
    p.body += "<p class=\"govuk-body\">One of the two versions is not well-formed, so they cannot be compared field by field.</p>\n";
  }
  p.body += "<form method=\"post\" action=\"" + esc(base + "/history/" + id + "/restore") + "\" novalidate>" + csrf_field(ctx) +
            hidden("base", f->hash) + "<div class=\"govuk-button-group\">" + button("Restore this version", "", "", "warning") +
            "<a class=\"govuk-link\" href=\"" + esc(base + "/history") + "\">Back to the history</a></div></form>\n";
  return app.page(std::move(p));
}

Response restore(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string text = app.workspace().read_version(f->kind, f->name, ctx.params.at(1));
  if (app.save(ctx, f->kind, f->name, text, ctx.request.field("base"), "restored", "version " + ctx.params.at(1)) == SaveOutcome::conflict) {
    return app.problem(409, "Not restored", "The file changed after you opened this page, so nothing was restored.",
                       "Open the history again and choose the version once more.");
  }
  return Response::redirect(file_url(f->kind, f->name) + "?notice=restored");
}

}  // namespace

void add_history_routes(std::vector<App::Route>& routes) {
  add_both(routes, "GET", {"{}", "history"}, Permission::read, history);
  add_both(routes, "GET", {"{}", "history", "{}"}, Permission::read, version);
  add_both(routes, "POST", {"{}", "history", "{}", "restore"}, Permission::edit_report, restore);
}

}  // namespace docket::serve
