#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>

#include "cli/command.hpp"
#include "cli/exit_status.hpp"
#include "cli/render_file.hpp"
#include "support/error.hpp"
#include "support/files.hpp"

namespace docket::cli {

namespace {

namespace fs = std::filesystem;

// A template is named first: a Word document by its extension, or any file that is a zip
// package (data files are XML).
bool is_template(const std::string& name) {
  std::string ext = fs::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".docx" || ext == ".dotx" || ext == ".docm" || ext == ".dotm") return true;
  if (name == "-") return false;
  std::ifstream in(name, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, 4) && std::string_view(magic, 4) == std::string_view("PK\x03\x04", 4);
}

struct Inputs {
  std::string template_path;
  std::vector<std::string> data;
};

Inputs inputs(const Invocation& inv) {
  Inputs in;
  if (inv.args.count("inputs")) in.data = inv.args["inputs"].as<std::vector<std::string>>();
  if (inv.args.count("template")) {
    in.template_path = inv.args["template"].as<std::string>();
  } else if (!in.data.empty() && is_template(in.data.front())) {
    in.template_path = in.data.front();
    in.data.erase(in.data.begin());
  } else {
    in.template_path = house_template().string();
  }
  if (in.data.empty()) throw UsageError("missing DATA.xml", "run docket render --help for the usage");
  return in;
}

std::optional<std::string> pdf_option(const Invocation& inv) {
  if (!inv.args.count("pdf")) return std::nullopt;
  return inv.args["pdf"].as<std::string>();
}

// Several data files: -o (and --pdf) name folders, each output named after its data file.
int render_many(const Inputs& in, Invocation& inv) {
  const fs::path folder = inv.args["output"].as<std::string>();
  const auto pdf_folder = pdf_option(inv);
  std::set<std::string> stems;
  for (const auto& d : in.data) {
    if (d == "-") throw UsageError("standard input (-) cannot be one of several data files", "name a file");
    if (!stems.insert(fs::path(d).stem().string()).second) {
      throw UsageError("two data files are both called " + fs::path(d).filename().string() +
                           ", so their documents would have the same name",
                       "render them separately, each with its own -o");
    }
  }
  for (const auto& dir : {std::optional<std::string>(folder.string()), pdf_folder}) {
    std::error_code ec;
    if (!dir) continue;
    if (*dir == "-" || (fs::exists(*dir, ec) && !fs::is_directory(*dir, ec))) {
      throw UsageError("with several data files, -o and --pdf name folders; " + *dir + " is not a folder",
                       "name a folder for the documents, e.g. -o out/reports");
    }
    fs::create_directories(*dir);
  }
  int worst = exit_ok;
  for (std::size_t i = 0; i < in.data.size(); ++i) {
    const std::string stem = fs::path(in.data[i]).stem().string();
    RenderJob job{.template_path = in.template_path, .data = in.data[i],
                  .output = (folder / (stem + ".docx")).string(), .index = i, .count = in.data.size()};
    if (pdf_folder) job.pdf = (fs::path(*pdf_folder) / (stem + ".pdf")).string();
    int status = exit_ok;
    try {
      status = render_file(job, inv);
    } catch (const Error&) {
      inv.progress.pause();
      status = report_failure(std::current_exception(), inv.json, inv.err);
    }
    worst = std::max(worst, status);
  }
  return worst;
}

int render(Invocation& inv) {
  const Inputs in = inputs(inv);
  if (!inv.args.count("output")) throw UsageError("missing -o OUT.docx", "run docket render --help for the usage");
  if (in.data.size() > 1) return render_many(in, inv);
  return render_file({.template_path = in.template_path, .data = in.data.front(),
                      .output = inv.args["output"].as<std::string>(), .pdf = pdf_option(inv)},
                     inv);
}

}  // namespace

Command render_command() {
  return {
      .name = "render",
      .summary = "fill a template with data",
      .synopsis = "docket render [TEMPLATE.docx] DATA.xml -o OUT.docx [--schema FILE.xsd] [--scheme FILE.xml] [--locale en-GB]\n"
                  "              [--draft] [--publish] [--pdf OUT.pdf] [--soffice PROGRAM]\n"
                  "       docket render [TEMPLATE.docx] DATA.xml... -o FOLDER [--pdf FOLDER] ...",
      .details =
          "With no template, or when the first file is data, the house template is used: the council's own\n"
          "when DOCKET_HOUSE_TEMPLATE names one, else the shipped templates/committee-report.docx.\n\n"
          "The data is validated against its schema first (chosen by its root element, or --schema).\n"
          "Every problem is reported at once; nothing is written when there is any error, unless\n"
          "--draft is given: then the document is written with [MISSING: …] markers and the exit\n"
          "status is still 1.\n"
          "--publish cleans the document for publication: tracked changes accepted; comments, hidden\n"
          "text, personal details (author, last editor, company), custom properties and custom XML removed.\n\n"
          "With several data files, -o (and --pdf) name folders and each document is named after its data\n"
          "file; every file is rendered whatever happened to the others, and the exit status is the\n"
          "highest any had.",
      .examples = {{"docket render fixtures/reports/s0-peterborough-q2-2023-24.xml -o out/s0.docx",
                    "a report in the house template"},
                   {"docket render templates/committee-report.docx fixtures/reports/s0-peterborough-q2-2023-24.xml "
                    "-o out/s0.docx --pdf out/s0.pdf",
                    "a named template, and a PDF through LibreOffice"},
                   {"docket render fixtures/reports/*.xml -o out/reports", "every report in a folder, one document each"}},
      .options =
          [](po::options_description& opts, po::positional_options_description& pos) {
            opts.add_options()
                ("inputs", po::value<std::vector<std::string>>()->value_name("FILE"), "the template (optional), then the data files (- for standard input)")
                ("template", po::value<std::string>()->value_name("TEMPLATE.docx"), "the template, when it is not named first")
                ("output,o", po::value<std::string>()->value_name("OUT.docx"), "the document to write (- for standard output); a folder for several data files")
                ("schema", po::value<std::string>()->value_name("FILE.xsd"), "validate the data against this XSD")
                ("scheme", po::value<std::string>()->value_name("FILE.xml"), "status scheme file, instead of the one the data names")
                ("locale", po::value<std::string>()->value_name("LOCALE")->default_value("en-GB"), "locale for dates and numbers")
                ("bank-holidays", po::value<std::string>()->value_name("FILE.xml"), "bank holiday calendar for the working-day functions (default: docket's own)")
                ("draft", "write the document even with errors, marking the gaps")
                ("publish", "clean the document for publication (changes accepted, comments and hidden text removed)")
                ("pdf", po::value<std::string>()->value_name("OUT.pdf"), "also convert the document to PDF with LibreOffice")
                ("soffice", po::value<std::string>()->value_name("PROGRAM"), "LibreOffice's soffice program for --pdf (as DOCKET_SOFFICE)");
            pos.add("inputs", -1);
          },
      .handler = render,
  };
}

}  // namespace docket::cli
