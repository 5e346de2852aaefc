#!/usr/bin/python3
"""Make the accessibility test corpus under fixtures/a11y/.

Usage: /usr/bin/python3 scripts/make-a11y-fixtures.py [REPO_ROOT]

Needs python-docx (Debian: python3-docx; run it with /usr/bin/python3 if the
first python3 on PATH lacks it). python-docx gives the parts Word would write
and docket does not read (settings, font table, theme, web settings, app
properties); styles, numbering, the document, headers and footers and the core
properties are written here, so that each fixture has exactly the problem it
is named for and no other.

Documents (docket's document checks; tests/papers/test_accessibility*.cpp):
    clean.docx              no problems: title, en-GB, H1 > H2 > H3, header
                            rows, alt text, a decorative picture, good links,
                            status cells with words and readable colours, a
                            real list, two sections (portrait, landscape)
    no-title.docx           dc:title empty                  a11y.no-title
    no-language.docx        no w:lang anywhere              a11y.no-language
    language-fr.docx        default language fr-FR          a11y.unusual-language
    heading-order.docx      H1 > H3, a custom heading style based on Heading 2,
                            a direct outline level, a second H1
                                                            a11y.heading-*
    tables.docx             data tables without header rows, a bold first
                            row, a layout table, merged cells
                                                            a11y.table-*
    images.docx             pictures with and without alt text, decorative,
                            title only, VML, a text box     a11y.image-no-alt
    links.docx              "click here", no text, "#", a missing relationship,
                            "Read more.", a missing bookmark, an empty address
                                                            a11y.link-*
    colour.docx             an empty red cell, white on amber, automatic text
                            on red, white from a paragraph style on green,
                            grey text on white              a11y.colour-only, a11y.contrast
    readable.docx           9 pt Normal, capitals, justified text (style and
                            direct), typed bullets          a11y.small-text, all-caps,
                                                            justified, typed-list

Templates (docket's template checks and `docket check`):
    template-bad.docx       no title, first heading at level 2, a row loop with
                            no header row, an empty shaded cell in a loop row,
                            "click here"
    template-ok.docx        tags standing for the title, a heading, a header
                            row, a status cell and a link text: no problems

Paragraph numbers in the tests count every w:p of a part in document order,
table cells included, as template diagnostics do. Every file is checked with
../shared/tools/ooxml-validate when it is there. The output is deterministic:
running the script again gives identical files.
"""

import io
import os
import subprocess
import sys
import zipfile

from docx import Document

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "fixtures", "a11y")
ZIP_TIME = (2024, 1, 15, 9, 0, 0)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# A 1×1 white PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8ffff3f0005fe02fe"
    "a7d6a4c00000000049454e44ae426082")

NAMESPACES = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"')


