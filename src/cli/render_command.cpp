#include <optional>

#include "cli/command.hpp"
#include "cli/data_input.hpp"
#include "cli/paths.hpp"
#include "papers/publish.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"
#include "template/template.hpp"

namespace docket::cli {

namespace {

int render(Invocation& inv) {
  const std::string template_path = required_path(inv, "template", "TEMPLATE.docx");
  const std::string data_path = required_path(inv, "data", "DATA.xml");
  const std::string output = required_path(inv, "output", "-o OUT.docx");
  const bool draft = inv.args.count("draft") > 0;
  tmpl::TemplateOptions options{format::Locale(inv.args["locale"].as<std::string>())};
  if (inv.args.count("bank-holidays")) options.bank_holidays = inv.args["bank-holidays"].as<std::string>();

  Diagnostics diags;
  auto tpl = tmpl::Template::load(template_path, options, diags);
  xml::SchemaCache schemas;
  auto loaded = load_data_for_template(data_path, inv, schemas, diags);
  // Rendering runs even when the template has errors, so that data problems are reported in
  // the same run; nothing is written then unless --draft.
  // --publish renders into a scratch folder and writes the cleaned document as the output.
  std::optional<TempFolder> work;
  if (inv.args.count("publish")) work.emplace("docket-render");
  const std::string rendered = work ? (work->path() / "rendered.docx").string() : output;
  bool written = false;
  if (loaded.data) {
    written = tmpl::render(tpl, *loaded.data, rendered,
                           {.draft = draft, .status_fill = tmpl::scheme_colours(loaded.colours)}, diags);
  }
  if (written && work) {
    const auto cleaned = output == "-" ? work->path() / "cleaned.docx" : std::filesystem::path(output);
    written = papers::clean_docx(rendered, cleaned, diags);
    if (written && output == "-") inv.out << read_file(cleaned, 1ull << 32);
  }
  diags.sort_by_position();
  print_diagnostics(diags, inv);
  if (written && !inv.json && output != "-") {
    inv.err << "wrote " << output << (diags.has_errors() ? " (a draft: the problems above are marked in the document)" : "") << "\n";
  } else if (!written && diags.has_errors() && !inv.json) {
    inv.err << "nothing written: fix the errors above, or use --draft to see the gaps in the document\n";
  }
  if (written && inv.args.count("pdf")) convert_to_pdf(output, inv.args["pdf"].as<std::string>(), inv);
  return status_for(diags);
}

}  // namespace

Command render_command() {
  return {
      .name = "render",
      .summary = "fill a template with data",
      .synopsis = "docket render TEMPLATE.docx DATA.xml -o OUT.docx [--schema FILE.xsd] [--scheme FILE.xml] [--locale en-GB] [--draft] [--publish] [--pdf OUT.pdf]",
      .details =
          "The data is validated against its schema first (chosen by its root element, or --schema).\n"
          "Every problem is reported at once; nothing is written when there is any error, unless\n"
          "--draft is given: then the document is written with [MISSING: …] markers and the exit\n"
          "status is still 1.\n"
          "--publish cleans the document for publication: tracked changes accepted; comments, hidden\n"
          "text, personal details (author, last editor, company), custom properties and custom XML removed.\n\n"
          "Example:\n  docket render templates/committee-report.docx fixtures/reports/s0-peterborough-q2-2023-24.xml -o out/s0.docx\n",
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("template", po::value<std::string>(), "the template (.docx)")
                ("data", po::value<std::string>(), "the data (.xml; - for standard input)")
                ("output,o", po::value<std::string>(), "the document to write (- for standard output)")
                ("schema", po::value<std::string>(), "validate the data against this XSD")
                ("scheme", po::value<std::string>(), "status scheme file, instead of the one the data names")
                ("locale", po::value<std::string>()->default_value("en-GB"), "locale for dates and numbers")
                ("bank-holidays", po::value<std::string>(), "bank holiday calendar for the working-day functions (default: docket's own)")
                ("draft", "write the document even with errors, marking the gaps")
                ("publish", "clean the document for publication (changes accepted, comments and hidden text removed)")
                ("pdf", po::value<std::string>(), "also convert the document to PDF with LibreOffice");
            pos.add("template", 1).add("data", 1);
          },
      .handler = render,
  };
}

}  // namespace docket::cli
