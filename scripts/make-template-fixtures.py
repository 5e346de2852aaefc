#!/usr/bin/python3
"""Make the template-engine test corpus under fixtures/templates/.

Usage: /usr/bin/python3 scripts/make-template-fixtures.py [REPO_ROOT]

Needs python-docx and lxml (Debian: python3-docx, python3-lxml; run it with
/usr/bin/python3 if the first python3 on PATH lacks them) and LibreOffice
(soffice, e.g. Debian's libreoffice-writer-nogui).

Two kinds of template, as real editors make them:

  LibreOffice-made: fixtures/templates/src/*.fodt (flat ODF, written by hand
  as Writer would save them) converted with `soffice --headless --convert-to
  docx`. Writer splits a tag into several runs wherever the formatting
  changes inside it; that is kept. Two things are repaired afterwards:
  Writer writes w:lvl children out of schema order in numbering.xml (the
  outline numbering of its headings), and its zip entries carry the time of
  conversion.
      lo-report.docx   committee report (data: fixtures/reports/*.xml)
      lo-loops.docx    loops, loop variables, conditions, comments
      lo-filters.docx  every filter, status cells

  Word-like: a python-docx skeleton (styles, numbering, theme) whose parts
  are then written here as Word writes them: tags split across runs with
  w:proofErr marks, w:bookmarkStart/End inside a tag, different w:rsidR,
  bold in the middle of a tag, a tag crossing a w:hyperlink boundary, smart
  quotes, tracked insertions and deletions (w:ins/w:del), a text box
  (wps shape in mc:AlternateContent with a VML fallback), headers, footers,
  footnotes, endnotes and docProps/core.xml.
      word-split.docx   every way Word splits a tag (data: ../data/council.xml)
      word-lists.docx   numbered lists continued and restarted by loops,
                        bookmarks and pictures repeated, row loops
      word-rich.docx    rich text (data: ../data/rich.xml, rich-bad.xml)
      word-errors.docx  one of every template error, in the body and a header
      word-gaps.docx    values and loops that select nothing (--draft, check)
      word-functions.docx  the XPath extension functions rag-status, fy-quarter, fy
      word-status.docx  a KPI table whose status cells are shaded by rag
      word-assembler.docx  OpenXmlPowerTools DocumentAssembler markup (<# … #>)

Every template is checked with ../shared/tools/ooxml-validate when it is
there. The output is deterministic: running the script again gives
identical files.
"""

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from lxml import etree

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "fixtures", "templates")
SRC = os.path.join(OUT, "src")
ZIP_TIME = (2023, 12, 8, 9, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------
# packages
# --------------------------------------------------------------------------

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


def read_package(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist() if not i.is_dir()}


def validate(path):
    tool = os.path.join(ROOT, "..", "shared", "tools", "ooxml-validate")
    if not os.path.exists(tool):
        print("  (ooxml-validate absent: not checked)")
        return
    r = subprocess.run([tool, "--quiet", path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("invalid template %s:\n%s%s" % (path, r.stdout, r.stderr))


# --------------------------------------------------------------------------
# LibreOffice-made templates
# --------------------------------------------------------------------------

LVL_ORDER = ["start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId",
             "legacy", "lvlJc", "pPr", "rPr"]


def fix_numbering(xml):
    """Writer puts w:pStyle before w:numFmt in w:lvl; ECMA-376 wants the other order."""
    root = etree.fromstring(xml)
    for lvl in root.iter("{%s}lvl" % W):
        kids = list(lvl)
        kids.sort(key=lambda e: LVL_ORDER.index(etree.QName(e).localname)
                  if etree.QName(e).localname in LVL_ORDER else len(LVL_ORDER))
        for k in kids:
            lvl.remove(k)
            lvl.append(k)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def libreoffice_templates():
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) is needed for the LibreOffice-made templates")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        sources = sorted(f for f in os.listdir(SRC) if f.endswith(".fodt"))
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "docx",
                        "--outdir", tmp] + [os.path.join(SRC, f) for f in sources],
                       check=True, capture_output=True)
        for f in sources:
            name = f[:-5] + ".docx"
            with open(os.path.join(tmp, name), "rb") as fh:
                parts = read_package(fh.read())
            if "word/numbering.xml" in parts:
                parts["word/numbering.xml"] = fix_numbering(parts["word/numbering.xml"])
            target = os.path.join(OUT, name)
            write_package(target, parts)
            validate(target)


