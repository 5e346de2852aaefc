// Report-level rules outside the period: a key decision's forward-plan reference, background
// papers that cannot be both "none" and listed, and headings on top-level sections.
#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

// Key decisions must be on the notice of key decisions ("forward plan") 28 clear days ahead
// (2012 Executive Arrangements Regulations, reg 9), so the report should carry its reference.
void check_key_decision(RuleContext& rules, const xmlNode* meta) {
  const xmlNode* key_decision = xml::child(meta, "keyDecision");
  if (!is_true(key_decision, "value")) return;
  const xmlNode* ref = xml::child(meta, "forwardPlanRef");
  std::string problem;
  if (ref == nullptr) {
    problem = "has no forwardPlanRef";
  } else if (token_attribute(ref, "applicable") == "false" ||
             token_attribute(ref, "applicable") == "0") {
    problem = "its forwardPlanRef says applicable=\"false\"";
  } else if (token_text(ref).empty()) {
    problem = "its forwardPlanRef is empty";
  } else {
    return;
  }
  rules.warning(key_decision, "this report is a key decision, but " + problem,
                "give the decision's reference in the forward plan (the notice of key decisions), "
                "e.g. <forwardPlanRef>KEY/18DEC23/03</forwardPlanRef> after <keyDecision>; a key "
                "decision must be published there 28 clear days before it is taken",
                "rule.key-decision-forward-plan");
}

void check_background_papers(RuleContext& rules) {
  const xmlNode* papers = xml::child(rules.root(), "backgroundPapers");
  if (!is_true(papers, "none")) return;
  const auto listed = xml::children(papers, "paper");
  if (listed.empty()) return;
  const std::string count = listed.size() == 1 ? "a paper" : std::to_string(listed.size()) + " papers";
  rules.error(papers, "backgroundPapers says none=\"true\" but lists " + count,
              "remove none=\"true\" to list the papers, or remove the <paper> elements if the "
              "report relied on no background papers",
              "rule.background-papers-none-with-papers");
}

// A nested section may go without a heading (a numbered group of paragraphs); a top-level
// one is what readers find their way by, so it needs one.
void check_section_headings(RuleContext& rules) {
  for (const xmlNode* section : xml::children(rules.root(), "section")) {
    if (xml::child(section, "heading") != nullptr) continue;
    rules.error(section, "this section has no <heading>",
                "give it a <heading> as its first element (only a section inside another section "
                "may go without one)",
                "rule.section-heading");
  }
}

}  // namespace

void check_report_meta(RuleContext& rules) {
  check_key_decision(rules, xml::child(rules.root(), "meta"));
  check_background_papers(rules);
  check_section_headings(rules);
}

}  // namespace docket::data::detail
