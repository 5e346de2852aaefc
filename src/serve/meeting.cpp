// Building and rearranging a meeting's agenda.
#include "serve/meeting.hpp"

#include <set>

#include "format/civil_days.hpp"
#include "xml/node.hpp"
#include "xml/serialize.hpp"

namespace docket::serve {

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

std::string el(const std::string& name, const std::string& text) {
  return "<" + name + ">" + xml::escape_text(text) + "</" + name + ">";
}

// "Cllr A Smith (vice-chair)" → the name and the role.
std::string member_xml(std::string line) {
  std::string role;
  for (const char* r : {"chair", "vice-chair", "substitute", "co-opted"}) {
    const std::string tail = std::string(" (") + r + ")";
    if (line.size() > tail.size() && line.compare(line.size() - tail.size(), tail.size(), tail) == 0) {
      role = r;
      line.resize(line.size() - tail.size());
    }
  }
  return "    <member" + (role.empty() ? std::string() : " role=\"" + role + "\"") + ">" + el("name", line) + "</member>\n";
}

std::vector<xmlNode*> all_items(const xmlNode* agenda) {
  return xml::descendants(xml::child(agenda, "items"), "item");
}

void add_access(xmlNode* holder, const PaperAccess& a) {
  if (a.status == "open") return;
  xmlNode* access = xmlNewChild(holder, holder->ns, x("access"), nullptr);
  xmlSetProp(access, x("status"), x(a.status));
  if (!a.jurisdiction.empty()) xmlSetProp(access, x("jurisdiction"), x(a.jurisdiction));
  if (!a.paragraph.empty()) xmlNewTextChild(access, holder->ns, x("paragraph"), x(a.paragraph));
  if (!a.public_interest.empty()) xmlNewTextChild(access, holder->ns, x("publicInterest"), x(a.public_interest));
}

xmlNode* element_sibling(xmlNode* n, int direction) {
  do n = direction < 0 ? n->prev : n->next;
  while (n && n->type != XML_ELEMENT_NODE);
  return n;
}

}  // namespace

std::string new_agenda_text(const MeetingDetails& m, const std::string& id, bool standing) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<agenda xmlns=\"urn:docket:committee-papers:1\" schemaVersion=\"1.0\" xml:lang=\"en-GB\">\n  <authority" +
                    (m.jurisdiction.empty() ? std::string() : " jurisdiction=\"" + xml::escape_attribute(m.jurisdiction) + "\"") + ">" +
                    xml::escape_text(m.council) + "</authority>\n  <meeting id=\"" + xml::escape_attribute(id) + "\">\n    " +
                    el("body", m.committee) + "\n    " + el("date", m.date) + "\n";
  if (!m.time.empty()) out += "    " + el("startTime", m.time) + "\n";
  out += "    <venue>" + el("name", m.venue) + "</venue>\n    <contact>" + el("name", m.contact_name) +
         (m.contact_email.empty() ? std::string() : el("email", m.contact_email)) + "</contact>\n  </meeting>\n";
  if (!m.members.empty()) {
    out += "  <membership>\n";
    for (const auto& line : m.members) out += member_xml(line);
    out += "  </membership>\n";
  }
  out += "  <publication>\n    <blankPageText>This page is intentionally left blank</blankPageText>\n  </publication>\n  <items>\n";
  if (standing) {
    out += "    <item id=\"item-1\" number=\"1\" kind=\"apologies\"><title>Apologies for absence</title></item>\n"
           "    <item id=\"item-2\" number=\"2\" kind=\"declarations\"><title>Declarations of interest</title></item>\n"
           "    <item id=\"item-3\" number=\"3\" kind=\"minutes\" toFollow=\"true\"><title>Minutes of the last meeting</title></item>\n";
  }
  return out + "  </items>\n</agenda>\n";
}

std::vector<MeetingItem> meeting_items(const xmlNode* agenda) {
  std::vector<MeetingItem> out;
  for (const xmlNode* i : all_items(agenda)) {
    MeetingItem m{.number = xml::attribute(i, "number").value_or(""),
                  .title = xml::child_text(i, "title").value_or(""),
                  .kind = xml::attribute(i, "kind").value_or(""),
                  .part = xml::attribute(i, "part").value_or("I")};
    m.to_follow = xml::attribute(i, "toFollow").value_or("") == "true";
    if (const xmlNode* r = xml::child(i, "report")) {
      std::string data = xml::attribute(r, "data").value_or("");
      if (data.rfind("../reports/", 0) == 0) m.report = data.substr(11);
      m.href = xml::attribute(r, "href").value_or("");
    }
    if (xml::is_element(i->parent, "group")) m.group = xml::child_text(i->parent, "heading").value_or("");
    out.push_back(std::move(m));
  }
  return out;
}

