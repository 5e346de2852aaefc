// A document.xml with DocumentAssembler markup (<Content>, <Repeat>, <Conditional>, <Table>)
// lowered to docket tags, then scanned for tags, as Template::load does for each part.
#include "fuzz_support.hpp"
#include "template/da_lower.hpp"
#include "template/scanner.hpp"
#include "template/site.hpp"
#include "xml/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  docket::fuzz::answer([&] {
    docket::Diagnostics diags;
    auto doc = docket::xml::parse({reinterpret_cast<const char*>(bytes), size}, "word/document.xml", diags);
    if (!doc) return;
    docket::tmpl::PartSites sites{"fuzz.docx", "word/document.xml", {}};
    docket::tmpl::lower_document_assembler(*doc, sites, diags);
    docket::tmpl::scan_wml_part(*doc, sites, diags);
  });
  return 0;
}
