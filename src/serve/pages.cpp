#include "serve/pages.hpp"

#include "serve/data_text.hpp"
#include "serve/form_fields.hpp"
#include "serve/html.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::serve {

std::string file_url(FileKind kind, std::string_view name) {
  return "/" + std::string(folder_of(kind)) + "/" + url_encode(name);
}

FileKind kind_of_path(const std::string& path) {
  return path.rfind("/agendas/", 0) == 0 ? FileKind::agenda : FileKind::report;
}

std::optional<Opened> open_file(App& app, const Context& ctx) {
  Opened f;
  f.kind = kind_of_path(ctx.request.path);
  f.name = ctx.params.at(0);
  if (!app.workspace().exists(f.kind, f.name)) return std::nullopt;
  f.text = app.workspace().read(f.kind, f.name);
  f.hash = content_hash(f.text);
  f.doc = parse_data(f.text, f.name, f.parse_problems);
  return f;
}

std::string title_of(const Opened& f) {
  if (!f.doc) return f.name;
  const xmlNode* root = f.doc->root();
  std::optional<std::string> title = xml::child_text(xml::child(root, "meta"), "title");
  if (!title) title = xml::child_text(root, "title");
  if (!title) title = xml::child_text(xml::child(root, "meeting"), "body");
  const std::string t(trim(title.value_or("")));
  return t.empty() ? f.name : t;
}

std::string meeting_of(const xmlNode* root) {
  const xmlNode* meeting = xml::child(xml::child(root, "meta"), "meeting");
  if (meeting == nullptr) meeting = xml::child(root, "meeting");
  if (meeting == nullptr) return {};
  std::string body(trim(xml::child_text(meeting, "body").value_or("")));
  std::string date(trim(xml::child_text(meeting, "date").value_or("")));
  if (body.empty()) return date_words(date);
  return date.empty() ? body : body + ", " + date_words(date);
}

std::string csrf_field(const Context& ctx) { return hidden("csrf", ctx.csrf); }

std::string date_words(std::string_view iso) {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  const int m = (iso[5] - '0') * 10 + (iso[6] - '0');
  const int d = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::string(iso);
  return std::to_string(d) + " " + months[m - 1] + " " + std::string(iso.substr(0, 4));
}

void add_both(std::vector<App::Route>& routes, const std::string& method, std::vector<std::string> rest,
              Permission permission, std::function<Response(App&, Context&)> handler) {
  for (const char* folder : {"reports", "agendas"}) {
    std::vector<std::string> pattern{folder};
    pattern.insert(pattern.end(), rest.begin(), rest.end());
    const Permission p = std::string(folder) == "agendas" && permission == Permission::edit_report ? Permission::edit_agenda : permission;
    routes.push_back({method, pattern, p, handler});
  }
}

std::string field_error_summary(const FieldErrors& errors) {
  std::vector<SummaryEntry> summary;
  for (const auto& [id, message] : errors) summary.push_back({message, "#" + id});
  return error_summary(summary);
}

std::string plain_field(const std::string& id, const std::string& label, const std::string& hint, const std::string& value,
                        bool required, const FieldErrors& errors, const form::ValueType& type) {
  form::FieldInfo f{.id = id, .key = id, .label = label, .hint = hint, .required = required};
  const std::string error_id = type.kind == form::ValueKind::date ? id + "-day" : id;
  Diagnostic d;
  for (const auto& [where, message] : errors) {
    if (where == error_id && f.problems.empty()) {
      d.message = message;
      f.problems.push_back(&d);
    }
  }
  return form::value_field(f, type, value);
}

}  // namespace docket::serve
