#pragma once
// Pages docket makes for papers that are not Word documents: the page that stands for a PDF
// paper in the DOCX pack, the blank pages that hold its place while LibreOffice lays out the
// PDF pack, and the one page an image paper becomes.
#include <filesystem>
#include <string>

#include "data/paper_file.hpp"

namespace docket::pack {

/// The page standing for a PDF paper in the DOCX pack: the paper's name, its page count and
/// that its pages are in the PDF pack.
void write_pdf_notice_page(const std::filesystem::path& out, const std::string& name, int pages,
                           const std::string& language);

/// `pages` pages, one short paragraph each, holding a PDF paper's place in the DOCX that
/// LibreOffice turns into the PDF pack; the paper's own pages replace them (pdf_papers.hpp).
void write_pdf_stand_in(const std::filesystem::path& out, int pages, const std::string& language);

/// An image paper as a one-page document: the image centred, as large as fits the page (never
/// larger than its own size), the page landscape when the image is wider than tall, and
/// `title` as its alternative text. Throws InvalidInput when the image cannot be read.
void write_image_paper(const std::filesystem::path& out, const std::filesystem::path& image,
                       data::PaperFormat format, const std::string& title, const std::string& language);

}  // namespace docket::pack
