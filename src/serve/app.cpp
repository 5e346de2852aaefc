#include "serve/app.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

#include "data/data_source.hpp"
#include "serve/accounts.hpp"
#include "serve/data_text.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve {

namespace {

constexpr const char* kCsrfCookie = "docket_csrf";
constexpr std::size_t kChecksKept = 1000;

bool same_token(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> out;
  std::size_t pos = 1;
  while (pos <= path.size()) {
    std::size_t end = path.find('/', pos);
    if (end == std::string::npos) end = path.size();
    out.push_back(path.substr(pos, end - pos));
    pos = end + 1;
  }
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

void secure(Response& r) {
  r.set_header("Content-Security-Policy",
               "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
               "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  r.set_header("X-Content-Type-Options", "nosniff");
  r.set_header("X-Frame-Options", "DENY");
  r.set_header("Referrer-Policy", "same-origin");
  r.set_header("Cross-Origin-Opener-Policy", "same-origin");
  r.set_header("Cross-Origin-Resource-Policy", "same-origin");
  if (r.header("Cache-Control").empty()) r.set_header("Cache-Control", "no-store");
}

}  // namespace

App::App(ServeOptions options, std::unique_ptr<Gate> gate)
    : options_(std::move(options)),
      gate_(std::move(gate)),
      workspace_(options_.workspace),
      report_schema_(form::FormSchema::load(data_dir() / "schemas" / "committee-report.xsd")),
      agenda_schema_(form::FormSchema::load(data_dir() / "schemas" / "agenda.xsd")),
      audit_(workspace_.state_file("audit.log")),
      jobs_(options_.job_workers) {
  add_sign_in_routes(routes_);
  add_audit_routes(routes_);
  add_home_routes(routes_);
  add_report_routes(routes_);
  add_history_routes(routes_);
  add_import_routes(routes_);
  add_preview_routes(routes_);
  add_pack_routes(routes_);
  add_asset_routes(routes_);
  add_meeting_routes(routes_);
  add_meeting_item_routes(routes_);
  add_status_routes(routes_);
  add_meeting_paper_routes(routes_);
  // Compile the XSDs now rather than in the first officer's request.
  schemas_.get(report_schema_->file());
  schemas_.get(agenda_schema_->file());
}

App::~App() = default;

const form::FormSchema& App::form_schema(FileKind kind) const {
  return kind == FileKind::report ? *report_schema_ : *agenda_schema_;
}

data::ValidateOptions App::validate_options() const {
  data::ValidateOptions o;
  o.scheme = workspace_.scheme_file();
  return o;
}

Diagnostics App::check(FileKind kind, const std::string& name, const std::string& text) {
  const std::string key = std::string(folder_of(kind)) + "/" + name + "/" + content_hash(text);
  {
    const std::lock_guard lock(cache_mutex_);
    if (auto it = checks_.find(key); it != checks_.end()) return it->second;
  }
  Checked checked = check_text(text, workspace_.data_file(kind, name), validate_options(), schemas_);
  const std::lock_guard lock(cache_mutex_);
  if (checks_.size() >= kChecksKept) checks_.clear();
  checks_[key] = checked.diags;
  return checked.diags;
}

std::string App::council() {
  for (const auto& f : workspace_.list(FileKind::report)) {
    try {
      const std::string text = workspace_.read(FileKind::report, f.name);
      Diagnostics ignored;
      if (auto doc = parse_data(text, f.name, ignored)) {
        if (auto name = xml::child_text(xml::child(doc->root(), "meta"), "authority")) {
          std::string_view t = trim(*name);
          if (!t.empty()) return std::string(t);
        }
      }
    } catch (const Error&) {
    }
  }
  return "docket";
}

Response App::page(Page p, int status) {
  p.sign_out = p.sign_out || (gate_->has_sign_in() && p.title != "Sign in");
  if (p.council.empty()) p.council = council();
  return Response::html(render_page(p), status);
}

Response App::problem(int status, const std::string& title, const std::string& message, const std::string& hint) {
  Page p{.title = title};
  p.body = "<h1 class=\"govuk-heading-l\">" + esc(title) + "</h1>\n<p class=\"govuk-body\">" + esc(message) + "</p>\n";
  if (!hint.empty()) p.body += "<p class=\"govuk-body\">" + esc(hint) + "</p>\n";
  p.body += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to the list of reports</a></p>\n";
  try {
    return page(std::move(p), status);
  } catch (const std::exception&) {
    p.council = "docket";
    return Response::html(render_page(p), status);
  }
}

namespace {

double thread_cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

}  // namespace

Response App::handle(const Request& request) {
  // Server-Timing: the time this request took here, wall and CPU (the benchmark reads it;
  // the CPU figure does not grow when other work shares the machine).
  const auto started = std::chrono::steady_clock::now();
  const double cpu_started = thread_cpu_ms();
  Response r = respond(request);
  char timing[96];
  std::snprintf(timing, sizeof timing, "app;dur=%.2f, cpu;dur=%.2f",
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count(),
                thread_cpu_ms() - cpu_started);
  r.set_header("Server-Timing", timing);
  return r;
}

namespace {

struct Match {
  const App::Route* route = nullptr;
  bool path_known = false;
  std::vector<std::string> params;
};

Match match(const std::vector<App::Route>& routes, const Request& request) {
  const auto segments = split_path(request.path);
  Match m;
  for (const auto& route : routes) {
    if (route.pattern.size() != segments.size()) continue;
    std::vector<std::string> params;
    bool same = true;
    for (std::size_t i = 0; i < segments.size() && same; ++i) {
      if (route.pattern[i] == "{}") params.push_back(url_decode(segments[i], false));
      else same = route.pattern[i] == segments[i];
    }
    if (!same) continue;
    m.path_known = true;
    if (route.method != request.method) continue;
    m.route = &route;
    m.params = std::move(params);
    return m;
  }
  return m;
}

std::string host_of(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return {};
  const auto end = url.find('/', scheme + 3);
  return url.substr(scheme + 3, end == std::string::npos ? std::string::npos : end - scheme - 3);
}

std::string origin_of(const std::string& url) {
  const std::string host = host_of(url);
  return host.empty() ? std::string() : url.substr(0, url.find("://") + 3) + host;
}

}  // namespace

SaveOutcome App::save(const Context& ctx, FileKind kind, const std::string& name, std::string_view text,
                      std::string_view expected, const std::string& what, const std::string& detail) {
  // The route's permission was checked against the file it names; this checks the file
  // actually written (an upload names no file until it is read).
  const std::string file = std::string(folder_of(kind)) + "/" + name;
  const Permission needed = kind == FileKind::agenda ? Permission::edit_agenda : Permission::edit_report;
  const Subject subject{.file = expected.empty() ? std::string() : file, .owner = owner_of(kind, name)};
  if (!gate_->allows(ctx.who, needed, subject)) {
    throw Refused(kind == FileKind::agenda ? "Only democratic services can change agendas."
                                           : "You can change only the reports you created.");
  }
  std::string previous;
  const SaveOutcome outcome = workspace_.save(kind, name, text, expected, &previous);
  if (outcome != SaveOutcome::saved) return outcome;
  if (expected.empty()) {
    const std::lock_guard lock(owners_mutex_);
    auto owners = nlohmann::json::parse(workspace_.read_state("owners.json"), nullptr, false);
    if (!owners.is_object()) owners = nlohmann::json::object();
    owners[file] = ctx.who.name;
    workspace_.write_state("owners.json", owners.dump(1));
  }
  audit_.append({.who = ctx.who.name, .what = what, .file = file,
                 .old_hash = expected.empty() ? std::string() : audit_hash(previous),
                 .new_hash = audit_hash(text), .detail = detail});
  return outcome;
}

void App::record(const Context& ctx, FileKind kind, const std::string& name, const std::string& what, const std::string& detail) {
  const std::string h = audit_hash(workspace_.read(kind, name));
  audit_.append({.who = ctx.who.name, .what = what, .file = std::string(folder_of(kind)) + "/" + name,
                 .old_hash = h, .new_hash = h, .detail = detail});
}

std::string App::owner_of(FileKind kind, const std::string& name) {
  const auto owners = nlohmann::json::parse(workspace_.read_state("owners.json"), nullptr, false);
  const std::string file = std::string(folder_of(kind)) + "/" + name;
  if (!owners.is_object() || !owners.contains(file) || !owners[file].is_string()) return {};
  return owners[file].get<std::string>();
}

std::string App::session_cookie(const std::string& value, bool clear) const {
  // Secure only behind https: a browser would not send a Secure cookie back over plain http
  // (to 127.0.0.1, or on a network without TLS).
  return std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" +
         (clear ? "; Max-Age=0" : "") + (options_.public_url.rfind("https://", 0) == 0 ? "; Secure" : "");
}

SignIn::Outcome App::sign_in(const Context& ctx, std::string_view name, std::string_view password, Response& response) {
  const SignIn result = gate_->sign_in(name, password, ctx.request);
  if (result.outcome == SignIn::signed_in) response.add_header("Set-Cookie", session_cookie(result.session, false));
  return result.outcome;
}

void App::sign_out(const Context& ctx, Response& response) {
  gate_->sign_out(ctx.request);
  response.add_header("Set-Cookie", session_cookie("", true));
}

Response App::refuse(const Request& request) {
  const Refusal no = gate_->refusal();
  if (no.sign_in && request.method == "GET") {
    std::string back = request.path;
    std::string sep = "?";
    for (const auto& [k, v] : request.query) {
      back += sep + url_encode(k) + "=" + url_encode(v);
      sep = "&";
    }
    return Response::redirect("/sign-in?next=" + url_encode(back));
  }
  Response r = problem(no.status, no.sign_in ? "Sign in first" : "Request refused", no.message, no.hint);
  return r;
}

Response App::respond(const Request& request) {
  Response r;
  std::string cookie = request.cookie(kCsrfCookie);
  bool new_cookie = false;
  if (cookie.size() != 64) {
    cookie = random_token();
    new_cookie = true;
  }
  try {
    // DNS rebinding: a page on another site that resolves its name to 127.0.0.1 sends its
    // own Host, which is not ours.
    const std::string host = request.header("host");
    const std::string port = ":" + std::to_string(options_.port);
    const std::string public_host = host_of(options_.public_url);
    const bool host_ok = host == options_.host + port || host == "localhost" + port || host == "127.0.0.1" + port ||
                         host == "[::1]" + port || (!public_host.empty() && host == public_host);
    const std::string origin = request.header("origin");
    const std::string public_origin = origin_of(options_.public_url);
    const Match m = match(routes_, request);
    std::optional<Identity> who;
    std::size_t size = 0;
    for (const auto& [k, v] : request.form) size += k.size() + v.size();
    for (const auto& f : request.files) size += f.content.size();
    if (request.body_too_large || size > options_.max_request_bytes) {
      r = problem(413, "That is too large", "docket serve takes requests and uploads of up to " +
                                                 std::to_string(options_.max_request_bytes >> 20) + " MB.");
    } else if (!host_ok) {
      r = problem(421, "This address is not served here",
                  "docket answers only requests made to the address it printed when it started.");
    } else if (!origin.empty() && origin != (!public_host.empty() && host == public_host ? public_origin : "http://" + host)) {
      r = problem(403, "Request refused", "The request came from another web site.");
    } else if (!(who = gate_->identify(request)) && !(m.route && m.route->permission == Permission::open)) {
      r = refuse(request);  // unknown addresses too: nothing is said about what exists
    } else if (!m.route) {
      r = m.path_known ? problem(405, "Not allowed", "That page cannot be used that way.")
                       : problem(404, "Page not found", "There is no page at this address.",
                                 "Check the address, or go to the list of reports.");
    } else {
      Context ctx{.request = request, .who = who.value_or(Identity{}), .csrf = cookie, .params = m.params};
      const std::string sent = !request.field("csrf").empty() ? request.field("csrf") : request.header("x-csrf-token");
      Subject subject;
      const auto& pat = m.route->pattern;
      if (pat.size() >= 2 && (pat[0] == "reports" || pat[0] == "agendas") && pat[1] == "{}") {
        const FileKind kind = pat[0] == "reports" ? FileKind::report : FileKind::agenda;
        subject = {.file = pat[0] + "/" + m.params.at(0), .owner = owner_of(kind, m.params.at(0))};
      }
      if (request.method == "POST" && (new_cookie || !same_token(sent, cookie))) {
        r = problem(403, "The form has expired",
                    "The page you sent was opened before docket last started, or in another browser.",
                    "Go back, reload the page, and make your change again. Nothing was saved.");
      } else if (!gate_->allows(ctx.who, m.route->permission, subject)) {
        r = problem(403, "You cannot do that", "Your role does not allow this.",
                    "Officers change only the reports they created; ask democratic services.");
      } else {
        r = m.route->handler(*this, ctx);
      }
    }
  } catch (const Refused& e) {
    r = problem(403, "You cannot do that", e.what(), "Ask democratic services.");
  } catch (const UnsafeInput& e) {
    r = problem(400, "That could not be opened", e.what(), e.hint());
  } catch (const InvalidInput& e) {
    r = problem(400, "There is a problem with what was sent", e.what(), e.hint());
  } catch (const Error& e) {
    r = problem(500, "Something went wrong", e.what(), e.hint());
  } catch (const std::exception& e) {
    r = problem(500, "Something went wrong", std::string("docket could not finish this request: ") + e.what(),
                "This is a fault in docket; please report it.");
  }
  if (new_cookie) {
    r.add_header("Set-Cookie", std::string(kCsrfCookie) + "=" + cookie + "; Path=/; HttpOnly; SameSite=Strict" +
                                   (options_.public_url.rfind("https://", 0) == 0 ? "; Secure" : ""));
  }
  secure(r);
  return r;
}

}  // namespace docket::serve
