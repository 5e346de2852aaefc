// Renders a committee report's data with the house template, as `docket render DATA.xml -o
// OUT.docx` does, using docket's library: validate and prepare the data, load the template,
// render, and print every problem found.
//
// Usage: render_report DATA.xml OUT.docx
#include <docket/docket.hpp>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: render_report DATA.xml OUT.docx\n";
    return 2;
  }
  try {
    docket::Diagnostics diags;
    docket::xml::SchemaCache schemas;  // compiled schemas, kept for further files
    auto loaded = docket::data::load_for_template(argv[1], {}, schemas, diags);
    auto tpl = docket::tmpl::Template::load(docket::house_template(), {}, diags);
    bool written = false;
    if (loaded.data) {
      written = docket::tmpl::render(tpl, *loaded.data, argv[2],
                                     {.status_fill = docket::tmpl::scheme_colours(loaded.colours)}, diags);
    }
    for (const auto& d : diags) std::cerr << docket::to_text(d) << "\n";
    if (written) std::cerr << "wrote " << argv[2] << "\n";
    return written && !diags.has_errors() ? 0 : 1;
  } catch (const docket::Error& e) {
    std::cerr << "render_report: " << e.what() << (e.hint().empty() ? "" : "\n  hint: " + e.hint()) << "\n";
    return 3;
  }
}
