#include "papers/detail/publish_text.hpp"

#include <map>
#include <optional>
#include <vector>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::papers::detail {

namespace {

std::optional<std::string> w_val(const xmlNode* n, const char* name = "val") {
  if (n == nullptr) return std::nullopt;
  xmlChar* v = xmlGetNsProp(const_cast<xmlNode*>(n), BAD_CAST name, BAD_CAST std::string(ooxml::ns::w).c_str());
  if (v == nullptr) return std::nullopt;
  std::string out = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return out;
}

// A w:vanish or w:specVanish in `rpr`: on, off, or not said (nullopt).
std::optional<bool> says_hidden(const xmlNode* rpr) {
  std::optional<bool> hidden;
  for (const char* name : {"vanish", "specVanish"}) {
    const xmlNode* flag = xml::child(rpr, name);
    if (flag == nullptr) continue;
    auto v = w_val(flag);
    const bool on = !v || (*v != "0" && *v != "false" && *v != "off");
    hidden = hidden.value_or(false) || on;
  }
  return hidden;
}

void remove(xmlNode* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

bool holds_only_properties(const xmlNode* run) {
  for (xmlNode* c : xml::children(run)) {
    if (!ooxml::is_w(c, "rPr")) return false;
  }
  return true;
}

bool is_last_paragraph(const xmlNode* p) {
  for (const xmlNode* n = p->next; n != nullptr; n = n->next) {
    if (ooxml::is_w(n, "p")) return false;
  }
  return true;
}

}  // namespace

std::set<std::string> hiding_styles(const xmlNode* styles) {
  std::map<std::string, std::pair<std::optional<bool>, std::string>> own;  // id → (says, basedOn)
  for (xmlNode* s : xml::children(styles, "style")) {
    if (auto id = w_val(s, "styleId")) {
      own[*id] = {says_hidden(xml::child(s, "rPr")), w_val(xml::child(s, "basedOn")).value_or("")};
    }
  }
  std::set<std::string> hiding;
  for (const auto& [id, entry] : own) {
    std::string at = id;
    for (int depth = 0; depth < 32 && own.count(at); ++depth) {  // basedOn chains are short; cycles end
      const auto& [says, based_on] = own[at];
      if (says) {
        if (*says) hiding.insert(id);
        break;
      }
      at = based_on;
    }
  }
  return hiding;
}

void remove_comment_marks(xmlNode* root) {
  for (const char* name : {"commentRangeStart", "commentRangeEnd", "commentReference"}) {
    for (xmlNode* n : xml::descendants(root, name)) {
      if (xml::namespace_of(n) != ooxml::ns::w) continue;
      xmlNode* run = n->parent;
      remove(n);
      if (ooxml::is_w(run, "r") && holds_only_properties(run)) remove(run);
    }
  }
}

void remove_hidden_text(xmlNode* root, const std::set<std::string>& hiding) {
  // Last first: a text box's paragraphs are done before the run that holds them may go.
  auto paragraphs = ooxml::all_paragraphs(root);
  for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
    xmlNode* p = *it;
    xmlNode* ppr = xml::child(p, "pPr");
    const bool paragraph_style_hides = hiding.count(w_val(xml::child(ppr, "pStyle")).value_or("")) > 0;
    for (xmlNode* r : xml::descendants(p, "r")) {
      if (!ooxml::is_w(r, "r")) continue;
      // Runs of nested paragraphs (text boxes) are judged with their own paragraph.
      xmlNode* owner = r->parent;
      while (owner != nullptr && !ooxml::is_w(owner, "p")) owner = owner->parent;
      if (owner != p) continue;
      xmlNode* rpr = xml::child(r, "rPr");
      auto says = says_hidden(rpr);
      if (!says && hiding.count(w_val(xml::child(rpr, "rStyle")).value_or(""))) says = true;
      if (says.value_or(paragraph_style_hides)) remove(r);
    }
    auto mark = says_hidden(xml::child(ppr, "rPr"));
    const bool mark_hidden = mark.value_or(paragraph_style_hides);
    if (mark_hidden && xml::descendants(p, "r").empty() && xml::child(ppr, "sectPr") == nullptr &&
        !is_last_paragraph(p)) {
      remove(p);
    }
  }
}

void remove_data_bindings(xmlNode* root) {
  for (xmlNode* b : xml::descendants(root, "dataBinding")) {
    if (xml::namespace_of(b) == ooxml::ns::w) remove(b);
  }
}

}  // namespace docket::papers::detail
