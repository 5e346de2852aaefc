#pragma once
// What the page handlers share: opening a workspace file, its address, its title, the
// hidden fields every form carries, and dates in words.
#include <optional>
#include <string>
#include <string_view>

#include "serve/app.hpp"
#include "serve/form_schema.hpp"
#include "xml/document.hpp"

namespace docket::serve {

/// "/reports/NAME" or "/agendas/NAME".
std::string file_url(FileKind kind, std::string_view name);
/// The kind of file a path is about, from its first segment.
FileKind kind_of_path(const std::string& path);

/// A workspace file as a page uses it.
struct Opened {
  FileKind kind = FileKind::report;
  std::string name;
  std::string text;
  std::string hash;
  std::optional<xml::Document> doc;  // null when not well-formed
  Diagnostics parse_problems;
};

/// Opens the file the request names (params[0]); nullopt when there is no such file.
std::optional<Opened> open_file(App& app, const Context& ctx);

/// The file's title (meta/title or the agenda's meeting), or its name.
std::string title_of(const Opened& f);
/// "Cabinet, 18 December 2023".
std::string meeting_of(const xmlNode* root);

/// <input type=hidden name=csrf …>.
std::string csrf_field(const Context& ctx);
/// 2023-12-18 → 18 December 2023 (other text as it is).
std::string date_words(std::string_view iso);
/// Route registration for both kinds of file: "/reports/…" and "/agendas/…".
void add_both(std::vector<App::Route>& routes, const std::string& method, std::vector<std::string> rest,
              Permission permission, std::function<Response(App&, Context&)> handler);

/// A well-formed file's problems as its overview shows them: the error summary and the
/// warnings, each linked to the part of the form it is in.
std::string file_problems_html(App& app, const Opened& f, const Diagnostics& diags);

struct MeetingItem;
struct PaperAccess;
/// The meeting page's form for uploading a paper to one of its items: its report as a
/// finished paper, or an appendix.
std::string paper_form(const Context& ctx, const Opened& f, const std::vector<MeetingItem>& items);
/// The access of a paper or item (open, exempt, confidential), its Schedule 12A paragraph by
/// description and the public-interest statement: the fields (ids and names begin with
/// `prefix`), and the choice read back ("" or what is wrong, about `whose`: "the item").
std::string access_fields(const Opened& f, const std::string& prefix, const std::string& whose);
std::string read_access(const Request& r, const xmlNode* agenda, const std::string& prefix, const std::string& whose, PaperAccess& out);

/// Problems with a hand-made form (not one made from the schema): (field id, message) in
/// page order. A date field's problem is on "ID-day".
using FieldErrors = std::vector<std::pair<std::string, std::string>>;
/// The error summary linking to each field.
std::string field_error_summary(const FieldErrors& errors);
/// One field of a hand-made form in the GOV.UK style, with its problem when it has one.
std::string plain_field(const std::string& id, const std::string& label, const std::string& hint, const std::string& value,
                        bool required, const FieldErrors& errors, const form::ValueType& type = {});

}  // namespace docket::serve
