// number_report(): the numbers a council's members cite in debate ("paragraph 4.3"), derived
// from the data in the order the template prints it (its outline), so that the document and
// every cross-reference agree. Pipeline: clear old numbers → recommendations → expand the
// outline into numbered entries → number each entry and its paragraphs.
#include <libxml/tree.h>

#include <set>

#include "data/derive.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

using detail::data_child;
using detail::data_children;

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

void clear_numbers(xmlNode* node, const xmlNs* ns) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    xmlUnsetNsProp(node, const_cast<xmlNs*>(ns), x("number"));
    xmlUnsetNsProp(node, const_cast<xmlNs*>(ns), x("nilNumber"));
    clear_numbers(node->children, ns);
  }
}

bool has_any(const xmlNode* parent, std::initializer_list<std::string_view> names) {
  for (auto name : names) {
    if (data_child(parent, name)) return true;
  }
  return false;
}

bool is_block(const xmlNode* n) {
  return xml::is_element(n, "p") || xml::is_element(n, "ul") || xml::is_element(n, "ol") || xml::is_element(n, "table");
}

// A paragraph straight after a list goes on with the paragraph before the list (all five
// sample reports print it so, without a number).
bool continues_list(const xmlNode* p) {
  const xmlNode* prev = xmlPreviousElementSibling(const_cast<xmlNode*>(p));
  return prev != nullptr && (xml::is_element(prev, "ul") || xml::is_element(prev, "ol"));
}

bool commented(const xmlNode* kpi) { return has_any(kpi, {"commentary", "actions"}); }

std::vector<xmlNode*> sections_of_kind(xmlNode* root, std::string_view kind, bool any_depth) {
  std::vector<xmlNode*> out;
  for (xmlNode* s : any_depth ? xml::descendants(root, "section") : data_children(root, "section")) {
    if (detail::trim(xml::attribute(s, "kind").value_or("")) == kind) out.push_back(s);
  }
  return out;
}

struct Unit {
  PartKind kind;
  std::vector<xmlNode*> nodes;  // one node, or the implications a group numbers together
};

class Numberer {
 public:
  Numberer(xmlNode* root, xmlNs* ns) : root_(root), ns_(ns) {
    const auto commentary = sections_of_kind(root, "kpi-commentary", true);
    commentary_section_ = commentary.empty() ? nullptr : commentary.front();
  }

  void number(const Outline& outline) {
    std::set<std::string> named_kinds, named_types;
    for (const auto& item : outline.items) {
      for (const auto& part : item.parts) {
        if (part.kind == PartKind::section_kind) named_kinds.insert(part.key);
        if (part.kind == PartKind::implication_type) named_types.insert(part.key);
      }
    }
    std::size_t part_number = 0, flat_counter = 0;
    for (const auto& item : outline.items) {
      for (std::vector<Unit>& entry : expand(item, named_kinds, named_types)) {
        if (!item.numbered) continue;
        if (outline.flat) {
          number_entry(entry, "", flat_counter);
        } else {
          std::size_t counter = 0;
          const std::string prefix = std::to_string(++part_number);
          set(entry.front().nodes.front(), "number", prefix);
          number_entry(entry, prefix, counter);
        }
      }
    }
  }

