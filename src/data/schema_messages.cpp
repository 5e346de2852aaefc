#include "data/schema_messages.hpp"

#include <map>
#include <vector>

#include "data/detail/schema_hints.hpp"
#include "support/text.hpp"

namespace docket::data {

namespace {

// "{urn:docket:committee-papers:1}title" → "title": officers never see namespaces.
std::string strip_namespaces(std::string_view s) {
  constexpr std::string_view xml_ns = "{http://www.w3.org/XML/1998/namespace}";
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, xml_ns.size()) == xml_ns) {
      out += "xml:";
      i += xml_ns.size() - 1;
      continue;
    }
    if (s[i] == '{' && i + 1 < s.size() && s[i + 1] != '\'') {  // not an enumeration set
      auto close = s.find('}', i);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// The text between `open` and the next `close` after `from`; "" if absent.
std::string between(std::string_view s, std::string_view open, std::string_view close,
                    std::size_t from = 0) {
  auto a = s.find(open, from);
  if (a == std::string_view::npos) return {};
  a += open.size();
  auto b = s.find(close, a);
  return b == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a));
}

std::vector<std::string> expected_names(std::string_view rest) {
  std::string list = between(rest, "( ", " )");
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start < list.size()) {
    auto end = list.find(", ", start);
    if (end == std::string::npos) end = list.size();
    std::string name = list.substr(start, end - start);
    if (!name.empty() && name.find("##") == std::string::npos) names.push_back(name);
    start = end + 2;
  }
  return names;
}

std::vector<std::string> in_brackets(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const auto& n : names) out.push_back("<" + n + ">");
  return out;
}

const std::map<std::string, std::string, std::less<>>& type_hints() {
  static const std::map<std::string, std::string, std::less<>> hints = {
      {"xs:date", "write dates as YYYY-MM-DD, e.g. 2023-12-18"},
      {"xs:dateTime", "write a date and time as YYYY-MM-DDTHH:MM:SS, e.g. 2023-12-18T10:00:00"},
      {"xs:time", "write times as HH:MM:SS on the 24-hour clock, e.g. 14:30:00"},
      {"xs:decimal", "write a number with digits and an optional decimal point, without commas, "
                     "spaces, units or % signs, e.g. 1250000 or 83.3"},
      {"xs:integer", "write a whole number, e.g. 4"},
      {"xs:int", "write a whole number, e.g. 4"},
      {"xs:nonNegativeInteger", "write a whole number, 0 or more"},
      {"xs:positiveInteger", "write a whole number, 1 or more"},
      {"xs:boolean", "write true or false"},
      {"xs:gYear", "write a year, e.g. 2023"},
      {"xs:gYearMonth", "write a year and month, e.g. 2023-12"},
      {"xs:anyURI", "write a web address (https://…) or a file path without spaces"},
      {"xs:ID", "an id starts with a letter and has only letters, digits, '-', '_' and '.'"},
      {"xs:IDREF", "write the id of another element in this file"},
  };
  return hints;
}

std::string pattern_hint(std::string_view what) {
  if (what.find("email") != std::string_view::npos) {
    return "write one email address, such as name@council.gov.uk";
  }
  if (what.find("phone") != std::string_view::npos) {
    return "write a phone number such as 01632 960281, (01632) 960300 or +44 1632 960281";
  }
  return "check the form of the value against the data guide in docs/data/";
}

// The element a problem is about (libxml2 gives the attribute node for some attribute errors).
const xmlNode* element_of(const xmlNode* node) {
  return node != nullptr && node->type == XML_ATTRIBUTE_NODE ? node->parent : node;
}

}  // namespace

