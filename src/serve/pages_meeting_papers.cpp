// A meeting's papers: an appendix uploaded to an item (any type `pack` accepts, checked by
// the same readers `docket validate` uses before it takes its name in agendas/papers/MEETING/), with
// its access and Schedule 12A paragraph; and opening a paper, which only democratic services
// may do for a withheld one.
#include <filesystem>

#include "data/paper_file.hpp"
#include "papers/schedule12a.hpp"
#include "serve/data_text.hpp"
#include "serve/meeting.hpp"
#include "serve/pages.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve {

namespace {

std::string stem_of(const std::string& agenda) { return agenda.substr(0, agenda.size() - 4); }

form::ValueType choice_of(std::vector<form::Choice> c) {
  form::ValueType t;
  t.kind = form::ValueKind::choice;
  t.choices = std::move(c);
  return t;
}

Response not_added(App& app, const std::string& message, const std::string& hint = "Go back, correct it and upload the file again.") {
  return app.problem(400, "The appendix was not added", message, hint);
}

Response add_appendix_page(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such meeting in this workspace.");
  const std::string base = file_url(f->kind, f->name) + "/meeting";
  if (f->hash != ctx.request.field("base") || !f->doc) {
    return app.problem(409, "Your change was not saved",
                       "This agenda was changed by someone else after you opened it, so the appendix was not saved: saving it would have lost their change.",
                       "Open the meeting again to see the agenda as it is now, then make your change again.");
  }
  const Request& r = ctx.request;
  NewAppendix a{.label = std::string(trim(r.field("label"))), .title = std::string(trim(r.field("title"))), .access = r.field("access"),
                .paragraph = r.field("paragraph"), .public_interest = std::string(trim(r.field("publicInterest")))};
  std::size_t index = 0;
  try {
    index = std::stoul(r.field("item"));
  } catch (const std::exception&) {
  }
  const Upload* file = r.upload("paper");
  if (!file || file->content.empty()) return not_added(app, "Choose the file of the appendix.");
  if (a.label.empty() || a.title.empty()) return not_added(app, a.label.empty() ? "Enter the appendix's label, for example A or 1." : "Enter the appendix's title.");
  if (a.access != "open" && a.access != "exempt" && a.access != "confidential") return not_added(app, "Choose whether the appendix is open, exempt or confidential.");
  if (a.access == "exempt") {
    int n = 0;
    try {
      n = std::stoi(a.paragraph);
    } catch (const std::exception&) {
    }
    if (!papers::schedule_12a_description(n)) return not_added(app, "Choose the paragraph of Schedule 12A that makes the appendix exempt.");
    if (a.public_interest.empty()) return not_added(app, "Enter the public-interest statement: why keeping the information private outweighs disclosing it.");
  } else {
    a.paragraph.clear();
  }
  a.jurisdiction = xml::attribute(xml::child(f->doc->root(), "authority"), "jurisdiction").value_or("");
  if (a.jurisdiction != "england" && a.jurisdiction != "wales") a.jurisdiction.clear();

  const std::string meeting = stem_of(f->name);
  const std::string name = app.workspace().new_paper_name(meeting, file->filename);
  app.workspace().paper_file(meeting, name);  // refuses a type pack does not take
  const std::string ext = name.substr(name.rfind('.'));
  const std::string held = "uploads/" + content_hash(file->content) + ext;
  app.workspace().write_state(held, file->content);
  const std::filesystem::path held_path = app.workspace().state_file(held);
  std::optional<data::PaperProblem> problem;
  try {
    problem = data::check_paper(held_path);
  } catch (const Error&) {
    std::filesystem::remove(held_path);
    throw;
  }
  if (problem && !problem->warning) {
    std::filesystem::remove(held_path);
    return not_added(app, "“" + file->filename + "” " + problem->reason + ".", problem->hint);
  }
  a.href = "papers/" + meeting + "/" + name;
  if (!add_appendix(f->doc->root(), index, a)) {
    std::filesystem::remove(held_path);
    return not_added(app, "Choose the item the appendix belongs to.");
  }
  if (app.workspace().add_paper(meeting, name, held_path) == SaveOutcome::conflict) {
    std::filesystem::remove(held_path);
    return app.problem(409, "The appendix was not added", "Another paper named “" + name + "” arrived at the same moment.", "Upload it again.");
  }
  app.audit().append({.who = ctx.who.name, .what = "uploaded", .file = "agendas/papers/" + meeting + "/" + name,
                      .new_hash = audit_hash(file->content), .detail = "appendix " + a.label});
  if (app.save(ctx, f->kind, f->name, to_text(f->doc->get()), f->hash, "saved", "appendix " + a.label) == SaveOutcome::conflict) {
    return app.problem(409, "Your change was not saved",
                       "This agenda was changed by someone else while the appendix was uploading, so it is not on the agenda. The file is kept in agendas/papers/" + meeting + "/" + name + ".",
                       "Open the meeting again and add the appendix again.");
  }
  return Response::redirect(base + "?notice=appendix");
}

Response open_paper(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f || !f->doc) return app.problem(404, "Page not found", "There is no such meeting in this workspace.");
  const std::string meeting = stem_of(f->name), name = ctx.params.at(1);
  const std::filesystem::path path = app.workspace().paper_file(meeting, name);
  std::error_code ec;
  if (!ctx.who.has(Role::clerk) && paper_withheld(f->doc->root(), "papers/" + meeting + "/" + name)) {
    throw Refused("This paper is not for publication: only democratic services can open it.");
  }
  if (!std::filesystem::is_regular_file(path, ec)) return app.problem(404, "Page not found", "There is no such paper for this meeting.");
  return Response::file(read_file(path, 64u << 20), "application/octet-stream", name);
}

}  // namespace

