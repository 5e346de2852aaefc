// A meeting's papers: an item's report as a finished paper, or an appendix with its access and
// Schedule 12A paragraph, uploaded (any type `pack` accepts, checked by the same readers
// `docket validate` uses before it takes its name in agendas/papers/MEETING/); and opening a
// paper, which only democratic services may do for a withheld one.
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

Response add_paper_page(App& app, Context& ctx) {
  auto f = open_file(app, ctx);
  if (!f) return app.problem(404, "Page not found", "There is no such meeting in this workspace.");
  const std::string base = file_url(f->kind, f->name) + "/meeting";
  const Request& r = ctx.request;
  const bool report = r.field("what") == "report";
  const std::string what = report ? "the paper" : "the appendix";
  if (f->hash != r.field("base") || !f->doc) {
    return app.problem(409, "Your change was not saved",
                       "This agenda was changed by someone else after you opened it, so " + what + " was not saved: saving it would have lost their change.",
                       "Open the meeting again to see the agenda as it is now, then make your change again.");
  }
  auto refuse = [&](const std::string& message, const std::string& hint = "Go back, correct it and upload the file again.") {
    return app.problem(400, report ? "The paper was not added" : "The appendix was not added", message, hint);
  };
  NewAppendix a{.label = std::string(trim(r.field("label"))), .title = std::string(trim(r.field("appendix-title")))};
  std::size_t index = 0;
  try {
    index = std::stoul(r.field("item"));
  } catch (const std::exception&) {
  }
  const Upload* file = r.upload("paper");
  if (!file || file->content.empty()) return refuse(report ? "Choose the file of the item's report." : "Choose the file of the appendix.");
  if (!report) {
    if (a.label.empty() || a.title.empty()) return refuse(a.label.empty() ? "Enter the appendix's label, for example A or 1." : "Enter the appendix's title.");
    if (const std::string problem = read_access(r, f->doc->root(), "", "the appendix", a.access); !problem.empty()) return refuse(problem);
  }

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
    return refuse("“" + file->filename + "” " + problem->reason + ".", problem->hint);
  }
  a.href = "papers/" + meeting + "/" + name;
  const std::string not_placed = report ? set_item_paper(f->doc->root(), index, a.href)
                                        : (add_appendix(f->doc->root(), index, a) ? "" : "Choose the item the appendix belongs to.");
  if (!not_placed.empty()) {
    std::filesystem::remove(held_path);
    return refuse(not_placed, report ? "Add the file as an appendix, or choose another item." : "Go back, correct it and upload the file again.");
  }
  if (app.workspace().add_paper(meeting, name, held_path) == SaveOutcome::conflict) {
    std::filesystem::remove(held_path);
    return app.problem(409, report ? "The paper was not added" : "The appendix was not added", "Another paper named “" + name + "” arrived at the same moment.", "Upload it again.");
  }
  const std::string detail = report ? "report of item " + meeting_items(f->doc->root()).at(index - 1).number : "appendix " + a.label;
  app.audit().append({.who = ctx.who.name, .what = "uploaded", .file = "agendas/papers/" + meeting + "/" + name,
                      .new_hash = audit_hash(file->content), .detail = detail});
  if (app.save(ctx, f->kind, f->name, to_text(f->doc->get()), f->hash, "saved", detail) == SaveOutcome::conflict) {
    return app.problem(409, "Your change was not saved",
                       "This agenda was changed by someone else while " + what + " was uploading, so it is not on the agenda. The file is kept in agendas/papers/" + meeting + "/" + name + ".",
                       "Open the meeting again and add it again.");
  }
  return Response::redirect(base + (report ? "?notice=paper" : "?notice=appendix"));
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

std::string access_fields(const Opened& f, const std::string& prefix, const std::string& whose) {
  const bool wales = xml::attribute(xml::child(f.doc->root(), "authority"), "jurisdiction").value_or("") == "wales";
  const std::string access = prefix + "access", paragraph = prefix + "paragraph", interest = prefix + "publicInterest";
  std::string out = plain_field(access, "Access", "Exempt and confidential papers are left out of the public pack", "open", true, {},
                                choice_of({{"open", ""}, {"exempt", ""}, {"confidential", ""}}));
  out += "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"" + paragraph + "\">Schedule 12A paragraph</label>"
         "<div class=\"govuk-hint\" id=\"" + paragraph + "-hint\">For " + esc(whose) + " when exempt: the description of the information it holds</div>"
         "<select class=\"govuk-select\" id=\"" + paragraph + "\" name=\"" + paragraph + "\" aria-describedby=\"" + paragraph + "-hint\"><option value=\"\">Not exempt</option>";
  for (int n = wales ? 12 : 1; n <= (wales ? 18 : 7); ++n) {
    out += "<option value=\"" + std::to_string(n) + "\">" + esc(std::to_string(n) + ". " + *papers::schedule_12a_description(n)) + "</option>";
  }
  out += "</select></div>\n<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"" + interest + "\">Public-interest statement</label>"
         "<div class=\"govuk-hint\" id=\"" + interest + "-hint\">For " + esc(whose) + " when exempt: why the public interest in keeping it private outweighs disclosing it</div>"
         "<textarea class=\"govuk-textarea\" id=\"" + interest + "\" name=\"" + interest + "\" rows=\"3\" aria-describedby=\"" + interest + "-hint\"></textarea></div>\n";
  return out;
}

