// The front end's files: GOV.UK Frontend's styles and script (made into web/dist by
// scripts/web.sh from the npm package) and docket's own (web/app). Only named files are
// served, never a listing, and none from outside these folders.
#include <map>

#include "serve/app.hpp"
#include "support/error.hpp"
#include "support/files.hpp"

namespace docket::serve {

namespace {

struct Asset {
  const char* folder;  // under data_dir()/web
  const char* type;
};

const std::map<std::string, Asset>& assets() {
  static const std::map<std::string, Asset> a = {
      {"govuk/govuk-frontend.min.css", {"dist", "text/css; charset=utf-8"}},
      {"govuk/govuk-frontend.min.js", {"dist", "text/javascript; charset=utf-8"}},
      {"app/docket.css", {"app", "text/css; charset=utf-8"}},
      {"app/docket.js", {"app", "text/javascript; charset=utf-8"}},
      {"app/rich-text.js", {"app", "text/javascript; charset=utf-8"}},
      {"app/live.js", {"app", "text/javascript; charset=utf-8"}},
  };
  return a;
}

Response asset(App& app, Context& ctx) {
  const std::string name = ctx.params.at(0) + "/" + ctx.params.at(1);
  auto it = assets().find(name);
  if (it == assets().end()) return app.problem(404, "Page not found", "There is no such file.");
  const std::string file = std::string(it->second.folder) + "/" + (it->second.folder == std::string("dist") ? name : ctx.params.at(1));
  Response r;
  try {
    r = Response::file(read_file(data_dir() / "web" / file, 8u << 20), it->second.type);
  } catch (const Error&) {
    return app.problem(500, "The editor's files are missing", "docket was installed without its web files.",
                       "Run scripts/web.sh (it installs GOV.UK Frontend with npm) and start docket serve again.");
  }
  r.set_header("Cache-Control", "no-cache");
  return r;
}

}  // namespace

void add_asset_routes(std::vector<App::Route>& routes) {
  routes.push_back({"GET", {"assets", "{}", "{}"}, Permission::open, asset});  // the sign-in page's styles
}

}  // namespace docket::serve
