#include "pack/convert_papers.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "ooxml/package.hpp"
#include "pack/detail/merge_xml.hpp"
#include "pack/soffice.hpp"
#include "support/error.hpp"
#include "support/temp_folder.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::pack {

namespace {

// PDF export options as LibreOffice takes them after the filter name: tagged, so that screen
// readers can read the paper's pages in the pack.
std::string pdf_filter(const char* filter) {
  return std::string("pdf:") + filter + ":{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";
}

// LibreOffice 7.4 writes w:pStyle before w:numFmt in list levels, against the schema's order
// (ECMA-376 §17.9.6): the pack must be valid, so the levels' children are put in order.
void put_list_levels_in_order(const std::filesystem::path& in, const std::filesystem::path& out) {
  static constexpr std::array kLevelOrder = {"start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff",
                                             "lvlText", "lvlPicBulletId", "legacy", "lvlJc", "pPr", "rPr"};
  auto rank = [](const xmlNode* n) {
    const auto name = xml::local_name(n);
    return static_cast<std::size_t>(std::find(kLevelOrder.begin(), kLevelOrder.end(), name) - kLevelOrder.begin());
  };
  auto package = ooxml::Package::open(in);
  Diagnostics ignored;
  if (package.has_part("word/numbering.xml")) {
    if (auto numbering = package.parse_part("word/numbering.xml", ignored)) {
      for (xmlNode* level : xml::descendants(numbering->root(), "lvl")) {
        std::vector<xmlNode*> kids = xml::children(level);
        std::stable_sort(kids.begin(), kids.end(), [&](const xmlNode* a, const xmlNode* b) { return rank(a) < rank(b); });
        for (xmlNode* kid : kids) {
          xmlUnlinkNode(kid);
          xmlAddChild(level, kid);
        }
      }
      package.replace("word/numbering.xml", std::string(xml::kXmlDeclaration) + detail::to_xml_string(numbering->root()));
    }
  }
  package.write(out);
}

}  // namespace

bool converts_to_docx(data::PaperFormat format) {
  return format == data::PaperFormat::doc || format == data::PaperFormat::odt || format == data::PaperFormat::rtf;
}

bool converts_to_pdf(data::PaperFormat format) {
  return format == data::PaperFormat::xlsx || format == data::PaperFormat::ods || format == data::PaperFormat::pptx;
}

void convert_paper(const std::filesystem::path& paper, data::PaperFormat format, const std::filesystem::path& out,
                   const std::optional<std::filesystem::path>& soffice, std::chrono::seconds timeout) {
  std::string filter = "docx:MS Word 2007 XML";
  std::string package = "libreoffice-writer-nogui";
  if (format == data::PaperFormat::xlsx || format == data::PaperFormat::ods) {
    filter = pdf_filter("calc_pdf_Export");
    package = "libreoffice-calc-nogui";
  }
  if (format == data::PaperFormat::pptx) {
    filter = pdf_filter("impress_pdf_Export");
    package = "libreoffice-impress-nogui";
  }
  if (!find_soffice(soffice)) {
    throw IoError("cannot convert " + paper.string() + " for the pack: LibreOffice (soffice) is not installed",
                  "install it with: apt-get install -y " + package, paper.string());
  }
  try {
    if (converts_to_docx(format)) {
      TempFolder tmp("docket-paper");
      convert_document(paper, tmp.path() / "converted.docx", {filter, timeout, soffice});
      put_list_levels_in_order(tmp.path() / "converted.docx", out);
    } else {
      convert_document(paper, out, {filter, timeout, soffice});
    }
  } catch (const IoError& e) {
    throw IoError(e.what(), "open it in LibreOffice to see whether it loads (docket needs " + package + " for it)",
                  paper.string());
  }
}

}  // namespace docket::pack
