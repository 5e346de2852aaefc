// A report (or agenda): its overview as a task list with every problem, the form of each
// part, saving (compare-and-swap, with a refusal and a comparison when the file changed),
// and live validation of unsaved changes.
#include <nlohmann/json.hpp>

#include "serve/data_text.hpp"
#include "serve/form_apply.hpp"
#include "serve/form_fields.hpp"
#include "serve/form_view.hpp"
#include "serve/pages.hpp"
#include "support/error.hpp"
#include "xml/node.hpp"

namespace docket::serve {

namespace {

const std::map<std::string, std::string>& notices() {
  static const std::map<std::string, std::string> n = {
      {"created", "The report was created. Fill in each part below."},
      {"uploaded", "The file was uploaded."},
      {"saved", "Your changes were saved."},
      {"restored", "The earlier version was restored. The version it replaced is in the history."},
      {"imported", "The KPIs were imported."},
      {"kept", "Your version was saved. The other version is in the history."}};
  return n;
}

std::string notice_banner(const Context& ctx) {
  auto it = notices().find(ctx.request.param("notice"));
  return it == notices().end() ? std::string() : notification(it->second, "", true);
}

struct Checked {
  Diagnostics diags;
  form::MappedProblems mapped;
};

std::string data_name(App& app, const Opened& f) { return app.workspace().data_file(f.kind, f.name).string(); }

std::string summary_href(const Opened& f, const form::Placed& p, std::string_view here_part) {
  if (p.anchor.empty()) return {};
  if (p.part.empty()) return file_url(f.kind, f.name) + "#task-list";
  const std::string page = p.part == here_part ? std::string() : file_url(f.kind, f.name) + "/edit/" + url_encode(p.part);
  return page + "#" + p.anchor;
}

// The error summary (errors) and the warnings of a page; `part` empty: all parts.
std::string problems_html(const Opened& f, const form::MappedProblems& mapped, std::string_view part, std::size_t& elsewhere) {
  std::vector<SummaryEntry> errors, warnings;
  elsewhere = 0;
  for (const auto& p : mapped.ordered) {
    if (!part.empty() && p.part != part && !p.anchor.empty()) {
      elsewhere += p.diagnostic->severity == Severity::error;
      continue;
    }
    SummaryEntry e{form::message_for(*p.diagnostic), summary_href(f, p, part)};
    (p.diagnostic->severity == Severity::error ? errors : warnings).push_back(std::move(e));
  }
  std::string out = error_summary(errors);
  if (!warnings.empty()) {
    out += "<div class=\"govuk-inset-text dk-warnings\" id=\"warnings\"><h2 class=\"govuk-heading-s\">Warnings</h2>"
           "<p class=\"govuk-body\">These do not stop the " + std::string(f.kind == FileKind::agenda ? "agenda" : "report") +
           " being used, but check them.</p><ul class=\"govuk-list govuk-list--bullet\">";
    for (const auto& w : warnings) {
      out += "<li>" + (w.href.empty() ? esc(w.text) : "<a class=\"govuk-link\" href=\"" + esc(w.href) + "\">" + esc(w.text) + "</a>") + "</li>";
    }
    out += "</ul></div>\n";
  }
  return out;
}

Response unreadable(App& app, const Opened& f) {
  Page p{.title = f.name, .crumbs = {{"Committee reports", "/"}, {f.name, ""}}};
  p.has_errors = true;
  std::vector<SummaryEntry> entries;
  for (const auto& d : f.parse_problems) entries.push_back({form::message_for(d) + " (line " + std::to_string(d.line) + ")", ""});
  p.body = error_summary(entries, "This file cannot be opened in the editor") +
           "<h1 class=\"govuk-heading-l\">" + esc(f.name) + "</h1>\n<p class=\"govuk-body\">The file is not well-formed, so its parts cannot be shown. "
           "Restore an earlier version, or correct the file in a text editor.</p>\n"
           "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + esc(file_url(f.kind, f.name)) + "/history\">See the history of this file</a></p>\n";
  return app.page(std::move(p), 200);
}

std::string tag_for(std::size_t errors, std::size_t warnings, const form::Part& part) {
  if (errors) return "<strong class=\"govuk-tag govuk-tag--red\">" + std::to_string(errors) + (errors == 1 ? " problem" : " problems") + "</strong>";
  if (warnings) return "<strong class=\"govuk-tag govuk-tag--yellow\">" + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings") + "</strong>";
  if (part.count == 0) return part.required ? "<strong class=\"govuk-tag govuk-tag--blue\">Not started</strong>" : "Optional";
  return "Completed";
}

Response overview(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  if (!f->doc) return unreadable(app, *f);
  const Diagnostics diags = app.check(f->kind, f->name, f->text);
  const auto& schema = app.form_schema(f->kind);
  form::FormView view(schema, f->doc->root());
  view.index_all();
  const auto mapped = form::map_problems(diags, view.index(), data_name(app, *f));
  const std::string title = title_of(*f);
  const std::string base = file_url(f->kind, f->name);
  Page p{.title = title, .crumbs = {{"Committee reports", "/"}, {title, ""}}};
  p.has_errors = diags.has_errors();
  std::size_t elsewhere = 0;
  p.body += notice_banner(ctx) + problems_html(*f, mapped, "", elsewhere);
  p.body += "<span class=\"govuk-caption-l\">" + esc(meeting_of(f->doc->root())) + "</span>\n<h1 class=\"govuk-heading-l\">" + esc(title) + "</h1>\n";
  p.body += diags.has_errors()
                ? "<p class=\"govuk-body\">This " + std::string(f->kind == FileKind::report ? "report" : "agenda") +
                      " has " + std::to_string(diags.error_count()) + (diags.error_count() == 1 ? " problem" : " problems") +
                      " to fix before it can be used.</p>\n"
                : "<p class=\"govuk-body\">This " + std::string(f->kind == FileKind::report ? "report" : "agenda") + " is valid.</p>\n";
  p.body += "<h2 class=\"govuk-heading-m\">Parts</h2>\n<ul class=\"govuk-task-list\" id=\"task-list\">\n";
  for (const auto& part : view.parts()) {
    std::size_t errors = 0, warnings = 0;
    for (const auto& pl : mapped.ordered) {
      if (pl.part != part.name) continue;
      (pl.diagnostic->severity == Severity::error ? errors : warnings)++;
    }
    const std::string id = "part-" + form::id_for(part.name);
    std::string hint;
    if (part.count > 1) hint = std::to_string(part.count) + " items";
    p.body += "<li class=\"govuk-task-list__item govuk-task-list__item--with-link\"><div class=\"govuk-task-list__name-and-hint\">"
              "<a class=\"govuk-link govuk-task-list__link\" href=\"" + esc(base + "/edit/" + url_encode(part.name)) +
              "\" aria-describedby=\"" + id + "-status\">" + esc(part.label) + "</a>" +
              (hint.empty() ? "" : "<div class=\"govuk-task-list__hint\">" + esc(hint) + "</div>") +
              "</div><div class=\"govuk-task-list__status\" id=\"" + id + "-status\">" + tag_for(errors, warnings, part) +
              "</div></li>\n";
  }
  p.body += "</ul>\n<h2 class=\"govuk-heading-m\">Look at it and take it away</h2>\n<ul class=\"govuk-list\">\n";
  if (f->kind == FileKind::agenda) {
    p.body += "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/packs\">Packs: build, download and publish them</a></li>\n";
  }
  if (f->kind == FileKind::report) {
    p.body += "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/preview\">Preview the pages</a></li>\n"
              "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/download/report.docx\">Download the Word document (.docx)</a></li>\n"
              "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/download/report.pdf\">Download a PDF</a></li>\n";
  }
  if (f->kind == FileKind::agenda) {
    p.body += "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/meeting\">The meeting: items, reports' statuses, deadline</a></li>\n";
  } else {
    p.body += "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/status\">Status: submit, clear, publish</a></li>\n";
  }
  p.body += "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/download/data.xml\">Download the data file</a></li>\n"
            "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/history\">History: earlier versions</a></li>\n"
            "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/changes\">Changes: who changed it, and when</a></li>\n";
  if (f->kind == FileKind::report) {
    p.body += "<li><a class=\"govuk-link\" href=\"" + esc(base) + "/import\">Import KPIs from a spreadsheet</a></li>\n";
  }
  p.body += "</ul>\n";
  if (f->kind == FileKind::report) {
    form::FieldInfo t{.id = "template", .key = "template", .label = "Template", .hint = "The Word template this report is printed with", .required = true};
    form::ValueType choice;
    choice.kind = form::ValueKind::choice;
    for (const auto& n : app.workspace().template_names()) choice.choices.push_back({n, ""});
    p.body += "<form method=\"post\" action=\"" + esc(base) + "/template\" novalidate>" + csrf_field(ctx) +
              form::value_field(t, choice, app.workspace().template_for(f->name)) + button("Use this template", "", "", "secondary") +
              "</form>\n";
  }
  return app.page(std::move(p));
}

Response part_page(App& app, Context& ctx, const Opened& f, xmlNode* root, const Diagnostics& diags, const std::string& part,
                   int status, const std::string& banner) {
  const auto& schema = app.form_schema(f.kind);
  form::FormView view(schema, root);
  view.index_all();
  const auto mapped = form::map_problems(diags, view.index(), data_name(app, f));
  std::string label = part;
  for (const auto& p : view.parts()) {
    if (p.name == part) label = p.label;
  }
  const std::string fields = view.render(part, &mapped);
  const std::string title = title_of(f);
  const std::string base = file_url(f.kind, f.name);
  Page p{.title = label + " – " + title, .crumbs = {{"Committee reports", "/"}, {title, base}, {label, ""}}};
  std::size_t elsewhere = 0;
  const std::string problems = problems_html(f, mapped, part, elsewhere);
  p.has_errors = problems.find("govuk-error-summary") != std::string::npos;
  p.body += banner + notice_banner(ctx) + "<div id=\"live-problems\">" + problems + "</div>\n";
  p.body += "<span class=\"govuk-caption-l\">" + esc(title) + "</span>\n<h1 class=\"govuk-heading-l\">" + esc(label) + "</h1>\n";
  if (elsewhere > 0) {
    p.body += "<p class=\"govuk-body\" id=\"elsewhere\">There " + std::string(elsewhere == 1 ? "is 1 problem" : "are " + std::to_string(elsewhere) + " problems") +
              " in other parts: <a class=\"govuk-link\" href=\"" + esc(base) + "\">see them all</a>.</p>\n";
  }
  p.body += "<form method=\"post\" action=\"" + esc(base + "/edit/" + url_encode(part)) + "\" novalidate class=\"dk-form\" data-validate=\"" +
            esc(base + "/validate/" + url_encode(part)) + "\">\n" + csrf_field(ctx) + hidden("base", f.hash) +
            "<button type=\"submit\" class=\"dk-default-submit\" name=\"action\" value=\"save\" tabindex=\"-1\" aria-hidden=\"true\">Save</button>\n" +
            "<div class=\"dk-part\">" + fields + "</div>\n<div class=\"govuk-button-group dk-save\">" + button("Save", "action", "save") +
            "<a class=\"govuk-link\" href=\"" + esc(base) + "\">Back to the report</a></div>\n</form>\n";
  return app.page(std::move(p), status);
}

Response edit_form(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  if (!f->doc) return unreadable(app, *f);
  const Diagnostics diags = app.check(f->kind, f->name, f->text);
  return part_page(app, ctx, *f, f->doc->root(), diags, ctx.params.at(1), 200, "");
}

// The form applied to `text`; the new text, or nullopt when the text is not well-formed.
std::optional<std::string> applied(App& app, const Opened& f, const std::string& text, const Request& r, form::ApplyResult& result) {
  Diagnostics ignored;
  auto doc = parse_data(text, f.name, ignored);
  if (!doc) return std::nullopt;
  result = form::apply_form(app.form_schema(f.kind), doc->get(), r.form);
  return to_text(doc->get());
}

Response conflict(App& app, Context& ctx, const Opened& current) {
  // The version the officer started from is in the history if docket saved over it.
  std::optional<std::string> base_text;
  for (const auto& v : app.workspace().history(current.kind, current.name)) {
    std::string t = app.workspace().read_version(current.kind, current.name, v.id);
    if (content_hash(t) == ctx.request.field("base")) {
      base_text = std::move(t);
      break;
    }
  }
  form::ApplyResult result;
  std::optional<std::string> mine;
  try {
    mine = applied(app, current, base_text.value_or(current.text), ctx.request, result);
  } catch (const InvalidInput&) {
  }
  const std::string base = file_url(current.kind, current.name);
  const std::string title = title_of(current);
  Page p{.title = "Your changes were not saved", .crumbs = {{"Committee reports", "/"}, {title, base}, {"Not saved", ""}}};
  p.body = "<h1 class=\"govuk-heading-l\">Your changes were not saved</h1>\n"
           "<p class=\"govuk-body\">This " + std::string(current.kind == FileKind::report ? "report" : "agenda") +
           " was changed by someone else (or in another tab or program) after you opened it. Saving yours would have lost theirs.</p>\n";
  if (mine && current.doc) {
    const std::string draft = content_hash(*mine);
    app.workspace().write_state("drafts/" + std::string(folder_of(current.kind)) + "/" + current.name + "/" + draft + ".xml", *mine);
    Diagnostics ignored;
    auto mine_doc = parse_data(*mine, current.name, ignored);
    p.body += form::changes_table(form::compare_versions(app.form_schema(current.kind), current.doc->root(), mine_doc->root()),
                                  "Saved now", "Yours");
    p.body += "<form method=\"post\" action=\"" + esc(base + "/drafts/" + draft) + "\" novalidate>" + csrf_field(ctx) +
              hidden("base", current.hash) + "<div class=\"govuk-button-group\">" +
              button("Save my version instead", "", "", "warning") + "<a class=\"govuk-link\" href=\"" + esc(base) +
              "\">Discard my changes and open the saved version</a></div></form>\n"
              "<p class=\"govuk-body\">If you save yours, the version saved now stays in the history.</p>\n";
  } else {
    p.body += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + esc(base) + "\">Open the saved version</a> and make your change again.</p>\n";
  }
  return app.page(std::move(p), 409);
}

Response save_part(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string part = ctx.params.at(1);
  if (f->hash != ctx.request.field("base")) return conflict(app, ctx, *f);
  if (!f->doc) return unreadable(app, *f);
  form::ApplyResult result;
  const auto text = applied(app, *f, f->text, ctx.request, result);
  const std::string here = file_url(f->kind, f->name) + "/edit/" + url_encode(part);
  if (!result.changed) return Response::redirect(here + "?notice=saved" + (result.focus.empty() ? "" : "#" + result.focus));
  switch (app.save(ctx, f->kind, f->name, *text, f->hash, "saved", part)) {
    case SaveOutcome::conflict: return conflict(app, ctx, *f);
    default: break;
  }
  const std::string action = ctx.request.field("action");
  const bool structural = !action.empty() && action != "save";
  return Response::redirect(here + (structural ? "" : "?notice=saved") + (result.focus.empty() ? "" : "#" + result.focus));
}

Response keep_draft(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string draft = ctx.params.at(1);
  if (draft.size() != 16 || draft.find_first_not_of("0123456789abcdef") != std::string::npos) {
    return app.problem(404, "Page not found", "There is no such draft.");
  }
  const std::string text = app.workspace().read_state("drafts/" + std::string(folder_of(f->kind)) + "/" + f->name + "/" + draft + ".xml");
  if (text.empty()) return app.problem(404, "Page not found", "That draft is no longer kept.");
  if (app.save(ctx, f->kind, f->name, text, ctx.request.field("base"), "draft kept", draft) == SaveOutcome::conflict) {
    return conflict(app, ctx, *f);
  }
  return Response::redirect(file_url(f->kind, f->name) + "?notice=kept");
}

Response live_validate(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return Response::json("{\"error\":\"no such file\"}", 404);
  nlohmann::json out;
  if (f->hash != ctx.request.field("base")) {
    out["conflict"] = true;
    out["message"] = "This report was changed elsewhere after you opened it. Save to see what differs.";
    return Response::json(out.dump());
  }
  form::ApplyResult result;
  std::optional<std::string> text;
  try {
    text = f->doc ? applied(app, *f, f->text, ctx.request, result) : std::nullopt;
  } catch (const InvalidInput& e) {
    return Response::json(nlohmann::json{{"error", e.what()}}.dump(), 400);
  }
  if (!text) return Response::json("{\"error\":\"the file is not well-formed\"}", 409);
  Checked checked;
  auto c = check_text(*text, app.workspace().data_file(f->kind, f->name), app.validate_options(), app.schemas());
  Diagnostics ignored;
  auto doc = parse_data(*text, f->name, ignored);
  form::FormView view(app.form_schema(f->kind), doc->root());
  view.index_all();
  const auto mapped = form::map_problems(c.diags, view.index(), data_name(app, *f));
  const std::string part = ctx.params.at(1);
  out["errors"] = c.diags.error_count();
  out["warnings"] = c.diags.warning_count();
  out["problems"] = nlohmann::json::array();
  std::size_t elsewhere = 0;
  for (const auto& p : mapped.ordered) {
    out["problems"].push_back({{"anchor", p.anchor},
                               {"part", p.part},
                               {"here", p.part == part},
                               {"severity", p.diagnostic->severity == Severity::error ? "error" : "warning"},
                               {"message", form::message_for(*p.diagnostic)},
                               {"href", summary_href(*f, p, part)}});
  }
  out["summary"] = problems_html(*f, mapped, part, elsewhere);
  out["elsewhere"] = elsewhere;
  return Response::json(out.dump());
}

Response choose_template(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such file in this workspace.");
  const std::string t = ctx.request.field("template");
  app.workspace().template_file(t);  // refuses names that are not listed
  if (app.workspace().template_for(f->name) != t) {
    app.workspace().set_template_for(f->name, t);
    app.record(ctx, f->kind, f->name, "template", t);
  }
  return Response::redirect(file_url(f->kind, f->name) + "?notice=saved");
}

}  // namespace

std::string file_problems_html(App& app, const Opened& f, const Diagnostics& diags) {
  form::FormView view(app.form_schema(f.kind), f.doc->root());
  view.index_all();
  std::size_t elsewhere = 0;
  return problems_html(f, form::map_problems(diags, view.index(), data_name(app, f)), "", elsewhere);
}

void add_report_routes(std::vector<App::Route>& routes) {
  add_both(routes, "GET", {"{}"}, Permission::read, overview);
  add_both(routes, "GET", {"{}", "edit", "{}"}, Permission::read, edit_form);
  add_both(routes, "POST", {"{}", "edit", "{}"}, Permission::edit_report, save_part);
  add_both(routes, "POST", {"{}", "validate", "{}"}, Permission::read, live_validate);
  add_both(routes, "POST", {"{}", "drafts", "{}"}, Permission::edit_report, keep_draft);
  routes.push_back({"POST", {"reports", "{}", "template"}, Permission::edit_report, choose_template});
}

}  // namespace docket::serve