# --------------------------------------------------------------------------
# packages
# --------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_package(path, parts):
    """Writes parts (name -> bytes) as a zip with fixed times: [Content_Types].xml first."""
    names = sorted(parts, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            data = parts[name]
            z.writestr(info, data.encode() if isinstance(data, str) else data)
    print("wrote", os.path.relpath(path, ROOT))


def validate(path):
    tool = os.path.join(ROOT, "..", "shared", "tools", "ooxml-validate")
    if not os.path.exists(tool):
        print("  (ooxml-validate absent: not checked)")
        return
    r = subprocess.run([tool, "--quiet", path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("invalid fixture %s:\n%s%s" % (path, r.stdout, r.stderr))


def word_parts():
    """The parts python-docx writes that docket does not read, settings made schema-valid."""
    buf = io.BytesIO()
    Document().save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        parts = {n: z.read(n) for n in ("word/settings.xml", "word/fontTable.xml", "word/theme/theme1.xml",
                                         "word/webSettings.xml", "docProps/app.xml")}
    settings = parts["word/settings.xml"].decode()
    parts["word/settings.xml"] = settings.replace('<w:zoom w:val="bestFit"/>', '<w:zoom w:val="bestFit" w:percent="100"/>')
    app = parts["docProps/app.xml"].decode()
    parts["docProps/app.xml"] = app.replace("Microsoft Macintosh Word", "Microsoft Office Word")
    return parts


# --------------------------------------------------------------------------
# styles, numbering, core properties
# --------------------------------------------------------------------------

def style(kind, sid, name, body="", based_on=None, default=False, next_style=None):
    attrs = ' w:default="1"' if default else ""
    inner = '<w:name w:val="%s"/>' % name
    if based_on:
        inner += '<w:basedOn w:val="%s"/>' % based_on
    if next_style:
        inner += '<w:next w:val="%s"/>' % next_style
    inner += '<w:qFormat/>' if kind == "paragraph" else ""
    return '<w:style w:type="%s"%s w:styleId="%s">%s%s</w:style>' % (kind, attrs, sid, inner, body)


def heading(level, size):
    return style("paragraph", "Heading%d" % level, "heading %d" % level,
                 '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="%d"/></w:pPr>'
                 '<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="%d"/></w:rPr>' % (level - 1, size),
                 based_on="Normal", next_style="Normal")


def styles_xml(lang="en-GB", size=24, extra=""):
    lang_xml = '<w:lang w:val="%s" w:eastAsia="en-GB" w:bidi="ar-SA"/>' % lang if lang else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/>%s</w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
            '</w:docDefaults>' % (size, size, lang_xml)
            + style("paragraph", "Normal", "Normal", default=True)
            + style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True)
            + style("table", "TableNormal", "Normal Table",
                    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                    '</w:tblCellMar></w:tblPr>', default=True)
            + style("numbering", "NoList", "No List", default=True)
            + heading(1, 36) + heading(2, 28) + heading(3, 24)
            + style("paragraph", "TableHeading", "Table Heading", '<w:rPr><w:b/></w:rPr>', based_on="Normal")
            + style("paragraph", "ListBullet", "List Bullet",
                    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/></w:pPr>', based_on="Normal")
            + style("character", "Hyperlink", "Hyperlink", '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>',
                    based_on="DefaultParagraphFont")
            + style("table", "TableGrid", "Table Grid",
                    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                    '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                    '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders></w:tblPr>',
                    based_on="TableNormal")
            + extra + '</w:styles>')


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
             '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Democratic Services</dc:creator>'
            '<cp:lastModifiedBy>Democratic Services</cp:lastModifiedBy><cp:revision>2</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-15T09:00:00Z</dcterms:modified></cp:coreProperties>'
            % esc(title))


# --------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------

def run(text, rpr=""):
    props = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (props, esc(text))


def para(*content, style=None, ppr=""):
    props = ('<w:pStyle w:val="%s"/>' % style if style else "") + ppr
    props = "<w:pPr>%s</w:pPr>" % props if props else ""
    return "<w:p>%s%s</w:p>" % (props, "".join(content))


def text(s, style=None, ppr="", rpr=""):
    return para(run(s, rpr), style=style, ppr=ppr)


def cell(content, width=2400, fill=None, tcpr=""):
    shading = '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill if fill else ""
    if not content.startswith("<w:p"):
        content = text(content) if content else para()
    return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s%s</w:tcPr>%s</w:tc>' % (width, tcpr, shading, content)


def row(cells, header=False):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return "<w:tr>%s%s</w:tr>" % (trpr, "".join(c if c.startswith("<w:tc>") else cell(c) for c in cells))


def table(columns, rows, width=2400):
    grid = "".join('<w:gridCol w:w="%d"/>' % width for _ in range(columns))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (grid, "".join(rows)))


DECORATIVE = ('<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
              '<a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">'
              '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>'
              '</a:ext></a:extLst>')