  void number_recommendations() {
    xmlNode* recs = data_child(root_, "recommendations");
    const auto list = data_children(recs, "recommendation");
    std::string scheme = detail::trim(xml::attribute(recs, "numbering").value_or(""));
    if (scheme.empty()) scheme = list.size() > 1 ? "decimal" : "none";
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (scheme == "decimal") set(list[i], "number", std::to_string(i + 1));
      if (scheme == "lower-alpha") set(list[i], "number", lower_letters(i + 1));
      if (scheme == "lower-roman") set(list[i], "number", lower_roman(i + 1));
      const auto subs = data_children(list[i], "subItem");
      for (std::size_t j = 0; j < subs.size(); ++j) set(subs[j], "number", lower_letters(j + 1));
    }
  }

 private:
  void set(xmlNode* element, const char* name, const std::string& value) const {
    xmlSetNsProp(element, ns_, x(name), x(value.c_str()));
  }

  static std::string join(const std::string& prefix, std::size_t k) {
    return prefix.empty() ? std::to_string(k) : prefix + "." + std::to_string(k);
  }

  // The numbered entries one outline item stands for: parts that repeat (sections, KPI
  // sets …) give one entry each when the item is a single part; joined parts give one.
  std::vector<std::vector<Unit>> expand(const OutlineItem& item, const std::set<std::string>& kinds,
                                        const std::set<std::string>& types) const {
    std::vector<std::vector<Unit>> entries;
    std::vector<Unit> joined;
    for (const auto& part : item.parts) {
      for (Unit& unit : units(part, kinds, types)) {
        if (item.parts.size() == 1) entries.push_back({std::move(unit)});
        else joined.push_back(std::move(unit));
      }
    }
    if (!joined.empty()) entries.push_back(std::move(joined));
    return entries;
  }

  std::vector<Unit> units(const OutlinePart& part, const std::set<std::string>& kinds,
                          const std::set<std::string>& types) const {
    std::vector<Unit> out;
    xmlNode* meta = data_child(root_, "meta");
    auto one = [&](xmlNode* node) {
      if (node != nullptr) out.push_back({part.kind, {node}});
    };
    auto each = [&](const std::vector<xmlNode*>& nodes) {
      for (xmlNode* n : nodes) one(n);
    };
    auto unless_placed = [&](xmlNode* node, std::string_view kind) {
      if (sections_of_kind(root_, kind, true).empty()) one(node);
    };
    const auto implication_type = [](const xmlNode* i) { return detail::trim(xml::attribute(i, "type").value_or("")); };
    xmlNode* implications = data_child(root_, "implications");
    switch (part.kind) {
      case PartKind::summary: one(data_child(root_, "summary")); break;
      case PartKind::terms_of_reference: one(data_child(meta, "termsOfReference")); break;
      case PartKind::timescales: unless_placed(data_child(meta, "majorPolicyItem"), "timescales"); break;
      case PartKind::priorities: unless_placed(data_child(meta, "corporatePriorities"), "corporate-priorities"); break;
      case PartKind::urgency: one(data_child(meta, "urgency")); break;
      case PartKind::recommendations: one(data_child(root_, "recommendations")); break;
      case PartKind::reasons: one(data_child(data_child(root_, "recommendations"), "reasons")); break;
      case PartKind::sections:
        for (xmlNode* s : data_children(root_, "section")) {
          if (!kinds.count(detail::trim(xml::attribute(s, "kind").value_or("")))) one(s);
        }
        break;
      case PartKind::section_kind: each(sections_of_kind(root_, part.key, false)); break;
      case PartKind::implications: {
        Unit group{part.kind, {}};
        for (xmlNode* i : data_children(implications, "implication")) {
          if (!types.count(implication_type(i))) group.nodes.push_back(i);
        }
        if (!group.nodes.empty()) {
          group.nodes.insert(group.nodes.begin(), implications);  // the part's own number goes here
          out.push_back(std::move(group));
        }
        break;
      }
      case PartKind::implication_type:
      case PartKind::each_implication:
        for (xmlNode* i : data_children(implications, "implication")) {
          const bool named = types.count(implication_type(i)) > 0;
          if (part.kind == PartKind::each_implication ? !named : implication_type(i) == part.key) one(i);
        }
        break;
      case PartKind::risks:
        for (xmlNode* i : data_children(implications, "implication")) {
          if (implication_type(i) == "risk") return out;  // the table is printed with it
        }
        each(data_children(root_, "risks"));
        break;
      case PartKind::kpis: each(data_children(root_, "kpis")); break;
      case PartKind::action_plan: unless_placed(data_child(root_, "actionPlan"), "action-plan"); break;
      case PartKind::background_papers: one(data_child(root_, "backgroundPapers")); break;
      case PartKind::appendices: one(data_child(root_, "appendices")); break;
    }
    return out;
  }

  void number_entry(const std::vector<Unit>& entry, const std::string& prefix, std::size_t& k) {
    for (std::size_t u = 0; u < entry.size(); ++u) {
      const Unit& unit = entry[u];
      xmlNode* node = unit.nodes.front();
      switch (unit.kind) {
        case PartKind::summary:
        case PartKind::reasons: paragraphs(node, prefix, k); break;
        case PartKind::urgency: paragraphs(data_child(node, "reason"), prefix, k); break;
        case PartKind::sections:
        case PartKind::section_kind: section_items(node, prefix, k); break;
        case PartKind::implications:
          for (std::size_t i = 1; i < unit.nodes.size(); ++i) implication_items(unit.nodes[i], prefix, k);
          break;
        case PartKind::implication_type:
        case PartKind::each_implication: implication_items(node, prefix, k); break;
        case PartKind::kpis:
          if (commentary_section_ == nullptr) commented_kpis(node, prefix, k);
          break;
        case PartKind::background_papers:
          paragraphs(node, prefix, k);
          for (xmlNode* paper : data_children(node, "paper")) set(paper, "number", join(prefix, ++k));
          if (!has_any(node, {"p", "ul", "ol", "table", "paper"})) set(node, "nilNumber", join(prefix, ++k));
          break;
        case PartKind::appendices:
          for (xmlNode* a : data_children(node, "appendix")) set(a, "number", join(prefix, ++k));
          break;
        default:
          // A part printed as one block (terms of reference, timescales …) joined to an
          // earlier part is one of its paragraphs.
          if (u > 0) set(node, "number", join(prefix, ++k));
          break;
      }
    }
  }

  void paragraphs(xmlNode* holder, const std::string& prefix, std::size_t& k) {
    for (xmlNode* p : data_children(holder, "p")) {
      if (!continues_list(p)) set(p, "number", join(prefix, ++k));
    }
  }

  // `lead`: the paragraph that already carries the section's own number, or null.
  void section_items(xmlNode* section, const std::string& prefix, std::size_t& k, const xmlNode* lead = nullptr) {
    const std::size_t before = k;
    for (xmlNode* c = xmlFirstElementChild(section); c != nullptr; c = xmlNextElementSibling(c)) {
      if (c == lead) continue;
      if (xml::is_element(c, "p")) {
        if (!continues_list(c)) set(c, "number", join(prefix, ++k));
      } else if (xml::is_element(c, "section")) {
        const std::string own = join(prefix, ++k);
        set(c, "number", own);
        std::size_t inner = 0;
        xmlNode* first = xmlFirstElementChild(c);
        const bool group = data_child(c, "heading") == nullptr && first != nullptr && xml::is_element(first, "p");
        if (group) set(first, "number", own);  // a group without a heading: its number heads its first paragraph
        section_items(c, own, inner, group ? first : nullptr);
      } else if (xml::is_element(c, "option") || xml::is_element(c, "ambition")) {
        set(c, "number", join(prefix, ++k));
      }
    }
    if (section == commentary_section_) commented_kpis(root_, prefix, k);
    const bool nil = detail::trim(xml::attribute(section, "none").value_or("")) == "true";
    bool blocks = false;
    for (xmlNode* c = xmlFirstElementChild(section); c != nullptr; c = xmlNextElementSibling(c)) blocks |= is_block(c);
    if (nil && !blocks && k == before) set(section, "nilNumber", join(prefix, ++k));
  }

  void implication_items(xmlNode* implication, const std::string& prefix, std::size_t& k) {
    paragraphs(implication, prefix, k);
    if (!has_any(implication, {"p", "ul", "ol", "table"})) set(implication, "nilNumber", join(prefix, ++k));
  }

  // KPIs with commentary or actions, from every KPI set (`holder` is the report, or one set).
  void commented_kpis(xmlNode* holder, const std::string& prefix, std::size_t& k) {
    const auto sets = xml::is_element(holder, "kpis") ? std::vector<xmlNode*>{holder} : data_children(root_, "kpis");
    for (xmlNode* kpis : sets) {
      for (xmlNode* kpi : data_children(kpis, "kpi")) {
        if (commented(kpi)) set(kpi, "number", join(prefix, ++k));
      }
    }
  }

  xmlNode* root_;
  xmlNs* ns_;
  xmlNode* commentary_section_ = nullptr;
};

}  // namespace

void number_report(DataSource& data, const Outline& outline) {
  xmlNode* root = data.root();
  if (root == nullptr) return;
  xmlNs* ns = detail::derived_namespace(root);
  clear_numbers(root, ns);
  Numberer numberer(root, ns);
  numberer.number_recommendations();
  numberer.number(outline);
}

}  // namespace docket::data
