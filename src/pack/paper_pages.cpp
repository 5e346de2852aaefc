#include "pack/paper_pages.hpp"

#include <algorithm>

#include "pack/simple_docx.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "xml/serialize.hpp"

namespace docket::pack {

namespace {

std::string paragraph(const std::string& text, const std::string& properties = {}, const std::string& run = {}) {
  return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") + "<w:r>" +
         (run.empty() ? "" : "<w:rPr>" + run + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + xml::escape_text(text) +
         "</w:t></w:r></w:p>";
}

}  // namespace

void write_pdf_notice_page(const std::filesystem::path& out, const std::string& name, int pages,
                           const std::string& language) {
  const std::string count = pages == 1 ? "one page" : std::to_string(pages) + " pages";
  write_simple_docx(out, {.body = paragraph(name, "<w:spacing w:before=\"2400\" w:after=\"240\"/>",
                                            "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>") +
                                  paragraph("This paper is a PDF of " + count +
                                            ". A Word document cannot hold it: its pages are in the PDF pack.") +
                                  paragraph("Ask democratic services for the PDF pack if you have only this document."),
                          .language = language});
}

void write_pdf_stand_in(const std::filesystem::path& out, int pages, const std::string& language) {
  std::string body;
  for (int i = 1; i <= pages; ++i) {
    body += paragraph("PDF paper page " + std::to_string(i), i > 1 ? "<w:pageBreakBefore/>" : "");
  }
  write_simple_docx(out, {.body = body, .language = language});
}

void write_image_paper(const std::filesystem::path& out, const std::filesystem::path& image,
                       data::PaperFormat format, const std::string& title, const std::string& language) {
  std::string bytes = read_file(image, 64u << 20);
  const auto size = data::image_size(bytes, format);
  if (!size) throw InvalidInput(image.string() + " is a damaged image: its size cannot be read", "save it again", image.string());
  const bool landscape = size->width > size->height;
  // The text area less one line, so the image and its paragraph fit on one page.
  const double area_w = static_cast<double>(landscape ? kTextHeightEmu : kTextWidthEmu);
  const double area_h = static_cast<double>(landscape ? kTextWidthEmu : kTextHeightEmu) - 12 * 12700 * 2;
  const double dpi = size->dpi >= 30 ? size->dpi : 96;  // Word's assumption when an image gives none
  const double natural_w = size->width / dpi * 914400, natural_h = size->height / dpi * 914400;
  const double scale = std::min({1.0, area_w / natural_w, area_h / natural_h});
  const std::string cx = std::to_string(static_cast<long long>(natural_w * scale));
  const std::string cy = std::to_string(static_cast<long long>(natural_h * scale));
  const std::string alt = xml::escape_attribute(title);
  const std::string extension = format == data::PaperFormat::png ? "png" : "jpeg";
  const std::string drawing =
      "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" "
      "distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
      "<wp:docPr id=\"1\" name=\"Picture 1\" descr=\"" + alt + "\"/><wp:cNvGraphicFramePr>"
      "<a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData "
      "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" "
      "name=\"image1." + extension + "\" descr=\"" + alt + "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip "
      "r:embed=\"rIdImage\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" "
      "y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
      "</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
  write_simple_docx(out, {.body = drawing,
                          .landscape = landscape,
                          .language = language,
                          .image = SimpleDocx::Image{extension, "image/" + extension, std::move(bytes)}});
}

}  // namespace docket::pack
