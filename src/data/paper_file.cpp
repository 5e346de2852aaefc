#include "data/paper_file.hpp"

#include <array>
#include <fstream>

#include "data/detail/paper_checks.hpp"
#include "data/detail/rules_values.hpp"
#include "support/error.hpp"
#include "support/files.hpp"
#include "zip/zip_reader.hpp"

namespace docket::data {

namespace {

struct Format {
  PaperFormat format;
  std::string_view extensions;  // space-separated, the usual one first
  std::string_view description;
};

constexpr std::array<Format, 10> kFormats = {{
    {PaperFormat::docx, ".docx", "a Word document (DOCX)"},
    {PaperFormat::pdf, ".pdf", "a PDF"},
    {PaperFormat::doc, ".doc", "a Word 97-2003 document (DOC)"},
    {PaperFormat::odt, ".odt", "an OpenDocument text document (ODT)"},
    {PaperFormat::rtf, ".rtf", "a rich text document (RTF)"},
    {PaperFormat::xlsx, ".xlsx", "an Excel spreadsheet (XLSX)"},
    {PaperFormat::ods, ".ods", "an OpenDocument spreadsheet (ODS)"},
    {PaperFormat::pptx, ".pptx", "a PowerPoint presentation (PPTX)"},
    {PaperFormat::png, ".png", "a PNG image"},
    {PaperFormat::jpeg, ".jpg .jpeg", "a JPEG image"},
}};

const Format* find(PaperFormat format) {
  for (const auto& f : kFormats) {
    if (f.format == format) return &f;
  }
  return nullptr;
}

std::string usual_extension(PaperFormat format) {
  const auto ext = find(format)->extensions;
  return std::string(ext.substr(0, ext.find(' ')));
}

std::string head_of(const std::filesystem::path& file, std::size_t count) {
  std::ifstream in(file, std::ios::binary);
  std::string head(count, '\0');
  in.read(head.data(), static_cast<std::streamsize>(count));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

// An OLE2 compound file holding an "EncryptionInfo" stream: how Office saves a DOCX, XLSX
// or PPTX with a password (the zip package is inside, encrypted).
bool is_encrypted_office_file(const std::filesystem::path& file) {
  const std::string bytes = read_file(file, 64u << 20);
  const std::u16string name = u"EncryptionInfo";
  const std::string utf16(reinterpret_cast<const char*>(name.data()), name.size() * 2);
  return contains(bytes, utf16);
}

// What kind of zip package it is, by its content types (OOXML) or mimetype entry (ODF).
PaperFormat package_kind(zip::ZipReader& zip) {
  if (const auto* types = zip.find("[Content_Types].xml")) {
    const std::string xml = zip.read(*types);
    if (contains(xml, "wordprocessingml.document.main+xml") || contains(xml, "wordprocessingml.template.main+xml") ||
        contains(xml, "ms-word.document.macroEnabled.main+xml")) {
      return PaperFormat::docx;
    }
    if (contains(xml, "spreadsheetml.sheet.main+xml")) return PaperFormat::xlsx;
    if (contains(xml, "presentationml.presentation.main+xml")) return PaperFormat::pptx;
  }
  if (const auto* mimetype = zip.find("mimetype")) {
    const std::string type = zip.read(*mimetype);
    if (type == "application/vnd.oasis.opendocument.text") return PaperFormat::odt;
    if (type == "application/vnd.oasis.opendocument.spreadsheet") return PaperFormat::ods;
  }
  return PaperFormat::unknown;
}

PaperProblem damaged(const std::string& detail) {
  return {"is damaged: " + detail, "open it in the program that made it and save it again, or ask the sender for a new copy",
          "paper-damaged"};
}

// The zip reader's message without the file name it starts with ("is damaged or truncated: …").
std::string without_name(const std::string& message, const std::filesystem::path& file) {
  const std::string name = file.string();
  if (message.rfind(name, 0) == 0) {
    const auto rest = message.substr(name.size());
    return rest.rfind(": ", 0) == 0 ? rest.substr(2) : rest.rfind(" ", 0) == 0 ? rest.substr(1) : rest;
  }
  return message;
}

}  // namespace

PaperFormat format_by_name(const std::filesystem::path& file) {
  const std::string ext = detail::ascii_lower(file.extension().string());
  if (ext.empty()) return PaperFormat::unknown;
  for (const auto& f : kFormats) {
    for (auto rest = f.extensions; !rest.empty();) {
      const auto space = rest.find(' ');
      if (rest.substr(0, space) == ext) return f.format;
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
  }
  return PaperFormat::unknown;
}

PaperFormat format_by_content(std::string_view head) {
  auto starts = [&](std::string_view magic) { return head.substr(0, magic.size()) == magic; };
  if (contains(head.substr(0, 1024), "%PDF-")) return PaperFormat::pdf;  // a PDF may start with junk
  if (starts("PK\x03\x04") || starts("PK\x05\x06")) return PaperFormat::docx;
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return PaperFormat::doc;
  if (starts("{\\rtf")) return PaperFormat::rtf;
  if (starts("\x89PNG\r\n\x1A\n")) return PaperFormat::png;
  if (starts("\xFF\xD8\xFF")) return PaperFormat::jpeg;
  return PaperFormat::unknown;
}

std::string_view format_description(PaperFormat format) {
  const Format* f = find(format);
  return f ? f->description : "a file of a kind docket does not know";
}

bool is_image(PaperFormat format) { return format == PaperFormat::png || format == PaperFormat::jpeg; }

std::optional<PaperProblem> check_paper(const std::filesystem::path& file) {
  const PaperFormat named = format_by_name(file);
  if (named == PaperFormat::unknown) {
    return PaperProblem{"is not a kind of paper docket can put in a pack",
                        "save it as a Word document (.docx) or a PDF; docket also takes .doc, .odt, .rtf, .xlsx, "
                        ".ods, .pptx, .png and .jpg files",
                        "paper-unsupported-type"};
  }
  PaperFormat actual = format_by_content(head_of(file, 1024));
  std::optional<zip::ZipReader> zip;
  if (actual == PaperFormat::docx) {
    try {
      zip.emplace(zip::ZipReader::open(file));
      actual = package_kind(*zip);
    } catch (const IoError& e) {
      return PaperProblem{without_name(e.what(), file), e.hint(), "paper-damaged"};
    }
  }
  const std::string name = std::string(format_description(named));
  if (actual != named) {
    if (actual == PaperFormat::doc && (named == PaperFormat::docx || named == PaperFormat::xlsx || named == PaperFormat::pptx) &&
        is_encrypted_office_file(file)) {
      return PaperProblem{"is a password-protected " + name.substr(name.find(' ') + 1),
                          "open it, remove the password (File › Info › Protect Document › Encrypt with Password, then "
                          "clear the password) and save it again",
                          "paper-encrypted"};
    }
    if (actual == PaperFormat::unknown) {
      return PaperProblem{"is not " + name + ": its content is not one",
                          "open it to check it is the right file, and save it again as " + name, "paper-content-mismatch"};
    }
    return PaperProblem{"is " + std::string(format_description(actual)) + ", not " + name + " as its name says",
                        "rename it to end in " + usual_extension(actual) + ", or name the right file",
                        "paper-content-mismatch"};
  }
  if (actual == PaperFormat::pdf) return detail::check_pdf_paper(file);
  if (is_image(actual) && !image_size(read_file(file, 256u << 20), actual)) {
    return damaged("its image header cannot be read");
  }
  return std::nullopt;
}

}  // namespace docket::data
