// Values a template prints but cannot format itself: a date-or-month ("2023-12" is "December
// 2023", "2023-12-18" is "18 December 2023"; XPath 1.0 cannot tell them apart and the date
// filter wants a whole date), and a paper's link as a hyperlink the rich-text tag can print.
#include <libxml/tree.h>

#include "data/derive.hpp"
#include "format/filter.hpp"
#include "xml/node.hpp"

namespace docket::data {

namespace {

using detail::data_child;
using detail::data_children;

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// "December 2023" for a month, "18 December 2023" for a date; "" for anything else.
std::string date_or_month_text(const std::string& value, const format::Locale& locale) {
  const bool month = value.size() == 7 && value[4] == '-';
  try {
    auto filter = format::compile_filter({"date", {month ? "MMMM y" : "d MMMM y"}}, locale);
    return filter->apply(month ? value + "-01" : value);
  } catch (const format::FilterError&) {
    return {};
  }
}

void set_text(xmlNode* element, xmlNs* ns, const char* name, const std::string& value, const format::Locale& locale) {
  const std::string text = date_or_month_text(detail::trim(value), locale);
  if (!text.empty()) xmlSetNsProp(element, ns, x(name), x(text.c_str()));
}

// <d:link><a href="…">the link's wording</a></d:link> beside a paper's <link>.
void write_link(xmlNode* paper, xmlNs* ns) {
  xmlNode* link = data_child(paper, "link");
  if (link == nullptr) return;
  xmlNode* holder = xmlNewNode(ns, x("link"));
  xmlAddNextSibling(link, holder);
  xmlNode* a = xmlNewChild(holder, link->ns, x("a"), nullptr);
  xmlSetProp(a, x("href"), x(xml::attribute(link, "href").value_or("").c_str()));
  for (xmlNode* c = link->children; c != nullptr; c = c->next) xmlAddChild(a, xmlDocCopyNode(c, link->doc, 1));
}

}  // namespace

namespace detail {

void write_display_values(xmlNode* root, xmlNs* ns, const format::Locale& locale) {
  if (xmlNode* deadline = data_child(data_child(root, "meta"), "decisionDeadline")) {
    set_text(deadline, ns, "text", xml::text(deadline), locale);
  }
  if (xmlNode* plan = data_child(root, "actionPlan")) {
    if (auto asat = xml::attribute(plan, "baselineAsAt")) set_text(plan, ns, "baselineAsAt", *asat, locale);
  }
  for (xmlNode* paper : data_children(data_child(root, "backgroundPapers"), "paper")) {
    if (xmlNode* date = data_child(paper, "date")) set_text(date, ns, "text", xml::text(date), locale);
    write_link(paper, ns);
  }
}

}  // namespace detail

}  // namespace docket::data
