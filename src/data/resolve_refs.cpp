// resolve_references(): <ref to="…"/> becomes the text it stands for, once the numbers are
// known, so that templates print it like any other text and a moved section never leaves a
// stale "Section 2" behind.
#include <libxml/tree.h>

#include <map>

#include "data/derive.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

using detail::data_child;

std::string derived_attribute(const xmlNode* element, const char* name) {
  const std::string ns(kDerivedNamespace);
  xmlChar* v = xmlGetNsProp(element, BAD_CAST name, BAD_CAST ns.c_str());
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

std::string quoted(const std::string& text) { return "\u2018" + text + "\u2019"; }

std::map<std::string, xmlNode*> elements_by_id(xmlNode* root) {
  std::map<std::string, xmlNode*> out;
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (auto id = xml::attribute(n, "id")) out.emplace(detail::trim(*id), n);
    for (xmlNode* c = xmlLastElementChild(n); c != nullptr; c = xmlPreviousElementSibling(c)) stack.push_back(c);
  }
  return out;
}

// The heading, title or name a target is known by, in quotes; "" when it has none.
std::string quoted_name(const xmlNode* target) {
  for (const char* child : {"heading", "title", "name", "description"}) {
    if (auto text = xml::child_text(target, child)) return quoted(detail::trim(*text));
  }
  return {};
}

// What a target prints as; `exact` is false when only an enclosing element's number could
// stand for it.
std::string text_for(const xmlNode* target, bool& exact) {
  exact = true;
  if (xml::is_element(target, "appendix")) {
    const std::string label = detail::trim(xml::child_text(target, "label").value_or(""));
    const bool quote = detail::trim(xml::attribute(target->parent, "quoteLabels").value_or("")) == "true";
    if (!label.empty()) return quote ? quoted(label) : label;
  }
  if (xml::is_element(target, "item")) return detail::trim(xml::attribute(target, "number").value_or(""));
  if (xml::is_element(target, "subItem")) {
    const std::string own = derived_attribute(target, "number");
    return derived_attribute(target->parent, "number") + "(" + own + ")";
  }
  if (std::string n = derived_attribute(target, "number"); !n.empty()) return n;
  if (xml::is_element(target, "p")) {
    // A paragraph that goes on after a list is cited by the number it continues.
    for (const xmlNode* s = xmlPreviousElementSibling(const_cast<xmlNode*>(target)); s != nullptr;
         s = xmlPreviousElementSibling(const_cast<xmlNode*>(s))) {
      if (!xml::is_element(s, "p")) continue;
      if (std::string n = derived_attribute(s, "number"); !n.empty()) return n;
      break;
    }
  }
  if (xml::is_element(target, "kpi")) {
    if (auto ref = xml::attribute(target, "ref")) return detail::trim(*ref);
  }
  if (!xml::is_element(target, "p")) {
    if (std::string name = quoted_name(target); !name.empty()) return name;
  }
  exact = false;
  for (const xmlNode* a = target->parent; a != nullptr && a->type == XML_ELEMENT_NODE; a = a->parent) {
    if (std::string n = derived_attribute(a, "number"); !n.empty()) return n;
    if (xml::is_element(a, "section") || xml::is_element(a, "implication")) {
      if (std::string name = quoted_name(a); !name.empty()) return name;
    }
  }
  return {};
}

// "Appendix <ref/>", "paragraph <ref/>": a no-break space keeps the word and the number on
// one line.
void glue_to_word_before(xmlNode* ref) {
  xmlNode* before = ref->prev;
  if (before == nullptr || before->type != XML_TEXT_NODE || before->content == nullptr) return;
  std::string text = reinterpret_cast<const char*>(before->content);
  if (text.size() < 2 || text.back() != ' ') return;
  const char last = text[text.size() - 2];
  if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z'))) return;
  text.back() = '\xC2';
  text += '\xA0';
  xmlNodeSetContent(before, BAD_CAST text.c_str());
}

}  // namespace

void resolve_references(DataSource& data, Diagnostics& diags) {
  xmlNode* root = data.root();
  if (root == nullptr) return;
  const auto ids = elements_by_id(root);
  for (xmlNode* ref : xml::descendants(root, "ref")) {
    if (!xml::attribute(ref, "to")) continue;  // an action plan's <ref>F.9</ref> is data, not a reference
    const std::string to = detail::trim(xml::attribute(ref, "to").value_or(""));
    const auto target = ids.find(to);
    std::string text;
    if (target == ids.end()) {
      diags.add(data.at(ref, Severity::error, "<ref to=\"" + to + "\"/> points at no element of this file",
                        "write the id of a section, paragraph, recommendation or appendix", "data.ref-unknown"));
    } else {
      bool exact = true;
      text = text_for(target->second, exact);
      if (!exact) {
        diags.add(data.at(ref, Severity::warning,
                          "<ref to=\"" + to + "\"/> points at a <" + std::string(xml::local_name(target->second)) +
                              "> this template does not number, so it prints as " +
                              (text.empty() ? std::string("nothing") : text + " (what holds it)"),
                          "point the reference at something the template numbers (a section, a numbered "
                          "paragraph, a recommendation or an appendix)",
                          "data.ref-unnumbered"));
      }
    }
    glue_to_word_before(ref);
    xmlNode* replacement = xmlNewDocText(ref->doc, BAD_CAST text.c_str());
    xmlReplaceNode(ref, replacement);
    xmlFreeNode(ref);
  }
}

}  // namespace docket::data
