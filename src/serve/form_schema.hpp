#pragma once
// The form model: what an XSD says a data file may hold, read once from the schema files
// and shared read-only by every request thread. Elements, attributes, value types
// (enumerations as choices, dates, numbers, booleans) and documentation come straight from
// the XSD, so an element added to the schema appears in the form without page code.
//
// Each complex type is also cut into *slots* in document order, which is what the form shows:
// one slot per child element kind, a "text" slot for a run of rich-text blocks (p, ul, ol,
// table), or a "list" slot for a repeated choice (a section's paragraphs, subsections and
// options in any order).
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::serve::form {

enum class ValueKind { text, date, date_or_month, year, decimal, integer, boolean, choice, id, uri };

struct Choice {
  std::string value;
  std::string doc;
};

struct ValueType {
  ValueKind kind = ValueKind::text;
  std::vector<Choice> choices;  // enumerations, in schema order
  bool open = false;            // a choice that also takes other values (a council's x-…)
  std::string doc;              // the simple type's documentation
};

struct Attribute {
  std::string name;
  bool xml_namespace = false;  // xml:lang
  bool required = false;
  std::string fixed;
  std::string default_value;
  ValueType type;
  std::string doc;
};

struct ElementDecl;

struct Particle {
  enum class Kind { element, sequence, choice, all } kind = Kind::sequence;
  int min = 1;
  int max = 1;  // -1: unbounded
  const ElementDecl* element = nullptr;
  std::vector<Particle> items;
};

struct Slot {
  enum class Kind { element, text, list } kind = Kind::element;
  std::vector<const ElementDecl*> elements;  // element: one; list: the alternatives
  bool text = false;                         // list: rich-text blocks are an alternative
  int min = 0;
  int max = 1;                               // -1: unbounded
  int choice = -1;                           // exclusive alternatives share a number
  bool owns(std::string_view name) const;
  /// The name used in URLs and actions: the element's, or "#text".
  std::string name() const;
};

struct ComplexType {
  std::string name;
  std::string doc;
  std::vector<Attribute> attributes;
  bool mixed = false;                      // text with inline markup (b, i, a …)
  std::optional<ValueType> simple_content;
  std::optional<Particle> content;
  std::vector<Slot> slots;
  const Attribute* attribute(std::string_view name) const;
  /// The slot holding child elements called `name`, or -1.
  int slot_of(std::string_view name) const;
  /// Only rich-text blocks inside (Blocks, RequiredBlocks).
  bool is_blocks() const;
};

struct ElementDecl {
  std::string name;
  std::string doc;
  const ComplexType* complex = nullptr;  // null: simple content only
  ValueType simple;
};

/// The rich-text subset of docket's data (template-language.md): blocks and inline markup.
bool is_block_name(std::string_view name);
bool is_inline_name(std::string_view name);

/// The slots of a content model (form_slots.cpp); `next_choice` numbers each group of
/// alternatives, counting across the schema.
std::vector<Slot> slots_of(const Particle& content, int& next_choice);

class FormSchema {
 public:
  /// Reads the schema file and what it includes and imports. Throws IoError / InvalidInput.
  static std::shared_ptr<const FormSchema> load(const std::filesystem::path& xsd);

  const ElementDecl* root(std::string_view name) const;
  const std::string& target_namespace() const noexcept { return target_namespace_; }
  const std::filesystem::path& file() const noexcept { return file_; }

 private:
  friend class SchemaReader;
  std::filesystem::path file_;
  std::string target_namespace_;
  std::map<std::string, ElementDecl*, std::less<>> roots_;
  std::vector<std::unique_ptr<ElementDecl>> elements_;
  std::vector<std::unique_ptr<ComplexType>> types_;
};

}  // namespace docket::serve::form
