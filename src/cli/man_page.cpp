#include "cli/man_page.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "cli/exit_status.hpp"
#include "cli/help.hpp"
#include "support/files.hpp"

namespace docket::cli {

namespace {

// Text for roff: backslashes escaped, and a line that would start with a control character
// ('.' or ') kept as text.
std::string roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

// Command lines and option names: hyphens are minus signs, so they can be copied.
std::string code(const std::string& text) {
  std::string out;
  for (char c : roff(text)) {
    if (c == '-') out += "\\-";
    else out += c;
  }
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

void header(std::ostream& out, const std::string& name, const std::string& date) {
  out << ".\\\" Generated from docket's command table by make_docs; edit src/cli, not this file.\n"
      << ".TH " << code(upper(name)) << " 1 \"" << date << "\" \"docket " << version() << "\" \"docket manual\"\n"
      << ".nh\n";  // file names are not hyphenated
}

// Paragraphs separated by blank lines; the lines within one are joined by roff's filling.
void paragraphs(std::ostream& out, const std::string& text) {
  std::istringstream in(text);
  std::string line;
  bool open = false;
  while (std::getline(in, line)) {
    if (line.empty()) {
      open = false;
      continue;
    }
    if (!open) out << ".PP\n";
    open = true;
    out << roff(line) << "\n";
  }
}

void options(std::ostream& out, const po::options_description& opts) {
  for (const auto& d : opts.options()) {
    out << ".TP\n";
    const std::string shorter = d->canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (shorter.size() == 2 && shorter[0] == '-') out << "\\fB" << code(shorter) << "\\fR, ";
    out << "\\fB" << code("--" + d->long_name()) << "\\fR";
    std::string meaning = d->description();
    if (d->semantic()->max_tokens() > 0) {
      std::string value = d->semantic()->name();
      if (auto at = value.find(" (="); at != std::string::npos) {
        meaning += " (default: " + value.substr(at + 3, value.size() - at - 4) + ")";
        value.erase(at);
      }
      out << " \\fI" << code(value) << "\\fR";
    }
    out << "\n" << roff(meaning) << "\n";
  }
}

void trailer(std::ostream& out, const std::string& self) {
  out << ".SH \"EXIT STATUS\"\n";
  for (const auto& e : exit_status_meanings()) out << ".TP\n.B " << e.status << "\n" << roff(e.meaning) << "\n";
  out << ".SH ENVIRONMENT\n";
  for (const auto& e : environment_variables()) out << ".TP\n.B " << e.name << "\n" << roff(e.meaning) << "\n";
  out << ".SH \"SEE ALSO\"\n";
  std::string see = self == "docket" ? "" : "\\fBdocket\\fR(1)";
  for (const auto& c : commands()) {
    if ("docket-" + c.name == self) continue;
    see += (see.empty() ? "" : ", ") + std::string("\\fBdocket\\-") + code(c.name) + "\\fR(1)";
  }
  out << see << "\n.PP\nThe guides in /usr/share/doc/docket/guides (docs/ in the source): cli.md,\n"
      << "install.md, template\\-language.md and data/*.md.\n";
}

}  // namespace

std::string overview_man_page(const std::string& date) {
  std::ostringstream out;
  header(out, "docket", date);
  out << ".SH NAME\ndocket \\- committee reports and agenda packs from Word templates\n"
      << ".SH SYNOPSIS\n.nf\n\\fBdocket\\fR \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
      << "\\fBdocket help\\fR [\\fICOMMAND\\fR]\n\\fBdocket \\-\\-version\\fR\n.fi\n"
      << ".SH DESCRIPTION\n.PP\n"
      << "docket fills council committee\\-report templates (Word .docx) from XML data, checked against an XML\n"
      << "Schema and the committee\\-paper rules, and assembles agenda packs: a front sheet, then every item's\n"
      << "papers in order, each on an odd page, exempt papers withheld from the public pack.\n"
      << ".PP\nEvery problem found is reported at once on standard error, as\n"
      << ".IR FILE : LINE : COL \": error: message\"\nwith a hint saying what to do.\n"
      << ".SH COMMANDS\n";
  for (const auto& c : commands()) {
    out << ".TP\n\\fB" << code(c.name) << "\\fR\n" << roff(c.summary) << "; see \\fBdocket\\-" << code(c.name)
        << "\\fR(1).\n";
  }
  out << ".SH OPTIONS\n";
  options(out, common_options());
  out << ".TP\n\\fB\\-V\\fR, \\fB\\-\\-version\\fR\nprint docket's version and stop\n";
  out << ".SH FILES\n.TP\n.I /usr/share/docket/schemas\n"
      << "the XML Schemas of report and agenda data, and status\\-schemes/ (each council's KPI statuses and risk "
         "matrices)\n"
      << ".TP\n.I /usr/share/docket/templates\nthe house report template, the agenda front sheet and the exempt "
         "notice\n"
      << ".PP\nA program installed as \\fIPREFIX\\fR/bin/docket reads \\fIPREFIX\\fR/share/docket; see "
         "DOCKET_DATA_DIR.\n";
  trailer(out, "docket");
  return out.str();
}

std::string command_man_page(const Command& c, const std::string& date) {
  std::ostringstream out;
  header(out, "docket-" + c.name, date);
  out << ".SH NAME\ndocket\\-" << code(c.name) << " \\- " << roff(c.summary) << "\n.SH SYNOPSIS\n.nf\n";
  // --help prints the synopsis after "Usage: ", so its later lines are indented for that.
  std::istringstream synopsis(c.synopsis);
  bool first = true;
  for (std::string line; std::getline(synopsis, line); first = false) {
    if (!first) line.erase(0, std::min(line.find_first_not_of(' '), std::string("Usage: ").size()));
    const auto start = line.find_first_not_of(' ');
    if (start != std::string::npos && line.compare(start, 7, "docket ") == 0) {
      out << line.substr(0, start) << "\\fBdocket " << code(c.name) << "\\fR"
          << code(line.substr(start + 7 + c.name.size())) << "\n";
    } else {
      out << code(line) << "\n";
    }
  }
  out << ".fi\n.SH DESCRIPTION\n";
  std::string summary = c.summary;
  summary[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(summary[0])));
  paragraphs(out, summary + ".\n\n" + c.details);
  po::positional_options_description pos;
  out << ".SH OPTIONS\n";
  options(out, own_options(c, pos));
  out << ".SH \"COMMON OPTIONS\"\n";
  options(out, common_options());
  if (!c.examples.empty()) {
    out << ".SH EXAMPLES\n";
    for (const auto& e : c.examples) {
      out << ".PP\n" << roff(e.what) << ":\n.PP\n.RS\n.nf\n" << code(e.command) << "\n.fi\n.RE\n";
    }
  }
  trailer(out, "docket-" + c.name);
  return out.str();
}

}  // namespace docket::cli
