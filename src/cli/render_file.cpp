#include "cli/render_file.hpp"

#include <optional>

#include "cli/data_input.hpp"
#include "papers/publish.hpp"
#include "support/files.hpp"
#include "support/temp_folder.hpp"
#include "template/template.hpp"

namespace docket::cli {

int render_file(const RenderJob& job, Invocation& inv) {
  auto step = [&](std::string what) { inv.progress.begin({std::move(what), job.index, job.count}); };
  const bool draft = inv.args.count("draft") > 0;
  tmpl::TemplateOptions options{format::Locale(inv.args["locale"].as<std::string>())};

  Diagnostics diags;
  step("reading the template " + job.template_path);
  auto tpl = tmpl::Template::load(job.template_path, options, diags);
  step("reading and checking the data " + job.data);
  xml::SchemaCache schemas;
  auto loaded = load_data_for_template(job.data, inv, schemas, diags);
  // Rendering runs even when the template has errors, so that data problems are reported in
  // the same run; nothing is written then unless --draft.
  // --publish renders into a scratch folder and writes the cleaned document as the output.
  std::optional<TempFolder> work;
  if (inv.args.count("publish")) work.emplace("docket-render");
  const std::string rendered = work ? (work->path() / "rendered.docx").string() : job.output;
  bool written = false;
  if (loaded.data) {
    step("rendering " + (work ? std::string("the document") : job.output));
    written = tmpl::render(tpl, *loaded.data, rendered,
                           {.draft = draft, .status_fill = tmpl::scheme_colours(loaded.colours)}, diags);
  }
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
