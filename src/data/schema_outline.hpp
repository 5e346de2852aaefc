#pragma once
// What a data schema says about where elements go and which values they take, read from its
// XSD files (the one named and those it includes), so that messages can name the element an
// officer must add or move, in the schema's order, and list the values they may write.
// libxml2 validates but does not expose its compiled content models.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

namespace docket::data {

class SchemaOutline {
 public:
  struct Child {
    std::string name;
    std::string type;
    int position = 0;       // elements of one choice or xs:all share a position
    bool required = false;  // minOccurs ≥ 1 outside any choice
  };

  struct Values {
    std::vector<std::string> listed;  // enumerated values, union members followed
    bool open = false;                // a member type allows council keywords ("x-…")
  };

  /// Reads `xsd` and what it includes from its folder. A file it cannot read leaves the
  /// outline incomplete, never an error: the messages then fall back to libxml2's lists.
  explicit SchemaOutline(const std::filesystem::path& xsd);

  /// The complex type of a data element, found by walking from the root; "" when unknown.
  std::string type_of(const xmlNode* element) const;
  /// The child elements a complex type allows, in schema order (base type first); empty
  /// for an unknown type.
  const std::vector<Child>& children(std::string_view type) const;
  /// The position of the child `name` in `type`; -1 when the type has no such child.
  int position(std::string_view type, std::string_view name) const;
  /// The type of an attribute of a complex type ("" when unknown).
  std::string attribute_type(std::string_view type, std::string_view attribute) const;
  /// The type of a child element of a complex type ("" when unknown).
  std::string child_type(std::string_view type, std::string_view child) const;
  /// The elements that may be anywhere below an element of `type` (children, their children,
  /// …), each name with its type once, in the order first reached.
  std::vector<Child> descendants(std::string_view type) const;
  /// The type of a global element ("" when the schema has no such element).
  std::string element_type(std::string_view name) const;
  /// Whether the outline read `type` as a complex type (one with children or attributes).
  bool is_complex(std::string_view type) const;
  /// The attributes a complex type allows, by name.
  std::vector<std::string> attribute_names(std::string_view type) const;
  /// The values a simple type allows (nothing listed for a type without enumerations).
  Values values(std::string_view simple_type) const;

 private:
  struct ComplexType {
    std::vector<Child> children;
    std::map<std::string, std::string, std::less<>> attributes;
  };
  struct SimpleType {
    std::vector<std::string> enumeration;
    std::vector<std::string> members;  // union members, or the restriction base
    bool extension_pattern = false;    // a pattern for "x-…" keywords
  };
  class Reader;

  std::map<std::string, std::string, std::less<>> elements_;  // global element → type
  std::map<std::string, ComplexType, std::less<>> complex_;
  std::map<std::string, SimpleType, std::less<>> simple_;
};

}  // namespace docket::data
