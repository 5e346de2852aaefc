#include "papers/detail/publish_revisions.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "xml/node.hpp"

namespace docket::papers::detail {

namespace {

// Marks that record a change and hold nothing that stays.
constexpr std::array<std::string_view, 21> kMarks = {
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
    "tblGridChange", "tblPrExChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
    "customXmlMoveFromRangeStart"};
constexpr std::array<std::string_view, 3> kMoreMarks = {
    "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd"};

bool is_mark(std::string_view name) {
  return std::find(kMarks.begin(), kMarks.end(), name) != kMarks.end() ||
         std::find(kMoreMarks.begin(), kMoreMarks.end(), name) != kMoreMarks.end();
}

void remove(xmlNode* n) {
  xmlUnlinkNode(n);
  xmlFreeNode(n);
}

void unwrap(xmlNode* n) {
  while (xmlNode* c = n->children) {
    xmlUnlinkNode(c);
    xmlAddPrevSibling(n, c);
  }
  remove(n);
}

xmlNode* next_element(xmlNode* n) {
  for (n = n->next; n != nullptr; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) return n;
  }
  return nullptr;
}

class Acceptor {
 public:
  int count = 0;
  std::vector<xmlNode*> joined;  // paragraphs whose mark was deleted, in document order
  std::vector<xmlNode*> rows;    // deleted table rows

  void walk(xmlNode* parent) {
    for (xmlNode* c = parent->children; c != nullptr;) {
      xmlNode* next = c->next;
      if (c->type == XML_ELEMENT_NODE) {
        if (ooxml::is_w(c, "p")) {
          walk(c);
          if (mark_deleted(c)) joined.push_back(c);
        } else if (!visit(c)) {
          walk(c);
        }
      }
      c = next;
    }
  }

 private:
  // Returns true when the element was dealt with (removed or unwrapped).
  bool visit(xmlNode* e) {
    if (xml::namespace_of(e) != ooxml::ns::w) return false;
    const std::string_view name = xml::local_name(e);
    const std::string_view parent = xml::local_name(e->parent);
    const bool marker = parent == "rPr" || parent == "trPr" || parent == "tcPr" || parent == "pPr";
    if (name == "ins" || name == "moveTo") {
      ++count;
      if (marker) {
        remove(e);
      } else {
        walk(e);
        unwrap(e);
      }
      return true;
    }
    if (name == "del" || name == "moveFrom") {
      ++count;
      if (parent == "trPr") rows.push_back(e->parent->parent);  // removed after the walk
      if (!marker) remove(e);
      return !marker;  // a deleted paragraph mark is handled with its paragraph
    }
    if (is_mark(name) || name == "delText" || name == "delInstrText") {
      count += name.ends_with("Change") ? 1 : 0;
      remove(e);
      return true;
    }
    return false;
  }

  // A paragraph whose mark is deleted (w:pPr/w:rPr/w:del or w:moveFrom).
  static bool mark_deleted(xmlNode* p) {
    xmlNode* rpr = xml::child(xml::child(p, "pPr"), "rPr");
    return xml::child(rpr, "del") != nullptr || xml::child(rpr, "moveFrom") != nullptr;
  }

};

void remove_row(xmlNode* tr) {
  xmlNode* table = tr->parent;
  remove(tr);
  if (xml::child(table, "tr") != nullptr) return;
  xmlNode* container = table->parent;
  remove(table);
  // A cell must end with a paragraph.
  if (xml::local_name(container) == "tc" && xml::child(container, "p") == nullptr) {
    xmlAddChild(container, xmlNewDocNode(container->doc, ooxml::w_namespace(container), BAD_CAST "p", nullptr));
  }
}

// The paragraph's content moves to the start of the next paragraph, which keeps its own
// properties: Word stores them in the mark that remains.
void join_with_next(xmlNode* p) {
  xmlNode* ppr = xml::child(p, "pPr");
  xmlNode* rpr = xml::child(ppr, "rPr");
  for (const char* name : {"del", "moveFrom"}) {
    if (xmlNode* m = xml::child(rpr, name)) remove(m);
  }
  xmlNode* next = next_element(p);
  if (next == nullptr || !ooxml::is_w(next, "p") || xml::child(ppr, "sectPr") != nullptr) return;
  xmlNode* anchor = xml::child(next, "pPr");
  for (xmlNode* c = p->children; c != nullptr;) {
    xmlNode* following = c->next;
    if (c != ppr) {
      xmlUnlinkNode(c);
      if (anchor != nullptr) {
        xmlAddNextSibling(anchor, c);
      } else if (next->children != nullptr) {
        xmlAddPrevSibling(next->children, c);
      } else {
        xmlAddChild(next, c);
      }
      anchor = c;
    }
    c = following;
  }
  remove(p);
}

}  // namespace

int accept_revisions(xmlNode* root) {
  if (root == nullptr) return 0;
  Acceptor acceptor;
  acceptor.walk(root);
  // Last first, so that a run of joined paragraphs ends up in the paragraph after them all.
  // Rows go after: a paragraph joins only paragraphs of its own cell.
  for (auto it = acceptor.joined.rbegin(); it != acceptor.joined.rend(); ++it) join_with_next(*it);
  for (xmlNode* tr : acceptor.rows) remove_row(tr);
  return acceptor.count + static_cast<int>(acceptor.joined.size());
}

}  // namespace docket::papers::detail
