// DocumentAssembler's rules at render time: how Content prints a value (a node's text; True
// and False; numbers as .NET prints them), when Repeat, Table and Conditional fail, and its
// messages, so that a DocumentAssembler template renders to the same text here.
#include <charconv>
#include <cmath>

#include "template/runtime.hpp"
#include "xml/serialize.hpp"

namespace docket::tmpl {

namespace {

// A double as .NET's Double.ToString() prints it in the invariant culture: the shortest text
// that reads back to the same number, in E notation from 1E+15 up and below 1E-04 (0.00001
// prints 1E-05).
std::string dotnet_number(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "\u221E" : "-\u221E";
  if (v == 0) return std::signbit(v) ? "-0" : "0";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string s(buf, end);
  const auto e = s.find('e');
  const int exponent = std::stoi(s.substr(e + 1));
  std::string mantissa = s.substr(0, e);
  const bool negative = mantissa.front() == '-';
  if (negative) mantissa.erase(0, 1);
  std::string digits;
  for (char c : mantissa) {
    if (c != '.') digits += c;
  }
  std::string out;
  if (exponent >= 15 || exponent < -4) {
    out = digits.substr(0, 1) + (digits.size() > 1 ? "." + digits.substr(1) : "");
    std::string exp = std::to_string(std::abs(exponent));
    out += std::string("E") + (exponent < 0 ? "-" : "+") + (exp.size() < 2 ? "0" : "") + exp;
  } else if (exponent >= 0) {
    const auto whole = static_cast<std::size_t>(exponent) + 1;
    if (digits.size() <= whole) out = digits + std::string(whole - digits.size(), '0');
    else out = digits.substr(0, whole) + "." + digits.substr(whole);
  } else {
    out = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
  }
  return (negative ? "-" : "") + out;
}

bool whitespace_only(const xmlChar* text) {
  for (const xmlChar* c = text; c != nullptr && *c != 0; ++c) {
    if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') return false;
  }
  return true;
}

// An element's text as DocumentAssembler sees it: its data is loaded without the whitespace
// between elements (XElement.Load), so indentation is not part of an element's value.
void append_element_text(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) append_element_text(c, out);
    else if (c->type == XML_CDATA_SECTION_NODE) out += reinterpret_cast<const char*>(c->content);
    else if (c->type == XML_TEXT_NODE && !whitespace_only(c->content)) out += reinterpret_cast<const char*>(c->content);
  }
}

std::string da_node_value(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE) return xml::string_value(n);
  std::string out;
  append_element_text(n, out);
  return out;
}

constexpr const char* kErrorRun = "<w:r><w:rPr><w:color w:val=\"FF0000\"/><w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">";

}  // namespace

void Runtime::write_error_in_place(const std::string& message, Level level, ByteSink& out) {
  const char* open = level == Level::paragraph ? "<w:p>" : level == Level::row ? "<w:tr><w:tc><w:p>" : "";
  const char* close = level == Level::paragraph ? "</w:p>" : level == Level::row ? "</w:p></w:tc></w:tr>" : "";
  out.write(open);
  out.write(kErrorRun);
  xml::write_escaped_text(out, message);
  out.write("</w:t></w:r>");
  out.write(close);
  if (level == Level::paragraph) block_written(true);
}

std::optional<std::string> Runtime::da_string(std::size_t site, const Expression& e, bool optional) {
  std::string error;
  auto result = e.object(env_.xpath, current_, error);
  std::string message;
  if (!result) {
    message = "XPathException: " + error;
  } else if (result->type == XPATH_NODESET) {
    const int n = result->nodesetval ? result->nodesetval->nodeNr : 0;
    if (n == 1) return da_node_value(result->nodesetval->nodeTab[0]);
    if (n == 0 && optional) return std::string();
    message = "XPath expression (" + e.text() + ") returned " + (n == 0 ? "no results" : "more than one node");
  } else if (result->type == XPATH_BOOLEAN) {
    return std::string(result->boolval ? "True" : "False");
  } else if (result->type == XPATH_NUMBER) {
    return dotnet_number(result->floatval);
  } else {
    return xml::string_value(result.get());
  }
  // Content reports what went wrong as an XPathException; Conditional and table cells do not.
  const auto& tag = sites_.sites[site].tag;
  if (tag.kind == TagKind::value && !tag.da_table) message = "XPathException: " + message;
  problem(site, Severity::error, message + where_in_data(), "check the Select expression against the data",
          "template.document-assembler");
  last_da_error_ = message;
  return std::nullopt;
}

void Runtime::write_da_value(const WriteValue& v, ByteSink& out) {
  auto text = da_string(v.site, v.expression, v.optional);
  if (!text) {
    if (env_.draft) write_error_in_place(last_da_error_, Level::run, out);
    return;
  }
  write_text_runs(*text, v.style.plain, out);
}

void Runtime::write_da_block(const Block& b, ByteSink& out) {
  if (b.kind == BlockKind::if_) {
    auto value = da_string(b.site, b.expression, false);
    if (!value) {
      if (env_.draft) write_error_in_place(last_da_error_, b.level, out);
      return;
    }
    const bool keep = b.match ? *value == *b.match : *value != b.not_match.value_or("");
    if (keep) execute(*b.body, out);
    return;
  }
  std::string error;
  auto result = b.expression.object(env_.xpath, current_, error);
  std::string message;
  std::vector<xmlNode*> items;
  if (!result) {
    message = "XPathException: " + error;
  } else if (result->type != XPATH_NODESET) {
    message = std::string(b.da_table ? "Table" : "Repeat") + ": Select must select elements, but " + b.expression.text() +
              " gives a value";
  } else if (result->nodesetval != nullptr) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlNode* n = result->nodesetval->nodeTab[i];
      if (n->type != XML_ELEMENT_NODE) {
        message = std::string(b.da_table ? "Table" : "Repeat") + ": Select must select elements, but " +
                  b.expression.text() + " selects other nodes";
        break;
      }
      items.push_back(n);
    }
  }
  if (message.empty() && items.empty() && !b.optional_empty) {
    message = b.da_table ? "Table Select returned no data" : "Repeat: Select returned no data";
  }
  if (!message.empty()) {
    problem(b.site, Severity::error, message + where_in_data(), "check the Select expression against the data",
            "template.document-assembler");
    if (env_.draft) write_error_in_place(message, b.level, out);
    return;
  }
  repeat_items(b, std::move(items), out);
}

}  // namespace docket::tmpl