bool move_item(xmlNode* agenda, std::size_t index, int direction) {
  const auto items = all_items(agenda);
  if (index == 0 || index > items.size()) return false;
  xmlNode* item = items[index - 1];
  xmlNode* other = element_sibling(item, direction);
  if (!other) return false;
  xmlUnlinkNode(item);
  if (direction < 0) xmlAddPrevSibling(other, item);
  else xmlAddNextSibling(other, item);
  return true;
}

void add_item(xmlNode* agenda, const NewItem& in) {
  xmlNode* items = xml::child(agenda, "items");
  long last = 0;
  std::set<std::string> ids;
  for (const xmlNode* i : all_items(agenda)) {
    const std::string n = xml::attribute(i, "number").value_or("");
    const auto digits = n.find_first_not_of("0123456789");
    if (digits != 0 && !n.empty()) last = std::max(last, std::stol(n.substr(0, digits == std::string::npos ? 12 : std::min<std::size_t>(digits, 12))));
    if (auto id = xml::attribute(i, "id")) ids.insert(*id);
  }
  const std::string number = std::to_string(last + 1);
  std::string id = "item-" + number;
  while (ids.count(id)) id += "a";
  xmlNode* item = xmlNewChild(items, agenda->ns, x("item"), nullptr);
  xmlSetProp(item, x("id"), x(id));
  xmlSetProp(item, x("number"), x(number));
  xmlSetProp(item, x("kind"), x(in.kind));
  if (in.part == "II") xmlSetProp(item, x("part"), x("II"));
  if (in.to_follow) xmlSetProp(item, x("toFollow"), x("true"));
  xmlNewTextChild(item, agenda->ns, x("title"), x(in.title));
  add_access(item, in.access);
  if (!in.report.empty()) {
    xmlNode* r = xmlNewChild(item, agenda->ns, x("report"), nullptr);
    xmlSetProp(r, x("data"), x("../reports/" + in.report));
  }
}

bool add_appendix(xmlNode* agenda, std::size_t index, const NewAppendix& a) {
  const auto items = all_items(agenda);
  if (index == 0 || index > items.size()) return false;
  xmlNode* e = xmlNewChild(items[index - 1], agenda->ns, x("appendix"), nullptr);
  xmlSetProp(e, x("label"), x(a.label));
  xmlSetProp(e, x("href"), x(a.href));
  xmlSetProp(e, x("title"), x(a.title));
  add_access(e, a.access);
  return true;
}

std::string set_item_paper(xmlNode* agenda, std::size_t index, const std::string& href) {
  const auto items = all_items(agenda);
  if (index == 0 || index > items.size()) return "Choose the item the paper belongs to.";
  xmlNode* item = items[index - 1];
  if (xml::child(item, "report")) return "Item " + xml::attribute(item, "number").value_or("") + " has a report already.";
  // The schema's order: the report comes before the item's documents and appendices.
  xmlNode* before = xml::child(item, "document");
  if (!before) before = xml::child(item, "appendix");
  xmlNode* r = xmlNewNode(agenda->ns, x("report"));
  xmlSetProp(r, x("href"), x(href));
  if (before) xmlAddPrevSibling(before, r);
  else xmlAddChild(item, r);
  xmlUnsetProp(item, x("toFollow"));
  return {};
}

bool paper_withheld(const xmlNode* agenda, const std::string& href) {
  auto closed = [](const xmlNode* holder) {
    return xml::attribute(xml::child(holder, "access"), "status").value_or("open") != "open";
  };
  bool named = false;
  for (const xmlNode* item : all_items(agenda)) {
    for (const xmlNode* e = item->children; e; e = e->next) {
      if (e->type != XML_ELEMENT_NODE || xml::attribute(e, "href").value_or("") != href) continue;
      if (closed(item) || closed(e)) return true;
      named = true;
    }
  }
  return !named;
}

Deadline publication_deadline(const xmlNode* agenda, const data::BankHolidays& holidays) {
  Deadline out;
  const bool wales = xml::attribute(xml::child(agenda, "authority"), "jurisdiction").value_or("") == "wales";
  out.clear_days = wales ? 3 : 5;
  out.where = wales ? "Wales" : "England";
  const std::string date = xml::child_text(xml::child(agenda, "meeting"), "date").value_or("");
  int y = 0, m = 0, d = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return out;
  const long meeting = format::day_number(format::CivilDate{y, m, d});
  if (const auto day = holidays.latest_publication_day(data::kDefaultDivision, meeting, out.clear_days)) {
    out.date = format::iso_text(format::date_of_day(*day));
  }
  return out;
}

}  // namespace docket::serve
