#include "pack/filler.hpp"

#include "pack/simple_docx.hpp"
#include "xml/serialize.hpp"

namespace docket::pack {

void write_filler_page(const std::filesystem::path& out, const std::string& text, const std::string& language) {
  write_simple_docx(out, {.body = "<w:p><w:pPr><w:spacing w:before=\"6000\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>" +
                                  xml::escape_text(text) + "</w:t></w:r></w:p>",
                          .language = language});
}

}  // namespace docket::pack
