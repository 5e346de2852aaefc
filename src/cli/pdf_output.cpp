#include "cli/command.hpp"
#include "pack/soffice.hpp"
#include "support/error.hpp"

namespace docket::cli {

void convert_to_pdf(const std::string& docx, const std::string& pdf, Invocation& inv) {
  if (docx == "-") throw UsageError("--pdf needs the document written to a file, not to standard output");
  pack::convert_to_pdf(docx, pdf);
  if (!inv.json) inv.err << "wrote " << pdf << "\n";
}

}  // namespace docket::cli
