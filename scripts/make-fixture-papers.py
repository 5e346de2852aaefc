#!/usr/bin/python3
"""Make the finished DOCX papers that the agenda fixtures point at.

Usage: /usr/bin/python3 scripts/make-fixture-papers.py [REPO_ROOT]

Needs python-docx (Debian: python3-docx; run it with /usr/bin/python3 if the
first python3 on PATH lacks it). Writes, relative to the repository root:

  fixtures/papers/pcc-cabinet-2023-11-13-minutes.docx
      Minutes (item 3): headings, numbered minutes, a decisions table.
  fixtures/papers/pcc-q2-2023-24-appendix-1-corporate-performance.docx
      S0 Appendix 1 (item 8): a landscape section with a wide 10-column KPI
      table whose header row repeats.
  fixtures/papers/pcc-city-market-appendix-a-delivery-strategy.docx
      Public Appendix A (item 6).
  fixtures/papers/pcc-city-market-appendix-b-financial-appraisal.docx
      Exempt Appendix B (item 6, Schedule 12A paragraph 3): commercial
      figures. It carries the marker string EXEMPT_MARKER (below) in its body,
      its header, a table cell and its core properties (subject, keywords),
      so a test can check that no byte of it reaches a public pack.
  fixtures/invalid/papers/minutes.docx
      A small valid paper for fixtures/invalid/agenda-to-follow-with-document.xml.

Every document has its core title set, en-GB as the default language, real
Heading styles, and table header rows marked to repeat (w:tblHeader). The
output is deterministic: fixed core-property dates and zip timestamps, so
running the script again gives identical files. Check each with
shared/tools/ooxml-validate.
"""

import datetime
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

