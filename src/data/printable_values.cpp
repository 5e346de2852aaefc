#include "data/printable_values.hpp"

#include <array>
#include <string_view>

#include "data/derive.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

using Kind = PrintableValue::Kind;

bool is_inline(const xmlNode* n) {
  constexpr std::array<std::string_view, 8> names = {"b", "strong", "i", "em", "u", "a", "br", "ref"};
  for (auto name : names) {
    if (xml::local_name(n) == name) return true;
  }
  return false;
}

bool is_derived(const xmlNode* n) { return xml::namespace_of(n) == kDerivedNamespace; }

// The element's own text: its text and that of its inline markup, not its block children.
void own_text(const xmlNode* element, std::string& out) {
  for (const xmlNode* c = element->children; c != nullptr; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE && !is_derived(c) && is_inline(c)) {
      if (xml::local_name(c) == "br") out += ' ';
      own_text(c, out);
    }
  }
}

bool all_of(std::string_view s, bool (*pred)(char)) {
  for (char c : s) {
    if (!pred(c)) return false;
  }
  return !s.empty();
}
bool digit(char c) { return c >= '0' && c <= '9'; }

bool is_keyword(std::string_view s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || digit(c) || c == '-')) return false;
  }
  return true;
}

bool is_decimal(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  const auto dot = s.find('.');
  if (dot == std::string_view::npos) return all_of(s, digit);
  return (dot == 0 || all_of(s.substr(0, dot), digit)) && (dot + 1 == s.size() || all_of(s.substr(dot + 1), digit));
}

Kind kind_of(std::string_view s) {
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && all_of(s.substr(0, 4), digit)) return Kind::date;
  if (s.size() == 7 && s[4] == '-' && all_of(s.substr(0, 4), digit) && all_of(s.substr(5), digit)) return Kind::month;
  if ((s.size() == 5 || s.size() == 8) && s[2] == ':' && digit(s[0]) && digit(s[1])) return Kind::time;
  if (is_decimal(s)) return Kind::number;
  return Kind::text;
}

// Attributes that hold wording, figures or dates to print; every other attribute is a
// setting or an input (docs/data/committee-report.md, "What docket does not print").
struct PrintedAttribute {
  std::string_view element;  // "" for any element
  std::string_view name;
};
constexpr std::array<PrintedAttribute, 23> kPrinted = {{
    {"", "href"},           {"", "heading"},        {"", "label"},           {"", "period"},
    {"period", "start"},    {"period", "end"},      {"kpi", "ref"},          {"termsOfReference", "number"},
    {"item", "number"},     {"actionPlan", "baselineAsAt"}, {"actual", "asAt"}, {"action", "due"},
    {"previous", "value"},  {"forecast", "value"},  {"benchmark", "value"},   {"target", "annual"},
    {"expectedRange", "lower"}, {"expectedRange", "upper"}, {"summons", "issueDate"},
    {"privateMeetingNotice", "date"}, {"document", "title"}, {"appendix", "title"}, {"agenda", "supplementNumber"},
}};

bool printed_attribute(const xmlNode* element, std::string_view name) {
  for (const auto& a : kPrinted) {
    if (a.name == name && (a.element.empty() || xml::local_name(element) == a.element)) return true;
  }
  return false;
}

// What an agenda holds for the pack's other pages rather than its front sheet: the filler
// pages' wording (publication), the titles of an item's papers (the PDF's bookmarks and the
// notices in place of withheld papers) and why a paper is withheld (those notices).
bool printed_by_pack(const xmlNode* e) {
  const std::string_view name = xml::local_name(e);
  if (name == "publication") return true;
  const std::string_view parent = e->parent && e->parent->type == XML_ELEMENT_NODE ? xml::local_name(e->parent) : "";
  return name == "access" && (parent == "item" || parent == "appendix");
}
bool paper_title(const xmlNode* e, std::string_view attribute) {
  return attribute == "title" && (xml::local_name(e) == "appendix" || xml::local_name(e) == "document");
}

class Collector {
 public:
  explicit Collector(bool agenda) : agenda_(agenda) {}
  std::vector<PrintableValue> out;

  void element(const xmlNode* e, const std::string& path) {
    if (agenda_ && printed_by_pack(e)) return;
    for (const xmlAttr* a = e->properties; a != nullptr; a = a->next) attribute(e, a, path);
    if (!is_inline(e)) {
      std::string text;
      own_text(e, text);
      text = detail::collapse_spaces(text);
      // Keywords (higher-is-better, in-development, a KPI's priority) are settings.
      if (!text.empty() && !is_keyword(text)) add(e, path, text, kind_of(text));
    }
    for (const xmlNode* c = xmlFirstElementChild(const_cast<xmlNode*>(e)); c != nullptr;
         c = xmlNextElementSibling(const_cast<xmlNode*>(c))) {
      if (is_derived(c)) continue;
      element(c, (path.empty() ? "" : path + "/") + step(e, c));
    }
  }

 private:
  static std::string step(const xmlNode* parent, const xmlNode* child) {
    const std::string name(xml::local_name(child));
    int index = 0, count = 0;
    for (const xmlNode* s = xmlFirstElementChild(const_cast<xmlNode*>(parent)); s != nullptr;
         s = xmlNextElementSibling(const_cast<xmlNode*>(s))) {
      if (xml::local_name(s) != name || is_derived(s)) continue;
      ++count;
      if (s == child) index = count;
    }
    return count > 1 ? name + "[" + std::to_string(index) + "]" : name;
  }

  void attribute(const xmlNode* e, const xmlAttr* a, const std::string& path) {
    if (a->ns != nullptr) return;  // xml:lang, d: values
    const std::string_view name = reinterpret_cast<const char*>(a->name);
    if (!printed_attribute(e, name) || (agenda_ && paper_title(e, name))) return;
    const std::string value = detail::collapse_spaces(xml::text(reinterpret_cast<const xmlNode*>(a)));
    if (value.empty()) return;
    Kind kind = kind_of(value);
    if (name == "href") {
      // A file path names a paper to include, not something to print.
      if (!value.starts_with("http://") && !value.starts_with("https://") && !value.starts_with("mailto:")) return;
      kind = Kind::address;
    }
    add(reinterpret_cast<const xmlNode*>(a), (path.empty() ? "@" : path + "/@") + std::string(name), value, kind);
  }

  void add(const xmlNode* node, const std::string& path, std::string text, Kind kind) {
    out.push_back({node, path, std::move(text), kind});
  }

  bool agenda_;
};

}  // namespace

bool is_agenda(const DataSource& data) { return data.root() != nullptr && xml::local_name(data.root()) == "agenda"; }

std::vector<PrintableValue> printable_values(const DataSource& data) {
  const xmlNode* root = data.root();
  Collector c(root != nullptr && is_agenda(data));
  if (root) c.element(root, "");
  return std::move(c.out);
}

}  // namespace docket::data
