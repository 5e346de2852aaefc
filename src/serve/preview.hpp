#pragma once
// A report's pages as pictures: the saved data rendered with its template (as `docket
// render` does; with the gaps marked when the data still has errors), converted to PDF by
// LibreOffice and to PNG pages by pdftoppm. Results are kept under .docket/cache/preview/
// by the content hash of what went in, so an unchanged report is never converted twice.
#include <filesystem>
#include <string>
#include <vector>

#include "serve/jobs.hpp"
#include "serve/workspace.hpp"
#include "xml/schema.hpp"

namespace docket::serve {

struct PreviewInput {
  std::string data_text;             // the saved file's content
  std::filesystem::path data_file;   // where it is (relative references)
  std::filesystem::path template_file;
  std::optional<std::filesystem::path> scheme_file;
};

/// The cache key: a hash of the data, the template, the schemes and docket's version.
std::string preview_key(const PreviewInput& in);

/// The folder the preview with this key is (or will be) in.
std::filesystem::path preview_folder(const Workspace& ws, const std::string& key);

/// The page pictures of a finished preview ("page-1.png" …), empty when not made yet.
std::vector<std::string> preview_pages(const Workspace& ws, const std::string& key);

/// Makes the preview (run it as a job). Returns `key`. Throws IoError when LibreOffice or
/// pdftoppm is missing or fails.
std::string make_preview(const Workspace& ws, const PreviewInput& in, const std::string& key,
                         xml::SchemaCache& schemas, const Progress& progress);

}  // namespace docket::serve
