// A report's status page: where it is (draft, submitted, cleared with its sign-offs,
// published) and the buttons the person may use. Officers submit their own reports; only
// democratic services clear, publish and return a report to draft. Changes are
// compare-and-swap on the status file and go into the audit log.
#include "serve/audit.hpp"
#include "serve/pages.hpp"
#include "serve/report_status.hpp"
#include "support/text.hpp"

namespace docket::serve {

namespace {

std::string row(const std::string& key, const std::string& value) {
  return "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">" + esc(key) + "</dt><dd class=\"govuk-summary-list__value\">" +
         esc(value.empty() ? "Not recorded" : value) + "</dd></div>\n";
}

std::string when_words(const std::string& stamp) {
  return stamp.size() < 16 ? stamp : date_words(stamp.substr(0, 10)) + " at " + stamp.substr(11, 5) + " UTC";
}

std::string action_form(const Context& ctx, const std::string& url, const std::string& hash, const std::string& action,
                        const std::string& label, const std::string& fields = {}, const std::string& style = {}) {
  return "<form method=\"post\" action=\"" + esc(url) + "\" novalidate>" + csrf_field(ctx) + hidden("base", hash) + hidden("action", action) + fields +
         button(label, "", "", style) + "</form>\n";
}

Response status_page(App& app, Context& ctx, const Opened& f, const FieldErrors& errors, const std::string& legal,
                     const std::string& finance, int code) {
  const std::string text = app.workspace().read_state(status_file(f.name));
  const std::string hash = text.empty() ? std::string() : content_hash(text);
  const ReportStatus s = read_status(text).value_or(ReportStatus{});
  const std::string title = title_of(f);
  const std::string base = file_url(f.kind, f.name);
  Page p{.title = "Status – " + title, .crumbs = {{"Committee reports", "/"}, {title, base}, {"Status", ""}}};
  p.has_errors = !errors.empty();
  p.body += field_error_summary(errors);
  if (ctx.request.param("notice") == "changed") p.body += notification("The report is now " + std::string(stage_name(s.stage)) + ".", "", true);
  p.body += "<span class=\"govuk-caption-l\">" + esc(title) + "</span>\n<h1 class=\"govuk-heading-l\">Status</h1>\n"
            "<p class=\"govuk-body\" id=\"stage\">This report is <strong class=\"govuk-tag\">" + esc(std::string(stage_label(s.stage))) + "</strong></p>\n"
            "<dl class=\"govuk-summary-list\">" + row("Last changed by", s.changed_by) + row("Last changed", when_words(s.changed_on)) +
            row("Legal officer's sign-off", s.legal) + row("Finance officer's sign-off", s.finance) + row("Cleared by", s.cleared_by) +
            row("Cleared", when_words(s.cleared_on)) + "</dl>\n";
  const std::string url = base + "/status";
  const bool clerk = ctx.who.has(Role::clerk);
  const bool may_edit = app.gate().allows(ctx.who, Permission::edit_report, {.file = "reports/" + f.name, .owner = app.owner_of(f.kind, f.name)});
  if (s.stage == ReportStage::draft && may_edit) {
    p.body += "<p class=\"govuk-body\">Submit the report when it is ready for democratic services to clear.</p>\n" +
              action_form(ctx, url, hash, "submit", "Submit the report");
  }
  if (s.stage == ReportStage::submitted && clerk) {
    p.body += "<h2 class=\"govuk-heading-m\">Clear the report</h2>\n" +
              action_form(ctx, url, hash, "clear", "Clear the report",
                          plain_field("legal", "Legal officer", "Who signed the report off for legal services", legal, true, errors) +
                              plain_field("finance", "Finance officer", "Who signed the report off for finance", finance, true, errors));
  }
  if (s.stage == ReportStage::cleared && clerk) p.body += action_form(ctx, url, hash, "publish", "Mark the report published");
  if (s.stage != ReportStage::draft && clerk) p.body += action_form(ctx, url, hash, "draft", "Return the report to draft", "", "warning");
  if (!may_edit) p.body += "<p class=\"govuk-body\">Only the report's author and democratic services can change its status.</p>\n";
  return app.page(std::move(p), code);
}

Response show(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such report in this workspace.");
  return status_page(app, ctx, *f, {}, "", "", 200);
}

Response change(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such report in this workspace.");
  const Request& r = ctx.request;
  const auto action = stage_action(r.field("action"));
  if (!action) return app.problem(400, "The status was not changed", "docket does not know that change of status.");
  const std::string relative = status_file(f->name);
  const std::string before = app.workspace().read_state(relative);
  const std::string refused = "The report's status was changed by someone else after you opened this page, so yours was not saved.";
  const std::string again = "Open the status page again to see the status now.";
  if ((before.empty() ? std::string() : content_hash(before)) != r.field("base")) return app.problem(409, "The status was not changed", refused, again);
  const ReportStatus from = read_status(before).value_or(ReportStatus{});
  const std::string legal(trim(r.field("legal"))), finance(trim(r.field("finance")));
  const StageChange c = change_stage(from, *action, ctx.who.has(Role::clerk), ctx.who.name, utc_now(), legal, finance);
  if (!c.status) {
    if (c.forbidden) throw Refused(c.refusal);
    FieldErrors errors;
    errors.emplace_back(c.refusal.find("legal") != std::string::npos ? "legal" : c.refusal.find("finance") != std::string::npos ? "finance" : "stage", c.refusal);
    return status_page(app, ctx, *f, errors, legal, finance, 400);
  }
  if (app.workspace().swap_state(relative, status_text(*c.status), r.field("base")) == SaveOutcome::conflict) {
    return app.problem(409, "The status was not changed", refused, again);
  }
  std::string detail = std::string(stage_name(from.stage)) + " → " + std::string(stage_name(c.status->stage));
  if (*action == StageAction::clear) detail += " (legal: " + legal + "; finance: " + finance + ")";
  app.record(ctx, f->kind, f->name, "status", detail);
  return Response::redirect(file_url(f->kind, f->name) + "/status?notice=changed");
}

}  // namespace

void add_status_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"reports", "{}", "status"}, Permission::read, show});
  routes.push_back({"POST", {"reports", "{}", "status"}, Permission::edit_report, change});
}

}  // namespace docket::serve
