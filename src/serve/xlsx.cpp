#include "serve/xlsx.hpp"

#include <chrono>
#include <cmath>
#include <map>

#include "ooxml/names.hpp"
#include "ooxml/package.hpp"
#include "support/error.hpp"
#include "xml/node.hpp"

namespace docket::serve::xlsx {

namespace {

constexpr std::string_view kSharedStrings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
// Far more than a KPI export has, and small enough that a hostile sheet cannot fill memory.
constexpr std::size_t kMaxColumns = 256;
constexpr std::size_t kMaxRows = 20000;

enum class Shown { general, percent, date };

std::string ns_attribute(const xmlNode* n, const char* name, std::string_view ns) {
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name, BAD_CAST std::string(ns).c_str());
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

// A format code's meaning, with its quoted text, [colour] and \-escaped characters removed.
Shown shown_by(std::string_view code) {
  std::string bare;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') i = std::min(code.find('"', i + 1), code.size());
    else if (c == '[') i = std::min(code.find(']', i + 1), code.size());
    else if (c == '\\' || c == '_' || c == '*') ++i;
    else bare += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (bare.find('%') != std::string::npos) return Shown::percent;
  if (bare.find('y') != std::string::npos || bare.find('d') != std::string::npos) return Shown::date;
  return Shown::general;
}

Shown builtin(long id) {
  if (id == 9 || id == 10) return Shown::percent;
  if ((id >= 14 && id <= 17) || id == 22) return Shown::date;
  return Shown::general;
}

// How each cell style (the c/@s index) shows numbers.
std::vector<Shown> cell_styles(ooxml::Package& pkg, const ooxml::Relationships& rels, Diagnostics& diags) {
  std::vector<Shown> shown;
  const auto* r = rels.first_of_type(ooxml::rel::styles);
  if (r == nullptr) return shown;
  auto doc = pkg.parse_part(rels.target_part(*r), diags);
  if (!doc) return shown;
  std::map<long, Shown> custom;
  for (const xmlNode* f : xml::children(xml::child(doc->root(), "numFmts"), "numFmt")) {
    custom[std::atol(xml::attribute(f, "numFmtId").value_or("0").c_str())] = shown_by(xml::attribute(f, "formatCode").value_or(""));
  }
  for (const xmlNode* xf : xml::children(xml::child(doc->root(), "cellXfs"), "xf")) {
    const long id = std::atol(xml::attribute(xf, "numFmtId").value_or("0").c_str());
    const auto it = custom.find(id);
    shown.push_back(it != custom.end() ? it->second : builtin(id));
  }
  return shown;
}

std::vector<std::string> shared_strings(ooxml::Package& pkg, const ooxml::Relationships& rels, Diagnostics& diags) {
  std::vector<std::string> strings;
  const auto* r = rels.first_of_type(kSharedStrings);
  if (r == nullptr) return strings;
  auto doc = pkg.parse_part(rels.target_part(*r), diags);
  if (!doc) return strings;
  for (const xmlNode* si : xml::children(doc->root(), "si")) {
    // Plain text, or rich-text runs; phonetic guides (rPh) are not shown in the cell.
    std::string s = xml::child_text(si, "t").value_or("");
    for (const xmlNode* run : xml::children(si, "r")) s += xml::child_text(run, "t").value_or("");
    strings.push_back(std::move(s));
  }
  return strings;
}

// "C12" → column 3 (1-based); 0 when the reference is absent or not a cell's.
std::size_t column_of(std::string_view ref) {
  std::size_t column = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    if (column > kMaxColumns) return column;
  }
  return column;
}

std::string cell_text(const xmlNode* c, const std::vector<std::string>& strings, const std::vector<Shown>& styles, bool date1904) {
  const std::string type = xml::attribute(c, "t").value_or("n");
  if (type == "inlineStr") {
    const xmlNode* is = xml::child(c, "is");
    std::string s = xml::child_text(is, "t").value_or("");
    for (const xmlNode* run : xml::children(is, "r")) s += xml::child_text(run, "t").value_or("");
    return s;
  }
  const std::string v = xml::child_text(c, "v").value_or("");
  if (type == "s") {
    const auto i = static_cast<std::size_t>(std::atol(v.c_str()));
    return i < strings.size() ? strings[i] : std::string();
  }
  if (type == "b") return v == "1" ? "TRUE" : "FALSE";
  if (type != "n" || v.empty()) return v;  // str (a formula's text), e (#N/A …)
  const auto s = static_cast<std::size_t>(std::atol(xml::attribute(c, "s").value_or("0").c_str()));
  const Shown shown = s < styles.size() ? styles[s] : Shown::general;
  if (shown == Shown::percent) return general_number(v, 2) + "%";
  if (shown == Shown::date) {
    std::string d = serial_date(v, date1904);
    if (!d.empty()) return d;
  }
  return general_number(v);
}

}  // namespace

