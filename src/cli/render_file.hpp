#pragma once
// Rendering one data file with a template: the work of `docket render`, once per data file.
#include <optional>
#include <string>

#include "cli/command.hpp"

namespace docket::cli {

struct RenderJob {
  std::string template_path;
  std::string data;                // "-" for standard input
  std::string output;              // "-" for standard output
  std::optional<std::string> pdf;  // also a PDF here
  std::size_t index = 0;           // with several data files: this one's place (from 0)
  std::size_t count = 0;           // and how many there are; 0 for one file alone
};

/// Renders `job` with the options of `inv` (--draft, --publish, --schema, --scheme, --locale,
/// --soffice), printing its problems and what it wrote. Returns 1 when there are errors, else 0;
/// throws Error when a file cannot be read or written or is refused.
int render_file(const RenderJob& job, Invocation& inv);

}  // namespace docket::cli
