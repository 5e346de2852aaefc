#pragma once
// Shared by the serve tests: an App on a scratch workspace, requests made in-process as a
// browser on this computer would send them (Host header, CSRF cookie and field), and
// reading what came back.
#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "serve/app.hpp"
#include "serve/html.hpp"
#include "test_support.hpp"

namespace docket::serve::test {

inline constexpr const char* kToken = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// A workspace in a scratch folder and the App serving it (port 8080).
struct Served {
  explicit Served(const std::string& name);
  /// With another Gate (made once the scratch folder exists) and options.
  Served(const std::string& name, const std::function<std::unique_ptr<Gate>(const std::filesystem::path& dir)>& gate,
         const std::string& public_url = {});
  docket::test::ScratchDir dir;
  std::unique_ptr<App> app;
  std::filesystem::path workspace() const { return dir.path() / "ws"; }
  /// Copies a fixture into the workspace's reports/ (or agendas/).
  void add(const std::string& fixture, FileKind kind = FileKind::report, const std::string& as = {});
  std::string read(const std::string& name, FileKind kind = FileKind::report) const;

  Response get(const std::string& path);
  /// A form post with the CSRF token; `fields` in order.
  Response post(const std::string& path, std::vector<std::pair<std::string, std::string>> fields,
                std::vector<Upload> files = {});
};

/// A GET request as the browser sends it.
Request browser_get(const std::string& path);

/// Sets a field in a list of form values (adding it when absent).
void set(std::vector<std::pair<std::string, std::string>>& fields, const std::string& name, const std::string& value);

}  // namespace docket::serve::test
