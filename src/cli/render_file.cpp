#include "cli/render_file.hpp"

#include <optional>

#include "papers/publish.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"
#include "template/render_file.hpp"

namespace docket::cli {

int render_file(const RenderJob& job, Invocation& inv) {
  auto step = [&](std::string what) { inv.progress.begin({std::move(what), job.index, job.count}); };
  tmpl::RenderFileOptions options{.locale = inv.args["locale"].as<std::string>(), .draft = inv.args.count("draft") > 0};
  if (inv.args.count("schema")) options.validate.schema = inv.args["schema"].as<std::string>();
  if (inv.args.count("scheme")) options.validate.scheme = inv.args["scheme"].as<std::string>();
  if (inv.args.count("bank-holidays")) options.bank_holidays = inv.args["bank-holidays"].as<std::string>();

  for (const auto& output : {std::optional<std::string>(job.output), job.pdf}) {
    if (!output) continue;
    refuse_output_onto_input(*output, job.template_path, "the template");
    refuse_output_onto_input(*output, job.data, "the data file");
    for (const char* option : {"schema", "scheme"}) {
      if (inv.args.count(option)) refuse_output_onto_input(*output, inv.args[option].as<std::string>(), std::string("the --") + option + " file");
    }
  }
  // --publish renders into a scratch folder and writes the cleaned document as the output.
  std::optional<TempFolder> work;
  if (inv.args.count("publish")) work.emplace("docket-render");
  const std::string rendered = work ? (work->path() / "rendered.docx").string() : job.output;
  options.on_stage = [&](int stage) {
    step(stage == 0   ? "reading the template " + job.template_path
         : stage == 1 ? "reading and checking the data " + job.data
                      : "rendering " + (work ? std::string("the document") : job.output));
  };

  Diagnostics diags;
  xml::SchemaCache schemas;
  // The library call the editor's downloads make too, so both write the same bytes.
  const auto result = tmpl::render_file(job.template_path, job.data, rendered, options, schemas, diags);
  if (result.data_loaded && !result.schema_used && inv.verbose) {
    inv.err << result.data_name << ": the root element is in no namespace, so no schema applies; the data is used as it is\n";
  }
  bool written = result.written;
  if (written && work) {
    step("cleaning the document for publication");
    const auto cleaned = job.output == "-" ? work->path() / "cleaned.docx" : std::filesystem::path(job.output);
    written = papers::clean_docx(rendered, cleaned, diags);
    if (written && job.output == "-") inv.out << read_file(cleaned, 1ull << 32);
  }
  diags.sort_by_position();
  print_diagnostics(diags, inv);
  if (written && job.output != "-") {
    report_done("wrote " + job.output +
                    (diags.has_errors() ? " (a draft: the problems above are marked in the document)" : ""),
                inv);
  } else if (!written && diags.has_errors() && !inv.json) {
    inv.err << "nothing written: fix the errors above, or use --draft to see the gaps in the document\n";
  }
  if (written && job.pdf) {
    step("converting " + job.output + " to PDF with LibreOffice");
    convert_to_pdf(job.output, *job.pdf, inv);
  }
  return status_for(diags);
}

}  // namespace docket::cli