def picture(doc_pr_id, name, descr=None, title=None, decorative=False, rel_id="rId30"):
    """An inline picture (the 1×1 PNG), as Word writes one."""
    attrs = ' descr="%s"' % esc(descr) if descr is not None else ""
    attrs += ' title="%s"' % esc(title) if title is not None else ""
    doc_pr = ('<wp:docPr id="%d" name="%s"%s>%s</wp:docPr>' % (doc_pr_id, esc(name), attrs, DECORATIVE) if decorative
              else '<wp:docPr id="%d" name="%s"%s/>' % (doc_pr_id, esc(name), attrs))
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="1828800" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="914400"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' % (doc_pr, rel_id))


def vml_picture(shape_id, rel_id="rId30"):
    """A picture as Word 2003 wrote it, with no alt attribute."""
    return ('<w:r><w:pict><v:shape id="%s" type="#_x0000_t75" style="width:144pt;height:72pt">'
            '<v:imagedata r:id="%s" o:title=""/></v:shape></w:pict></w:r>' % (shape_id, rel_id))


def text_box(doc_pr_id, paragraphs_xml):
    """A text box (a wps shape) with no alternative text: it is read as text."""
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="2360930" cy="914400"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="914400"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
        '</wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box %d" type="#_x0000_t202" '
        'style="width:185.9pt;height:72pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (doc_pr_id, doc_pr_id, paragraphs_xml, doc_pr_id, paragraphs_xml))


def link(rel_id, s):
    return '<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (rel_id, run(s, '<w:rStyle w:val="Hyperlink"/>') if s else "")


def anchor_link(anchor, s):
    return '<w:hyperlink w:anchor="%s" w:history="1">%s</w:hyperlink>' % (anchor, run(s, '<w:rStyle w:val="Hyperlink"/>'))


A4_PORTRAIT = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
               'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/>')
A4_LANDSCAPE = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" '
                'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
                '<w:cols w:num="2" w:space="708"/><w:docGrid w:linePitch="360"/>')


def docx(name, body, title="Waste collection performance", styles=None, hyperlinks=(), image=False,
         header=None, footer=None, final_section=A4_PORTRAIT):
    """Writes fixtures/a11y/NAME from a body and what it needs."""
    parts = word_parts()
    rels = [('rId1', "styles", "styles.xml"), ('rId2', "numbering", "numbering.xml"), ('rId3', "settings", "settings.xml"),
            ('rId4', "webSettings", "webSettings.xml"), ('rId5', "fontTable", "fontTable.xml"),
            ('rId6', "theme", "theme/theme1.xml")]
    overrides = [("/word/document.xml", CT + ".document.main+xml"), ("/word/styles.xml", CT + ".styles+xml"),
                 ("/word/numbering.xml", CT + ".numbering+xml"), ("/word/settings.xml", CT + ".settings+xml"),
                 ("/word/webSettings.xml", CT + ".webSettings+xml"), ("/word/fontTable.xml", CT + ".fontTable+xml"),
                 ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                 ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                 ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    refs = ""

    def part_xml(root, content):
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s %s>%s</w:%s>' % (root, NAMESPACES, content, root)

    if header is not None:
        parts["word/header1.xml"] = part_xml("hdr", header)
        rels.append(("rId20", "header", "header1.xml"))
        overrides.append(("/word/header1.xml", CT + ".header+xml"))
        refs += '<w:headerReference w:type="default" r:id="rId20"/>'
    if footer is not None:
        parts["word/footer1.xml"] = part_xml("ftr", footer)
        rels.append(("rId21", "footer", "footer1.xml"))
        overrides.append(("/word/footer1.xml", CT + ".footer+xml"))
        refs += '<w:footerReference w:type="default" r:id="rId21"/>'
    rel_xml = "".join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (i, REL, t, esc(target)) for i, t, target in rels)
    for rid, href in hyperlinks:
        rel_xml += '<Relationship Id="%s" Type="%s/hyperlink" Target="%s" TargetMode="External"/>' % (rid, REL, esc(href))
    defaults = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>')
    if image:
        parts["word/media/image1.png"] = PNG
        rel_xml += '<Relationship Id="rId30" Type="%s/image" Target="media/image1.png"/>' % REL
        defaults += '<Default Extension="png" ContentType="image/png"/>'
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % rel_xml)
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s%s</Types>'
        % (defaults, "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides)))
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/><Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
        '</Relationships>' % (REL, REL))
    parts["docProps/core.xml"] = core_xml(title)
    parts["word/styles.xml"] = styles if styles is not None else styles_xml()
    parts["word/numbering.xml"] = NUMBERING
    parts["word/document.xml"] = part_xml("document", "<w:body>%s<w:sectPr>%s%s</w:sectPr></w:body>" % (body, refs, final_section))
    target = os.path.join(OUT, name)
    write_package(target, parts)
    validate(target)


