#pragma once
// A meeting's agenda as the clerk builds it in the browser: a new agenda from the meeting's
// details (with the standing items a council always has), items listed, added and moved.
// The agenda is an ordinary agendas/NAME.xml file (schemas/agenda.xsd); these are edits of
// its DOM, saved by the pages with the workspace's compare-and-swap.
#include <libxml/tree.h>

#include <string>
#include <vector>

#include "data/bank_holidays.hpp"

namespace docket::serve {

struct MeetingDetails {
  std::string council;
  std::string jurisdiction;  // "england", "wales"
  std::string committee;
  std::string date;          // xs:date
  std::string time;          // "18:30", or ""
  std::string venue;
  std::string contact_name;
  std::string contact_email;
  std::vector<std::string> members;  // "Cllr A Smith (chair)", one per member
};

/// The text of a new agenda (valid against agenda.xsd), `id` its meeting id; with
/// apologies, declarations of interest and the minutes of the last meeting when `standing`.
std::string new_agenda_text(const MeetingDetails& m, const std::string& id, bool standing);

/// One item as the meeting page lists it.
struct MeetingItem {
  std::string number, title, kind, part, report;  // report: the data file's name, or ""
  std::string href;      // a finished paper instead of data
  std::string group;     // the heading of the group it is in, or ""
  bool to_follow = false;
};
std::vector<MeetingItem> meeting_items(const xmlNode* agenda);

/// Moves the `index`-th item (1-based, document order) one place up (-1) or down (+1) among
/// its siblings; false when it is already first/last or there is no such item.
bool move_item(xmlNode* agenda, std::size_t index, int direction);

/// Who may see a paper: open, or exempt (with its Schedule 12A paragraph and the
/// public-interest statement) or confidential.
struct PaperAccess {
  std::string status = "open";  // open, exempt, confidential
  std::string jurisdiction;     // the agenda's, for the paragraph's Part
  std::string paragraph;        // Schedule 12A paragraph, for exempt
  std::string public_interest;
};

struct NewItem {
  std::string title, kind, part;  // kind from the schema's ItemKind; part "I" or "II"
  std::string report;             // a report in the workspace ("q2.xml"), or ""
  bool to_follow = false;
  PaperAccess access;             // the item's own: its report and appendices with it
};
/// Appends an item, numbered one after the last number, with a unique id.
void add_item(xmlNode* agenda, const NewItem& item);

struct NewAppendix {
  std::string label, title, href;  // href relative to the agenda ("papers/M/x.pdf")
  PaperAccess access;
};
/// Adds an appendix to the `index`-th item (1-based); false when there is no such item.
bool add_appendix(xmlNode* agenda, std::size_t index, const NewAppendix& a);

/// Makes `href` (relative to the agenda) the `index`-th item's report, as a finished paper,
/// and the item no longer "to follow". "" on success, else why not (no such item, or the
/// item has a report already).
std::string set_item_paper(xmlNode* agenda, std::size_t index, const std::string& href);

/// Whether a paper (its href in the agenda) is withheld from the public: named by an exempt
/// or confidential appendix, or by an item that is, or not named by the agenda at all.
bool paper_withheld(const xmlNode* agenda, const std::string& href);

/// When a meeting's papers must be published: five clear working days before it in England,
/// three in Wales (the agenda's authority/@jurisdiction; England when not given).
struct Deadline {
  std::string date;    // xs:date; "" when the meeting date is missing or outside the calendar
  int clear_days = 5;
  std::string where;   // "England", "Wales"
};
Deadline publication_deadline(const xmlNode* agenda, const data::BankHolidays& holidays);

}  // namespace docket::serve
