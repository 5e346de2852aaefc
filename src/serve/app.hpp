#pragma once
// The editor as a function from requests to responses. It checks every request first —
// the Host header (against DNS rebinding), who is asking (the Gate), a CSRF token on every
// change, the size limits — then dispatches to a handler and adds the security headers.
// Safe to call from many threads at once: its state is the workspace on disk, read-only
// schema models, and small caches behind mutexes.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "data/validate.hpp"
#include "serve/audit.hpp"
#include "serve/form_schema.hpp"
#include "serve/html.hpp"
#include "serve/http.hpp"
#include "serve/identity.hpp"
#include "serve/jobs.hpp"
#include "serve/workspace.hpp"
#include "support/diagnostic.hpp"
#include "xml/schema.hpp"

namespace docket::serve {

struct ServeOptions {
  std::filesystem::path workspace = ".";
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_request_bytes = 20u << 20;  // uploads included
  std::size_t job_workers = 1;                // LibreOffice runs one at a time
  bool log_requests = false;                  // one line per request on standard error
  /// The address people open when docket is behind a reverse proxy or listens on all
  /// addresses ("https://papers.example.gov.uk"): its host is accepted in the Host header, its
  /// origin in Origin, and when it is https the session cookie is marked Secure.
  std::string public_url;
};

/// A change the person asking may not make (HTTP 403).
struct Refused : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// What a handler gets besides the request.
struct Context {
  const Request& request;
  Identity who;
  std::string csrf;                 // the token forms must send back
  std::vector<std::string> params;  // the route's {…} parts, decoded
};

class App {
 public:
  explicit App(ServeOptions options, std::unique_ptr<Gate> gate = std::make_unique<LoopbackGate>());
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  /// Answers one request; never throws.
  Response handle(const Request& request);

  const ServeOptions& options() const noexcept { return options_; }
  /// The port the server actually listens on (when it asked for any free one). Call before
  /// serving.
  void set_port(int port) noexcept { options_.port = port; }
  Workspace& workspace() noexcept { return workspace_; }
  Jobs& jobs() noexcept { return jobs_; }
  xml::SchemaCache& schemas() noexcept { return schemas_; }
  const form::FormSchema& form_schema(FileKind kind) const;
  data::ValidateOptions validate_options() const;

  /// Validation of a saved file's text, as `docket validate` reports it (cached by content).
  Diagnostics check(FileKind kind, const std::string& name, const std::string& text);
  /// The council's name for the header: the authority of the first report, else "docket".
  std::string council();
  /// Saves a workspace file as Workspace::save does, after asking the Gate whether the person
  /// may change that file (throws Refused), and records the change in the audit log; a new
  /// file is recorded as theirs. `what`: created, uploaded, saved, restored, imported…
  SaveOutcome save(const Context& ctx, FileKind kind, const std::string& name, std::string_view text,
                   std::string_view expected, const std::string& what, const std::string& detail = {});
  /// Records a change that is not a save of the file's text (a template chosen).
  void record(const Context& ctx, FileKind kind, const std::string& name, const std::string& what, const std::string& detail);
  /// The account that created a workspace file ("" when not known).
  std::string owner_of(FileKind kind, const std::string& name);
  AuditLog& audit() noexcept { return audit_; }
  Gate& gate() noexcept { return *gate_; }
  /// Signs in through the Gate; on success the response gets the session cookie.
  SignIn::Outcome sign_in(const Context& ctx, std::string_view name, std::string_view password, Response& response);
  /// Ends the session and clears its cookie.
  void sign_out(const Context& ctx, Response& response);

  /// A page in the house style.
  Response page(Page page, int status = 200);
  /// A page saying what went wrong, in words (4xx/5xx).
  Response problem(int status, const std::string& title, const std::string& message, const std::string& hint = {});

  struct Route {
    std::string method;
    std::vector<std::string> pattern;  // "{}" matches one segment
    Permission permission;
    std::function<Response(App&, Context&)> handler;
  };
  /// Every route, for the tests that check none is reachable without permission.
  const std::vector<Route>& routes() const noexcept { return routes_; }

 private:
  Response respond(const Request& request);
  Response refuse(const Request& request);
  std::string session_cookie(const std::string& value, bool clear) const;


  ServeOptions options_;
  std::unique_ptr<Gate> gate_;
  Workspace workspace_;
  xml::SchemaCache schemas_;
  std::shared_ptr<const form::FormSchema> report_schema_;
  std::shared_ptr<const form::FormSchema> agenda_schema_;
  std::vector<Route> routes_;
  std::mutex cache_mutex_;
  std::map<std::string, Diagnostics> checks_;  // "kind/name/hash" → diagnostics
  std::mutex owners_mutex_;                    // .docket/owners.json, read-modify-write
  AuditLog audit_;
  Jobs jobs_;
};

// Route tables, one per group of pages (each in its own file).
void add_home_routes(std::vector<App::Route>& routes);
void add_report_routes(std::vector<App::Route>& routes);
void add_history_routes(std::vector<App::Route>& routes);
void add_import_routes(std::vector<App::Route>& routes);
void add_preview_routes(std::vector<App::Route>& routes);
void add_asset_routes(std::vector<App::Route>& routes);
void add_sign_in_routes(std::vector<App::Route>& routes);
void add_audit_routes(std::vector<App::Route>& routes);
void add_meeting_routes(std::vector<App::Route>& routes);
void add_meeting_item_routes(std::vector<App::Route>& routes);
void add_status_routes(std::vector<App::Route>& routes);
void add_meeting_paper_routes(std::vector<App::Route>& routes);
void add_pack_routes(std::vector<App::Route>& routes);

}  // namespace docket::serve
