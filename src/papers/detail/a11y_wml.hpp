#pragma once
// Reading WordprocessingML for the accessibility checks and `docket inspect`: attributes in
// the w: and r: namespaces, elements by namespace and local name (never inside an
// mc:Fallback, which repeats its mc:Choice for old readers), and template tags in text.
#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace docket::papers::detail {

/// A w: attribute of an element (w:val, w:fill …); nullopt when absent or `element` is null.
std::optional<std::string> w_attr(const xmlNode* element, const char* name);
/// An attribute in namespace `ns` (e.g. r:id, r:embed); nullopt when absent.
std::optional<std::string> ns_attr(const xmlNode* element, std::string_view ns, const char* name);

/// The first child element in namespace `ns` named `name`, or null.
xmlNode* child_in(const xmlNode* parent, std::string_view ns, std::string_view name);
/// The first w: child named `name`, or null (null parent gives null).
xmlNode* w_child(const xmlNode* parent, std::string_view name);
/// Every w: child named `name`, in order.
std::vector<xmlNode*> w_children(const xmlNode* parent, std::string_view name);

/// Every descendant element in namespace `ns` named `name`, in document order, leaving out
/// what stands inside mc:Fallback.
std::vector<xmlNode*> find_all(const xmlNode* root, std::string_view ns, std::string_view name);
/// The nearest ancestor that is the w: element `name` (w:p, w:tc, w:tbl …), or null.
xmlNode* enclosing(const xmlNode* node, std::string_view name);
/// True when `node` sits inside an element in namespace `ns` named `name`.
bool inside(const xmlNode* node, std::string_view ns, std::string_view name);

/// An ST_OnOff property (w:b, w:caps, w:tblHeader …): present and not "0", "false" or "off".
bool is_on(const xmlNode* property);

/// True when the text holds a docket tag ({{ … }}).
bool has_tag(std::string_view text);
/// The text with every docket tag removed (an unclosed "{{" is kept as it is).
std::string without_tags(std::string_view text);
/// True when the text has something other than spaces.
bool has_visible_text(std::string_view text);

/// The text around a problem, as messages show it: shortened to about 80 characters.
std::string excerpt_of(std::string_view text);

}  // namespace docket::papers::detail
