#!/usr/bin/python3
"""Make the document-merge and publish-cleaning corpus under fixtures/merge/.

Usage: /usr/bin/python3 scripts/make-merge-fixtures.py [REPO_ROOT]

Needs python-docx and lxml (Debian: python3-docx, python3-lxml; run it with
/usr/bin/python3 if the first python3 on PATH lacks them) and LibreOffice
(soffice, e.g. Debian's libreoffice-writer-nogui).

Documents made by the tools officers' documents come from, not written by hand:

  report-python-docx.docx   (a) python-docx: A4, a header and a footer (with a
        PAGE field), headings, a bookmark "Summary", a numbered and a bulleted
        list (the template's List Number / List Bullet styles), a PNG picture
        (made here with zlib and struct), a table in "Table Grid".
  appendix-libreoffice.docx (b) LibreOffice, from src/lo-landscape-appendix.fodt:
        Heading 1 / Heading 2 (outline-numbered through the heading styles),
        three footnotes, a two-level numbered list and a restarted one, a
        landscape page holding a wide table between portrait pages; no header
        or footer.
  colliding-styles.docx     (c) python-docx with the same style ids as (a)
        but other definitions: "Heading 1" red 20pt, "Normal" Times New Roman
        11pt, and other docDefaults (10pt, no space after, single spacing);
        also a bookmark "Summary" (the same name as in (a)) with an internal
        hyperlink and a REF field to it, a numbered list and a picture.
  other-theme.docx          (e) python-docx with the same styles as (a) but another
        theme: headings in DejaVu Serif and text in Liberation Mono through the
        theme's major and minor fonts.
  draft-with-markup.docx    (d) LibreOffice, from src/lo-tracked-comments.fodt,
        then completed the way Word leaves a draft: a comment, tracked
        insertions and deletions (body, footnote, a deleted table row, a
        deleted paragraph mark, a move), formatting changes, hidden text
        (body, header, footnote, w:specVanish), a custom property, a
        customXml part, an attached template, a company and manager. Every
        piece publishing must remove carries a marker MARKER-…; kept text
        carries KEEP-….

LibreOffice output is repaired where Writer breaks ECMA-376 child order
(w:lvl children in numbering.xml, w:sectPr inside w:pPr); python-docx's
settings.xml gets the w:zoom/@w:percent it lacks. Zip entries get a fixed
time, so running the script again gives identical files. Every document is
checked with ../shared/tools/ooxml-validate when it is there.
"""

import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from lxml import etree

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "fixtures", "merge")
SRC = os.path.join(OUT, "src")
ZIP_TIME = (2023, 12, 8, 9, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"


# --------------------------------------------------------------------------
# packages
# --------------------------------------------------------------------------

def read_package(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist() if not i.is_dir()}


def write_package(path, parts):
    """Writes parts (name -> bytes) as a zip with fixed times: [Content_Types].xml first."""
    names = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, parts[name])
    print("wrote", os.path.relpath(path, ROOT))


def validate(path):
    tool = os.path.join(ROOT, "..", "shared", "tools", "ooxml-validate")
    if not os.path.exists(tool):
        print("  (ooxml-validate absent: not checked)")
        return
    r = subprocess.run([tool, "--quiet", path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("invalid document %s:\n%s%s" % (path, r.stdout, r.stderr))


def xml_bytes(root):
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_relationship(parts, source_rels, rel_id, rel_type, target, external=False):
    root = etree.fromstring(parts[source_rels])
    rel = etree.SubElement(root, "{%s}Relationship" % PKG, Id=rel_id, Type=rel_type, Target=target)
    if external:
        rel.set("TargetMode", "External")
    parts[source_rels] = xml_bytes(root)


def add_override(parts, part, content_type):
    root = etree.fromstring(parts["[Content_Types].xml"])
    etree.SubElement(root, "{%s}Override" % CT, PartName="/" + part, ContentType=content_type)
    parts["[Content_Types].xml"] = xml_bytes(root)


# --------------------------------------------------------------------------
# repairs
# --------------------------------------------------------------------------

LVL_ORDER = ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId",
             "legacy", "lvlJc", "pPr", "rPr"]
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]


