#include "cli/command.hpp"
#include "cli/data_input.hpp"
#include "cli/paths.hpp"
#include "ooxml/package.hpp"
#include "pack/front_sheet.hpp"
#include "papers/accessibility.hpp"
#include "template/numbering_outline.hpp"
#include "template/path_lint.hpp"
#include "template/template.hpp"
#include "template/unprinted_data.hpp"

namespace docket::cli {

namespace {

int check(Invocation& inv) {
  const std::string template_path = required_path(inv, "template", "TEMPLATE.docx");
  tmpl::TemplateOptions options{format::Locale(inv.args["locale"].as<std::string>())};
  if (inv.args.count("bank-holidays")) options.bank_holidays = inv.args["bank-holidays"].as<std::string>();
  Diagnostics diags;
  auto tpl = tmpl::Template::load(template_path, options, diags);
  // What the template's own markup does for accessibility (docs/accessibility.md).
  auto package = ooxml::Package::open(template_path);
  papers::check_template_accessibility(package, diags);
  if (!inv.args.count("data")) {
    tmpl::numbering_outline(template_path, diags);  // its words, checked
    tmpl::check_paths_without_data(tpl, diags);     // its paths, against docket's schemas
  }
  if (inv.args.count("data")) {
    xml::SchemaCache schemas;
    auto loaded = load_data_for_template(inv.args["data"].as<std::string>(), inv, schemas, diags, template_path);
    if (loaded.data) {
      const bool data_sound = !diags.has_errors();
      tmpl::check_with_data(tpl, *loaded.data, diags);
      // What a report or agenda holds that the template never prints, when both are sound
      // enough to tell; data of no docket schema has no known values to print.
      if (data_sound && loaded.schema_used && !diags.has_errors()) {
        // A front sheet prints what the pack adds to an agenda (the webcast link, item markers).
        if (data::is_agenda(*loaded.data)) pack::add_front_sheet_values(*loaded.data, {.pack = "public"});
        tmpl::warn_unprinted_data(template_path, *loaded.data, options,
                                  {.status_fill = tmpl::scheme_colours(loaded.colours)}, diags);
      }
    }
  }
  print_diagnostics(diags, inv);
  if (!inv.json) {
    std::size_t tags = 0;
    for (const auto& part : tpl.tags()) tags += part.sites.size();
    inv.out << template_path << ": " << tags << " tag(s) in " << tpl.tags().size() << " part(s), "
            << diags.error_count() << " error(s), " << diags.warning_count() << " warning(s)\n";
  }
  return status_for(diags);
}

}  // namespace

Command check_command() {
  return {
      .name = "check",
      .summary = "check a template: tag syntax, blocks, filters, XPath; with --data, what selects nothing and what it never prints",
      .synopsis = "docket check TEMPLATE.docx [--data SAMPLE.xml]",
      .details =
          "Checks tag syntax, blocks opened and not closed, unknown filters and their arguments, XPath\n"
          "syntax, DocumentAssembler markup and accessibility (document title and language, heading\n"
          "order, table header rows, image descriptions, link text, colour contrast). With --data it\n"
          "also runs the template against the sample and reports every tag that selects nothing.",
      .examples = {{"docket check templates/committee-report.docx --data fixtures/reports/s2-cambridgeshire-q4-2022-23.xml",
                    "check the house template against a sample report"}},
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("template", po::value<std::string>()->value_name("TEMPLATE.docx"), "the template (.docx)")
                ("data", po::value<std::string>()->value_name("SAMPLE.xml"), "sample data to run the template against")
                ("schema", po::value<std::string>()->value_name("FILE.xsd"), "validate the data against this XSD")
                ("scheme", po::value<std::string>()->value_name("FILE.xml"), "status scheme file, instead of the one the data names")
                ("locale", po::value<std::string>()->value_name("LOCALE")->default_value("en-GB"), "locale for dates and numbers")
                ("bank-holidays", po::value<std::string>()->value_name("FILE.xml"), "bank holiday calendar for the working-day functions (default: docket's own)");
            pos.add("template", 1);
          },
      .handler = check,
  };
}

}  // namespace docket::cli
