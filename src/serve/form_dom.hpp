#pragma once
// The data file's DOM seen through the form model: an element's children shared out to its
// type's slots, the keys that name fields (node paths), reading values, and the edits the
// form makes — each one in place, so that comments, unknown content and the file's layout
// around an edit are kept.
#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

#include "serve/form_schema.hpp"

namespace docket::serve::form {

/// One entry of a slot: an element, or (text and list slots) a run of block elements.
struct Item {
  std::vector<xmlNode*> nodes;
  bool text = false;
  int text_index = 0;  // 1-based among the element's text runs
};

struct SlotItems {
  const Slot* slot = nullptr;
  int index = 0;
  std::vector<Item> items;
};

struct Layout {
  std::vector<SlotItems> slots;    // one per slot of the type, in order
  std::vector<xmlNode*> unknown;   // elements the schema does not place here (kept as they are)
};

Layout layout_of(const ComplexType& type, const xmlNode* element);

/// Field keys: node paths (xml::node_path) with "/@name" for attributes, "/#textN" for the
/// N-th run of blocks and "/#inline" for a mixed element's text.
std::string key_of(const xmlNode* element);
std::string text_key(const std::string& element_key, int run);
std::string inline_key(const std::string& element_key);
std::string attribute_key(const std::string& element_key, std::string_view name);

/// The element's own text (simple content), trimmed.
std::string simple_value(const xmlNode* element);
std::string attribute_value(const xmlNode* element, const Attribute& a);
/// The text and inline markup of a mixed element (its other child elements left out).
std::vector<xmlNode*> inline_nodes(const xmlNode* element);

/// Sets or removes an attribute ("" removes an optional one).
void set_attribute(xmlNode* element, const Attribute& a, const std::string& value);
/// Replaces the element's text, keeping comments and child elements.
void set_simple_value(xmlNode* element, const std::string& value);

/// Creates `decl` as a child of `parent` in slot `slot` (after the slot's last item), with
/// what the schema requires filled in: required attributes (ids made unique, fixed values,
/// xml:lang en-GB), required children, an empty paragraph for required text.
xmlNode* create_child(xmlNode* parent, const ComplexType& parent_type, int slot, const ElementDecl& decl);
/// Fills a new element with what `decl` requires (as create_child does).
void fill_required(xmlNode* e, const ElementDecl& decl);
/// Puts nodes into `parent` where slot `slot` ends, on their own indented lines.
void insert_in_slot(xmlNode* parent, const ComplexType& parent_type, int slot, const std::vector<xmlNode*>& nodes,
                    xmlNode* before = nullptr);
/// Removes nodes with the indentation before each and the comments just above an element.
void remove_nodes(const std::vector<xmlNode*>& nodes);
/// Moves an item before another item of the same parent (with its comments).
void move_before(const Item& item, const Item& other);

/// The type of a child element of `type` called `name`, or null.
const ElementDecl* child_decl(const ComplexType& type, std::string_view name);

}  // namespace docket::serve::form
