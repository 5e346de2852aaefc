// Roles: officers change only the reports they created and read the rest; clerks change
// reports and agendas; admins neither. Checked by the gate on every route, and again on the
// file actually written.
#include "accounts_test_support.hpp"

using namespace docket::serve;
using namespace docket::serve::test;

namespace {

Response as(Accounts& a, const std::string& session, const std::string& method, const std::string& path,
            std::vector<std::pair<std::string, std::string>> fields = {}, std::vector<Upload> files = {}) {
  Request r = remote(method, path, session);
  for (auto& [k, v] : fields) {
    if (k != "csrf") r.form.emplace(k, v);
  }
  r.files = std::move(files);
  return a.s->app->handle(r);
}

Response new_report(Accounts& a, const std::string& session, const std::string& title) {
  return as(a, session, "POST", "/reports/new",
            {{"council", "Anytown Borough Council"}, {"committee", "Cabinet"}, {"date:day", "18"}, {"date:month", "12"},
             {"date:year", "2023"}, {"title", title}, {"post", "Chief Executive"}, {"name", ""}, {"template", "house"}});
}

Response retitle(Accounts& a, const std::string& session, const std::string& report, const std::string& title) {
  const std::string url = "/reports/" + report + "/edit/meta";
  auto fields = form_values(as(a, session, "GET", url).body);
  std::erase_if(fields, [](const auto& f) { return f.first == "action"; });
  set(fields, "/report[1]/meta[1]/title[1]", title);
  return as(a, session, "POST", url, fields);
}

}  // namespace

TEST_CASE("An officer changes the reports they created, reads others', and cannot change them", "[serve]") {
  Accounts a("serve-roles-officer");
  const std::string olive = session_for(*a.s, "olive"), otto = session_for(*a.s, "otto");
  REQUIRE(new_report(a, olive, "Olive's report").status == 303);
  CHECK(a.s->app->owner_of(FileKind::report, "olive-s-report.xml") == "olive");
  CHECK(retitle(a, olive, "olive-s-report.xml", "Olive's own title").status == 303);
  CHECK(a.s->read("olive-s-report.xml").find("<title>Olive's own title</title>") != std::string::npos);

  const std::string before = a.s->read("olive-s-report.xml");
  CHECK(as(a, otto, "GET", "/reports/olive-s-report.xml").status == 200);
  const Response refused = retitle(a, otto, "olive-s-report.xml", "Otto was here");
  CHECK(refused.status == 403);
  CHECK(refused.body.find("Officers change only the reports they created; ask democratic services.") != std::string::npos);
  CHECK(as(a, otto, "POST", "/reports/olive-s-report.xml/template", {{"template", "house"}}).status == 403);
  CHECK(a.s->read("olive-s-report.xml") == before);

  // A clerk may change it; an admin may read it but not change it.
  CHECK(retitle(a, session_for(*a.s, "clara"), "olive-s-report.xml", "Cleared title").status == 303);
  CHECK(retitle(a, session_for(*a.s, "ada"), "olive-s-report.xml", "Admin's title").status == 403);
  CHECK(a.s->read("olive-s-report.xml").find("<title>Cleared title</title>") != std::string::npos);
}

TEST_CASE("A report put in the workspace by other means can be changed by clerks only", "[serve]") {
  Accounts a("serve-roles-unowned");
  a.s->add("fixtures/reports/s2-cambridgeshire-q4-2022-23.xml", FileKind::report, "r.xml");
  CHECK(retitle(a, session_for(*a.s, "olive"), "r.xml", "Mine now").status == 403);
  CHECK(retitle(a, session_for(*a.s, "clara"), "r.xml", "Clerk's").status == 303);
}

TEST_CASE("An officer cannot reach any route for agendas, accounts or templates, nor upload an agenda", "[serve]") {
  Accounts a("serve-roles-clerk-only");
  a.s->add("fixtures/agenda-pcc-cabinet-2023-12-18.xml", FileKind::agenda, "r.xml");
  const std::string before = a.s->read("r.xml", FileKind::agenda);
  const std::string olive = session_for(*a.s, "olive");
  int clerk_only = 0;
  for (const auto& route : a.s->app->routes()) {
    if (route.permission != Permission::edit_agenda && route.permission != Permission::manage_accounts &&
        route.permission != Permission::manage_templates) {
      continue;
    }
    ++clerk_only;
    std::string path;
    for (const auto& seg : route.pattern) path += "/" + (seg == "{}" ? std::string("r.xml") : seg);
    INFO(route.method << " " << path);
    const Response r = as(a, olive, route.method, path);
    CHECK(r.status == 403);
    CHECK(r.body.find("Your role does not allow this.") != std::string::npos);
  }
  CHECK(clerk_only >= 3);  // an agenda's edit, draft and restore, so far
  const Response upload = as(a, olive, "POST", "/upload", {},
                             {Upload{"file", "agenda.xml", "application/xml", before}});
  CHECK(upload.status == 403);
  CHECK(upload.body.find("Only democratic services can change agendas.") != std::string::npos);
  CHECK(a.s->app->workspace().list(FileKind::agenda).size() == 1);
  CHECK(a.s->read("r.xml", FileKind::agenda) == before);
}

TEST_CASE("The rule of roles, permission by permission", "[serve]") {
  const Identity officer{"olive", {Role::officer}}, clerk{"clara", {Role::clerk}}, admin{"ada", {Role::admin}};
  const Subject hers{"reports/a.xml", "olive"}, his{"reports/b.xml", "otto"}, nobody{"reports/c.xml", ""}, none{};
  CHECK(role_allows(officer, Permission::edit_report, hers));
  CHECK_FALSE(role_allows(officer, Permission::edit_report, his));
  CHECK_FALSE(role_allows(officer, Permission::edit_report, nobody));
  CHECK(role_allows(officer, Permission::edit_report, none));  // a new report
  CHECK(role_allows(clerk, Permission::edit_report, his));
  CHECK_FALSE(role_allows(admin, Permission::edit_report, none));
  for (Permission p : {Permission::edit_agenda, Permission::manage_accounts, Permission::manage_templates}) {
    CHECK_FALSE(role_allows(officer, p, none));
  }
  CHECK(role_allows(clerk, Permission::edit_agenda, none));
  CHECK_FALSE(role_allows(clerk, Permission::manage_accounts, none));
  CHECK(role_allows(admin, Permission::manage_accounts, none));
  CHECK(role_allows(admin, Permission::manage_templates, none));
  CHECK_FALSE(role_allows(Identity{}, Permission::read, none));
  CHECK(role_allows(Identity{}, Permission::open, none));
}