std::optional<Diagnostic> SchemaMessageTranslator::operator()(const xml::SchemaProblem& problem) {
  const std::string msg = strip_namespaces(problem.message);
  const xmlNode* node = problem.node;
  if (node != nullptr && node == explained_node_) return std::nullopt;

  std::string element = between(msg, "Element '", "'");
  std::string attribute = between(msg, ", attribute '", "'");
  auto colon = msg.find("': ");
  std::string rest = colon == std::string::npos ? msg : msg.substr(colon + 3);
  const std::string tag = "<" + element + ">";
  const std::string what = attribute.empty() ? tag : "the " + attribute + " attribute of " + tag;

  const xmlNode* at = node;
  if (node != nullptr && !attribute.empty() && node->type == XML_ELEMENT_NODE) {
    if (xmlAttr* a = xmlHasProp(const_cast<xmlNode*>(node), BAD_CAST attribute.c_str())) {
      at = reinterpret_cast<xmlNode*>(a);
    }
  }
  auto make = [&](std::string message, std::string hint, std::string code,
                  const xmlNode* where = nullptr) {
    Diagnostic d = data_.at(where ? where : at, Severity::error, std::move(message),
                            std::move(hint), std::move(code));
    if (problem.is_warning) d.severity = Severity::warning;
    if (d.line == 0) d.line = problem.line;
    return d;
  };
  const std::string parent = node && node->parent && node->parent->type == XML_ELEMENT_NODE
                                 ? reinterpret_cast<const char*>(node->parent->name)
                                 : std::string();

  if (rest.rfind("This element is not expected.", 0) == 0) {
    auto expected = expected_names(rest);
    // A known element out of place: a repeat, or a required element missing before it.
    const bool known = schema_.element_names().count(element) > 0;
    bool repeated = false;
    for (const xmlNode* s = node ? node->prev : nullptr; s != nullptr; s = s->prev) {
      repeated |= s->type == XML_ELEMENT_NODE && s->name && element == reinterpret_cast<const char*>(s->name);
    }
    if (known && repeated) {
      return make(tag + " appears more than once" + (parent.empty() ? std::string() : " in <" + parent + ">"),
                  "keep one " + tag + ", or check the order of the elements", "data.unknown-element");
    }
    // Out of order, or a required element missing: named before the optional ones.
    if (known && !nearest(element, expected)) {
      if (auto order = detail::order_problem(outline_, node, expected)) {
        return make(order->message, order->hint, order->code, order->where);
      }
    }
    if (known && !expected.empty() && !nearest(element, expected)) {
      auto wanted = in_brackets(expected);
      return make((parent.empty() ? std::string("the file") : "<" + parent + ">") + " is missing " +
                      join_words(wanted) + " before " + tag,
                  "add " + join_words(wanted) + " before " + tag + ", or move " + tag +
                      " to where it belongs",
                  "data.missing-element");
    }
    std::string message = (known ? tag + " is not expected here" : "unknown element " + tag) +
                          (parent.empty() ? std::string() : ", inside <" + parent + ">");
    if (!expected.empty()) message += "; expected " + join_words(in_brackets(expected));
    std::string hint;
    if (auto near = nearest(element, expected)) {
      hint = "did you mean <" + *near + ">?";
    } else {
      hint = "check the spelling of " + tag + " and the order of the elements; the data guide "
             "in docs/data/ lists what <" + (parent.empty() ? element : parent) + "> may contain";
    }
    return make(std::move(message), std::move(hint), "data.unknown-element");
  }
  if (rest.rfind("Missing child element(s).", 0) == 0) {
    auto expected = in_brackets(detail::required_first(outline_, node, expected_names(rest)));
    return make(tag + " is missing " + join_words(expected),
                "add " + join_words(expected) + " inside " + tag + " (after what comes before it)",
                "data.missing-element");
  }
  if (rest.find("is not allowed.") != std::string::npos && !attribute.empty()) {
    return make(tag + " does not take an attribute " + attribute + "=",
                "remove " + attribute + "=\"…\" or check its spelling", "data.unknown-attribute");
  }
  if (rest.find("is required but missing.") != std::string::npos) {
    std::string name = between(rest, "The attribute '", "'");
    return make(tag + " needs the attribute " + name + "=",
                "add " + name + (name == "schemaVersion" ? "=\"1.0\"" : "=\"…\"") + " to the " +
                    tag + " start tag",
                "data.missing-attribute");
  }
  if (rest.rfind("Element content is not allowed", 0) == 0) {
    explained_node_ = node;
    const xmlNode* child = node ? xmlFirstElementChild(const_cast<xmlNode*>(node)) : nullptr;
    std::string inner = child ? "<" + std::string(reinterpret_cast<const char*>(child->name)) + ">" : "markup";
    return make(tag + " holds plain text only; it cannot contain " + inner,
                "remove " + inner + " from " + tag + " and keep its text", "data.unknown-element",
                child ? child : at);
  }
  if (rest.rfind("Character content other than whitespace is not allowed", 0) == 0) {
    std::string text;
    for (const xmlNode* c = node ? node->children : nullptr; c && text.empty(); c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content) text = std::string(trim(reinterpret_cast<const char*>(c->content)));
    }
    Diagnostic d = make(tag + " holds only other elements, but has the text \u201C" + abbreviate(text, 40) + "\u201D",
                        "move the text into the element it belongs to, or delete it",
                        "data.text-not-allowed");
    if (!text.empty() && node != nullptr) {
      Position p = data_.position_in(node, text.substr(0, std::min<std::size_t>(text.size(), 20)));
      d.line = p.line;
      d.column = p.column;
    }
    return d;
  }
  if (rest.rfind("[facet '", 0) == 0) {
    explained_node_ = node;
    std::string facet = between(rest, "[facet '", "'");
    std::string value = between(rest, "The value '", "'");
    if (facet == "enumeration") {
      std::string set = between(rest, "{", "}");
      std::vector<std::string> options;
      for (std::size_t a = set.find('\''); a != std::string::npos; a = set.find('\'', a)) {
        std::size_t b = set.find('\'', a + 1);
        if (b == std::string::npos) break;
        options.push_back(set.substr(a + 1, b - a - 1));
        a = b + 1;
      }
      std::string hint = "use " + join_words(options);
      if (auto near = nearest(value, options)) hint = "did you mean " + *near + "? (" + hint + ")";
      if (auto listed = detail::allowed_values_hint(outline_, element_of(node), attribute, value); !listed.empty()) {
        hint = listed;
      }
      return make("\u2018" + value + "\u2019 is not a valid value for " + what, std::move(hint),
                  "data.invalid-value");
    }
    if (facet == "pattern") {
      std::string hint = detail::allowed_values_hint(outline_, element_of(node), attribute, value);
      return make("\u2018" + value + "\u2019 is not a valid value for " + what,
                  hint.empty() ? pattern_hint(attribute.empty() ? element : attribute) : hint, "data.invalid-value");
    }
    if (facet == "minLength" && between(rest, "minimum length of '", "'") == "1") {
      return make(what + " must not be empty", "write the text between " + tag + " and </" + element + ">",
                  "data.invalid-value");
    }
    if (facet == "minInclusive" || facet == "maxInclusive" || facet == "minExclusive" ||
        facet == "maxExclusive") {
      std::string limit = between(rest, "allowed ('", "')");
      const char* relation = facet == "minInclusive" ? "at least " : facet == "maxInclusive" ? "at most "
                           : facet == "minExclusive" ? "more than " : "less than ";
      std::string hint = "the value must be " + std::string(relation) + limit;
      if (element == "paragraph" && attribute.empty()) {
        hint = "use a paragraph of Schedule 12A: 1 to 7 in England (Part 1), 12 to 18 in Wales (Part 4)";
      }
      return make("\u2018" + value + "\u2019 is out of range for " + what, std::move(hint), "data.invalid-value");
    }
    return make("the value of " + what + " is not allowed: " + rest,
                "check the value against the data guide in docs/data/", "data.invalid-value");
  }
  if (rest.find("is not a valid value of the") != std::string::npos) {
    std::string value = between(rest, "'", "'");
    std::string type = between(rest, "atomic type '", "'");
    if (type == "xs:ID" && xmlValidateNCName(BAD_CAST value.c_str(), 0) == 0) {
      xmlAttr* first = xmlGetID(node ? node->doc : nullptr, BAD_CAST value.c_str());
      std::string where;
      if (first && first->parent) where = " (first at line " + std::to_string(data_.position_of(first->parent).line) + ")";
      return make("the id \u201C" + value + "\u201D is used twice" + where,
                  "ids must be unique within a file; rename one of them", "data.duplicate-id");
    }
    auto hint = type_hints().find(type);
    std::string listed = detail::allowed_values_hint(outline_, element_of(node), attribute, value);
    return make("\u2018" + value + "\u2019 is not a valid value for " + what,
                !listed.empty() ? listed
                : hint != type_hints().end() ? hint->second : "check the value against the data guide in docs/data/",
                "data.invalid-value");
  }
  if (rest.find("does not match the fixed value constraint") != std::string::npos) {
    std::string fixed = between(rest, "constraint '", "'");
    return make(what + " must be " + fixed, "write " + (attribute.empty() ? element : attribute) +
                "=\"" + fixed + "\"", "data.invalid-value");
  }
  if (msg.find("No matching global declaration available for the validation root") != std::string::npos) {
    return make("the root element is not one this schema describes",
                "check that the file is the kind of data the schema is for", "data.unknown-schema");
  }
  return make(rest.empty() ? msg : what + ": " + rest, "see the data guide in docs/data/", "data.invalid");
}

}  // namespace docket::data
