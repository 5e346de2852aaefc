// A template's document.xml, put into the house template's package, through `docket
// render`'s own path (tmpl::render_file): load, compile, then render against a fixed report.
#include "fuzz_support.hpp"
#include "template/render_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  namespace fz = docket::fuzz;
  static docket::xml::SchemaCache schemas;
  static const auto base = fz::fixtures() / "templates/word-rich.docx";
  static const auto data = fz::fixtures() / "reports/every-element.xml";
  const auto tpl = fz::scratch() / "template.docx";
  const auto out = fz::scratch() / "out.docx";
  fz::docx_with_part(base, "word/document.xml", {reinterpret_cast<const char*>(bytes), size}, tpl);
  fz::answer([&] {
    docket::Diagnostics diags;
    docket::tmpl::render_file(tpl, data, out, {.draft = true}, schemas, diags);
  });
  return 0;
}