std::string appendix_form(const Context& ctx, const Opened& f, const std::vector<MeetingItem>& items) {
  if (items.empty()) return {};
  std::vector<form::Choice> item_choices, paragraphs;
  for (std::size_t i = 0; i < items.size(); ++i) item_choices.push_back({std::to_string(i + 1), items[i].number + " " + items[i].title});
  const bool wales = xml::attribute(xml::child(f.doc->root(), "authority"), "jurisdiction").value_or("") == "wales";
  for (int n = wales ? 12 : 1; n <= (wales ? 18 : 7); ++n) paragraphs.push_back({std::to_string(n), *papers::schedule_12a_description(n)});
  std::string out = "<h2 class=\"govuk-heading-m\" id=\"appendix\">Add an appendix</h2>\n<form method=\"post\" enctype=\"multipart/form-data\" action=\"" +
                    esc(file_url(f.kind, f.name) + "/meeting/appendix") + "\" novalidate>" + csrf_field(ctx) + hidden("base", f.hash);
  out += "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"item\">Item</label><select class=\"govuk-select\" id=\"item\" name=\"item\">";
  for (const auto& c : item_choices) out += "<option value=\"" + esc(c.value) + "\">" + esc(c.doc) + "</option>";
  out += "</select></div>\n";
  out += plain_field("label", "Label", "As the report names it, for example A or 1", "", true, {});
  out += plain_field("title", "Appendix title", "", "", true, {});
  out += plain_field("access", "Access", "Exempt and confidential appendices are left out of the public pack", "open", true, {},
                     choice_of({{"open", ""}, {"exempt", ""}, {"confidential", ""}}));
  out += "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"paragraph\">Schedule 12A paragraph</label>"
         "<div class=\"govuk-hint\" id=\"paragraph-hint\">For an exempt appendix: the description of the information it holds</div>"
         "<select class=\"govuk-select\" id=\"paragraph\" name=\"paragraph\" aria-describedby=\"paragraph-hint\"><option value=\"\">Not exempt</option>";
  for (const auto& c : paragraphs) out += "<option value=\"" + esc(c.value) + "\">" + esc(c.value + ". " + c.doc) + "</option>";
  out += "</select></div>\n<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"publicInterest\">Public-interest statement</label>"
         "<div class=\"govuk-hint\" id=\"publicInterest-hint\">For an exempt appendix: why the public interest in keeping it private outweighs disclosing it</div>"
         "<textarea class=\"govuk-textarea\" id=\"publicInterest\" name=\"publicInterest\" rows=\"3\" aria-describedby=\"publicInterest-hint\"></textarea></div>\n"
         "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"paper\">File</label>"
         "<div class=\"govuk-hint\" id=\"paper-hint\">Word (DOCX, DOC), PDF, OpenDocument (ODT, ODS), RTF, Excel (XLSX), PowerPoint (PPTX), PNG or JPEG</div>"
         "<input class=\"govuk-file-upload\" id=\"paper\" name=\"paper\" type=\"file\" aria-describedby=\"paper-hint\" "
         "accept=\".docx,.pdf,.doc,.odt,.rtf,.xlsx,.ods,.pptx,.png,.jpg,.jpeg\"></div>\n";
  return out + button("Upload the appendix") + "</form>\n";
}

void add_meeting_paper_routes(std::vector<App::Route>& routes) {
  routes.push_back({"POST", {"agendas", "{}", "meeting", "appendix"}, Permission::edit_agenda, add_appendix_page});
  routes.push_back({"GET", {"agendas", "{}", "papers", "{}"}, Permission::read, open_paper});
}

}  // namespace docket::serve