def body(*blocks):
    return "".join(blocks)


# --------------------------------------------------------------------------
# the fixtures (P1, P2 … are the paragraph numbers the tests use)
# --------------------------------------------------------------------------

H1, H2, H3 = "Heading1", "Heading2", "Heading3"
HEADERS = ('<w:headerReference w:type="default" r:id="rId20"/>'
           '<w:footerReference w:type="default" r:id="rId21"/>')
WHITE = '<w:color w:val="FFFFFF"/>'


def head_cell(s, fill="D9E2F3"):
    return cell(text(s, style="TableHeading") if s else para(style="TableHeading"), fill=fill)


def minimal_body():
    return body(text("Budget monitoring, quarter 3", style=H1),                     # P1
                text("The forecast outturn is within budget."))                     # P2


def clean():
    first_section = "<w:sectPr>%s%s</w:sectPr>" % (HEADERS, A4_PORTRAIT)
    docx("clean.docx", body(
        text("Waste collection performance, quarter 2", style=H1),                 # P1
        text("This report sets out how the waste service performed from July to September 2023."),  # P2
        text("Performance indicators", style=H2),                                    # P3
        table(3, [row([head_cell("Indicator"), head_cell("Target"), head_cell("Status")], header=True),  # P4-P6
                  row(["Missed bins per 100,000 collections", "80",                  # P7, P8
                       cell(text("Red", rpr=WHITE), fill="C00000")]),                # P9
                  row(["Fly-tipping cleared within 2 days", "95%",                   # P10, P11
                       cell("Amber", fill="FFC000")])]),                             # P12
        para(run("Source: waste management system, October 2023."), ppr=first_section),  # P13
        text("How the figures are collected", style=H3),                             # P14
        para(picture(1, "Picture 1", descr="Bar chart: missed bins fell from 95 to 80 per 100,000 "
                                           "collections between April and September")),  # P15
        para(picture(2, "Divider 2", decorative=True)),                             # P16
        para(run("The agenda is on the council\u2019s website: "),
             link("rId40", "Cabinet agenda, 18 December 2023")),                     # P17
        text("Bins collected on time", style="ListBullet"),                          # P18
        text("Streets cleaned to standard", style="ListBullet"),                     # P19
        para(run("The method is set out in "), anchor_link("Method", "the appendix"), run(".")),  # P20
        para('<w:bookmarkStart w:id="0" w:name="Method"/>', run("Appendix: method"),
             '<w:bookmarkEnd w:id="0"/>', style=H2),                                 # P21
        text("Figures are taken from the collection rounds\u2019 in-cab devices.")),   # P22
        title="Waste collection performance, quarter 2", hyperlinks=[("rId40", "https://www.example.gov.uk/cabinet")],
        image=True, header=text("Cabinet, 18 December 2023"), footer=text("Waste collection performance"),
        final_section=A4_LANDSCAPE)


def properties():
    docx("no-title.docx", minimal_body(), title="")
    docx("no-language.docx", minimal_body(), styles=styles_xml(lang=None))
    docx("language-fr.docx", minimal_body(), styles=styles_xml(lang="fr-FR"))