def sort_children(element, order):
    kids = list(element)
    kids.sort(key=lambda e: order.index(etree.QName(e).localname)
              if etree.QName(e).localname in order else len(order))
    for k in kids:
        element.remove(k)
        element.append(k)


def fix_libreoffice(parts):
    """Writer puts w:pStyle before w:numFmt in w:lvl and w:sectPr first in w:pPr."""
    if "word/numbering.xml" in parts:
        root = etree.fromstring(parts["word/numbering.xml"])
        for lvl in root.iter("{%s}lvl" % W):
            sort_children(lvl, LVL_ORDER)
        parts["word/numbering.xml"] = xml_bytes(root)
    root = etree.fromstring(parts["word/document.xml"])
    for ppr in root.iter("{%s}pPr" % W):
        if ppr.getparent().tag == "{%s}p" % W:
            sort_children(ppr, PPR_ORDER)
    parts["word/document.xml"] = xml_bytes(root)


def fix_python_docx(parts):
    """python-docx's settings.xml has <w:zoom w:val="bestFit"/>, which lacks the required w:percent."""
    settings = parts["word/settings.xml"].decode()
    parts["word/settings.xml"] = settings.replace(
        '<w:zoom w:val="bestFit"/>', '<w:zoom w:val="bestFit" w:percent="100"/>').encode()


def libreoffice(fodt_names):
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) is needed for the LibreOffice-made documents")
    made = {}
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "docx",
                        "--outdir", tmp] + [os.path.join(SRC, f) for f in fodt_names],
                       check=True, capture_output=True)
        for f in fodt_names:
            with open(os.path.join(tmp, f[:-5] + ".docx"), "rb") as fh:
                made[f] = read_package(fh.read())
            fix_libreoffice(made[f])
    return made


# --------------------------------------------------------------------------
# python-docx helpers
# --------------------------------------------------------------------------

def png(width, height, colour_of):
    """A truecolour PNG whose pixel (x, y) is colour_of(x, y) -> (r, g, b)."""
    rows = b"".join(b"\x00" + b"".join(bytes(colour_of(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9))
            + chunk(b"IEND", b""))


def bar_chart_png():
    """A small bar chart: four bars on a light grid."""
    bars = [(20, 60, (46, 117, 182)), (70, 35, (46, 117, 182)), (120, 80, (237, 125, 49)), (170, 50, (112, 173, 71))]

    def colour(x, y):
        for left, height, rgb in bars:
            if left <= x < left + 30 and y >= 100 - height:
                return rgb
        return (230, 230, 230) if y % 20 == 0 else (255, 255, 255)
    return png(220, 100, colour)


def a4(section, margin_mm=25):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))


def bookmark(paragraph, name, bookmark_id):
    p = paragraph._p
    start = etree.SubElement(p, qn("w:bookmarkStart"))
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    ppr = p.find(qn("w:pPr"))
    p.remove(start)
    p.insert(1 if ppr is not None else 0, start)
    end = etree.SubElement(p, qn("w:bookmarkEnd"))
    end.set(qn("w:id"), str(bookmark_id))


def field_runs(paragraph, instruction, shown):
    """Appends a complex field (begin, instruction, separate, result, end) to a paragraph."""
    def run_with(child):
        r = etree.SubElement(paragraph._p, qn("w:r"))
        r.append(child)
        return child
    run_with(etree.Element(qn("w:fldChar"))).set(qn("w:fldCharType"), "begin")
    instr = run_with(etree.Element(qn("w:instrText")))
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = instruction
    run_with(etree.Element(qn("w:fldChar"))).set(qn("w:fldCharType"), "separate")
    run_with(etree.Element(qn("w:t"))).text = shown
    run_with(etree.Element(qn("w:fldChar"))).set(qn("w:fldCharType"), "end")


