#pragma once
// Cleaning a PDF paper for publication, as clean_docx does for Word documents: a public pack
// carries nothing a PDF can hide from the reader of its pages.
#include <filesystem>
#include <string>

#include "support/diagnostic.hpp"

namespace docket::papers {

/// Writes `in` to `out` (atomically) without: document information and XMP metadata (of the
/// document, pages, images and forms), annotations other than links (comments, sticky notes,
/// highlights, attachments; what they show on the page is kept as part of the page), links
/// that run JavaScript or other programs, embedded files, JavaScript and other actions, form
/// fields (their visible values flattened into the page; a field whose value cannot be is an
/// error), page thumbnails, and the contents of hidden optional-content layers (with a warning).
/// `label` names the paper in messages ("item 6 Appendix C"). Returns false when there was an
/// error (in diags). Throws IoError when `in` cannot be read or `out` written.
bool clean_pdf(const std::filesystem::path& in, const std::filesystem::path& out, const std::string& label,
               Diagnostics& diags);

}  // namespace docket::papers
