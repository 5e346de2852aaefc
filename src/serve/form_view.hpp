#pragma once
// The editor's form for a data file, made from its schema: one part per child of the root
// (the GOV.UK task list's tasks), each part's elements as fieldsets, attributes and values
// as fields, repeatable elements with move, remove and add-another buttons. While it renders
// it records which control shows which node, so each diagnostic (which names its node) lands
// beside its field.
#include <libxml/tree.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "serve/form_dom.hpp"
#include "serve/form_fields.hpp"
#include "serve/form_schema.hpp"
#include "support/diagnostic.hpp"

namespace docket::serve::form {

struct Part {
  std::string name;   // URL segment: the element's name, or "settings" for the root's attributes
  std::string label;  // "Meta", "Sections"
  int slot = -1;      // -1: the root's attributes
  std::size_t count = 0;  // items present
  bool required = false;
};

struct FieldIndex {
  std::map<std::string, std::string> anchor_of_path;  // node path → control id
  std::map<std::string, std::string> part_of_anchor;  // control id → part name
  /// The control for a node path: the node's own, else its nearest ancestor's ("" if none).
  std::string anchor_for(std::string path) const;
};

struct Placed {
  const Diagnostic* diagnostic;
  std::string anchor;  // control id ("" when the problem is about no field, e.g. a scheme file)
  std::string part;
};

struct MappedProblems {
  std::map<std::string, std::vector<const Diagnostic*>> by_anchor;
  std::vector<Placed> ordered;  // errors first, then warnings, each in file order
};

/// Places the diagnostics about the data file named `file` in them (others, such as a
/// status scheme file's, are kept with no anchor).
MappedProblems map_problems(const Diagnostics& diags, const FieldIndex& index, std::string_view file);

/// A field's value as the form shows it, for comparing two versions of a file.
struct FieldValue {
  std::string key;
  std::string part;
  std::string label;  // with the items it is in: "KPIs › KPI 3: Sickness absence › Actual"
  std::string value;
};

class FormView {
 public:
  FormView(const FormSchema& schema, xmlNode* root);

  std::vector<Part> parts() const;
  /// The fields of one part, for inside the caller's <form>. Throws InvalidInput for an
  /// unknown part.
  std::string render(std::string_view part, const MappedProblems* problems = nullptr);
  /// Goes through every part without writing HTML, to fill the index (and, with `values`,
  /// the values).
  void index_all(bool values = false);
  const FieldIndex& index() const noexcept { return index_; }
  /// Every field's value, in page order (after index_all(true)).
  const std::vector<FieldValue>& values() const noexcept { return values_; }

 private:
  void element(std::string& out, xmlNode* e, const ElementDecl& d, int depth, const std::string& title,
               const std::string& actions);
  void absent(std::string& out, xmlNode* parent, const ComplexType& pt, int slot, const ElementDecl& d, int depth);
  void slots(std::string& out, xmlNode* e, const ComplexType& t, int depth);
  void slot(std::string& out, xmlNode* e, const ComplexType& t, const SlotItems& si, int depth);
  void attributes(std::string& out, xmlNode* e, const std::string& key, const ComplexType& t, bool technical);
  void text_run(std::string& out, const std::string& key, const std::vector<xmlNode*>& nodes, bool blocks,
                const std::string& label, const std::string& hint, bool required, const std::string& actions);
  FieldInfo info(const std::string& key, std::string label, std::string hint, bool required);
  void place(const std::string& path, const std::string& anchor);
  void record(const FieldInfo& f, const std::string& value);
  std::string add_button(const std::string& parent_key, const std::string& what, const std::string& label);
  std::string item_actions(const std::string& key, const std::string& noun, bool first, bool last, bool removable);

  xmlNode* root_;
  const ElementDecl* root_decl_;
  std::string part_;
  const MappedProblems* problems_ = nullptr;
  bool quiet_ = false;
  bool record_ = false;
  bool hints_ = true;  // help text is shown with the first of repeated items only
  FieldIndex index_;
  std::vector<FieldValue> values_;
  std::vector<std::string> trail_;  // the titles of the fieldsets being rendered
};

struct FieldChange {
  std::string part;
  std::string label;
  std::string before;
  std::string after;
};

/// The fields whose values differ between two versions of a file.
std::vector<FieldChange> compare_versions(const FormSchema& schema, xmlNode* before, xmlNode* after);
/// A table of changes with words for each side ("Saved by someone else", "Yours").
std::string changes_table(const std::vector<FieldChange>& changes, std::string_view before_label,
                          std::string_view after_label);

}  // namespace docket::serve::form
