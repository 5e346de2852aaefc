#pragma once
/// A committee-report template, loaded and compiled once, then rendered against data.
///
/// Example:
///   Diagnostics diags;
///   auto t = tmpl::Template::load("templates/committee-report.docx", {}, diags);
///   auto data = data::load_data("q2.xml", diags);
///   tmpl::render(t, *data, "q2.docx", {}, diags);   // false and no file when diags has errors
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "data/data_source.hpp"
#include "data/status_colours.hpp"
#include "format/filter.hpp"
#include "support/diagnostic.hpp"
#include "template/runtime.hpp"

namespace docket::tmpl {

/// The most tags a template may have, in all its parts: Template::load refuses more with
/// UnsafeInput. Real report templates have hundreds.
inline constexpr std::size_t kMaxTags = 20'000;

struct TemplateOptions {
  format::Locale locale{"en-GB"};
  /// The bank holiday calendar of the working-day functions; empty: docket's own
  /// (data::BankHolidays::shipped_file()), loaded only when a tag uses one of them.
  std::filesystem::path bank_holidays;
};

struct RenderOptions {
  bool draft = false;  // write [MISSING: …] markers and keep the output despite errors
  StatusFill status_fill;  // the report's scheme colours; what it does not know gets the defaults
};

/// Status colours from a report's schemes (data::StatusColours), for RenderOptions.
StatusFill scheme_colours(const data::StatusColours& colours);

/// The namespace of docket's derived values (`d:` in templates).
inline constexpr std::string_view kDerivedNamespace = "urn:docket:derived:1";

class Template {
 public:
  /// Opens and compiles a template. Template problems (tag syntax, block nesting, unknown
  /// filters, XPath syntax) go to `diags`. Throws IoError / UnsafeInput for unreadable or
  /// refused packages.
  static Template load(const std::filesystem::path& path, const TemplateOptions& options, Diagnostics& diags);

  Template(Template&&) noexcept;
  Template& operator=(Template&&) noexcept;
  ~Template();

  const std::string& file() const noexcept;
  /// Every tag found, by part, for `docket inspect`.
  const std::vector<PartSites>& tags() const noexcept;

 private:
  friend bool render(Template&, data::DataSource&, const std::filesystem::path&, const RenderOptions&, Diagnostics&);
  friend void check_with_data(Template&, data::DataSource&, Diagnostics&);
  struct Impl;
  explicit Template(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Renders `data` (validated; see data::strip_root_namespace) into `target` ("-" for standard
/// output). Every problem found goes to `diags`; when there is any error nothing is written
/// unless `options.draft`. Returns whether the target was written. One render per loaded
/// template.
bool render(Template& t, data::DataSource& data, const std::filesystem::path& target,
            const RenderOptions& options, Diagnostics& diags);

/// Runs the template against sample data without writing anything: reports what selects
/// nothing (loops and conditions as warnings) and every value problem.
void check_with_data(Template& t, data::DataSource& data, Diagnostics& diags);

}  // namespace docket::tmpl
