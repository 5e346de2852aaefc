// A new meeting: its details and membership, and the standing items in one step. Creates
// agendas/NAME.xml (a new file: compare-and-swap against "no file"), then opens the
// meeting's page.
#include "serve/csv.hpp"
#include "serve/form_fields.hpp"
#include "serve/meeting.hpp"
#include "serve/pages.hpp"
#include "support/text.hpp"

namespace docket::serve {

namespace {

struct NewMeeting {
  MeetingDetails m;
  std::string day, month, year, members;
  bool standing = true;
};

form::ValueType choices(std::vector<form::Choice> c) {
  form::ValueType t;
  t.kind = form::ValueKind::choice;
  t.choices = std::move(c);
  return t;
}

Response new_meeting_page(App& app, Context& ctx, const NewMeeting& in, const FieldErrors& errors) {
  Page p{.title = "Set up a new meeting", .crumbs = {{"Committee reports", "/"}, {"New meeting", ""}}};
  p.has_errors = !errors.empty();
  p.body += field_error_summary(errors);
  p.body += "<h1 class=\"govuk-heading-l\">Set up a new meeting</h1>\n"
            "<p class=\"govuk-body\">Tell us about the meeting. You add its items and papers on the meeting's page; everything can be changed later.</p>\n"
            "<form method=\"post\" action=\"/meetings/new\" novalidate>\n" + csrf_field(ctx);
  const auto& m = in.m;
  p.body += plain_field("council", "Council", "The council's full name, as it appears on its papers", m.council, true, errors);
  p.body += plain_field("jurisdiction", "Where the council is", "Sets the publication deadline: five clear working days in England, three in Wales",
                        m.jurisdiction, true, errors, choices({{"england", ""}, {"wales", ""}}));
  p.body += plain_field("committee", "Committee", "The committee, cabinet or board that meets, for example “Cabinet”", m.committee, true, errors);
  form::ValueType date;
  date.kind = form::ValueKind::date;
  const std::string value = in.year.empty() && in.month.empty() && in.day.empty() ? "" : in.year + "-" + in.month + "-" + in.day;
  p.body += plain_field("date", "Meeting date", "For example, 18 12 2023", value, true, errors, date);
  p.body += plain_field("time", "Start time", "Optional. On the 24-hour clock, for example 18:30", m.time, false, errors);
  p.body += plain_field("venue", "Venue", "For example “Council Chamber, Town Hall”", m.venue, true, errors);
  p.body += plain_field("contact", "Democratic services contact", "The name people should ask about the meeting", m.contact_name, true, errors);
  p.body += plain_field("email", "Contact's email address", "Optional", m.contact_email, false, errors);
  p.body += "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"members\">Membership</label>\n"
            "<div class=\"govuk-hint\" id=\"members-hint\">Optional. One member a line; add (chair) or (vice-chair) after a name, for example “Cllr A Smith (chair)”</div>\n"
            "<textarea class=\"govuk-textarea\" id=\"members\" name=\"members\" rows=\"6\" aria-describedby=\"members-hint\">" +
            esc(in.members) + "</textarea></div>\n";
  p.body += "<div class=\"govuk-form-group\"><fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Standing items</legend>\n"
            "<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">"
            "<input class=\"govuk-checkboxes__input\" id=\"standing\" name=\"standing\" type=\"checkbox\" value=\"yes\"" +
            std::string(in.standing ? " checked" : "") + " aria-describedby=\"standing-hint\"><label class=\"govuk-label govuk-checkboxes__label\" for=\"standing\">"
            "Start with the standing items</label><div id=\"standing-hint\" class=\"govuk-hint govuk-checkboxes__hint\">"
            "1 Apologies for absence, 2 Declarations of interest, 3 Minutes of the last meeting (to follow)</div></div></div></fieldset></div>\n";
  p.body += hidden("sent", "yes") + button("Create the meeting") + "\n</form>\n";
  return app.page(std::move(p), errors.empty() ? 200 : 400);
}

Response new_meeting_form(App& app, Context& ctx) {
  NewMeeting in;
  const std::string c = app.council();
  if (c != "docket") in.m.council = c;
  in.m.jurisdiction = "england";
  return new_meeting_page(app, ctx, in, {});
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= text.size()) {
    const auto end = std::min(text.find('\n', at), text.size());
    const std::string line(trim(std::string_view(text).substr(at, end - at)));
    if (!line.empty()) out.push_back(line);
    at = end + 1;
  }
  return out;
}

bool clock_time(const std::string& t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) && std::isdigit(static_cast<unsigned char>(t[1])) &&
         std::isdigit(static_cast<unsigned char>(t[3])) && std::isdigit(static_cast<unsigned char>(t[4])) &&
         std::stoi(t.substr(0, 2)) < 24 && std::stoi(t.substr(3)) < 60;
}

Response create_meeting(App& app, Context& ctx) {
  const Request& r = ctx.request;
  NewMeeting in;
  auto field = [&](const char* name) { return std::string(trim(r.field(name))); };
  in.m = {.council = field("council"), .jurisdiction = field("jurisdiction"), .committee = field("committee"),
          .time = field("time"), .venue = field("venue"), .contact_name = field("contact"), .contact_email = field("email")};
  in.day = r.field("date:day"), in.month = r.field("date:month"), in.year = r.field("date:year");
  in.members = r.field("members");
  in.standing = r.field("standing") == "yes";
  FieldErrors errors;
  if (in.m.council.empty()) errors.emplace_back("council", "Enter the council's name");
  if (in.m.jurisdiction != "england" && in.m.jurisdiction != "wales") errors.emplace_back("jurisdiction", "Choose England or Wales");
  if (in.m.committee.empty()) errors.emplace_back("committee", "Enter the committee");
  in.m.date = form::date_value(in.day, in.month, in.year, false);
  std::string why;
  if (in.m.date.empty()) errors.emplace_back("date-day", "Enter the meeting date");
  else if (!csv::date(in.m.date, why)) errors.emplace_back("date-day", "Meeting date must be a real date, for example 18 12 2023");
  if (!in.m.time.empty() && !clock_time(in.m.time)) errors.emplace_back("time", "Start time must be a time on the 24-hour clock, for example 18:30");
  if (in.m.venue.empty()) errors.emplace_back("venue", "Enter the venue");
  if (in.m.contact_name.empty()) errors.emplace_back("contact", "Enter the democratic services contact");
  if (!in.m.contact_email.empty() && in.m.contact_email.find('@') == std::string::npos) {
    errors.emplace_back("email", "Enter an email address in the correct format, like name@example.gov.uk");
  }
  in.m.members = lines_of(in.members);
  if (!errors.empty()) return new_meeting_page(app, ctx, in, errors);

  const std::string name = app.workspace().new_name(FileKind::agenda, in.m.committee + " " + in.m.date);
  const std::string text = new_agenda_text(in.m, "meeting-" + name.substr(0, name.size() - 4), in.standing);
  if (app.save(ctx, FileKind::agenda, name, text, "", "created", "meeting") == SaveOutcome::conflict) {
    return app.problem(409, "The meeting was not created", "Someone else created a meeting with the same name at the same moment.",
                       "Go back and create it again; it will get another name.");
  }
  return Response::redirect(file_url(FileKind::agenda, name) + "/meeting?notice=created");
}

}  // namespace

void add_meeting_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"meetings", "new"}, Permission::edit_agenda, new_meeting_form});
  routes.push_back({"POST", {"meetings", "new"}, Permission::edit_agenda, create_meeting});
}

}  // namespace docket::serve