EXEMPT_MARKER = "PCC-EXEMPT-7F3A"
FIXED_TIME = datetime.datetime(2023, 12, 8, 9, 0, 0)
ZIP_TIME = (2023, 12, 8, 9, 0, 0)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def new_document(title, subject="", keywords=""):
    """A document with core properties set and en-GB as the default language."""
    doc = Document()
    core = doc.core_properties
    core.title = title
    core.subject = subject
    core.keywords = keywords
    core.author = "Peterborough City Council"
    core.last_modified_by = "Peterborough City Council"
    core.language = "en-GB"
    core.created = FIXED_TIME
    core.modified = FIXED_TIME
    core.last_printed = FIXED_TIME
    core.revision = 1
    core.comments = ""
    core.category = "Committee papers"
    set_default_language(doc, "en-GB")
    fix_zoom(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(12)
    # A4 with 2.5 cm margins, as the council's papers are (python-docx's template is Letter).
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    return doc


def set_default_language(doc, lang):
    """Set w:lang in the styles' docDefaults run properties."""
    styles = doc.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = OxmlElement("w:docDefaults")
        styles.insert(0, doc_defaults)
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        doc_defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    lang_el.set(qn("w:eastAsia"), lang)
    lang_el.set(qn("w:bidi"), "ar-SA")


def fix_zoom(doc):
    """python-docx's default template has <w:zoom w:val="bestFit"/> without the
    w:percent attribute that the schema requires (Word ignores the omission,
    schema validation does not)."""
    zoom = doc.settings.element.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")


def add_table(doc, header, rows, widths_cm=None):
    """A 'Table Grid' table whose first row is a repeating header row."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    mark_header_row(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = text
    if widths_cm:
        for row in table.rows:
            for cell, width in zip(row.cells, widths_cm):
                cell.width = Cm(width)
    return table


def mark_header_row(row):
    """Mark a row as a header row that repeats on each page (w:tblHeader)."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def set_header_text(section, text):
    section.header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    paragraph.text = text


THUMBNAIL = "docProps/thumbnail.jpeg"


def drop_thumbnail_relationship(rels_xml):
    """python-docx's default template carries a thumbnail of itself; a stale
    thumbnail would misrepresent the document, so it is dropped."""
    return re.sub(rb'<Relationship [^>]*Target="docProps/thumbnail.jpeg"[^>]*/>', b"", rels_xml)


def save(doc, path):
    """Save, then rewrite the zip with fixed timestamps so output is stable."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == THUMBNAIL:
                continue
            data = src.read(info.filename)
            if info.filename == "_rels/.rels":
                data = drop_thumbnail_relationship(data)
            out = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            out.compress_type = zipfile.ZIP_DEFLATED
            out.external_attr = 0o644 << 16
            dst.writestr(out, data)
    os.remove(tmp)
    print("wrote", path)


# --------------------------------------------------------------------------
# the papers
# --------------------------------------------------------------------------

def make_minutes(path):
    title = "Minutes of the Cabinet Meeting held on 13 November 2023"
    doc = new_document(title, subject="Cabinet minutes", keywords="Cabinet; minutes")
    set_header_text(doc.sections[0], "Peterborough City Council – Cabinet")
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "Minutes of a meeting of the Cabinet held in the Council Chamber, Sand Martin House, "
        "Peterborough on 13 November 2023 at 10.00am.")
    doc.add_heading("Present", level=2)
    doc.add_paragraph(
        "Councillors Morgan Ellis (Chair), Ruth Adeyemi (Vice-Chair), Martin Hale and Sam Patel.")
    doc.add_heading("Minutes", level=2)
    minutes = [
        ("24. Apologies for Absence",
         "There were no apologies for absence."),
        ("25. Declarations of Interest",
         "No declarations of interest were received."),
        ("26. Minutes of the Meeting held on 16 October 2023",
         "The minutes of the meeting held on 16 October 2023 were agreed as a true and "
         "accurate record."),
        ("27. Budget Monitoring Report – September 2023",
         "Cabinet received a report on the forecast outturn for 2023/24. The Cabinet Member "
         "for Corporate Governance and Finance reported a forecast overspend of £1.2 million, "
         "mainly in children’s placements, and the recovery measures agreed by the Corporate "
         "Leadership Team."),
    ]
    for heading, text in minutes:
        doc.add_heading(heading, level=3)
        doc.add_paragraph(text)
    doc.add_heading("Decisions", level=2)
    add_table(doc, ["Minute", "Decision", "Reason"], [
        ("26", "Minutes of 16 October 2023 agreed", "Accurate record"),
        ("27", "Noted the forecast outturn and approved the recovery measures",
         "To bring spending back within budget"),
    ], widths_cm=[2.0, 8.0, 6.0])
    doc.add_paragraph("The meeting closed at 11.05am.")
    doc.add_paragraph("Chair")
    save(doc, path)


def make_performance_appendix(path):
    title = "Appendix 1 – Corporate Performance Report (Quarter 2 2023/24)"
    doc = new_document(title, subject="Corporate performance, Quarter 2 2023/24",
                       keywords="performance; KPI; 2023/24")
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    set_header_text(section, "Cabinet, 18 December 2023 – Item 8, Appendix 1")
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "This appendix sets out the Key Performance Indicators for Quarter 2 (July to "
        "September 2023) against the priorities of the Sustainable Future City Council "
        "Strategy 2022–25. Status is shown in words: Green is on or better than target, "
        "Amber is within tolerance and Red is off target beyond tolerance.")
    doc.add_heading("Indicators by priority", level=2)
    header = ["Ref", "Indicator", "Priority", "Good is", "Target", "Q1 2023/24",
              "Q2 2023/24", "Status", "Direction of travel", "Commentary"]
    rows = [
        ("EIG01", "Number of new businesses registered", "Economy & Inclusive Growth",
         "High", "350", "362", "371", "Green", "Improving",
         "Start-ups supported by the business growth hub."),
        ("EIG04", "% of major planning applications decided in time",
         "Economy & Inclusive Growth", "High", "90%", "88%", "93%", "Green", "Improving",
         "Extensions of time agreed with applicants."),
        ("PC02", "Household waste recycled or composted", "Places & Communities",
         "High", "45%", "43.1%", "42.4%", "Amber", "Worsening",
         "Lower garden waste tonnage in a dry summer."),
        ("PC07", "Fly-tipping incidents cleared within 2 working days",
         "Places & Communities", "High", "95%", "96%", "97%", "Green", "Improving",
         "New rapid-response crew from August."),
        ("PIR03", "Households in temporary accommodation", "Prevention, Independence & Resilience",
         "Low", "450", "512", "538", "Red", "Worsening",
         "Demand from private-rented evictions continues to rise."),
        ("PIR09", "Adult social care assessments completed within 28 days",
         "Prevention, Independence & Resilience", "High", "80%", "74%", "77%", "Amber",
         "Improving", "Backlog reduced by 40% since April."),
        ("SFC02", "% of calls answered by the Customer Service Centre",
         "Sustainable Future City Council", "High", "85%", "81%", "86%", "Green",
         "Improving", "Additional staff recruited in July."),
        ("SFC05", "Average working days lost to sickness per FTE (rolling 12 months)",
         "Sustainable Future City Council", "Low", "8.5", "9.1", "9.4", "Red", "Worsening",
         "Long-term absence in two directorates; occupational health review under way."),
    ]
    add_table(doc, header, rows,
              widths_cm=[1.5, 4.5, 3.5, 1.4, 1.6, 1.9, 1.9, 1.6, 2.4, 6.3])
    doc.add_heading("Summary", level=2)
    doc.add_paragraph(
        "Of the 8 indicators shown, 4 are Green, 2 are Amber and 2 are Red. Commentary and "
        "actions for the Red indicators are given in the table above.")
    save(doc, path)


def make_market_appendix_a(path):
    title = "Appendix A – City Market Delivery Strategy"
    doc = new_document(title, subject="City Market regeneration",
                       keywords="City Market; regeneration")
    set_header_text(doc.sections[0], "Cabinet, 18 December 2023 – Item 6, Appendix A")
    doc.add_heading(title, level=1)
    doc.add_heading("Vision", level=2)
    doc.add_paragraph(
        "A refurbished City Market that is open six days a week, with a flexible events "
        "space and a direct, step-free route to the bus station.")
    doc.add_heading("Delivery phases", level=2)
    add_table(doc, ["Phase", "Work", "Start", "Completion"], [
        ("1", "Temporary relocation of traders to Bridge Street", "January 2024", "April 2024"),
        ("2", "Refurbishment of the market hall", "May 2024", "March 2025"),
        ("3", "Events space and public realm", "April 2025", "September 2025"),
        ("4", "Traders return and reopening", "October 2025", "January 2026"),
    ], widths_cm=[1.5, 8.0, 3.0, 3.5])
    doc.add_heading("Governance", level=2)
    doc.add_paragraph(
        "A programme board chaired by the Director of Growth and Regeneration meets monthly "
        "and reports quarterly to the Cabinet Member for Growth and Regeneration.")
    doc.add_paragraph(
        "Traders are represented on the board by two members of the City Market Traders’ "
        "Association.")
    save(doc, path)


def make_market_appendix_b(path):
    title = "Appendix B – City Market Financial Appraisal"
    doc = new_document(title, subject="Exempt: Schedule 12A paragraph 3 – " + EXEMPT_MARKER,
                       keywords="exempt; " + EXEMPT_MARKER)
    set_header_text(doc.sections[0],
                    "Cabinet, 18 December 2023 – Item 6, Appendix B – " + EXEMPT_MARKER)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "Document reference " + EXEMPT_MARKER + ". This appendix contains information "
        "relating to the financial or business affairs of the Council and of tenderers "
        "(paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972).")
    doc.add_heading("Capital costs", level=2)
    add_table(doc, ["Element", "Estimate", "Basis"], [
        ("Market hall refurbishment", "£6,420,000", "Quantity surveyor’s estimate, Oct 2023"),
        ("Events space and public realm", "£1,180,000", "Quantity surveyor’s estimate, Oct 2023"),
        ("Temporary relocation", "£395,000", "Fit-out of 41–47 Bridge Street"),
        ("Fees", "£610,000", "8% of works"),
        ("Client contingency (10%)", "£860,500", "Risk allowance"),
        ("Total", "£9,465,500", EXEMPT_MARKER),
    ], widths_cm=[6.0, 3.5, 6.5])
    doc.add_heading("Funding", level=2)
    doc.add_paragraph(
        "Towns Fund grant £6,000,000; approved capital programme £3,465,500. The lowest "
        "compliant tender is not expected to exceed £8,200,000 before contingency.")
    doc.add_heading("Rent assumptions", level=2)
    doc.add_paragraph(
        "Stall rents frozen at £38 per linear metre per week during relocation, rising to "
        "£42 from reopening; occupancy of 85% gives annual income of £412,000.")
    save(doc, path)


def make_invalid_minutes(path):
    title = "Minutes of the Committee Meeting held on 2 October 2023"
    doc = new_document(title, subject="Fixture paper", keywords="fixture")
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "A small finished paper used by fixtures/invalid/agenda-to-follow-with-document.xml: "
        "the file exists, so the only defect in that agenda is the document on a "
        "\u201cto follow\u201d item.")
    add_table(doc, ["Minute", "Decision"], [("1", "Minutes agreed")], widths_cm=[3.0, 10.0])
    save(doc, path)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(
        os.path.abspath(__file__)), os.pardir)
    papers = os.path.join(root, "fixtures", "papers")
    make_minutes(os.path.join(papers, "pcc-cabinet-2023-11-13-minutes.docx"))
    make_performance_appendix(os.path.join(
        papers, "pcc-q2-2023-24-appendix-1-corporate-performance.docx"))
    make_market_appendix_a(os.path.join(
        papers, "pcc-city-market-appendix-a-delivery-strategy.docx"))
    make_market_appendix_b(os.path.join(
        papers, "pcc-city-market-appendix-b-financial-appraisal.docx"))
    make_invalid_minutes(os.path.join(root, "fixtures", "invalid", "papers", "minutes.docx"))


if __name__ == "__main__":
    main()
