// The workspace home (every report and agenda with its status), uploading a data file, and
// starting a new report.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

#include "serve/csv.hpp"
#include "serve/data_text.hpp"
#include "serve/form_apply.hpp"
#include "serve/form_dom.hpp"
#include "serve/form_fields.hpp"
#include "serve/pages.hpp"
#include "support/error.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve {

namespace {

std::string changed_words(std::filesystem::file_time_type t) {
  const auto sys = std::chrono::file_clock::to_sys(t);
  const std::time_t tt = std::chrono::system_clock::to_time_t(sys);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  char hm[16];
  std::strftime(hm, sizeof hm, "%H:%M", &tm);
  return date_words(buf) + " " + hm + " UTC";
}

std::string status_tag(const Diagnostics& d) {
  if (d.has_errors()) {
    return "<strong class=\"govuk-tag govuk-tag--red\">" + std::to_string(d.error_count()) +
           (d.error_count() == 1 ? " problem" : " problems") + "</strong>";
  }
  if (d.warning_count() > 0) {
    return "<strong class=\"govuk-tag govuk-tag--yellow\">Valid, " + std::to_string(d.warning_count()) +
           (d.warning_count() == 1 ? " warning" : " warnings") + "</strong>";
  }
  return "<strong class=\"govuk-tag govuk-tag--green\">Valid</strong>";
}

std::string file_table(App& app, FileKind kind) {
  const auto files = app.workspace().list(kind);
  const char* noun = kind == FileKind::report ? "reports" : "agendas";
  if (files.empty()) return "<p class=\"govuk-body\">There are no " + std::string(noun) + " yet.</p>\n";
  std::string out = "<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-visually-hidden\">" +
                    std::string(noun) + "</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
                    "<th scope=\"col\" class=\"govuk-table__header\">" +
                    std::string(kind == FileKind::report ? "Report" : "Agenda") +
                    "</th><th scope=\"col\" class=\"govuk-table__header\">Meeting</th>"
                    "<th scope=\"col\" class=\"govuk-table__header\">Status</th>"
                    "<th scope=\"col\" class=\"govuk-table__header\">Last changed</th></tr></thead><tbody class=\"govuk-table__body\">\n";
  for (const auto& f : files) {
    Opened o;
    o.kind = kind;
    o.name = f.name;
    std::string status, meeting;
    try {
      o.text = app.workspace().read(kind, f.name);
      o.doc = parse_data(o.text, f.name, o.parse_problems);
      status = o.doc ? status_tag(app.check(kind, f.name, o.text))
                     : "<strong class=\"govuk-tag govuk-tag--red\">Cannot be read</strong>";
      if (o.doc) meeting = meeting_of(o.doc->root());
    } catch (const Error& e) {
      status = "<strong class=\"govuk-tag govuk-tag--red\">Cannot be read</strong>";
    }
    out += "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"" +
           esc(file_url(kind, f.name)) + "\">" + esc(title_of(o)) + "</a><br><span class=\"govuk-hint dk-file\">" +
           esc(f.name) + "</span></td><td class=\"govuk-table__cell\">" + esc(meeting) +
           "</td><td class=\"govuk-table__cell\">" + status + "</td><td class=\"govuk-table__cell\">" +
           esc(changed_words(f.changed)) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

Response home(App& app, Context& ctx, const std::string& upload_error = {}) {
  Page p{.title = "Committee reports"};
  if (!upload_error.empty()) {
    p.has_errors = true;
    p.body += error_summary({{upload_error, "#file"}});
  }
  p.body += "<h1 class=\"govuk-heading-xl\">Committee reports</h1>\n";
  const std::string notice = ctx.request.param("notice");
  if (notice == "uploaded") p.body += notification("The file was uploaded", "", true);
  p.body += "<a href=\"/reports/new\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--start\" data-module=\"govuk-button\">Start a new report</a>\n";
  p.body += "<h2 class=\"govuk-heading-l\">Reports</h2>\n" + file_table(app, FileKind::report);
  p.body += "<h2 class=\"govuk-heading-l\">Agendas</h2>\n" + file_table(app, FileKind::agenda);
  if (app.gate().allows(ctx.who, Permission::edit_agenda, {})) {
    p.body += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/meetings/new\">Set up a new meeting</a></p>\n";
  }
  p.body += "<h2 class=\"govuk-heading-l\">Open a data file you already have</h2>\n"
            "<form method=\"post\" enctype=\"multipart/form-data\" action=\"/upload\" novalidate>\n" + csrf_field(ctx) +
            "<div class=\"govuk-form-group" + std::string(upload_error.empty() ? "" : " govuk-form-group--error") + "\">"
            "<label class=\"govuk-label\" for=\"file\">Upload a report or agenda data file (.xml)</label>"
            "<div id=\"file-hint\" class=\"govuk-hint\">It is checked like any other file; nothing in it runs.</div>" +
            (upload_error.empty() ? std::string()
                                  : "<p id=\"file-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> " +
                                        esc(upload_error) + "</p>") +
            "<input class=\"govuk-file-upload\" id=\"file\" name=\"file\" type=\"file\" accept=\".xml\" aria-describedby=\"file-hint" +
            (upload_error.empty() ? "" : " file-error") + "\"></div>\n" + button("Upload", "", "", "secondary") + "</form>\n";
  return app.page(std::move(p), upload_error.empty() ? 200 : 400);
}

Response upload(App& app, Context& ctx) {
  const Upload* file = ctx.request.upload("file");
  if (file == nullptr || file->content.empty()) return home(app, ctx, "Select a data file to upload");
  Diagnostics diags;
  std::optional<xml::Document> doc;
  try {
    doc = parse_data(file->content, file->filename, diags);
  } catch (const UnsafeInput& e) {
    return home(app, ctx, "The file was refused: " + std::string(e.what()));
  }
  if (!doc) {
    return home(app, ctx, "The file is not a data file docket can read: " +
                              (diags.empty() ? std::string("it is not XML") : diags.items().front().message));
  }
  const std::string root(xml::local_name(doc->root()));
  if (root != "report" && root != "agenda") {
    return home(app, ctx, "The file holds <" + root + ">, not a committee report or an agenda");
  }
  const FileKind kind = root == "report" ? FileKind::report : FileKind::agenda;
  std::string stem = file->filename;
  if (const auto slash = stem.find_last_of("/\\"); slash != std::string::npos) stem = stem.substr(slash + 1);
  if (stem.size() > 4 && stem.substr(stem.size() - 4) == ".xml") stem.resize(stem.size() - 4);
  const std::string name = app.workspace().new_name(kind, stem);
  app.save(ctx, kind, name, file->content, "", "uploaded", file->filename);
  return Response::redirect(file_url(kind, name) + "?notice=uploaded");
}

// ----- new report ----------------------------------------------------------------------------

struct NewReport {
  std::string council, committee, day, month, year, title, post, name, templ;
};

Response new_report_page(App& app, Context& ctx, const NewReport& in, const std::vector<std::pair<std::string, std::string>>& errors) {
  Page p{.title = "Start a new report", .crumbs = {{"Committee reports", "/"}, {"New report", ""}}};
  p.has_errors = !errors.empty();
  p.body += field_error_summary(errors);
  p.body += "<h1 class=\"govuk-heading-l\">Start a new report</h1>\n"
            "<p class=\"govuk-body\">Tell us about the meeting and the report. You fill in the rest of the report on the next pages; everything can be changed later.</p>\n"
            "<form method=\"post\" action=\"/reports/new\" novalidate>\n" + csrf_field(ctx);
  auto text = [&](const char* id, const char* label, const char* hint, const std::string& value, bool required) {
    return plain_field(id, label, hint, value, required, errors);
  };
  p.body += text("council", "Council", "The council's full name, as it appears on its papers", in.council, true);
  p.body += text("committee", "Committee", "The committee, cabinet or board the report goes to", in.committee, true);
  {
    form::ValueType date;
    date.kind = form::ValueKind::date;
    const std::string value = in.year.empty() && in.month.empty() && in.day.empty() ? "" : in.year + "-" + in.month + "-" + in.day;
    p.body += plain_field("date", "Meeting date", "For example, 18 12 2023", value, true, errors, date);
  }
  p.body += text("title", "Report title", "In normal (mixed) case, for example “Performance report for quarter 2”", in.title, true);
  p.body += text("post", "Author's job title", "The post the report is from, for example “Chief Executive”", in.post, true);
  p.body += text("name", "Author's name", "Optional", in.name, false);
  {
    form::FieldInfo f{.id = "template", .key = "template", .label = "Template", .hint = "The Word template the report is printed with", .required = true};
    form::ValueType choice;
    choice.kind = form::ValueKind::choice;
    for (const auto& t : app.workspace().template_names()) choice.choices.push_back({t, ""});
    p.body += form::value_field(f, choice, in.templ.empty() ? "house" : in.templ);
  }
  p.body += button("Create the report") + "\n</form>\n";
  return app.page(std::move(p), errors.empty() ? 200 : 400);
}

Response new_report_form(App& app, Context& ctx) {
  NewReport in;
  const std::string c = app.council();
  if (c != "docket") in.council = c;
  return new_report_page(app, ctx, in, {});
}

Response create_report(App& app, Context& ctx) {
  const Request& r = ctx.request;
  NewReport in{std::string(trim(r.field("council"))), std::string(trim(r.field("committee"))), r.field("date:day"),
               r.field("date:month"), r.field("date:year"), std::string(trim(r.field("title"))),
               std::string(trim(r.field("post"))), std::string(trim(r.field("name"))), r.field("template")};
  std::vector<std::pair<std::string, std::string>> errors;
  if (in.council.empty()) errors.emplace_back("council", "Enter the council's name");
  if (in.committee.empty()) errors.emplace_back("committee", "Enter the committee");
  const std::string date = form::date_value(in.day, in.month, in.year, false);
  std::string why;
  if (date.empty()) errors.emplace_back("date-day", "Enter the meeting date");
  else if (!csv::date(date, why)) errors.emplace_back("date-day", "Meeting date must be a real date, for example 18 12 2023");
  if (in.title.empty()) errors.emplace_back("title", "Enter the report title");
  if (in.post.empty()) errors.emplace_back("post", "Enter the author's job title");
  const auto templates = app.workspace().template_names();
  if (in.templ.empty()) in.templ = "house";
  if (std::find(templates.begin(), templates.end(), in.templ) == templates.end()) errors.emplace_back("template", "Choose a template");
  if (!errors.empty()) return new_report_page(app, ctx, in, errors);

  const form::FormSchema& schema = app.form_schema(FileKind::report);
  const std::string name = app.workspace().new_name(FileKind::report, in.title);
  const std::string stem = name.substr(0, name.size() - 4);
  xml::DocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
  xmlNode* root = xmlNewDocNode(doc.get(), nullptr, reinterpret_cast<const xmlChar*>("report"), nullptr);
  xmlDocSetRootElement(doc.get(), root);
  xmlSetNs(root, xmlNewNs(root, reinterpret_cast<const xmlChar*>(schema.target_namespace().c_str()), nullptr));
  form::fill_required(root, *schema.root("report"));
  std::multimap<std::string, std::string> fields = {
      {"/report[1]/@id", stem},
      {"/report[1]/meta[1]/authority[1]", in.council},
      {"/report[1]/meta[1]/meeting[1]/body[1]", in.committee},
      {"/report[1]/meta[1]/meeting[1]/date[1]", date},
      {"/report[1]/meta[1]/title[1]", in.title},
      {"/report[1]/meta[1]/reportOf[1]/post[1]", in.post},
      {"/report[1]/meta[1]/access[1]/@status", "open"},
  };
  if (!in.name.empty()) fields.emplace("/report[1]/meta[1]/reportOf[1]/name[1]", in.name);
  form::apply_form(schema, doc.get(), fields);
  const std::string text = to_text(doc.get());
  app.save(ctx, FileKind::report, name, text, "", "created");
  app.workspace().set_template_for(name, in.templ);
  return Response::redirect(file_url(FileKind::report, name) + "?notice=created");
}

}  // namespace

void add_home_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {}, Permission::read, [](App& a, Context& c) { return home(a, c); }});
  routes.push_back({"POST", {"upload"}, Permission::edit_report, upload});
  routes.push_back({"GET", {"reports", "new"}, Permission::edit_report, new_report_form});
  routes.push_back({"POST", {"reports", "new"}, Permission::edit_report, create_report});
}

}  // namespace docket::serve
