// Access to information (LGA 1972 Part VA, Schedule 12A; domain notes §4.4): an exempt status
// needs paragraphs valid for the jurisdiction and a public-interest statement, a confidential
// one the statutory basis.
#include <array>
#include <vector>

#include "data/detail/rules_context.hpp"
#include "data/detail/rules_values.hpp"
#include "support/text.hpp"
#include "xml/node.hpp"

namespace docket::data::detail {

namespace {

// Part 1 (England, 1–7) and Part 4 (Wales, 12–18) describe the same seven kinds of
// information in the same order, so Welsh paragraph n is English paragraph n − 11.
constexpr std::array<const char*, 7> kKinds = {
    "information relating to an individual",
    "information likely to reveal the identity of an individual",
    "financial or business affairs",
    "labour relations consultations or negotiations",
    "legal professional privilege",
    "notices, orders or directions the authority proposes",
    "the prevention, investigation or prosecution of crime"};
constexpr int kWelshOffset = 11;

struct Law {
  Jurisdiction jurisdiction;
  bool from_access;  // the access element's own jurisdiction attribute decided it
};

Law law_for(const RuleContext& rules, const xmlNode* access) {
  const auto own = token_attribute(access, "jurisdiction");
  if (own) return {*own == "wales" ? Jurisdiction::wales : Jurisdiction::england, true};
  return {rules.authority_jurisdiction(), false};
}

// "this report", "section “Background”", "appendix B", "item 10", "appendix B of item 6".
std::string owner_of(const RuleContext& rules, const xmlNode* access) {
  const xmlNode* parent = access->parent;
  if (xml::is_element(parent, "section")) {
    if (const xmlNode* heading = xml::child(parent, "heading")) return "section " + in_quotes(token_text(heading));
    const auto id = token_attribute(parent, "id");
    return id ? "section " + *id : "a section without a heading";
  }
  if (xml::is_element(parent, "item")) return item_name(parent);
  if (xml::is_element(parent, "appendix")) {
    const auto label = token_attribute(parent, "label");
    std::string name = label ? "appendix " + *label
                             : "appendix " + in_quotes(token_text(xml::child(parent, "title")));
    if (const xmlNode* item = ancestor(parent, "item")) name += " of " + item_name(item);
    return name;
  }
  return "this " + std::string(rules.noun());
}

std::string paragraph_list(const std::vector<long>& numbers) {
  std::vector<std::string> words;
  for (long n : numbers) words.push_back(std::to_string(n));
  return (numbers.size() == 1 ? "paragraph " : "paragraphs ") + join_words(words, "and");
}

void check_paragraph(RuleContext& rules, const xmlNode* paragraph, long n, Law law) {
  const bool wales = law.jurisdiction == Jurisdiction::wales;
  const long first = wales ? 12 : 1;
  const long last = wales ? 18 : 7;
  if (n >= first && n <= last) return;
  const std::string law_name = wales ? "Welsh" : "English";
  const std::string range = std::to_string(first) + "\u2013" + std::to_string(last);
  const std::string other_country = wales ? "england" : "wales";
  const std::string switch_hint =
      law.from_access ? "set jurisdiction=\"" + other_country + "\" on this <access>"
                      : "set jurisdiction=\"" + other_country + "\" on <authority>";
  const long counterpart = wales ? n + kWelshOffset : n - kWelshOffset;
  const bool other_law = wales ? (n >= 1 && n <= 7) : (n >= 12 && n <= 18);
  if (other_law) {
    const char* kind = kKinds[static_cast<std::size_t>(wales ? n - 1 : counterpart - 1)];
    rules.error(paragraph,
                "paragraph " + std::to_string(n) + " is " + (wales ? "an English" : "a Welsh") +
                    " paragraph (Part " + (wales ? "1" : "4") + " of Schedule 12A), but this " +
                    std::string(rules.noun()) + " is under " + law_name +
                    " law, where exempt paragraphs are " + range,
                "use paragraph " + std::to_string(counterpart) + ", the " + law_name +
                    " paragraph for the same information (" + kind + "); if the council is in " +
                    (wales ? "England" : "Wales") + ", " + switch_hint,
                "rule.exempt-paragraph-jurisdiction");
    return;
  }
  rules.error(paragraph,
              "paragraph " + std::to_string(n) +
                  " is not an exempt-information paragraph of Schedule 12A; under " + law_name +
                  " law they are paragraphs " + range,
              "name the paragraph that describes the information (" + range +
                  "); the paragraphs after them qualify or explain them and cannot be cited alone",
              "rule.exempt-paragraph-jurisdiction");
}

void check_exempt(RuleContext& rules, const xmlNode* access, const std::string& owner) {
  const Law law = law_for(rules, access);
  const bool wales = law.jurisdiction == Jurisdiction::wales;
  const auto paragraphs = xml::children(access, "paragraph");
  if (paragraphs.empty()) {
    rules.error(access, owner + " is exempt but names no paragraph of Schedule 12A",
                "add a <paragraph> for each paragraph of Schedule 12A that describes the "
                "information (" + std::string(wales ? "12\u201318 in Wales" : "1\u20137 in England") +
                    "), e.g. <paragraph>" + (wales ? "14" : "3") +
                    "</paragraph> for financial or business affairs",
                "rule.exempt-paragraph-missing");
  }
  std::vector<long> numbers;
  for (const xmlNode* paragraph : paragraphs) {
    const auto n = small_integer(xml::text(paragraph));
    if (!n) continue;  // the schema has already refused anything but 1–18
    numbers.push_back(*n);
    // Scotland and Northern Ireland have their own schedules, which docket does not know.
    if (law.jurisdiction != Jurisdiction::other) check_paragraph(rules, paragraph, *n, law);
  }
  if (token_text(xml::child(access, "publicInterest")).empty()) {
    rules.error(access,
                owner + " is exempt" + (numbers.empty() ? "" : " under " + paragraph_list(numbers)) +
                    " but has no publicInterest statement",
                "add <publicInterest> saying why, in all the circumstances, the public interest "
                "in keeping the information exempt outweighs the public interest in disclosing "
                "it (the public interest test of Schedule 12A); it is printed in the public pack",
                "rule.public-interest-missing");
  }
}

}  // namespace

void check_access(RuleContext& rules) {
  for (const xmlNode* access : xml::descendants(rules.root(), "access")) {
    const auto status = token_attribute(access, "status").value_or("open");
    if (status == "exempt") {
      check_exempt(rules, access, owner_of(rules, access));
    } else if (status == "confidential" &&
               token_text(xml::child(access, "confidentialBasis")).empty()) {
      rules.error(access, owner_of(rules, access) + " is confidential but has no confidentialBasis",
                  "add <confidentialBasis> giving the ground under section 100A(3) of the Local "
                  "Government Act 1972, e.g. information provided by a government department on "
                  "terms which forbid its disclosure; if the information is exempt rather than "
                  "confidential, use status=\"exempt\" with paragraphs",
                  "rule.confidential-basis-missing");
    }
  }
}

}  // namespace docket::data::detail