def headings():
    section = style("paragraph", "ReportSection", "Report Section", based_on=H2)
    docx("heading-order.docx", body(
        text("Annual governance statement", style=H1),                               # P1
        text("Scope of responsibility", style=H3),                                   # P2: 3 after 1
        text("The council is responsible for making sure that its business is conducted lawfully."),  # P3
        text("The governance framework", style="ReportSection"),                     # P4: level 2 by basedOn
        text("Internal audit", ppr='<w:outlineLvl w:val="3"/>'),                     # P5: level 4 after 2
        para(style=H2),                                                              # P6: empty, not counted
        text("Appendix A: action plan", style=H1),                                   # P7: a second level 1
        text("Actions", style=H2)),                                                  # P8
        styles=styles_xml(extra=section))


def tables():
    merged = '<w:gridSpan w:val="2"/>'
    docx("tables.docx", body(
        text("Performance tables", style=H1),                                        # P1
        table(3, [row(["Indicator", "Target", "Actual"]),                            # P2-P4: no header row
                  row(["Missed bins", "80", "83"]),                                  # P5-P7
                  row(["Fly-tipping", "95", "97"])]),                                # P8-P10
        text("Key facts:"),                                                          # P11
        table(1, [row([cell(text("Key facts", rpr="<w:b/>"))]),                      # P12: looks like a header
                  row(["Population 202,000"])]),                                     # P13
        text("A layout table follows."),                                             # P14
        table(2, [row(["Report author: Jane Smith", "Date: 15 January 2024"])]),      # P15, P16: one row
        text("Merged cells:"),                                                       # P17
        table(3, [row(["Service", "Q1", "Q2"], header=True),                         # P18-P20
                  row([cell("Waste", width=4800, tcpr=merged), "75"]),               # P21 (spans 2), P22
                  row(["Parks", "60", "62"])]),                                      # P23-P25
        table(3, [row(["Area", "Ward", "Score"], header=True),                       # P26-P28
                  row([cell("North", tcpr='<w:vMerge w:val="restart"/>'), "Castle", "7"]),  # P29-P31
                  row([cell("", tcpr="<w:vMerge/>"), "Abbey", "8"])]),               # P32-P34
        text("End of tables.")))                                                     # P35


def images():
    docx("images.docx", body(
        text("Pictures", style=H1),                                                  # P1
        para(picture(1, "Picture 1")),                                               # P2: no alt text
        para(picture(2, "Chart 2", descr="Line chart: complaints fell each quarter")),  # P3
        para(picture(3, "Divider 3", decorative=True)),                              # P4: decorative
        para(picture(4, "Picture 4", title="Ward map")),                             # P5: a title only
        para(vml_picture("Picture 5")),                                              # P6: VML, no alt
        para(text_box(6, text("Text in a box"))),                                   # P7 (P8, P9 inside)
        text("End of pictures.")),                                                   # P10
        image=True)


def links():
    docx("links.docx", body(
        text("Links", style=H1),                                                     # P1
        para(run("For the full report, "), link("rId40", "click here"), run(".")),   # P2
        para(run("Report: "), link("rId40", "")),                                   # P3: no text
        para(link("rId41", "Annual report 2023")),                                   # P4: "#"
        para(link("rId99", "Budget book 2024/25")),                                  # P5: no such relationship
        para(run("Budget consultation. "), link("rId43", "Read more.")),             # P6
        para(anchor_link("Section3", "See section 3")),                              # P7: no such bookmark
        para(link("rId42", "Here")),                                                 # P8: vague, empty address
        para('<w:bookmarkStart w:id="0" w:name="Background"/>', run("Background"),
             '<w:bookmarkEnd w:id="0"/>', style=H2),                                 # P9
        para(anchor_link("Background", "Background to the report"), run(" and "),
             link("rId43", "Cabinet papers, 18 December 2023"))),                    # P10
        hyperlinks=[("rId40", "https://www.example.gov.uk/annual-report"), ("rId41", "#"), ("rId42", ""),
                    ("rId43", "https://www.example.gov.uk/cabinet")])


