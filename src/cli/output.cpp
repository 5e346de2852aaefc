// What every command prints besides its own output: problems, what it wrote, and PDFs made
// through LibreOffice.
#include <ostream>

#include "cli/command.hpp"
#include "pack/report_pdf.hpp"
#include "pack/soffice.hpp"
#include "support/error.hpp"

namespace docket::cli {

int status_for(const Diagnostics& diags) { return diags.has_errors() ? 1 : 0; }

void print_diagnostics(const Diagnostics& diags, Invocation& inv) {
  inv.progress.pause();
  for (const auto& d : diags) {
    inv.err << (inv.json ? to_json(d) : to_text(d)) << "\n";
  }
  if (!inv.json && diags.size() > 1) {
    inv.err << diags.error_count() << " error(s), " << diags.warning_count() << " warning(s)\n";
  }
}

void report_done(const std::string& line, Invocation& inv) {
  inv.progress.pause();
  if (!inv.quiet && !inv.json) inv.err << line << "\n";
}

void convert_to_pdf(const std::string& docx, const std::string& pdf, Invocation& inv) {
  if (docx == "-") throw UsageError("--pdf needs the document written to a file, not to standard output");
  pack::PdfOptions options;
  if (inv.args.count("soffice")) options.soffice = inv.args["soffice"].as<std::string>();
  pack::convert_report_to_pdf(docx, pdf, options);
  report_done("wrote " + pdf, inv);
}

}  // namespace docket::cli
