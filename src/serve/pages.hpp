#pragma once
// What the page handlers share: opening a workspace file, its address, its title, the
// hidden fields every form carries, and dates in words.
#include <optional>
#include <string>
#include <string_view>

#include "serve/app.hpp"
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

}  // namespace docket::serve