# --------------------------------------------------------------------------
# Word-like templates: markup helpers
# --------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, rpr="", rsid="00A1B2C3", extra=""):
    props = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return '<w:r w:rsidR="%s"%s>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rsid, extra, props, esc(text))


def para(*content, style=None, ppr="", rsid="00A1B2C3"):
    props = ('<w:pStyle w:val="%s"/>' % style if style else "") + ppr
    props = "<w:pPr>%s</w:pPr>" % props if props else ""
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s">%s%s</w:p>' % (rsid, rsid, props, "".join(content))


def numbered(num_id, *content, level=0):
    return para(*content, ppr='<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (level, num_id))


SPELL_START = '<w:proofErr w:type="spellStart"/>'
SPELL_END = '<w:proofErr w:type="spellEnd"/>'
GRAMMAR_START = '<w:proofErr w:type="gramStart"/>'
GRAMMAR_END = '<w:proofErr w:type="gramEnd"/>'
BOLD = "<w:b/>"


def cell(width, *paragraphs, shading=""):
    props = '<w:tcW w:w="%d" w:type="dxa"/>%s' % (width, shading)
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, "".join(paragraphs))


def table(widths, rows, header_rows=1):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    out = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % grid)
    for i, cells in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i < header_rows else ""
        out += "<w:tr>%s%s</w:tr>" % (trpr, "".join(cell(w, c) for w, c in zip(widths, cells)))
    return out + "</w:tbl>"


def text_box(doc_pr_id, name, paragraphs_xml):
    """A text box as Word 2010+ writes it: a wps shape, with a VML fallback for older readers."""
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box %d" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:185.9pt;height:110.6pt;z-index:251659264" o:gfxdata="">'
        '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (doc_pr_id, name, paragraphs_xml, doc_pr_id, paragraphs_xml))


def picture(doc_pr_id, rel_id):
    """An inline picture (a 1×1 PNG), as Word writes one."""
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="190500" cy="190500"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="%d" name="Picture %d" descr="Ward crest"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="0" name="crest.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="190500" cy="190500"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' % (doc_pr_id, doc_pr_id, rel_id))


# A 1×1 white PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8ffff3f0005fe02fe"
    "a7d6a4c00000000049454e44ae426082")

NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"')

SECTION = ('<w:sectPr w:rsidR="00A1B2C3">%s<w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')

