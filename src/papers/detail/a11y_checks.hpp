#pragma once
// The accessibility checks, one function per concern. Each reads the context and reports
// through it; none stops at the first problem.
#include <optional>
#include <string>

#include "papers/detail/a11y_context.hpp"

namespace docket::papers::detail {

/// Runs every check over the context and moves what they found to `diags`, in document
/// order (accessibility.cpp).
void run_checks(A11yContext& ctx, Diagnostics& diags);

// a11y_properties.cpp: the package as a whole.
void check_title(A11yContext& ctx);             // a11y.no-title
void check_language(A11yContext& ctx);          // a11y.no-language, a11y.unusual-language
void check_body_text_size(A11yContext& ctx);    // a11y.small-text

// a11y_headings.cpp
void check_headings(A11yContext& ctx);          // a11y.heading-skipped, a11y.heading-several-h1

// a11y_tables.cpp
void check_tables(A11yContext& ctx);            // a11y.table-header-row, a11y.table-merged-cells

// a11y_colour.cpp
void check_colour(A11yContext& ctx);            // a11y.colour-only, a11y.contrast

// a11y_images.cpp
void check_images(A11yContext& ctx);            // a11y.image-no-alt

// a11y_links.cpp
void check_links(A11yContext& ctx);             // a11y.link-text, a11y.link-target

// a11y_text.cpp
void check_readable_text(A11yContext& ctx);     // a11y.all-caps, a11y.justified, a11y.typed-list

/// The core properties part (docProps/core.xml), found by its relationship; nullopt when
/// there is none.
std::optional<std::string> core_part(ooxml::Package& package);
/// dc:title of the core properties part, as written; nullopt when there is no such part.
std::optional<std::string> core_title(ooxml::Package& package);

/// The default language and where it was found ("docDefaults" or a style's name).
struct LanguageSetting {
  std::string value;
  std::string source;
};
std::optional<LanguageSetting> default_language(const StyleSheet& styles);

}  // namespace docket::papers::detail
