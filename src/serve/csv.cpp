#include "serve/csv.hpp"

#include <regex>

namespace docket::serve::csv {

namespace {

// Windows-1252's 0x80–0x9F (the rest is Latin-1); 0 where the code page has no character.
constexpr char32_t kHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void put_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

char guess_delimiter(std::string_view text) {
  std::size_t tabs = 0, semis = 0, commas = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    tabs += c == '\t';
    semis += c == ';';
    commas += c == ',';
  }
  if (tabs > 0 && tabs >= semis && tabs >= commas) return '\t';
  if (semis > commas) return ';';
  return ',';
}

}  // namespace

std::string trimmed(std::string_view s) {
  auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  // Non-breaking spaces (UTF-8 C2 A0) at the ends, as Excel leaves them.
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return std::string(s);
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += n;
  }
  return true;
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (unsigned char c : bytes) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0xA0) put_utf8(kHigh[c - 0x80] ? kHigh[c - 0x80] : 0xFFFD, out);
    else put_utf8(c, out);
  }
  return out;
}

Table read_table(std::string_view bytes) {
  Table t;
  std::string text;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    text = std::string(bytes.substr(3));
    t.encoding = "UTF-8 with BOM";
  } else if (valid_utf8(bytes)) {
    text = std::string(bytes);
    t.encoding = "UTF-8";
  } else {
    text = windows_1252_to_utf8(bytes);
    t.encoding = "Windows-1252";
  }
  t.delimiter = guess_delimiter(text);
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, was_quoted = false;
  auto end_cell = [&] {
    row.push_back(was_quoted ? cell : trimmed(cell));
    cell.clear();
    was_quoted = false;
  };
  auto end_row = [&] {
    end_cell();
    bool blank = true;
    for (const auto& c : row) blank = blank && c.empty();
    if (!blank) t.rows.push_back(std::move(row));
    row.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"' && trimmed(cell).empty()) {
      cell.clear();
      quoted = was_quoted = true;
    } else if (c == t.delimiter) {
      end_cell();
    } else if (c == '\n') {
      end_row();
    } else if (c != '\r') {
      cell += c;
    }
  }
  if (!cell.empty() || !row.empty()) end_row();
  return t;
}

std::optional<std::string> number(std::string_view raw, bool decimal_comma, std::string& why) {
  std::string s;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == ' ' || c == '%' || c == '$') continue;
    if (c == 0xC2 && i + 1 < raw.size() && (static_cast<unsigned char>(raw[i + 1]) == 0xA0 || static_cast<unsigned char>(raw[i + 1]) == 0xA3)) {
      ++i;  // non-breaking space, £
      continue;
    }
    if (c == 0xE2 && raw.substr(i, 3) == "\u20AC") {
      i += 2;  // €
      continue;
    }
    if (c == 0xE2 && raw.substr(i, 3) == "\u2212") {
      s += '-';  // the minus sign
      i += 2;
      continue;
    }
    s += static_cast<char>(c);
  }
  if (s.empty()) {
    why = "is empty";
    return std::nullopt;
  }
  const auto dot = s.rfind('.'), comma = s.rfind(',');
  static const std::regex grouped_comma(R"(^-?\d{1,3}(,\d{3})+(\.\d+)?$)"), grouped_dot(R"(^-?\d{1,3}(\.\d{3})+(,\d+)?$)");
  if (dot != std::string::npos && comma != std::string::npos) {
    if (comma > dot) {  // 1.234,5
      if (!std::regex_match(s, grouped_dot)) { why = "is not a number"; return std::nullopt; }
      std::erase(s, '.');
      s[s.rfind(',')] = '.';
    } else {            // 1,234.5
      if (!std::regex_match(s, grouped_comma)) { why = "is not a number"; return std::nullopt; }
      std::erase(s, ',');
    }
  } else if (comma != std::string::npos) {
    if (decimal_comma && s.find(',') == comma) {
      s[comma] = '.';
    } else if (std::regex_match(s, grouped_comma)) {
      std::erase(s, ',');
    } else {
      why = "has a comma that is neither a thousands separator nor (in a semicolon-separated file) a decimal point";
      return std::nullopt;
    }
  }
  static const std::regex decimal(R"(^[+-]?(\d+(\.\d*)?|\.\d+)$)");
  if (!std::regex_match(s, decimal)) {
    why = "is not a number";
    return std::nullopt;
  }
  if (s.front() == '+') s.erase(0, 1);
  if (s.back() == '.') s.pop_back();
  return s;
}

std::optional<std::string> date(std::string_view raw, std::string& why) {
  const std::string s = trimmed(raw);
  static const std::regex uk(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$)"), iso(R"(^(\d{4})-(\d{2})-(\d{2})$)");
  std::smatch m;
  int d = 0, mo = 0, y = 0;
  if (std::regex_match(s, m, uk)) {
    d = std::stoi(m[1]), mo = std::stoi(m[2]), y = std::stoi(m[3]);
  } else if (std::regex_match(s, m, iso)) {
    y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
  } else {
    why = "is not a date like 31/03/2024";
    return std::nullopt;
  }
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (mo < 1 || mo > 12 || d < 1 || d > days[mo - 1] || (mo == 2 && d == 29 && !leap)) {
    why = "is not a real date";
    return std::nullopt;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, mo, d);
  return std::string(buf);
}

}  // namespace docket::serve::csv
