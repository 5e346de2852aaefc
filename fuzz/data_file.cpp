// A data file (report, agenda or other XML) as `docket validate` and `docket render` read
// it: loaded, checked against its schema and the committee-paper rules, derived values
// added and references resolved.
#include "data/load_for_template.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  static docket::xml::SchemaCache schemas;  // compiled once, as validate does for many files
  const auto file = docket::fuzz::scratch() / "data.xml";
  docket::fuzz::write_file(file, {reinterpret_cast<const char*>(bytes), size});
  docket::fuzz::answer([&] {
    docket::Diagnostics diags;
    docket::data::load_for_template(file, {}, schemas, diags);
  });
  return 0;
}