bool looks_like_package(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

std::string general_number(std::string_view stored, int shift) {
  std::string_view s = stored;
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  std::string digits;
  long point = -1;
  std::size_t i = 0;
  for (; i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.'); ++i) {
    if (s[i] == '.') {
      if (point >= 0) return std::string(stored);
      point = static_cast<long>(digits.size());
    } else {
      digits += s[i];
    }
  }
  if (digits.empty()) return std::string(stored);
  if (point < 0) point = static_cast<long>(digits.size());
  if (i < s.size()) {
    if (s[i] != 'e' && s[i] != 'E') return std::string(stored);
    std::string_view e = s.substr(i + 1);
    const bool e_negative = !e.empty() && e.front() == '-';
    if (!e.empty() && (e.front() == '-' || e.front() == '+')) e.remove_prefix(1);
    if (e.empty() || e.size() > 4 || e.find_first_not_of("0123456789") != std::string_view::npos) return std::string(stored);
    const long exponent = std::atol(std::string(e).c_str());
    point += e_negative ? -exponent : exponent;
  }
  point += shift;
  // Leading zeros out; then 15 significant digits, as Excel shows a stored double.
  while (digits.size() > 1 && digits.front() == '0') {
    digits.erase(0, 1);
    --point;
  }
  if (digits.size() > 15) {
    const bool up = digits[15] >= '5';
    digits.resize(15);
    for (std::size_t k = digits.size(); up && k-- > 0;) {
      if (digits[k] == '9') {
        digits[k] = '0';
        if (k == 0) {
          digits.insert(0, "1");
          ++point;
        }
      } else {
        ++digits[k];
        break;
      }
    }
  }
  while (static_cast<long>(digits.size()) > std::max(point, 1L) && digits.back() == '0') digits.pop_back();
  if (digits == "0") return "0";
  std::string out = negative ? "-" : "";
  if (point <= 0) out += "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  else if (point >= static_cast<long>(digits.size())) out += digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
  else out += digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
  return out;
}

std::string serial_date(std::string_view stored, bool date1904) {
  char* end = nullptr;
  const std::string text(stored);
  const double serial = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !(serial >= 0 && serial < 2958466)) return {};
  const auto day = static_cast<long>(std::floor(serial));
  using namespace std::chrono;
  sys_days date;
  if (date1904) {
    date = sys_days{year{1904} / January / 1} + days{day};
  } else {
    // Excel counts 29 February 1900, which did not exist (Lotus 1-2-3's mistake, kept).
    if (day < 1 || day == 60) return {};
    date = sys_days{year{1899} / December / (day < 60 ? 31 : 30)} + days{day};
  }
  const year_month_day ymd{date};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

csv::Table read_table(std::string bytes, const std::string& display_name) {
  const std::string hint = "Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then upload that.";
  std::optional<ooxml::Package> pkg;
  try {
    pkg.emplace(ooxml::Package::from_bytes(std::move(bytes), display_name));
  } catch (const IoError&) {
    throw InvalidInput(display_name + " is not an Excel workbook (.xlsx) docket can read", hint);
  }
  Diagnostics diags;
  const std::string book_part = pkg->main_document();
  auto book = pkg->parse_part(book_part, diags);
  if (!book || xml::local_name(book->root()) != "workbook") {
    throw InvalidInput(display_name + " is not an Excel workbook: it holds no sheets", hint);
  }
  const auto& rels = pkg->relationships(book_part);
  const auto pr = xml::attribute(xml::child(book->root(), "workbookPr"), "date1904");
  const bool date1904 = pr == "1" || pr == "true";
  const xmlNode* sheet = nullptr;
  for (const xmlNode* s : xml::children(xml::child(book->root(), "sheets"), "sheet")) {
    const std::string state = xml::attribute(s, "state").value_or("visible");
    if (state == "visible") {
      sheet = s;
      break;
    }
  }
  const auto* sheet_rel = sheet ? rels.find(ns_attribute(sheet, "id", ooxml::ns::r)) : nullptr;
  const std::string sheet_part = sheet_rel ? rels.target_part(*sheet_rel) : std::string();
  if (sheet_part.empty() || !pkg->has_part(sheet_part)) {
    throw InvalidInput(display_name + " has no sheet docket can read", hint);
  }
  const std::string sheet_name = xml::attribute(sheet, "name").value_or("");
  const auto strings = shared_strings(*pkg, rels, diags);
  const auto styles = cell_styles(*pkg, rels, diags);
  auto data = pkg->parse_part(sheet_part, diags);
  if (!data || !diags.items().empty()) {
    throw InvalidInput(display_name + " is damaged: its sheet \u2018" + sheet_name + "\u2019 could not be read", hint);
  }

  csv::Table table;
  table.encoding = "an Excel workbook";
  table.sheet = sheet_name;
  for (const xmlNode* row : xml::children(xml::child(data->root(), "sheetData"), "row")) {
    std::vector<std::string> cells;
    std::size_t column = 0;
    for (const xmlNode* c : xml::children(row, "c")) {
      const std::size_t at = column_of(xml::attribute(c, "r").value_or(""));
      column = at > 0 ? at : column + 1;
      if (column > kMaxColumns) {
        throw UnsafeInput("The sheet \u2018" + sheet_name + "\u2019 in " + display_name + " has cells beyond column " +
                              std::to_string(kMaxColumns) + ", more than an import takes",
                          "Copy the KPI columns into a new workbook and upload that.");
      }
      std::string text = csv::trimmed(cell_text(c, strings, styles, date1904));
      if (text.empty()) continue;
      if (cells.size() < column) cells.resize(column);
      cells[column - 1] = std::move(text);
    }
    if (cells.empty()) continue;  // blank rows are dropped, as in CSV files
    if (table.rows.size() == kMaxRows) {
      throw UnsafeInput("The sheet \u2018" + sheet_name + "\u2019 in " + display_name + " has more than " + std::to_string(kMaxRows) +
                            " rows, more than an import takes",
                        "Copy the KPI rows into a new workbook and upload that.");
    }
    table.rows.push_back(std::move(cells));
  }
  return table;
}

}  // namespace docket::serve::xlsx