def colour():
    white = style("paragraph", "StatusWhite", "Status White", '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>', based_on="Normal")
    docx("colour.docx", body(
        text("Indicator status", style=H1),                                         # P1
        table(3, [row([head_cell("Indicator"), head_cell("Target"), head_cell("Status")], header=True),  # P2-P4
                  row(["Missed bins", "80", cell("", fill="C00000")]),               # P5, P6, P7: colour only
                  row(["Fly-tipping", "120", cell(text("Amber", rpr=WHITE), fill="FFC000")]),  # P8, P9, P10
                  row(["Recycling", "50%", cell("Red", fill="C00000")]),             # P11, P12, P13: auto on red
                  row(["Complaints", "10", cell(text("Green", style="StatusWhite"), fill="00B050")])]),  # P14-P16
        text("Quarterly trend:"),                                                    # P17
        table(3, [row([head_cell(""), head_cell("Q1"), head_cell("Q2")], header=True),  # P18-P20: empty corner
                  row(["Bins", "80", "75"])]),                                       # P21-P23
        text("Grey text is hard to read.", rpr='<w:color w:val="999999"/>'),         # P24
        text("Highlighted text is fine.", rpr='<w:highlight w:val="yellow"/>')),     # P25
        styles=styles_xml(extra=white))


def readable():
    justified = style("paragraph", "BodyJustified", "Body Justified", '<w:pPr><w:jc w:val="both"/></w:pPr>', based_on="Normal")
    docx("readable.docx", body(
        text("Readable text", style=H1),                                             # P1
        text("PLEASE NOTE THAT THE MEETING WILL START AT 6PM"),                      # P2: 9 words in capitals
        text("NOT FOR PUBLICATION"),                                                 # P3: 3 words, fine
        text("This paragraph is justified by its style.", style="BodyJustified"),    # P4
        text("This paragraph is justified directly.", ppr='<w:jc w:val="both"/>'),  # P5
        text("\u2022 Bins collected on time"),                                       # P6: typed bullets
        text("\u2022 Streets cleaned"),                                              # P7
        text("Text between the lists."),                                             # P8
        text("- Typed with a hyphen"),                                               # P9
        text("A real list item", style="ListBullet"),                                # P10
        text("This report contains exempt information as defined in paragraph 3 of Part 1 of Schedule 12A "
             "to the Local Government Act 1972.")),                                  # P11
        styles=styles_xml(size=18, extra=justified))


def templates():
    docx("template-bad.docx", body(
        text("{{ meta/title }}", style=H2),                                          # P1: first heading level 2
        text("{{ summary }}"),                                                       # P2
        table(2, [row(["{{#each kpis/kpi}}{{ name }}", "{{ d:status }}{{/each}}"])]),  # P3, P4: loop, no header
        text("Risks"),                                                               # P5
        table(3, [row(["Risk", "Band", "Score"], header=True),                       # P6-P8
                  row(["{{#each risks/risk}}{{ description }}", cell("", fill="FFC000"),  # P9, P10: colour only
                       "{{ d:score }}{{/each}}"])]),                                 # P11
        para(run("For the method, "), link("rId40", "click here"), run("."))),      # P12
        title="", hyperlinks=[("rId40", "https://www.example.gov.uk/method")])
    docx("template-ok.docx", body(
        text("{{ meta/title }}", style=H1),                                          # P1
        text("{{ summary }}"),                                                       # P2
        table(2, [row([head_cell("{{ labels/indicator }}"), head_cell("Status")], header=True),  # P3, P4
                  row(["{{#each kpis/kpi}}{{ name }}",                               # P5
                       cell(text("{{ d:status }}{{/each}}", rpr=WHITE), fill="C00000")])]),  # P6
        para(run("Read "), link("rId40", "{{ links/method/title }}")),               # P7
        text("{{ meta/author | upper }}")),                                          # P8
        title="{{ meta/title }}", hyperlinks=[("rId40", "https://www.example.gov.uk/method")])


def main():
    os.makedirs(OUT, exist_ok=True)
    clean()
    properties()
    headings()
    tables()
    images()
    links()
    colour()
    readable()
    templates()


if __name__ == "__main__":
    main()
