#include "xml/parse_messages.hpp"

#include <string_view>

namespace docket::xml {

namespace {

std::string text(const char* s) { return s ? s : ""; }

std::string raw(const xmlError& e) {
  std::string s = text(e.message);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

std::string well_formedness_message(const xmlError& e) {
  const std::string s1 = text(e.str1);
  const std::string s2 = text(e.str2);
  switch (e.code) {
    case XML_ERR_TAG_NAME_MISMATCH:
      return "the end tag </" + s2 + "> does not match the start tag <" + s1 + "> on line " + std::to_string(e.int1);
    case XML_ERR_TAG_NOT_FINISHED:
      return "the file ends before <" + s1 + "> (opened on line " + std::to_string(e.int1) + ") is closed";
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
      return "an attribute value must be in quotes, as in name=\"value\"";
    case XML_ERR_ATTRIBUTE_REDEFINED:
      return "the attribute " + s1 + " is given twice on the same element";
    case XML_ERR_DOCUMENT_END:
      return "there is more after the end of the outermost element (an XML file has exactly one)";
    case XML_ERR_DOCUMENT_EMPTY:
      return "the file does not start with an element (<…>): it does not look like XML";
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      return "&" + s1 + "; is not an XML entity (only &amp; &lt; &gt; &quot; &apos; are)";
    case XML_ERR_HYPHEN_IN_COMMENT:
      return "a comment contains --, which XML does not allow between <!-- and -->";
    case XML_ERR_NAME_REQUIRED:
      if (raw(e).starts_with("xmlParseEntityRef")) return "an & must start an entity such as &amp; (write a plain & as &amp;)";
      break;
    default:
      break;
  }
  // libxml2's own limits (no XML_PARSE_HUGE), said without its option names.
  const std::string message = raw(e);
  if (message.starts_with("Excessive depth in document")) {
    return "elements are nested more than 256 deep, far beyond any real document";
  }
  if (message.starts_with("AttValue length too long")) {
    return "an attribute value is longer than 10,000,000 characters, far beyond any real document";
  }
  return message;
}

}  // namespace docket::xml
