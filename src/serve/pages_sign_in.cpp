// Signing in and out, when docket serve has accounts. The App asks the Gate to check the
// password and open a session, and sets the cookie; this page only asks and answers.
#include "serve/pages.hpp"

namespace docket::serve {

namespace {

// Only paths on this server: "/reports/x", never "//elsewhere" or "https://…".
std::string safe_next(const std::string& next) {
  if (next.size() < 1 || next[0] != '/' || (next.size() > 1 && (next[1] == '/' || next[1] == '\\'))) return "/";
  return next;
}

Response form(App& app, Context& ctx, const std::string& error, int status) {
  Page p{.title = "Sign in"};
  const std::string name = ctx.request.field("name");
  if (!error.empty()) {
    p.has_errors = true;
    p.body += error_summary({{error, "#name"}});
  }
  p.body += "<h1 class=\"govuk-heading-l\">Sign in</h1>\n"
            "<form method=\"post\" action=\"/sign-in\" novalidate>" + csrf_field(ctx) +
            hidden("next", safe_next(ctx.request.param("next").empty() ? ctx.request.field("next") : ctx.request.param("next"))) +
            "<div class=\"govuk-form-group" + std::string(error.empty() ? "" : " govuk-form-group--error") + "\">"
            "<label class=\"govuk-label\" for=\"name\">Name</label>" +
            (error.empty() ? "" : "<p id=\"name-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> " + esc(error) + "</p>") +
            "<input class=\"govuk-input govuk-!-width-one-half\" id=\"name\" name=\"name\" type=\"text\" autocomplete=\"username\" spellcheck=\"false\" value=\"" +
            esc(name) + "\"" + (error.empty() ? "" : " aria-describedby=\"name-error\"") + "></div>"
            "<div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"password\">Password</label>"
            "<input class=\"govuk-input govuk-!-width-one-half\" id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"></div>" +
            button("Sign in") + "</form>\n";
  if (!app.gate().has_sign_in()) {
    p.body = "<h1 class=\"govuk-heading-l\">Sign in</h1>\n<p class=\"govuk-body\">This docket has no accounts: there is nothing to sign in to.</p>\n"
             "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to the list of reports</a></p>\n";
  }
  return app.page(std::move(p), status);
}

Response show(App& app, Context& ctx) { return form(app, ctx, "", 200); }

Response receive(App& app, Context& ctx) {
  if (!app.gate().has_sign_in()) return form(app, ctx, "", 404);
  Response r = Response::redirect(safe_next(ctx.request.field("next")));
  switch (app.sign_in(ctx, ctx.request.field("name"), ctx.request.field("password"), r)) {
    case SignIn::signed_in: return r;
    case SignIn::wrong: return form(app, ctx, "The name or the password is not right", 401);
    case SignIn::throttled:
      return form(app, ctx, "There have been too many attempts to sign in. Wait 15 minutes and try again", 429);
  }
  return form(app, ctx, "The name or the password is not right", 401);
}

Response confirm_sign_out(App& app, Context& ctx) {
  Page p{.title = "Sign out"};
  p.body = "<h1 class=\"govuk-heading-l\">Sign out</h1>\n<p class=\"govuk-body\">Signed in as " + esc(ctx.who.name) + ".</p>\n"
           "<form method=\"post\" action=\"/sign-out\" novalidate>" + csrf_field(ctx) + button("Sign out") + "</form>\n";
  return app.page(std::move(p));
}

Response sign_out(App& app, Context& ctx) {
  Response r = Response::redirect("/sign-in");
  app.sign_out(ctx, r);
  return r;
}

}  // namespace

void add_sign_in_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"sign-in"}, Permission::open, show});
  routes.push_back({"POST", {"sign-in"}, Permission::open, receive});
  routes.push_back({"GET", {"sign-out"}, Permission::read, confirm_sign_out});
  routes.push_back({"POST", {"sign-out"}, Permission::read, sign_out});
}

}  // namespace docket::serve
