// Two documents merged as the pack merges its papers: the input is split at "\n=====\n"
// into two document.xml parts, each put into a fixture package.
#include "fuzz_support.hpp"
#include "pack/merge.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  namespace fz = docket::fuzz;
  static const auto first = fz::fixtures() / "merge/colliding-styles.docx";
  static const auto second = fz::fixtures() / "merge/report-python-docx.docx";
  const auto [a, b] = fz::split_input({reinterpret_cast<const char*>(bytes), size});
  const auto one = fz::scratch() / "one.docx";
  const auto two = fz::scratch() / "two.docx";
  fz::docx_with_part(first, "word/document.xml", a, one);
  fz::docx_with_part(second, "word/document.xml", b, two);
  fz::answer([&] {
    docket::Diagnostics diags;
    docket::pack::merge_documents({{.path = one, .label = "item 1", .bookmark = "item1"},
                                   {.path = two, .label = "item 2", .page_banner = "EXEMPT"}},
                                  fz::scratch() / "merged.docx", {.title = "Fuzz"}, diags);
  });
  return 0;
}
