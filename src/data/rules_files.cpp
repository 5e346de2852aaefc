// Files the data names (agenda papers, report appendices): they must exist inside the data
// file's folder, so that the pack can be built, and agree with their declared media type; an
// agenda's papers must be of a kind docket can use, and be what their names say.
#include <array>
#include <filesystem>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "data/paper_file.hpp"
#include "data/papers_folder.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

namespace fs = std::filesystem;

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// RFC 3986 scheme ("https:", "file:"); a Windows drive ("C:") looks the same and is as bad.
bool has_scheme(std::string_view href) {
  const auto colon = href.find(':');
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(href[0])) return false;
  for (char c : href.substr(0, colon)) {
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

// An anyURI is a URI reference: "my%20paper.docx" names "my paper.docx".
std::string percent_decoded(std::string_view href) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < href.size(); ++i) {
    if (href[i] == '%' && i + 2 < href.size() && hex(href[i + 1]) >= 0 && hex(href[i + 2]) >= 0) {
      out += static_cast<char>(hex(href[i + 1]) * 16 + hex(href[i + 2]));
      i += 2;
    } else {
      out += href[i];
    }
  }
  return out;
}

struct MediaType {
  std::string_view extension;
  std::string_view type;
  std::string_view name;
};

constexpr std::array<MediaType, 11> kMediaTypes = {{
    {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document"},
    {".pdf", "application/pdf", "a PDF"},
    {".doc", "application/msword", "a Word 97-2003 document"},
    {".odt", "application/vnd.oasis.opendocument.text", "an OpenDocument text document"},
    {".rtf", "application/rtf", "a rich text document"},
    {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel spreadsheet"},
    {".ods", "application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"},
    {".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation"},
    {".png", "image/png", "a PNG image"},
    {".jpg", "image/jpeg", "a JPEG image"},
    {".jpeg", "image/jpeg", "a JPEG image"},
}};

const MediaType* by_extension(const std::string& href) {
  const std::string ext = ascii_lower(fs::path(percent_decoded(href)).extension().string());
  for (const auto& m : kMediaTypes) {
    if (m.extension == ext) return &m;
  }
  return nullptr;
}

const MediaType* by_type(const std::string& media_type, const MediaType* preferred) {
  // Parameters ("; charset=…") do not change the type; type names ignore case.
  const std::string type = ascii_lower(collapse_spaces(media_type.substr(0, media_type.find(';'))));
  if (preferred != nullptr && preferred->type == type) return preferred;  // .jpg and .jpeg share one
  for (const auto& m : kMediaTypes) {
    if (m.type == type) return &m;
  }
  return nullptr;
}

void check_report_source(RuleContext& rules, const xmlNode* report, const std::string& item) {
  const bool data = xml::attribute_node(report, "data") != nullptr;
  const bool href = xml::attribute_node(report, "href") != nullptr;
  if (data != href) return;
  rules.error(report,
              "the report of " + item + (data ? " gives both data and href" : " names no file"),
              "give data=\"…\" for a report written as data (docket renders it), or href=\"…\" "
              "for a finished DOCX or PDF (included as it is), not both",
              "rule.report-source");
}

// Where a named file may be: an agenda's papers must stay inside its papers folder (its own
// folder, or the serve workspace it is in), so that a pack built from someone else's agenda
// reads nothing else; a report may point at a sibling folder ("../papers/…"). Neither may name
// a web address: docket needs the file.
std::string placement_problem(const RuleContext& rules, const std::string& href, const fs::path& path) {
  if (has_scheme(href)) return ", a web address; docket needs the file itself";
  if (rules.data().kind() != DataKind::agenda) return {};
  const PapersFolder root = papers_folder(rules.data().folder());
  if (path.is_absolute() || path.has_root_directory() || path.has_root_name()) {
    return ", an absolute path; files must be inside " + root.name;
  }
  if (!lexically_inside(root.path, rules.data().folder() / path)) return ", which is outside " + root.name;
  return {};
}

}  // namespace

std::optional<std::filesystem::path> check_file(RuleContext& rules, const xmlNode* element, std::string_view attribute,
                                                std::string_view what, std::string_view missing_code) {
  const auto href = token_attribute(element, attribute);
  if (!href) return std::nullopt;
  const std::string noun(rules.noun());
  const std::string named = std::string(what) + " names " + *href;
  const fs::path path(percent_decoded(*href));
  if (const std::string problem = placement_problem(rules, *href, path); !problem.empty()) {
    rules.error(element, named + problem,
                "save the file in the " + noun + "'s folder (or a folder inside it) and name it "
                "by a relative path, such as papers/appendix-1.docx",
                "rule.file-outside-folder");
    return std::nullopt;
  }
  const fs::path full = path.is_absolute() ? path : rules.data().folder() / path;
  std::error_code ec;
  if (fs::is_regular_file(full, ec)) return full;
  const bool exists = fs::exists(full, ec);
  rules.error(element, named + (exists ? ", which is not a file" : ", which does not exist"),
              "paths are relative to the " + noun + "'s folder (" + rules.data().folder().string() +
                  "); check the spelling and that the file has been saved there",
              std::string(missing_code));
  return std::nullopt;
}

void check_media_type(RuleContext& rules, const xmlNode* element, std::string_view what,
                      std::string_view code) {
  const auto href = token_attribute(element, "href");
  const auto type = token_attribute(element, "mediaType");
  if (!href || !type) return;
  const MediaType* from_name = by_extension(*href);
  const MediaType* declared = by_type(*type, from_name);
  if (from_name == declared) return;  // agree, or docket knows neither
  const std::string message =
      std::string(what) + " names " + *href + (from_name ? ", " + std::string(from_name->name) : "") +
      ", but its mediaType is " + *type + (declared ? " (" + std::string(declared->name) + ")" : "");
  const std::string hint =
      from_name ? "set mediaType=\"" + std::string(from_name->type) + "\" for a " +
                      std::string(from_name->extension) + " file, or name the right file"
                : "name a " + std::string(declared->extension) + " file, or correct mediaType";
  rules.error(element, message, hint, std::string(code));
}

namespace {

// A paper the pack will use: of a kind docket takes, what its name says, readable.
void check_paper_file(RuleContext& rules, const xmlNode* element, const std::optional<fs::path>& file,
                      const std::string& what) {
  if (!file) return;
  const auto problem = check_paper(*file);
  if (!problem) return;
  const std::string message = what + " names " + token_attribute(element, "href").value_or("") + ", which " + problem->reason;
  if (problem->warning) rules.warning(element, message, problem->hint, "rule." + problem->code);
  else rules.error(element, message, problem->hint, "rule." + problem->code);
}

}  // namespace

void check_agenda_files(RuleContext& rules) {
  for (const xmlNode* item : xml::descendants(rules.root(), "item")) {
    const std::string name = item_name(item);
    if (const xmlNode* report = xml::child(item, "report")) {
      check_report_source(rules, report, name);
      check_file(rules, report, "data", "the report of " + name, "rule.document-file-missing");
      check_paper_file(rules, report, check_file(rules, report, "href", "the report of " + name, "rule.document-file-missing"),
                       "the report of " + name);
      check_file(rules, report, "template", "the report template of " + name,
                 "rule.document-file-missing");
    }
    for (const xmlNode* document : xml::children(item, "document")) {
      const std::string title = token_attribute(document, "title").value_or("");
      const std::string what = "the document " + in_quotes(title) + " of " + name;
      check_paper_file(rules, document, check_file(rules, document, "href", what, "rule.document-file-missing"), what);
      check_media_type(rules, document, what, "rule.document-media-type");
    }
    for (const xmlNode* appendix : xml::children(item, "appendix")) {
      const std::string what =
          "appendix " + token_attribute(appendix, "label").value_or("") + " of " + name;
      check_paper_file(rules, appendix, check_file(rules, appendix, "href", what, "rule.appendix-file-missing"), what);
      check_media_type(rules, appendix, what, "rule.appendix-media-type");
    }
  }
}

}  // namespace docket::data::detail