std::string read_access(const Request& r, const xmlNode* agenda, const std::string& prefix, const std::string& whose, PaperAccess& out) {
  out.status = r.field(prefix + "access");
  if (out.status.empty()) out.status = "open";  // as the form offers it
  out.paragraph = r.field(prefix + "paragraph");
  out.public_interest = std::string(trim(r.field(prefix + "publicInterest")));
  if (out.status != "open" && out.status != "exempt" && out.status != "confidential") return "Choose whether " + whose + " is open, exempt or confidential.";
  if (out.status == "exempt") {
    int n = 0;
    try {
      n = std::stoi(out.paragraph);
    } catch (const std::exception&) {
    }
    if (!papers::schedule_12a_description(n)) return "Choose the paragraph of Schedule 12A that makes " + whose + " exempt.";
    if (out.public_interest.empty()) return "Enter the public-interest statement: why keeping the information private outweighs disclosing it.";
  } else {
    out.paragraph.clear();
  }
  out.jurisdiction = xml::attribute(xml::child(agenda, "authority"), "jurisdiction").value_or("");
  if (out.jurisdiction != "england" && out.jurisdiction != "wales") out.jurisdiction.clear();
  return {};
}

std::string paper_form(const Context& ctx, const Opened& f, const std::vector<MeetingItem>& items) {
  if (items.empty()) return {};
  std::string out = "<h2 class=\"govuk-heading-m\" id=\"papers\">Add a paper</h2>\n"
                    "<p class=\"govuk-body\">An item's report as a finished paper (one that was not written in docket), or an appendix.</p>\n"
                    "<form method=\"post\" enctype=\"multipart/form-data\" action=\"" + esc(file_url(f.kind, f.name) + "/meeting/appendix") +
                    "\" novalidate>" + csrf_field(ctx) + hidden("base", f.hash);
  out += "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"item\">Item</label><select class=\"govuk-select\" id=\"item\" name=\"item\">";
  for (std::size_t i = 0; i < items.size(); ++i) out += "<option value=\"" + std::to_string(i + 1) + "\">" + esc(items[i].number + " " + items[i].title) + "</option>";
  out += "</select></div>\n"
         "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">What the file is</legend>\n"
         "<div class=\"govuk-radios govuk-radios--small\" data-module=\"govuk-radios\">"
         "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"what\" name=\"what\" type=\"radio\" value=\"appendix\" checked>"
         "<label class=\"govuk-label govuk-radios__label\" for=\"what\">An appendix</label></div>"
         "<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"what-2\" name=\"what\" type=\"radio\" value=\"report\" aria-describedby=\"what-2-hint\">"
         "<label class=\"govuk-label govuk-radios__label\" for=\"what-2\">The item's report, as a finished paper</label>"
         "<div id=\"what-2-hint\" class=\"govuk-hint govuk-radios__hint\">Its access is the item's; the item is no longer “to follow”</div></div>"
         "</div></fieldset></div>\n";
  out += plain_field("label", "Appendix label", "For an appendix: as the report names it, for example A or 1", "", false, {});
  out += plain_field("appendix-title", "Appendix title", "For an appendix", "", false, {});
  out += access_fields(f, "", "an appendix");
  out += "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"paper\">File</label>"
         "<div class=\"govuk-hint\" id=\"paper-hint\">Word (DOCX, DOC), PDF, OpenDocument (ODT, ODS), RTF, Excel (XLSX), PowerPoint (PPTX), PNG or JPEG</div>"
         "<input class=\"govuk-file-upload\" id=\"paper\" name=\"paper\" type=\"file\" aria-describedby=\"paper-hint\" "
         "accept=\".docx,.pdf,.doc,.odt,.rtf,.xlsx,.ods,.pptx,.png,.jpg,.jpeg\"></div>\n";
  return out + button("Upload the paper") + "</form>\n";
}

void add_meeting_paper_routes(std::vector<App::Route>& routes) {
  routes.push_back({"POST", {"agendas", "{}", "meeting", "appendix"}, Permission::edit_agenda, add_paper_page});
  routes.push_back({"GET", {"agendas", "{}", "papers", "{}"}, Permission::read, open_paper});
}

}  // namespace docket::serve
