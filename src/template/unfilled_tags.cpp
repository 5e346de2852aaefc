#include "template/unfilled_tags.hpp"

#include <cctype>

#include "ooxml/names.hpp"
#include "ooxml/wml.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"
#include "xml/xpath.hpp"

namespace docket::tmpl {

namespace {

bool has_tag(std::string_view s) { return s.find("{{") != std::string_view::npos; }

// %7B%7B → {{: Word and LibreOffice escape the braces of an address.
std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string hint_for(std::string_view element, std::string_view attribute) {
  if (element == "shd") {
    return "to shade a cell from the data, type a tag in the cell with fill=, such as {{ d:band fill=\"d:fill\" }}";
  }
  if (element == "color" || element == "highlight") {
    return "to colour text from the data, type the tag in the text with colour= or highlight=, such as "
           "{{ variance colour=\"d:textColour\" }}";
  }
  (void)attribute;
  return "type the tag in the document's text, where docket fills it";
}

class AttributeScan {
 public:
  AttributeScan(const PartSites& sites, Diagnostics& diags) : sites_(sites), diags_(diags) {}

  void walk(xmlNode* n) {
    for (xmlNode* c = n->children; c != nullptr;) {
      xmlNode* next = c->next;
      if (c->type == XML_ELEMENT_NODE) {
        if (ooxml::is_w(c, "p")) ++paragraph_;
        if (!check(c)) walk(c);
      }
      c = next;
    }
  }

 private:
  // Reports the element's attributes that hold tags; returns true when it took the element out.
  bool check(xmlNode* e) {
    for (xmlAttr* a = e->properties; a != nullptr;) {
      xmlAttr* next = a->next;
      const std::string value = xml::string_value(reinterpret_cast<xmlNode*>(a));
      if (has_tag(value)) {
        const std::string element(xml::local_name(e));
        const std::string attribute = reinterpret_cast<const char*>(a->name);
        TagSite site;
        site.paragraph = paragraph_;
        site.excerpt = "<w:" + element + " w:" + attribute + "=\"" + abbreviate(value, 40) + "\">";
        diags_.add(sites_.at(site, Severity::error,
                             "\u201C" + value + "\u201D is in the attribute w:" + attribute + " of <w:" + element +
                                 ">, where tags are not filled",
                             hint_for(element, attribute), "template.tag-in-attribute"));
        // A property element is optional: without it the document stays valid.
        if (e->parent != nullptr && xml::local_name(e->parent).ends_with("Pr")) {
          xmlUnlinkNode(e);
          xmlFreeNode(e);
          return true;
        }
        xmlRemoveProp(a);
      }
      a = next;
    }
    return false;
  }

  const PartSites& sites_;
  Diagnostics& diags_;
  long paragraph_ = 0;
};

}  // namespace

void report_unfilled_tags(xml::Document& doc, const ooxml::Relationships& rels, const PartSites& sites,
                          Diagnostics& diags) {
  AttributeScan(sites, diags).walk(doc.root());
  for (const auto& r : rels.all()) {
    const std::string target = percent_decoded(r.target);
    if (r.type != ooxml::rel::hyperlink || !has_tag(target)) continue;
    diags.add(sites.at_part(Severity::error,
                            "the address of a hyperlink is \u201C" + target + "\u201D: tags in link addresses are not filled",
                            "type the link's text as a tag with link=, such as {{ title link=\"url\" }}",
                            "template.tag-in-link"));
  }
}

}  // namespace docket::tmpl
