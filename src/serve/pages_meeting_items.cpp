// A meeting's page: the agenda's problems (as `docket validate` finds them), the publication
// deadline, every item with its report's status and what is missing or late, moving items
// up and down, adding items. Every change is a compare-and-swap save of the agenda: a clerk
// who opened the page before someone else changed the agenda is refused, never overwrites.
#include "data/bank_holidays.hpp"
#include "serve/data_text.hpp"
#include "serve/meeting.hpp"
#include "serve/pages.hpp"
#include "serve/report_status.hpp"
#include "support/text.hpp"

namespace docket::serve {

namespace {

const std::map<std::string, std::string>& notices() {
  static const std::map<std::string, std::string> n = {
      {"created", "The meeting was created. Add its items below."},
      {"moved", "The item was moved."},
      {"added", "The item was added."},
      {"appendix", "The appendix was uploaded."},
      {"paper", "The item's paper was uploaded."}};
  return n;
}

std::string tag(const std::string& colour, const std::string& words) {
  return "<strong class=\"govuk-tag govuk-tag--" + colour + "\">" + esc(words) + "</strong>";
}

ReportStatus status_of(App& app, const std::string& report) {
  return read_status(app.workspace().read_state(status_file(report))).value_or(ReportStatus{});
}

// The status cell: the report's stage, and what is missing or late.
std::string status_cell(App& app, const MeetingItem& item, const Deadline& deadline, const std::string& today) {
  if (item.to_follow) return tag("grey", "To follow");
  if (item.report.empty()) {
    if (!item.href.empty()) return tag("green", "Finished paper");
    return item.kind == "report" ? tag("red", "No report chosen") : std::string();
  }
  if (!app.workspace().exists(FileKind::report, item.report)) return tag("red", "Report missing");
  const ReportStatus s = status_of(app, item.report);
  if (s.stage == ReportStage::cleared || s.stage == ReportStage::published) {
    return tag("green", std::string(stage_label(s.stage)));
  }
  const std::string stage = tag(s.stage == ReportStage::draft ? "blue" : "yellow", std::string(stage_label(s.stage)));
  if (deadline.date.empty()) return stage;
  if (today > deadline.date) return stage + " " + tag("red", "Late") + "<br><span class=\"govuk-body-s\">Not cleared by " + esc(date_words(deadline.date)) + "</span>";
  return stage + "<br><span class=\"govuk-body-s\">Clear by " + esc(date_words(deadline.date)) + "</span>";
}

std::string move_button(const Context& ctx, const std::string& base, const std::string& hash, std::size_t index,
                        const std::string& direction, const std::string& number) {
  const std::string words = direction == "up" ? "Move up" : "Move down";
  return "<form method=\"post\" action=\"" + esc(base + "/move") + "\" class=\"dk-inline-form\">" + csrf_field(ctx) +
         hidden("base", hash) + hidden("item", std::to_string(index)) + hidden("direction", direction) +
         "<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-1\" data-module=\"govuk-button\">" + words +
         "<span class=\"govuk-visually-hidden\"> item " + esc(number) + "</span></button></form>";
}

std::string add_item_form(App& app, const Context& ctx, const Opened& f, const std::string& base) {
  form::ValueType kinds;
  kinds.kind = form::ValueKind::choice;
  for (const char* k : {"report", "verbal", "exclusion", "urgent", "public-questions", "petitions", "date-of-next", "other"}) kinds.choices.push_back({k, ""});
  form::ValueType reports;
  reports.kind = form::ValueKind::choice;
  for (const auto& r : app.workspace().list(FileKind::report)) reports.choices.push_back({r.name, ""});
  form::ValueType parts;
  parts.kind = form::ValueKind::choice;
  parts.choices = {{"I", ""}, {"II", ""}};
  std::string out = "<h2 class=\"govuk-heading-m\" id=\"add\">Add an item</h2>\n<form method=\"post\" action=\"" + esc(base + "/items") +
                    "\" novalidate>" + csrf_field(ctx) + hidden("base", f.hash);
  out += plain_field("title", "Title", "As it appears on the agenda, for example “Budget monitoring, quarter 2”", "", true, {});
  out += plain_field("kind", "Kind of item", "", "report", true, {}, kinds);
  out += plain_field("report", "Report", "A report in this workspace. Leave empty for an item without one, or whose report is a finished paper: upload it below once the item is added", "", false, {}, reports);
  out += plain_field("part", "Part", "Part II items are taken in private, after an exclusion item", "I", true, {}, parts);
  out += access_fields(f, "item-", "the item");
  out += "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes govuk-checkboxes--small\"><div class=\"govuk-checkboxes__item\">"
         "<input class=\"govuk-checkboxes__input\" id=\"toFollow\" name=\"toFollow\" type=\"checkbox\" value=\"true\">"
         "<label class=\"govuk-label govuk-checkboxes__label\" for=\"toFollow\">The papers are to follow</label></div></div></div>\n";
  return out + button("Add the item") + "</form>\n";
}

Response meeting_page(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such meeting in this workspace.");
  if (!f->doc) return Response::redirect(file_url(f->kind, f->name));  // the overview explains
  const xmlNode* root = f->doc->root();
  const std::string base = file_url(f->kind, f->name) + "/meeting";
  const std::string title = meeting_of(root);
  Page p{.title = title, .crumbs = {{"Committee reports", "/"}, {title, ""}}, .wide = true};
  const Diagnostics diags = app.check(f->kind, f->name, f->text);
  p.has_errors = diags.has_errors();
  if (auto it = notices().find(ctx.request.param("notice")); it != notices().end()) p.body += notification(it->second, "", true);
  p.body += file_problems_html(app, *f, diags);
  p.body += "<span class=\"govuk-caption-l\">Meeting</span>\n<h1 class=\"govuk-heading-l\">" + esc(title) + "</h1>\n";
  Diagnostics calendar_problems;
  const auto holidays = data::BankHolidays::load(data::BankHolidays::shipped_file(), app.schemas(), calendar_problems);
  const Deadline deadline = holidays ? publication_deadline(root, *holidays) : Deadline{};
  const std::string today = utc_now().substr(0, 10);
  p.body += deadline.date.empty()
                ? "<p class=\"govuk-body\" id=\"deadline\">The publication deadline cannot be counted: the meeting date is missing or outside the bank holiday calendar.</p>\n"
                : "<p class=\"govuk-body\" id=\"deadline\">Publish the papers by <strong>" + esc(date_words(deadline.date)) + "</strong>: " +
                      std::to_string(deadline.clear_days) + " clear working days before the meeting, as the law in " + deadline.where +
                      " requires (weekends and bank holidays do not count).</p>\n";
  const auto items = meeting_items(root);
  // Officers read a meeting's agenda; only those who may change it see the forms that do.
  const bool editor = app.gate().allows(ctx.who, Permission::edit_agenda, {});
  p.body += "<h2 class=\"govuk-heading-m\">Items</h2>\n";
  if (items.empty()) p.body += "<p class=\"govuk-body\">There are no items yet.</p>\n";
  else {
    p.body += "<table class=\"govuk-table\" id=\"items\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
              "<th scope=\"col\" class=\"govuk-table__header\">Item</th><th scope=\"col\" class=\"govuk-table__header\">Title</th>"
              "<th scope=\"col\" class=\"govuk-table__header\">Report</th><th scope=\"col\" class=\"govuk-table__header\">Status</th>" +
              std::string(editor ? "<th scope=\"col\" class=\"govuk-table__header\">Order</th>" : "") + "</tr></thead><tbody class=\"govuk-table__body\">\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& it = items[i];
      std::string report = it.report.empty() ? esc(it.href)
                                             : "<a class=\"govuk-link\" href=\"" + esc(file_url(FileKind::report, it.report)) + "\">" + esc(it.report) +
                                                   "</a> (<a class=\"govuk-link\" href=\"" + esc(file_url(FileKind::report, it.report)) +
                                                   "/status\">status<span class=\"govuk-visually-hidden\"> of " + esc(it.report) + "</span></a>)";
      p.body += "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">" + esc(it.number) + "</td><td class=\"govuk-table__cell\">" +
                (it.group.empty() ? "" : "<span class=\"govuk-caption-s\">" + esc(it.group) + "</span>") + esc(it.title) +
                (it.part == "II" ? " " + tag("purple", "Part II") : "") + "</td><td class=\"govuk-table__cell\">" + report +
                "</td><td class=\"govuk-table__cell\">" + status_cell(app, it, deadline, today) + "</td>";
      if (editor) {
        p.body += "<td class=\"govuk-table__cell\">" + (i > 0 ? move_button(ctx, base, f->hash, i + 1, "up", it.number) : "") +
                  (i + 1 < items.size() ? move_button(ctx, base, f->hash, i + 1, "down", it.number) : "") + "</td>";
      }
      p.body += "</tr>\n";
    }
    p.body += "</tbody></table>\n";
  }
  if (!editor) return app.page(std::move(p));
  p.body += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + esc(file_url(f->kind, f->name)) +
            "\">Edit the agenda in full</a>: the meeting's details, groups, which items an exclusion item applies to, presenters, wards, and everything else on the agenda. A supplementary agenda is a meeting of its own whose settings name the agenda it supplements.</p>\n";
  p.body += add_item_form(app, ctx, *f, base) + paper_form(ctx, *f, items);
  return app.page(std::move(p));
}

Response refused_change(App& app, const Opened& /*f*/, const std::string& what) {
  return app.problem(409, "Your change was not saved",
                     "This agenda was changed by someone else after you opened it, so " + what + " was not saved: saving it would have lost their change.",
                     "Open the meeting again to see the agenda as it is now, then make your change again.");
}

Response save_agenda(App& app, Context& ctx, const Opened& f, xml::Document& doc, const std::string& what, const std::string& notice) {
  const std::string text = to_text(doc.get());
  if (app.save(ctx, f.kind, f.name, text, ctx.request.field("base"), what, notice) == SaveOutcome::conflict) {
    return refused_change(app, f, notice == "moved" ? "the move" : "the new item");
  }
  return Response::redirect(file_url(f.kind, f.name) + "/meeting?notice=" + notice);
}

Response move(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such meeting in this workspace.");
  if (f->hash != ctx.request.field("base") || !f->doc) return refused_change(app, *f, "the move");
  const std::string direction = ctx.request.field("direction");
  std::size_t index = 0;
  try {
    index = std::stoul(ctx.request.field("item"));
  } catch (const std::exception&) {
  }
  if ((direction != "up" && direction != "down") || !move_item(f->doc->root(), index, direction == "up" ? -1 : 1)) {
    return app.problem(400, "That item cannot be moved", "The item is already at the " + std::string(direction == "up" ? "top" : "bottom") + " of its list, or there is no such item.",
                       "Open the meeting again and use the buttons beside the item.");
  }
  return save_agenda(app, ctx, *f, *f->doc, "saved", "moved");
}

Response add(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such meeting in this workspace.");
  if (f->hash != ctx.request.field("base") || !f->doc) return refused_change(app, *f, "the new item");
  const Request& r = ctx.request;
  NewItem item{.title = std::string(trim(r.field("title"))), .kind = r.field("kind"), .part = r.field("part"), .report = r.field("report")};
  item.to_follow = r.field("toFollow") == "true";
  if (item.title.empty()) return app.problem(400, "The item was not added", "Enter the item's title.", "Go back and fill in the title.");
  static const std::set<std::string> kinds = {"report", "verbal", "exclusion", "urgent", "public-questions", "petitions", "date-of-next", "other"};
  if (!kinds.count(item.kind)) return app.problem(400, "The item was not added", "Choose the kind of item from the list.");
  if (!item.report.empty() && !app.workspace().exists(FileKind::report, item.report)) {
    return app.problem(400, "The item was not added", "There is no report “" + item.report + "” in this workspace.", "Choose a report from the list.");
  }
  if (const std::string problem = read_access(r, f->doc->root(), "item-", "the item", item.access); !problem.empty()) {
    return app.problem(400, "The item was not added", problem, "Go back and correct it.");
  }
  add_item(f->doc->root(), item);
  return save_agenda(app, ctx, *f, *f->doc, "saved", "added");
}

}  // namespace

void add_meeting_item_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"agendas", "{}", "meeting"}, Permission::read, meeting_page});
  routes.push_back({"POST", {"agendas", "{}", "meeting", "move"}, Permission::edit_agenda, move});
  routes.push_back({"POST", {"agendas", "{}", "meeting", "items"}, Permission::edit_agenda, add});
}

}  // namespace docket::serve