def internal_hyperlink(paragraph, text, anchor):
    link = etree.SubElement(paragraph._p, qn("w:hyperlink"))
    link.set(qn("w:anchor"), anchor)
    r = etree.SubElement(link, qn("w:r"))
    rpr = etree.SubElement(r, qn("w:rPr"))
    etree.SubElement(rpr, qn("w:u")).set(qn("w:val"), "single")
    etree.SubElement(r, qn("w:t")).text = text


def save(doc):
    buf = io.BytesIO()
    doc.save(buf)
    parts = read_package(buf.getvalue())
    fix_python_docx(parts)
    return parts


def table(doc, rows, style):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


# --------------------------------------------------------------------------
# (a) a python-docx report
# --------------------------------------------------------------------------

def report_python_docx():
    doc = Document()
    section = doc.sections[0]
    a4(section)
    section.header.paragraphs[0].text = "Peterborough City Council · Cabinet · 18 December 2023"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Corporate performance, quarter 2 · page ")
    field_runs(footer, " PAGE ", "1")

    doc.add_heading("Corporate performance report: quarter 2, 2023/24", level=1)
    summary = doc.add_paragraph(
        "This report sets out the council's performance against its corporate plan for the second "
        "quarter of 2023/24, from July to September 2023.")
    bookmark(summary, "Summary", 1)
    doc.add_heading("Recommendations", level=2)
    doc.add_paragraph("Cabinet is recommended to:")
    for text in ("note the performance of the key indicators in Appendix 1;",
                 "agree the actions for the three indicators rated red;",
                 "ask officers to report again in March 2024."):
        doc.add_paragraph(text, style="List Number")
    doc.add_heading("Highlights", level=2)
    for text in ("Household recycling rose to 48%, above the target of 45%.",
                 "Average time to process benefit claims fell to 17 days.",
                 "Two indicators could not be measured this quarter."):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("Figure 1 shows the number of indicators by status.")
    doc.add_picture(io.BytesIO(bar_chart_png()), width=Cm(8))
    doc.add_paragraph("Figure 1: indicators by status, quarter 2", style="Caption")
    doc.add_heading("Indicators off target", level=2)
    table(doc, [("Indicator", "Target", "Actual", "Status"),
                ("Missed bin collections per 100,000", "60", "74", "Red"),
                ("Major planning applications in 13 weeks", "90%", "81%", "Red"),
                ("Council tax collected", "56.0%", "55.1%", "Amber")], "Table Grid")
    doc.add_paragraph()
    doc.add_heading("Reasons for the recommendations", level=2)
    for _ in range(6):
        doc.add_paragraph(
            "Regular reporting lets Cabinet see where services are improving and where they need "
            "attention, and lets residents hold the council to account for the commitments in its "
            "corporate plan. The indicators were agreed by Cabinet in April 2023 and are reported "
            "every quarter in the same format so that trends are easy to follow.")
    return save(doc)


# --------------------------------------------------------------------------
# (c) python-docx with the same style ids and other definitions
# --------------------------------------------------------------------------