EXTRA_STYLES = (
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>')

# Numbering added to python-docx's: 20 is a), b), c); 21 is 1., 2., 3. (lists of their own).
EXTRA_ABSTRACT = (
    '<w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="21"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
EXTRA_NUMS = '<w:num w:numId="20"><w:abstractNumId w:val="20"/></w:num><w:num w:numId="21"><w:abstractNumId w:val="21"/></w:num>'

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def skeleton():
    """python-docx's default package, trimmed to what Word needs, with settings made valid."""
    buf = io.BytesIO()
    Document().save(buf)
    parts = read_package(buf.getvalue())
    for name in list(parts):
        if name.startswith("customXml/") or name in ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"):
            del parts[name]
    settings = parts["word/settings.xml"].decode()
    settings = settings.replace('<w:zoom w:val="bestFit"/>', '<w:zoom w:val="bestFit" w:percent="100"/>')
    parts["word/settings.xml"] = settings.encode()
    styles = parts["word/styles.xml"].decode()
    parts["word/styles.xml"] = styles.replace("</w:styles>", EXTRA_STYLES + "</w:styles>").encode()
    numbering = parts["word/numbering.xml"].decode()
    at = numbering.index("<w:num ")
    numbering = numbering[:at] + EXTRA_ABSTRACT + numbering[at:]
    parts["word/numbering.xml"] = numbering.replace("</w:numbering>", EXTRA_NUMS + "</w:numbering>").encode()
    app = parts["docProps/app.xml"].decode()
    parts["docProps/app.xml"] = re.sub(r"<Application>.*?</Application>", "<Application>Microsoft Office Word</Application>", app).encode()
    return parts


def core_xml(title, subject="", keywords=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>Democratic Services</dc:creator>'
            '<cp:keywords>%s</cp:keywords><cp:lastModifiedBy>Democratic Services</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2023-12-08T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-12-08T09:00:00Z</dcterms:modified></cp:coreProperties>'
            % (esc(title), esc(subject), esc(keywords))).encode()


def word_template(name, body, header=None, footer=None, footnotes=None, endnotes=None, core=("", "", ""),
                  hyperlinks=(), image=False):
    parts = skeleton()
    rels = parts["word/_rels/document.xml.rels"].decode()
    types = parts["[Content_Types].xml"].decode()
    refs = ""
    extra_rels = ""
    extra_types = ""

    def part_xml(root, content):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s %s>%s</w:%s>'
                % (root, NAMESPACES, content, root)).encode()

    if header is not None:
        parts["word/header1.xml"] = part_xml("hdr", header)
        extra_rels += '<Relationship Id="rId20" Type="%s/header" Target="header1.xml"/>' % REL
        extra_types += '<Override PartName="/word/header1.xml" ContentType="%s.header+xml"/>' % CT_MAIN
        refs += '<w:headerReference w:type="default" r:id="rId20"/>'
    if footer is not None:
        parts["word/footer1.xml"] = part_xml("ftr", footer)
        extra_rels += '<Relationship Id="rId21" Type="%s/footer" Target="footer1.xml"/>' % REL
        extra_types += '<Override PartName="/word/footer1.xml" ContentType="%s.footer+xml"/>' % CT_MAIN
        refs += '<w:footerReference w:type="default" r:id="rId21"/>'
    for kind, notes, rid in (("footnote", footnotes, "rId22"), ("endnote", endnotes, "rId23")):
        if notes is None:
            continue
        sep = ('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:%s>'
               '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:continuationSeparator/></w:r></w:p></w:%s>') % (kind, kind, kind, kind)
        parts["word/%ss.xml" % kind] = part_xml(kind + "s", sep + notes)
        extra_rels += '<Relationship Id="%s" Type="%s/%ss" Target="%ss.xml"/>' % (rid, REL, kind, kind)
        extra_types += '<Override PartName="/word/%ss.xml" ContentType="%s.%ss+xml"/>' % (kind, CT_MAIN, kind)
    for rid, href in hyperlinks:
        extra_rels += '<Relationship Id="%s" Type="%s/hyperlink" Target="%s" TargetMode="External"/>' % (rid, REL, esc(href))
    if image:
        parts["word/media/image1.png"] = PNG
        extra_rels += '<Relationship Id="rId30" Type="%s/image" Target="media/image1.png"/>' % REL
        extra_types += '<Default Extension="png" ContentType="image/png"/>'
    rels = re.sub(r'<Relationship Id="rId\d+" Type="[^"]*(customXml|stylesWithEffects)"[^>]*/>', "", rels)
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", extra_rels + "</Relationships>").encode()
    types = re.sub(r'<Override PartName="/(customXml|word/stylesWithEffects)[^>]*/>', "", types)
    types = types.replace('<Default Extension="jpeg" ContentType="image/jpeg"/>', "")
    parts["[Content_Types].xml"] = types.replace("</Types>", extra_types + "</Types>").encode()
    root_rels = parts["_rels/.rels"].decode()
    parts["_rels/.rels"] = re.sub(r'<Relationship [^>]*thumbnail[^>]*/>', "", root_rels).encode()
    parts["docProps/core.xml"] = core_xml(*core)
    parts["word/document.xml"] = part_xml("document", "<w:body>%s%s</w:body>" % (body, SECTION % refs))
    target = os.path.join(OUT, name)
    write_package(target, parts)
    validate(target)


# --------------------------------------------------------------------------
# Word-like templates: content
# --------------------------------------------------------------------------

def word_split():
    """Every way Word splits a tag. Data: ../data/council.xml."""
    box = (para(run("Code "), run("{{ @co", rsid="00C0FFEE"), run("de }}", BOLD, rsid="00C0FFEE")))
    body = "".join([
        # 1. spelling marks in the middle of a tag, different revision ids
        para(run("{{ na"), SPELL_START, run("me", rsid="00D4E5F6"), SPELL_END, run(" }}"), style="Heading1"),
        # 2. a bookmark inside a tag
        para(run("Body: {{ meeting/"), '<w:bookmarkStart w:id="0" w:name="body"/>', run("body }}"),
             '<w:bookmarkEnd w:id="0"/>'),
        # 3. three runs, three rsids
        para(run("Date: {{ mee"), run("ting/date | da", rsid="00D4E5F6", extra=' w:rsidRPr="00E7F8A9"'),
             run("te long }}", rsid="00B2C3D4")),
        # 4. bold in the middle of one tag; a second tag that starts bold
        para(run("Chair: "), run("{{ ch"), run("air", BOLD, rsid="00D4E5F6"), run(" }}"), run(" and "),
             run("{{ meeting/", BOLD), run("body }}")),
        # 5. a tag that starts inside a hyperlink and ends after it
        para('<w:hyperlink r:id="rId40" w:history="1">', run("Website of {{ na", '<w:rStyle w:val="Hyperlink"/>'),
             "</w:hyperlink>", run("me }} (opens in a new window)")),
        # 6. a tag that starts before a hyperlink and ends inside it
        para(run("Visit {{ na"), '<w:hyperlink r:id="rId40" w:history="1">',
             run("me }} online", '<w:rStyle w:val="Hyperlink"/>'), "</w:hyperlink>"),
        # 7. smart quotes typed inside tags (AutoFormat as you type)
        para(run("Held: {{ meeting/held | date \u201cd MMMM y \u2018at\u2019 h.mm a\u201d }}")),
        para(run("Day: {{ meeting/date | date \u201cEEEE\u201d }}")),
        # 9. a tracked insertion holding part of a tag
        para(run("Ends {{ period/@"),
             '<w:ins w:id="91" w:author="Policy Officer" w:date="2023-12-01T10:00:00Z">', run("end | date long"), "</w:ins>",
             run(" }}.")),
        # 10. a tracked deletion inside a tag: deleted text is not part of the tag
        para(run("Starts {{ period/@st"),
             '<w:del w:id="92" w:author="Policy Officer" w:date="2023-12-01T10:05:00Z"><w:r><w:delText>xx</w:delText></w:r></w:del>',
             run("art | date long }}.")),
        # 11. a text box (wps shape with VML fallback)
        para(run("Box: "), text_box(1, "Text Box 1", box)),
        # 12. an inline loop with smart-quoted options, split by spelling and formatting marks
        para(run("Members: {{#each members/mem"), SPELL_START, run("ber sep=\u201c, \u201d last=\u201c and \u201d}}", rsid="00D4E5F6"),
             SPELL_END, run("{{ . }}", BOLD), run("{{/ea"), GRAMMAR_START, run("ch}}."), GRAMMAR_END),
        # 13. references to the notes
        para(run("Source note"), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
             run(" and end note"), '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'),
        # 14. a condition with smart quotes inside its XPath
        para(run("{{#if meeting/body = \u201cCabinet\u201d}}Cabinet meeting{{else}}Other{{/if}}")),
        # 15. Word's _GoBack bookmark at the last edit
        para('<w:bookmarkStart w:id="99" w:name="_GoBack"/><w:bookmarkEnd w:id="99"/>', run("End of {{ name | upper }}")),
        # 16. a row loop whose tags are split
        table([4500, 4500], [
            [para(run("Member")), para(run("Ward"))],
            [para(run("{{#each members/mem"), SPELL_START, run("ber}}{{ . }}", rsid="00D4E5F6"), SPELL_END),
             para(run("{{ @ward }}"), run("{{/each}}", rsid="00B2C3D4"))],
        ]),
        para(run("After the table.")),
    ])
    header = (para(run("{{ name "), run("| upper }}", rsid="00D4E5F6"), style="Header") +
              para(run("{{ meeting/body }} {{ meeting/date | date \u201cd MMMM y\u201d }}"), style="Header"))
    footer = para(run("Page footer: {{ meeting/date | ordinal"), run("-date }}", rsid="00D4E5F6"), style="Footer")
    footnotes = ('<w:footnote w:id="1">' + para('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
                                                 run(" Source: {{ na"), SPELL_START, run("me }}."), SPELL_END, style="FootnoteText") +
                 "</w:footnote>")
    endnotes = ('<w:endnote w:id="1">' + para('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>',
                                               run(" Reported to {{ meeting/body | lower }}."), style="EndnoteText") +
                "</w:endnote>")
    word_template("word-split.docx", body, header=header, footer=footer, footnotes=footnotes, endnotes=endnotes,
                  core=("{{ title | title }}", "{{ name }}", "{{ meeting/body }}, {{ meeting/date | fy-quarter }}"),
                  hyperlinks=[("rId40", "https://www.northfield.example/council")])


def word_lists():
    """Numbered lists continued and restarted by loops; ids in repeated content; row loops."""
    body = "".join([
        para(run("Recommendations"), style="Heading1"),
        para(run("{{#each recommendations/recommendation}}")),
        para(run("{{ . }}"), style="ListNumber"),
        para(run("{{/each}}")),
        para(run("Agenda"), style="Heading1"),
        numbered(21, run("Apologies.")),
        para(run("{{#each members/member}}")),
        numbered(21, run("Report from "), run("{{ . }}")),
        para(run("{{/each}}")),
        numbered(21, run("Close.")),
        para(run("Directorates"), style="Heading1"),
        para(run("{{#each directorates/directorate}}")),
        para(run("{{ name }}"), style="Heading2"),
        para(run("{{#each service}}")),
        numbered(20, run("{{ name }}")),
        para(run("{{#each kpi}}")),
        para(run("{{ name }}: {{ @status | rag }}"), style="ListBullet2"),
        para(run("{{/each}}")),
        para(run("{{/each}}")),
        para(run("{{/each}}")),
        para(run("Members"), style="Heading1"),
        para(run("{{#each members/member}}")),
        para('<w:bookmarkStart w:id="10" w:name="member"/>', run("Member {{ . }}"), '<w:bookmarkEnd w:id="10"/>',
             run(" "), picture(5, "rId30")),
        para('<w:sdt><w:sdtPr><w:alias w:val="Ward"/><w:tag w:val="ward"/><w:id w:val="555"/></w:sdtPr><w:sdtContent>',
             run("{{ @ward }}"), "</w:sdtContent></w:sdt>", run(" ward"),
             text_box(6, "Text Box 6", para(run("Box {{ $number }}")))),
        para(run("{{/each}}")),
        table([4500, 4500], [
            [para(run("Name")), para(run("Ward"))],
            [para(run("{{#each members/member}}{{ . }}")), para(run("Ward"))],
            [para(run("{{ @ward }}")), para(run("{{ $number }} of {{ $count }}{{/each}}"))],
        ]),
        para(run("Between the tables.")),
        table([4500, 4500], [
            [para(run("Directorate")), para(run("Services"))],
            [para(run("{{#each directorates/directorate}}{{ name }}")),
             para(run("{{#each service sep=\u201c, \u201d last=\u201c and \u201d}}{{ name }}{{/each}}{{/each}}"))],
        ]),
        para(run("Conditional rows.")),
        table([4500, 4500], [
            [para(run("Case")), para(run("Answer"))],
            [para(run("{{#if flags/@urgent = 'true'}}Urgent")), para(run("Yes{{/if}}"))],
            [para(run("{{#unless flags/@urgent = 'true'}}Routine")), para(run("No{{/unless}}"))],
        ]),
        para(run("Loops inside cells.")),
        table([4500, 4500], [
            [para(run("Members")), para(run("Committees"))],
            [para(run("{{#each members/member}}")) + para(run("{{ . }}")) + para(run("{{/each}}")),
             para(run("{{#each committees/committee}}")) + para(run("{{ name }}")) + para(run("{{/each}}"))],
        ]),
        para(run("{{#each directorates/directorate}}")),
        para(run("{{ name }} services"), style="Heading3"),
        table([4500, 4500], [
            [para(run("Service")), para(run("Indicators"))],
            [para(run("{{#each service}}{{ name }}")), para(run("{{ count(kpi) }}{{/each}}"))],
        ]),
        para(run("{{/each}}")),
        para(run("End.")),
    ])
    header = para(run("{{#each committees/committee}}"), style="Header") + para(run("{{ name }}"), style="Header") + \
        para(run("{{/each}}"), style="Header")
    word_template("word-lists.docx", body, header=header, core=("Lists", "", ""), image=True)


def word_status():
    """Status cells as Word writes them (runs with no w:rPr). Data: ../data/council.xml."""
    body = "".join([
        para(run("Indicator statuses"), style="Heading1"),
        table([6000, 3000], [
            [para(run("Indicator")), para(run("Status"))],
            [para(run("{{#each directorates/directorate/service/kpi}}{{ name }}")),
             para(run("{{ @status | rag }}{{/each}}"))],
        ]),
        para(run("End.")),
    ])
    word_template("word-status.docx", body, core=("Statuses", "", ""))


def word_assembler():
    """OpenXmlPowerTools DocumentAssembler markup, which the template language also accepts.
    Data: ../data/council.xml."""
    body = "".join([
        para(run("Council: <# <Content Select=\"./name\"/> #>")),
        para(run("Room: [<# <Content Select=\"./meeting/room\" Optional=\"true\"/> #>]")),
        para(run("<# <Repeat Select=\"./members/member\"/> #>")),
        para(run("Member: <# <Content Select=\".\"/> #> (<# <Content Select=\"./@ward\"/> #>)")),
        para(run("<# <EndRepeat/> #>")),
        para(run("<# <Conditional Select=\"./flags/@urgent\" Match=\"true\"/> #>")),
        para(run("Urgent.")),
        para(run("<# <EndConditional/> #>")),
        para(run("<# <Conditional Select=\"./flags/@exempt\" NotMatch=\"false\"/> #>")),
        para(run("Exempt.")),
        para(run("<# <EndConditional/> #>")),
        para(run("End.")),
    ])
    word_template("word-assembler.docx", body, core=("DocumentAssembler", "", ""))


def word_functions():
    """docket's XPath extension functions. Data: ../data/council.xml."""
    body = "".join([
        para(run("Higher, above target: {{ rag-status(95, 90, 'higher', 5) }}")),
        para(run("Higher, in the band: {{ rag-status(87, 90, 'higher', 5) }}")),
        para(run("Higher, below the band: {{ rag-status(80, 90, 'higher', 5) }}")),
        para(run("Lower, below target: {{ rag-status(9, 10, 'lower', 3) }}")),
        para(run("Lower, in the band: {{ rag-status(12, 10, 'lower', 3) }}")),
        para(run("From data: {{ rag-status(stats/@share, 80, 'higher', 5) }}")),
        para(run("Quarter: {{ fy-quarter(meeting/date) }}, year {{ fy(meeting/date) }}")),
    ])
    word_template("word-functions.docx", body, core=("Functions", "", ""))


def word_rich():
    """Rich text at block and inline level. Data: ../data/rich.xml (and rich-bad.xml for errors)."""
    body = "".join([
        para(run("Summary follows.")),
        para(run("{{{ summary }}}")),
        para(run("Inline: "), run("{{{ inl"), run("ine }}}", BOLD), run(".")),
        para(run("Plain: {{{ plain }}}")),
        para(run("{{{ nothing ? }}}")),
        para(run("End.")),
    ])
    word_template("word-rich.docx", body, core=("Rich text", "", ""))


def word_errors():
    """One of every template error, in one document, so that one run must report them all."""
    body = "".join([
        para(run("Dear {{ nme }},")),                                    # 1 selects nothing (at render)
        para(run("Title: {{ title | upp"), run("er }} and {{ title | uper }}")),  # 2 unknown filter, suggestion
        para(run("Bad path: {{ name[ }}")),                               # 3 XPath syntax
        para(run("{{#each members/member}}")),                            # 4 levels mixed (with 6)
        para(run("Member {{ . }}")),                                      # 5
        para(run("End here {{/each}} with text")),                        # 6
        para(run("{{/if}}")),                                             # 7 closes nothing
        para(run("{{else}}")),                                            # 8 else outside #if
        para(run("{{#if flags}}")),                                       # 9 never closed
        para(run("Inside")),                                              # 10
        para(run("{{/unless}}")),                                         # 11 mismatched
        para(run("Unclosed {{ name and more text")),                      # 12 tag unclosed
        para(run("{{#eech members/member}}")),                            # 13 not a block, did you mean #each
        para(run("{{#each members/member sep=\", \"}}")),                 # 14 sep on a paragraph loop
        para(run("{{ . }}")),                                             # 15
        para(run("{{/each}}")),                                           # 16
        para(run("Date: {{ meeting/date | date \"d MMMM yo\" }}")),       # 17 bad filter argument
        para(run("Not a date: {{ notADate | date long }}")),              # 18 value does not parse (at render)
        para(run("Percent: {{ stats/@rate | percent }}")),                # 19 missing filter argument
    ])
    header = para(run("{{ name | titel }}"), style="Header")
    word_template("word-errors.docx", body, header=header, core=("Errors", "", ""))


def word_gaps():
    """A valid template whose data leaves gaps: for --draft and check --data. Data: ../data/council.xml."""
    body = "".join([
        para(run("Room: {{ meeting/room }}")),
        para(run("Optional: [{{ meeting/room ? }}]")),
        para(run("Default: {{ meeting/room | default \"TBC\" }}")),
        para(run("Empty: {{ reference | date long }}")),
        para(run("{{#each committees/committee}}")),
        para(run("Committee {{ name }}")),
        para(run("{{/each}}")),
        para(run("Wards: {{#each members/member}}{{ @district }} {{/each}}")),
        para(run("{{#if flags/@missing = 'true'}}Flagged{{/if}}")),
        para(run("{{{ summary }}}")),
        para(run("End.")),
    ])
    header = para(run("Header {{ meeting/venue }}"), style="Header")
    word_template("word-gaps.docx", body, header=header, core=("Gaps", "", ""))


def main():
    os.makedirs(OUT, exist_ok=True)
    libreoffice_templates()
    word_split()
    word_lists()
    word_rich()
    word_errors()
    word_gaps()
    word_functions()
    word_status()
    word_assembler()


if __name__ == "__main__":
    main()
