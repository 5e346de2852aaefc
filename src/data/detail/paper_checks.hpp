#pragma once
// Internal to data/paper_file.cpp: the checks of one format each.
#include <filesystem>
#include <optional>

#include "data/paper_file.hpp"

namespace docket::data::detail {

/// Reads a PDF with qpdf in full (every stream decoded, counted against limits): encrypted,
/// damaged, empty or repaired PDFs give a problem. paper_pdf.cpp.
std::optional<PaperProblem> check_pdf_paper(const std::filesystem::path& file);

}  // namespace docket::data::detail