def colliding_styles():
    doc = Document()
    a4(doc.sections[0], margin_mm=20)
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rpr_default.find(qn("w:sz")).set(qn("w:val"), "20")
    rpr_default.find(qn("w:szCs")).set(qn("w:val"), "20")
    spacing = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")

    normal = doc.styles["Normal"].font
    normal.name = "Times New Roman"
    normal.size = Pt(11)
    heading = doc.styles["Heading 1"].font
    heading.size = Pt(20)
    heading.color.rgb = RGBColor(0xFF, 0x00, 0x00)

    doc.add_heading("Minutes of the Cabinet meeting of 13 November 2023", level=1)
    summary = doc.add_paragraph(
        "Present: Councillor Holdich (Chair), Councillors Fitzgerald, Coles, Hiller and Walsh.")
    bookmark(summary, "Summary", 1)
    doc.add_paragraph("Apologies were received from Councillor Ayres.")
    doc.add_heading("Declarations of interest", level=2)
    doc.add_paragraph("There were no declarations of interest.")
    doc.add_heading("Decisions", level=2)
    for text in ("The Cabinet approved the City Market business case.",
                 "The Cabinet noted the quarter 1 performance report.",
                 "The Cabinet agreed the consultation on the budget for 2024/25."):
        doc.add_paragraph(text, style="List Number")
    refs = doc.add_paragraph("Those present are listed under ")
    internal_hyperlink(refs, "the attendance record", "Summary")
    refs.add_run("; see also page ")
    field_runs(refs, " PAGEREF Summary \\h ", "1")
    refs.add_run(" (")
    field_runs(refs, " REF Summary \\h ", "Present")
    refs.add_run(").")
    doc.add_picture(io.BytesIO(png(60, 60, lambda x, y: (200, 30, 30) if (x // 10 + y // 10) % 2 else (255, 255, 255))),
                    width=Cm(2))
    doc.add_paragraph("The meeting closed at 11.40am.")
    return save(doc)


# --------------------------------------------------------------------------
# (e) the same template with another theme
# --------------------------------------------------------------------------

def other_theme():
    doc = Document()
    a4(doc.sections[0])
    doc.add_heading("Budget consultation 2024/25", level=1)
    doc.add_paragraph("The consultation ran from 1 November to 15 December 2023 and received 1,204 responses. "
                      "Most respondents supported the proposals for libraries and parks.")
    for text in ("Libraries: keep all branches open, with shorter hours at two.",
                 "Parks: a volunteer scheme for the smaller parks.",
                 "Council tax: a rise of 2.99% plus the social care precept."):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("The full responses are in the background papers.")
    parts = save(doc)
    theme = parts["word/theme/theme1.xml"].decode()
    major = theme.index("<a:majorFont>")
    minor = theme.index("<a:minorFont>")
    theme = (theme[:major] + theme[major:minor].replace('<a:latin typeface="Calibri"/>', '<a:latin typeface="DejaVu Serif"/>', 1)
             + theme[minor:].replace('<a:latin typeface="Cambria"/>', '<a:latin typeface="Liberation Mono"/>', 1)
             .replace('<a:latin typeface="Calibri"/>', '<a:latin typeface="Liberation Mono"/>', 1))
    parts["word/theme/theme1.xml"] = theme.replace('<a:fontScheme name="Office">', '<a:fontScheme name="Council">').encode()
    return parts


# --------------------------------------------------------------------------
# (d) a draft with comments, revisions, hidden text and metadata
# --------------------------------------------------------------------------

def w_el(tag, parent=None, **attrs):
    el = etree.Element(qn("w:" + tag)) if parent is None else etree.SubElement(parent, qn("w:" + tag))
    for k, v in attrs.items():
        el.set(qn("w:" + k), v)
    return el


def text_run(parent, text, hidden=False, spec_vanish=False, deleted=False):
    r = w_el("r", parent)
    if hidden or spec_vanish:
        rpr = w_el("rPr", r)
        w_el("vanish" if hidden else "specVanish", rpr)
    t = w_el("delText" if deleted else "t", r)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    return r


REVISION = {"author": "MARKER-REVISION-AUTHOR", "date": "2023-11-21T12:00:00Z"}


def word_like_markup(body):
    """What Word adds to a draft that Writer does not write: a move, formatting changes,
    w:specVanish, a deleted paragraph mark and a deleted table row."""
    paragraphs = body.findall(qn("w:p"))
    last = paragraphs[-1]
    w_el("moveFromRangeStart", last, id="101", name="move1", **REVISION)
    move_from = w_el("moveFrom", last, id="102", **REVISION)
    text_run(move_from, " MARKER-MOVED-FROM", deleted=True)
    w_el("moveFromRangeEnd", last, id="101")
    w_el("moveToRangeStart", last, id="103", name="move1", **REVISION)
    move_to = w_el("moveTo", last, id="104", **REVISION)
    text_run(move_to, " KEEP-MOVED-TO")
    w_el("moveToRangeEnd", last, id="103")
    text_run(last, "MARKER-SPECVANISH", spec_vanish=True)

    rpr = last.find(qn("w:r")).find(qn("w:rPr"))  # Writer writes an empty one: made bold, tracked
    w_el("b", rpr)
    w_el("rPr", w_el("rPrChange", rpr, id="105", author="MARKER-FORMAT-AUTHOR", date=REVISION["date"]))
    ppr = last.find(qn("w:pPr"))
    pchange = w_el("pPrChange", ppr, id="106", author="MARKER-FORMAT-AUTHOR", date=REVISION["date"])
    w_el("pPr", pchange)

    joined = w_el("p")
    jppr = w_el("pPr", joined)
    w_el("del", w_el("rPr", jppr), id="107", **REVISION)
    text_run(joined, "KEEP-JOINED-1 ")
    follower = w_el("p")
    text_run(follower, "KEEP-JOINED-2")
    last.addnext(joined)
    joined.addnext(follower)

    tbl = w_el("tbl")
    tpr = w_el("tblPr", tbl)
    w_el("tblW", tpr, w="0", type="auto")
    w_el("gridCol", w_el("tblGrid", tbl), w="4000")
    for text, deleted in (("KEEP-ROW", False), ("MARKER-DELETED-ROW", True)):
        tr = w_el("tr", tbl)
        if deleted:
            w_el("del", w_el("trPr", tr), id="108", **REVISION)
        tc = w_el("tc", tr)
        w_el("tcW", w_el("tcPr", tc), w="4000", type="dxa")
        p = w_el("p", tc)
        if deleted:
            w_el("del", w_el("rPr", w_el("pPr", p)), id="109", **REVISION)
            text_run(w_el("del", p, id="110", **REVISION), text, deleted=True)
        else:
            text_run(p, text)
    follower.addnext(tbl)
    tbl.addnext(w_el("p"))


def draft_with_markup(parts):
    doc = etree.fromstring(parts["word/document.xml"])
    word_like_markup(doc.find(qn("w:body")))
    parts["word/document.xml"] = xml_bytes(doc)

    app = parts["docProps/app.xml"].decode()
    app = app.replace("<Template></Template>", "<Template>MARKER-TEMPLATE.dotm</Template>")
    app = app.replace("</Properties>", "<Manager>MARKER-MANAGER</Manager><Company>MARKER-COMPANY</Company></Properties>")
    parts["docProps/app.xml"] = app.encode()

    parts["customXml/item1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<caseFile xmlns="urn:example:case"><officer>MARKER-CUSTOMXML</officer></caseFile>')
    parts["customXml/itemProps1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        b'<ds:datastoreItem ds:itemID="{6E3A2B1C-0000-4000-8000-00000000C0DE}" '
        b'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        b'<ds:schemaRefs><ds:schemaRef ds:uri="urn:example:case"/></ds:schemaRefs></ds:datastoreItem>')
    parts["customXml/_rels/item1.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
        b'Target="itemProps1.xml"/></Relationships>')
    add_override(parts, "customXml/itemProps1.xml",
                 "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")
    add_relationship(parts, "word/_rels/document.xml.rels", "rId90",
                     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
                     "../customXml/item1.xml")

    settings = etree.fromstring(parts["word/settings.xml"])
    template = w_el("attachedTemplate")
    template.set(qn("r:id"), "rId1")
    settings.insert(1, template)
    parts["word/settings.xml"] = xml_bytes(settings)
    parts["word/_rels/settings.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
        b'Target="file:///C:/Users/MARKER-TEMPLATE-PATH/Normal.dotm" TargetMode="External"/></Relationships>')
    return parts


# --------------------------------------------------------------------------

def main():
    os.makedirs(OUT, exist_ok=True)
    made = libreoffice(["lo-landscape-appendix.fodt", "lo-tracked-comments.fodt"])
    documents = {
        "report-python-docx.docx": report_python_docx(),
        "appendix-libreoffice.docx": made["lo-landscape-appendix.fodt"],
        "colliding-styles.docx": colliding_styles(),
        "other-theme.docx": other_theme(),
        "draft-with-markup.docx": draft_with_markup(made["lo-tracked-comments.fodt"]),
    }
    for name, parts in documents.items():
        target = os.path.join(OUT, name)
        write_package(target, parts)
        validate(target)


if __name__ == "__main__":
    main()
