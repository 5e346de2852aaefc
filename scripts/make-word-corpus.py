#!/usr/bin/python3
"""Make the Word-feature corpus under fixtures/merge/word/.

Usage: /usr/bin/python3 scripts/make-word-corpus.py [REPO_ROOT]

Needs python-docx and lxml (Debian: python3-docx, python3-lxml) and LibreOffice.

Papers as councils receive them: each one holds a feature of Word documents
that an agenda pack must carry over faithfully (sections, headers and footers
with content, shapes, watermarks, SmartArt, charts, content controls, a
glossary, comments, footnotes, endnotes, tracked changes, themes, odd page
sizes and fonts). The base of every Word-like paper is python-docx's template
(the parts Word writes: styles, theme, settings, fonts); its body, headers,
notes, charts and diagrams are written here as Word writes them. The names
starting "lo-" are some of those papers saved again by LibreOffice, as an
officer using LibreOffice would send them. tests/pack/test_merge_corpus.cpp
packs them all and compares each paper's pages alone and in the pack.

Zip entries get a fixed time, so running the script again gives identical
files. Every document is checked with ../shared/tools/ooxml-validate when it
is there.
"""

import importlib.util
import io
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("merge_fixtures", os.path.join(HERE, "make-merge-fixtures.py"))
mf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mf)

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, ".."))
OUT = os.path.join(ROOT, "fixtures", "merge", "word")

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "dsp": "http://schemas.microsoft.com/office/drawing/2008/diagram",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}
DECL = " ".join('xmlns:%s="%s"' % kv for kv in NS.items())
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument."
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

A4 = (11906, 16838)
LETTER = (12240, 15840)
A3 = (16838, 23811)

WORDS = ("The council keeps this matter under review and reports to the committee every quarter, so that "
         "members can see where services are improving and where they need attention. Officers have "
         "consulted residents, partners and ward members, and their views are summarised below. ")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------
# WordprocessingML pieces, as Word writes them
# --------------------------------------------------------------------------

def run(text, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", esc(text))


def para(content="", style=None, ppr="", text=None):
    props = ('<w:pStyle w:val="%s"/>' % style if style else "") + ppr
    body = run(text) if text is not None else content
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % props if props else "", body)


def text(t, style=None, ppr=""):
    return para(style=style, ppr=ppr, text=t)


def filler(n, first=0):
    return "".join(text("%d. %s%s" % (first + i + 1, WORDS, WORDS)) for i in range(n))


def field(instr, shown, rpr=""):
    rp = "<w:rPr>%s</w:rPr>" % rpr if rpr else ""
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>%s<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
            % (rp, rp, esc(instr), rp, run(shown, rpr), rp))


def table(rows, style="TableGrid", tblpr="", widths=None):
    cols = len(rows[0])
    widths = widths or [9000 // cols] * cols
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    body = ""
    for r, row in enumerate(rows):
        cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                        % (widths[c], para(run(cell, "<w:b/>" if r == 0 else ""))) for c, cell in enumerate(row))
        body += "<w:tr>%s</w:tr>" % cells
    pr = ('<w:tblStyle w:val="%s"/>' % style if style else "") + tblpr + '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/>'
    return "<w:tbl><w:tblPr>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (pr, grid, body)


def sect(size=A4, landscape=False, margins=(1440, 1440, 1440, 1440), header=720, footer=720, refs="",
         extra="", after="", kind=None):
    """A w:sectPr; refs are header/footer references, extra goes before w:cols, after after it."""
    w, h = size
    if landscape:
        w, h = h, w
    top, right, bottom, left = margins
    return ('<w:sectPr>%s%s<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" '
            'w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>%s<w:cols w:space="708"/>%s'
            '<w:docGrid w:linePitch="360"/></w:sectPr>'
            % (refs, '<w:type w:val="%s"/>' % kind if kind else "", w, h, ' w:orient="landscape"' if landscape else "",
               top, right, bottom, left, header, footer, extra, after))


def section_break(sectpr):
    return "<w:p><w:pPr>%s</w:pPr></w:p>" % sectpr


def ref(kind, slot, rid):
    return '<w:%sReference w:type="%s" r:id="%s"/>' % (kind, slot, rid)


def inline(rid, cx, cy, doc_id, uri, inner, name):
    return ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="%s">%s</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
            % (cx, cy, doc_id, name, uri, inner))


def picture(rid, cx, cy, doc_id):
    pic = ('<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
           '<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
           '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect">'
           '<a:avLst/></a:prstGeom></pic:spPr></pic:pic>' % (rid, cx, cy))
    return inline(rid, cx, cy, doc_id, NS["pic"], pic, "Picture %d" % doc_id)


def shape(doc_id, cx, cy, x, y, fill, text_xml="", relative="page", style=True, behind=False, geometry="rect"):
    """A Word 2010 shape (wps) anchored on the page, with a text box when text_xml is given."""
    txbx = ('<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>' % text_xml) if text_xml else ""
    st = ('<wps:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef>'
          '<a:fillRef idx="%s"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/>'
          '</a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></wps:style>'
          % ("3" if fill == "style-gradient" else "1")) if style else ""
    fill_xml = "" if fill in ("style", "style-gradient") else fill
    # Word writes a shape as a choice between DrawingML (wps) and a VML fallback.
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="Shape %d"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="%s">'
            '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s</wps:spPr>%s%s<wps:bodyPr anchor="ctr"/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect '
            'style="position:absolute;width:%dpt;height:%dpt" stroked="f"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            % (251659264 + doc_id, 1 if behind else 0, relative, x, relative, y, cx, cy, doc_id, doc_id, NS["wps"],
               cx, cy, geometry, fill_xml, st, txbx, cx // 12700, cy // 12700))


WATERMARK = ('<w:r><w:rPr><w:noProof/></w:rPr><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" '
             'o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/>'
             '<v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>'
             '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
             '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
             '<v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" '
             'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
             '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/>'
             '</v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
             '<v:shape id="PowerPlusWaterMarkObject%d" o:spid="_x0000_s20%d" type="#_x0000_t136" '
             'style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:247.45pt;rotation:315;'
             'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
             'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
             'fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;'
             'font-size:1pt" string="%s"/><w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>')


def watermark(word, n=1):
    return WATERMARK % (n, 48 + n, word)


# --------------------------------------------------------------------------
# a Word-like package
# --------------------------------------------------------------------------

EXTRA_STYLES = """
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar"><w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0000FF" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="CompactGrid"><w:name w:val="Compact Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
"""

_BASE = None


def base_parts():
    """python-docx's template, as Word saved it, less the parts that only make it larger."""
    global _BASE
    if _BASE is None:
        buf = io.BytesIO()
        Document().save(buf)
        parts = mf.read_package(buf.getvalue())
        mf.fix_python_docx(parts)
        for name in ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml",
                     "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml"):
            del parts[name]
        rels = parts["word/_rels/document.xml.rels"].decode()
        for rid, target in (("rId4", "stylesWithEffects.xml"), ("rId1", "../customXml/item1.xml")):
            start = rels.index('<Relationship Id="%s"' % rid)
            rels = rels[:start] + rels[rels.index("/>", start) + 2:]
        parts["word/_rels/document.xml.rels"] = rels.encode()
        types = parts["[Content_Types].xml"].decode()
        for part in ("/word/stylesWithEffects.xml", "/customXml/itemProps1.xml"):
            start = types.index('<Override PartName="%s"' % part)
            types = types[:start] + types[types.index("/>", start) + 2:]
        parts["[Content_Types].xml"] = types.replace('<Default Extension="jpeg" ContentType="image/jpeg"/>',
                                                     '<Default Extension="png" ContentType="image/png"/>').encode()
        rels_root = parts["_rels/.rels"].decode()
        start = rels_root.index("<Relationship", rels_root.index("thumbnail") - 200)
        start = rels_root.rfind("<Relationship", 0, rels_root.index("thumbnail"))
        parts["_rels/.rels"] = (rels_root[:start] + rels_root[rels_root.index("/>", start) + 2:]).encode()
        styles = parts["word/styles.xml"].decode()
        parts["word/styles.xml"] = styles.replace("</w:styles>", EXTRA_STYLES.replace("\n", "") + "</w:styles>").encode()
        _BASE = parts
    return dict(_BASE)


class Paper:
    """One Word-like paper being made: its body, and the parts and relationships it gains."""

    def __init__(self, title="", theme=None, defaults=None):
        self.parts = base_parts()
        self.body = ""
        self.next_rid = 20
        self.next_doc_id = 1
        self.settings_extra = ""
        self.footnotes, self.endnotes, self.comments = [], [], []
        self.title = title
        if theme:
            self.parts["word/theme/theme1.xml"] = theme(self.parts["word/theme/theme1.xml"].decode()).encode()
        if defaults:
            self.parts["word/styles.xml"] = defaults(self.parts["word/styles.xml"].decode()).encode()

    def doc_id(self):
        self.next_doc_id += 1
        return self.next_doc_id

    def relate(self, rel_type, target, source="word/_rels/document.xml.rels", external=False):
        rid = "rId%d" % self.next_rid
        self.next_rid += 1
        rel_type = rel_type if rel_type.startswith("http") else REL + rel_type
        mf.add_relationship(self.parts, source, rid, rel_type, target, external)
        return rid

    def add_part(self, name, content_type, data):
        self.parts[name] = data.encode() if isinstance(data, str) else data
        if content_type:
            mf.add_override(self.parts, name, content_type)

    def header(self, content, footer=False):
        kind = "ftr" if footer else "hdr"
        n = sum(1 for p in self.parts if p.startswith("word/header" if not footer else "word/footer")) + 1
        name = "word/%s%d.xml" % ("footer" if footer else "header", n)
        self.add_part(name, CT + "wordprocessingml.%s+xml" % ("footer" if footer else "header"),
                      XML_HEAD + "<w:%s %s>%s</w:%s>" % (kind, DECL, content, kind))
        return self.relate("footer" if footer else "header", name[5:])

    def image(self, data, source="word/_rels/document.xml.rels"):
        n = sum(1 for p in self.parts if p.startswith("word/media/")) + 1
        name = "word/media/image%d.png" % n
        self.parts[name] = data
        return self.relate("image", "media/image%d.png" % n, source)

    def footnote(self, content, end=False):
        notes = self.endnotes if end else self.footnotes
        notes.append(content)
        kind = "endnote" if end else "footnote"
        return ('<w:r><w:rPr><w:rStyle w:val="%sReference"/></w:rPr><w:%sReference w:id="%d"/></w:r>'
                % ("Endnote" if end else "Footnote", kind, len(notes)))

    def comment(self, anchored_text, note):
        n = len(self.comments)
        self.comments.append(note)
        return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/><w:r><w:rPr>'
                '<w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                % (n, run(anchored_text), n, n))

    def _notes(self, end):
        kind = "endnote" if end else "footnote"
        items = self.endnotes if end else self.footnotes
        if not items:
            return
        sep = "".join('<w:%s w:type="%s" w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                      'w:lineRule="auto"/></w:pPr><w:r><w:%s/></w:r></w:p></w:%s>' % (kind, t, i - 1, t, kind)
                      for i, t in enumerate(("separator", "continuationSeparator")))
        style = "Endnote" if end else "Footnote"
        body = "".join('<w:%s w:id="%d"><w:p><w:pPr><w:pStyle w:val="%sText"/></w:pPr><w:r><w:rPr><w:rStyle '
                       'w:val="%sReference"/></w:rPr><w:%sRef/></w:r>%s</w:p></w:%s>'
                       % (kind, i + 1, style, style, kind, run(" " + t), kind) for i, t in enumerate(items))
        self.add_part("word/%ss.xml" % kind, CT + "wordprocessingml.%ss+xml" % kind,
                      XML_HEAD + "<w:%ss %s>%s%s</w:%ss>" % (kind, DECL, sep, body, kind))
        self.relate("%ss" % kind, "%ss.xml" % kind)
        self.settings_extra += '<w:%sPr><w:%s w:id="-1"/><w:%s w:id="0"/></w:%sPr>' % (kind, kind, kind, kind)

    def finish(self, final_sect=None):
        self._notes(False)
        self._notes(True)
        if self.comments:
            body = "".join('<w:comment w:id="%d" w:author="A. Officer" w:date="2023-11-20T10:00:00Z" w:initials="AO">'
                           '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                           'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                           % (i, run(c)) for i, c in enumerate(self.comments))
            self.add_part("word/comments.xml", CT + "wordprocessingml.comments+xml",
                          XML_HEAD + "<w:comments %s>%s</w:comments>" % (DECL, body))
            self.relate("comments", "comments.xml")
        settings = self.parts["word/settings.xml"].decode()
        if self.settings_extra:
            # CT_Settings: footnotePr, endnotePr and the flags come before w:compat.
            settings = settings.replace("<w:compat>", self.settings_extra + "<w:compat>", 1)
        self.parts["word/settings.xml"] = settings.encode()
        self.parts["word/document.xml"] = (XML_HEAD + '<w:document %s mc:Ignorable="w14"><w:body>%s%s</w:body></w:document>'
                                           % (DECL, self.body, final_sect or sect())).encode()
        core = self.parts["docProps/core.xml"].decode()
        self.parts["docProps/core.xml"] = core.replace("<dc:title/>", "<dc:title>%s</dc:title>" % esc(self.title)).replace(
            "<dc:creator>python-docx</dc:creator>", "<dc:creator>A. Officer</dc:creator>").encode()
        return self.parts

    def flag(self, setting):
        """A CT_Settings flag that comes before w:characterSpacingControl (w:evenAndOddHeaders)."""
        settings = self.parts["word/settings.xml"].decode()
        self.parts["word/settings.xml"] = settings.replace("<w:characterSpacingControl", setting + "<w:characterSpacingControl", 1).encode()


def swap_theme_colours(accent1, accent2, name):
    def change(theme):
        theme = theme.replace('<a:accent1>\n        <a:srgbClr val="4F81BD"/>', '<a:accent1>\n        <a:srgbClr val="%s"/>' % accent1)
        theme = theme.replace('<a:accent2>\n        <a:srgbClr val="C0504D"/>', '<a:accent2>\n        <a:srgbClr val="%s"/>' % accent2)
        return theme.replace('<a:clrScheme name="Office">', '<a:clrScheme name="%s">' % name)
    return change


def word2013_defaults(styles):
    """Word 2013's defaults: 8pt after, 1.08 lines."""
    return styles.replace('<w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>',
                          '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>')


PNG_LOGO = mf.png(120, 40, lambda x, y: (0, 94, 165) if (x < 40 or y > 30) else (255, 255, 255))


def heading_and_text(title, paragraphs=3, first=0):
    return text(title, "Heading1") + filler(paragraphs, first)


# --------------------------------------------------------------------------
# the papers
# --------------------------------------------------------------------------

def plain_report():
    p = Paper("Quarterly performance")
    p.body = heading_and_text("Quarterly performance report", 2) + table(
        [("Indicator", "Target", "Actual"), ("Recycling", "45%", "48%"), ("Benefit claims", "20 days", "17 days")]) + filler(2, 2)
    return p.finish()


def header_footer_content():
    p = Paper("Header and footer")
    logo = p.image(PNG_LOGO, "word/_rels/header1.xml.rels") if False else None
    h = p.header(para(run("Peterborough City Council") + '<w:r><w:tab/></w:r>' + run("Cabinet, 18 December 2023"),
                      "Header"))
    f = p.header(para(run("Page ") + field("PAGE", "1") + run(" of ") + field("NUMPAGES", "2"), "Footer",
                      '<w:jc w:val="right"/>'), footer=True)
    p.body = heading_and_text("Housing allocations policy", 8)
    return p.finish(sect(refs=ref("header", "default", h) + ref("footer", "default", f)))


def header_with_logo():
    p = Paper("Logo header")
    p.parts["word/header1.xml"] = b""  # placeholder so the header is header1
    del p.parts["word/header1.xml"]
    name = "word/header1.xml"
    p.parts["word/_rels/header1.xml.rels"] = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>').encode()
    logo = p.image(PNG_LOGO, "word/_rels/header1.xml.rels")
    p.add_part(name, CT + "wordprocessingml.header+xml",
               XML_HEAD + "<w:hdr %s>%s</w:hdr>" % (DECL, para(picture(logo, 1371600, 457200, 90) + run("  Growth and Regeneration"), "Header")))
    h = p.relate("header", "header1.xml")
    p.body = heading_and_text("Town centre regeneration", 5)
    return p.finish(sect(refs=ref("header", "default", h)))


def first_page_header():
    p = Paper("First page header")
    first = p.header(para(run("OFFICIAL", "<w:b/><w:color w:val=\"C00000\"/>"), "Header", '<w:jc w:val="center"/>'))
    main = p.header(para(run("Scrutiny Committee – Children's services"), "Header"))
    foot = p.header(para(field("PAGE", "1"), "Footer", '<w:jc w:val="center"/>'), footer=True)
    p.body = heading_and_text("Children's services improvement plan", 9)
    return p.finish(sect(refs=ref("header", "default", main) + ref("header", "first", first) + ref("footer", "default", foot),
                         after="<w:titlePg/>"))


def even_odd_headers():
    p = Paper("Even and odd")
    odd = p.header(para(run("Odd page header – Planning Committee"), "Header", '<w:jc w:val="right"/>'))
    even = p.header(para(run("Even page header – Planning Committee"), "Header"))
    p.flag("<w:evenAndOddHeaders/>")
    p.body = heading_and_text("Planning application 23/01234/FUL", 14)
    return p.finish(sect(refs=ref("header", "default", odd) + ref("header", "even", even)))


def first_header_only():
    """A one-page notice whose only content is in its first-page header (a text box there)."""
    p = Paper("Notice in the header")
    content = para(run("NOTICE OF DECISION", "<w:b/><w:sz w:val=\"40\"/>"), "Header") + "".join(
        para(run(t), "Header") for t in ("Decision: the Cabinet approved the City Market business case.",
                                         "Date of decision: 18 December 2023.",
                                         "Call-in period ends: 27 December 2023."))
    first = p.header(content)
    p.body = "<w:p/>"
    return p.finish(sect(refs=ref("header", "first", first), header=1000, after="<w:titlePg/>"))


def landscape_section():
    p = Paper("Landscape")
    wide = table([("Ward", "2021", "2022", "2023", "Change", "Notes")] +
                 [("Ward %d" % i, str(100 + i), str(110 + i), str(120 + i), "+%d" % (i + 3), "stable") for i in range(12)],
                 widths=[3000, 2000, 2000, 2000, 2000, 3000])
    p.body = (heading_and_text("Ward statistics", 2) + section_break(sect()) + wide +
              section_break(sect(landscape=True)) + filler(2, 2))
    return p.finish()


def columns_section():
    p = Paper("Columns")
    two = sect(extra="").replace('<w:cols w:space="708"/>', '<w:cols w:num="2" w:space="708"/>')
    p.body = text("Newsletter for members", "Title") + section_break(sect()) + filler(6) + section_break(
        two.replace("<w:sectPr>", '<w:sectPr>').replace("<w:pgSz", '<w:type w:val="continuous"/><w:pgSz')) + filler(1, 6)
    return p.finish()


def page_number_restart():
    p = Paper("Numbering restart")
    foot = p.header(para(field("PAGE", "i"), "Footer", '<w:jc w:val="center"/>'), footer=True)
    roman = sect(refs=ref("footer", "default", foot), extra='<w:pgNumType w:fmt="lowerRoman" w:start="1"/>')
    p.body = text("Contents", "Heading1") + filler(2) + section_break(roman) + heading_and_text("Main report", 4)
    return p.finish(sect(refs=ref("footer", "default", foot), extra='<w:pgNumType w:start="1"/>'))


def footnotes(n=3, title="Footnotes"):
    def make():
        p = Paper(title)
        body = text(title + " in the budget report", "Heading1")
        for i in range(n):
            body += para(run("Paragraph %d cites a source." % (i + 1)) + p.footnote("%s source %d: Budget book 2023/24, page %d." % (title, i + 1, 10 + i)))
        p.body = body + filler(2)
        return p.finish()
    return make


def endnotes():
    p = Paper("Endnotes")
    body = text("Endnotes in the strategy", "Heading1")
    for i in range(2):
        body += para(run("Claim %d is sourced." % (i + 1)) + p.footnote("Endnote source %d: census 2021." % (i + 1), end=True))
    p.body = body + filler(2)
    return p.finish()


def comments_paper(with_notes=False):
    def make():
        p = Paper("Comments")
        body = text("Draft with comments", "Heading1")
        body += para(run("The budget gap is ") + p.comment("£4.2 million", "Check the figure with finance.") + run(" for 2024/25."))
        body += para(p.comment("Savings", "Add the savings table.") + run(" are listed in Appendix B."))
        if with_notes:
            body += para(run("A later claim.") + p.footnote("Comments paper footnote: the medium-term plan."))
        p.body = body + filler(2)
        return p.finish()
    return make


def tracked_changes():
    p = Paper("Tracked changes")
    rev = 'w:author="A. Officer" w:date="2023-11-21T12:00:00Z"'
    p.body = (text("Draft policy with tracked changes", "Heading1") +
              para(run("The council will ") + '<w:del w:id="1" %s><w:r><w:delText>consider</w:delText></w:r></w:del>' % rev +
                   '<w:ins w:id="2" %s>%s</w:ins>' % (rev, run("adopt")) + run(" the new policy in 2024.")) +
              para('<w:r><w:rPr><w:b/><w:rPrChange w:id="3" %s><w:rPr/></w:rPrChange></w:rPr><w:t>Bold by change.</w:t></w:r>' % rev) +
              filler(3))
    return p.finish()


CORE_BINDING = ('<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
                'xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\' " '
                'w:xpath="/ns1:coreProperties[1]/ns0:%s[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>')


def bound_control(alias, prop, shown, n):
    return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s<w:text/></w:sdtPr>'
            '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (alias, alias, 1000 + n, CORE_BINDING % prop, run(shown)))


def controls_bound_to_properties():
    p = Paper("Housing Strategy Annex")
    core = p.parts["docProps/core.xml"].decode().replace("<dc:subject/>", "<dc:subject>Annex C to the housing report</dc:subject>")
    p.parts["docProps/core.xml"] = core.encode()
    p.body = (para(bound_control("Title", "title", "Housing Strategy Annex", 1), "Title") +
              para(run("Subject: ") + bound_control("Subject", "subject", "Annex C to the housing report", 2)) +
              filler(3))
    return p.finish()


def content_controls():
    p = Paper("Content controls")
    plain = ('<w:sdt><w:sdtPr><w:alias w:val="Officer"/><w:id w:val="11"/><w:text/></w:sdtPr><w:sdtContent>%s'
             '</w:sdtContent></w:sdt>' % run("Jane Smith"))
    drop = ('<w:sdt><w:sdtPr><w:alias w:val="Status"/><w:id w:val="12"/><w:dropDownList><w:listItem '
            'w:displayText="Open" w:value="Open"/><w:listItem w:displayText="Exempt" w:value="Exempt"/></w:dropDownList>'
            '</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run("Open"))
    date = ('<w:sdt><w:sdtPr><w:alias w:val="Meeting date"/><w:id w:val="13"/><w:date w:fullDate="2023-12-18T00:00:00Z">'
            '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
            '<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run("18 December 2023"))
    block = ('<w:sdt><w:sdtPr><w:alias w:val="Summary"/><w:id w:val="14"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
             % (text("Summary block held in a rich text control.") + text("Its second paragraph.")))
    p.body = (text("Report cover with controls", "Heading1") + para(run("Report author: ") + plain) +
              para(run("Status: ") + drop) + para(run("Meeting: ") + date) + block + filler(2))
    return p.finish()


def watermark_header():
    p = Paper("Watermark")
    h = p.header(para(watermark("DRAFT"), "Header"))
    p.body = heading_and_text("Draft consultation response", 6)
    return p.finish(sect(refs=ref("header", "default", h)))


def watermark_only():
    """A cover sheet that is nothing but one paragraph holding a watermark shape."""
    p = Paper("Watermark only")
    p.body = para(watermark("CONFIDENTIAL", 2))
    return p.finish()


def floating_table_first():
    p = Paper("Floating table")
    tblpp = ('<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" '
             'w:tblpY="1"/><w:tblOverlap w:val="never"/>')
    t = table([("Report of", "Corporate Director"), ("Cabinet member", "Cllr Coles"), ("Key decision", "Yes")], tblpr=tblpp)
    p.body = t + heading_and_text("Waste collection contract", 4)
    return p.finish()


def table_first():
    p = Paper("Table first")
    p.body = table([("Item", "Owner", "Due")] + [("Action %d" % i, "Officer %d" % i, "March 2024") for i in range(30)]) + filler(2)
    return p.finish()


def textbox_first():
    p = Paper("Text box first")
    box = shape(3, 5400000, 900000, 1080000, 900000, '<a:solidFill><a:schemeClr val="accent1"/></a:solidFill>',
                para(run("Summary: the council will consult on the plan.", '<w:color w:val="FFFFFF"/>')))
    p.body = para(box) + heading_and_text("Local plan review", 5)
    return p.finish()


def shapes_theme_fill():
    p = Paper("Shapes")
    boxes = "".join(shape(3 + i, 1500000, 700000, 900000 + i * 1800000, 2400000,
                          '<a:solidFill><a:schemeClr val="accent%d"/></a:solidFill>' % (i + 1)) for i in range(3))
    p.body = para(boxes + run("Three coloured boxes follow this line.")) + "".join("<w:p/>" for _ in range(8)) + filler(3)
    return p.finish()


def header_footer_boxes():
    p = Paper("Header boxes")
    h = p.header(para(shape(5, 7560000, 540000, 0, 0, "style", para(run("Adults and Health Scrutiny", '<w:color w:val="FFFFFF"/>'))), "Header"))
    f = p.header(para(shape(6, 7560000, 360000, 0, 10332000, "style") + field("PAGE", "1"), "Footer"), footer=True)
    p.body = heading_and_text("Adult social care charging", 6)
    return p.finish(sect(refs=ref("header", "default", h) + ref("footer", "default", f)))


def cover_gradient():
    p = Paper("Cover gradient")
    cover = shape(7, 7560000, 3600000, 0, 0, "style-gradient",
                  para(run("Annual Report 2023", '<w:sz w:val="56"/><w:color w:val="FFFFFF"/>')), behind=True)
    p.body = para(cover) + "".join("<w:p/>" for _ in range(12)) + heading_and_text("Foreword", 4)
    return p.finish()


def other_theme_shapes():
    """Shapes and a heading coloured through a theme whose accents differ from Office's."""
    p = Paper("Other theme", theme=swap_theme_colours("2E7D32", "F9A825", "Council green"))
    boxes = "".join(shape(3 + i, 1800000, 700000, 900000 + i * 2200000, 2000000,
                          '<a:solidFill><a:schemeClr val="accent%d"/></a:solidFill>' % (i + 1)) for i in range(2))
    p.body = (para(boxes + run("Two boxes in the council's own theme colours.")) + "".join("<w:p/>" for _ in range(6)) +
              para(run("Heading in accent 1", '<w:color w:val="2E7D32" w:themeColor="accent1"/><w:sz w:val="32"/>')) + filler(3))
    return p.finish()


def chart_xml(kind, series, categories, values_list, explicit_colours):
    cats = "".join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, c) for i, c in enumerate(categories))
    sers = ""
    for s, (name, values) in enumerate(zip(series, values_list)):
        vals = "".join('<c:pt idx="%d"><c:v>%s</c:v></c:pt>' % (i, v) for i, v in enumerate(values))
        sppr = ('<c:spPr><a:solidFill><a:schemeClr val="accent%d"/></a:solidFill></c:spPr>' % (s + 1)) if explicit_colours else ""
        sers += ('<c:ser><c:idx val="%d"/><c:order val="%d"/><c:tx><c:v>%s</c:v></c:tx>%s%s<c:cat><c:strLit><c:ptCount '
                 'val="%d"/>%s</c:strLit></c:cat><c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="%d"/>'
                 '%s</c:numLit></c:val></c:ser>'
                 % (s, s, name, sppr, '<c:invertIfNegative val="0"/>' if kind == "bar" else "", len(categories), cats,
                    len(values), vals))
    if kind == "bar":
        plot = ('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>%s'
                '<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
                '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
                '<c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling>'
                '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>'
                '<c:crossAx val="1001"/></c:valAx>' % sers)
    else:
        plot = '<c:pieChart><c:varyColors val="1"/>%s<c:firstSliceAng val="0"/></c:pieChart>' % sers
    return (XML_HEAD + '<c:chartSpace xmlns:c="%s" xmlns:a="%s" xmlns:r="%s"><c:roundedCorners val="0"/><c:chart>'
            '<c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>%s</c:plotArea><c:legend><c:legendPos val="r"/>'
            '</c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>' % (NS["c"], NS["a"], NS["r"], plot))


def chart_paper(kind, explicit):
    def make():
        p = Paper("Chart")
        if kind == "bar":
            xml = chart_xml("bar", ["2022/23", "2023/24"], ["Q1", "Q2", "Q3", "Q4"], [[40, 45, 47, 50], [42, 48, 49, 53]], explicit)
        else:
            xml = chart_xml("pie", ["Spend"], ["Adults", "Children", "Housing", "Other"], [[45, 30, 10, 15]], explicit)
        n = 1
        p.add_part("word/charts/chart%d.xml" % n, CT + "drawingml.chart+xml", xml)
        rid = p.relate("chart", "charts/chart%d.xml" % n)
        graphic = '<c:chart r:id="%s"/>' % rid
        p.body = (text("Spending chart" if kind == "pie" else "Recycling by quarter", "Heading1") +
                  para(inline(rid, 5486400, 3200400, 2, NS["c"], graphic, "Chart 1")) + filler(2))
        return p.finish()
    return make


def smartart_parts(p, labels, layout_id, colours):
    pts = '<dgm:pt modelId="{00000000-0000-0000-0000-000000000000}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>'
    cxns = ""
    for i, label in enumerate(labels):
        mid = "{1000000%d-0000-0000-0000-000000000000}" % i
        pts += ('<dgm:pt modelId="%s"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p>'
                '<a:r><a:rPr lang="en-GB"/><a:t>%s</a:t></a:r></a:p></dgm:t></dgm:pt>' % (mid, label))
        cxns += ('<dgm:cxn modelId="{2000000%d-0000-0000-0000-000000000000}" srcId="{00000000-0000-0000-0000-000000000000}" '
                 'destId="%s" srcOrd="%d" destOrd="0"/>' % (i, mid, i))
    n = sum(1 for x in p.parts if x.startswith("word/diagrams/data")) + 1
    drawing_rel = "rId%d" % p.next_rid  # the drawing's relationship, made after the four below
    p.next_rid += 1
    data = (XML_HEAD + '<dgm:dataModel xmlns:dgm="%s" xmlns:a="%s" xmlns:r="%s"><dgm:ptLst>%s</dgm:ptLst><dgm:cxnLst>%s'
            '</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            '<dsp:dataModelExt xmlns:dsp="%s" relId="%s" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/>'
            '</a:ext></dgm:extLst></dgm:dataModel>' % (NS["dgm"], NS["a"], NS["r"], pts, cxns, NS["dsp"], drawing_rel))
    layout = (XML_HEAD + '<dgm:layoutDef xmlns:dgm="%s" xmlns:a="%s" uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/%s">'
              '<dgm:title val=""/><dgm:desc val=""/><dgm:layoutNode name="diagram"><dgm:alg type="lin"/><dgm:shape/>'
              '<dgm:forEach name="nodes" axis="ch" ptType="node"><dgm:layoutNode name="node"><dgm:alg type="tx"/>'
              '<dgm:shape type="roundRect"><dgm:adjLst/></dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/>'
              '</dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>' % (NS["dgm"], NS["a"], layout_id))
    style = (XML_HEAD + '<dgm:styleDef xmlns:dgm="%s" xmlns:a="%s" uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1">'
             '<dgm:title val=""/><dgm:desc val=""/><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/>'
             '</dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/>'
             '</dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
             '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
             '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>' % (NS["dgm"], NS["a"]))
    colors = (XML_HEAD + '<dgm:colorsDef xmlns:dgm="%s" xmlns:a="%s" uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2">'
              '<dgm:title val=""/><dgm:desc val=""/><dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/>'
              '</dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/>'
              '<dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/>'
              '</dgm:styleLbl></dgm:colorsDef>' % (NS["dgm"], NS["a"]))
    width = 5486400 // len(labels)
    shapes = "".join(
        '<dsp:sp modelId="{3000000%d-0000-0000-0000-000000000000}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
        '<dsp:spPr><a:xfrm><a:off x="%d" y="400000"/><a:ext cx="%d" cy="1000000"/></a:xfrm><a:prstGeom prst="%s"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:schemeClr val="%s"/></a:solidFill><a:ln w="12700"><a:solidFill><a:schemeClr val="lt1"/></a:solidFill></a:ln></dsp:spPr>'
        '<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style>'
        '<dsp:txBody><a:bodyPr anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-GB" sz="1600"/><a:t>%s</a:t></a:r></a:p></dsp:txBody>'
        '<dsp:txXfrm><a:off x="%d" y="400000"/><a:ext cx="%d" cy="1000000"/></dsp:txXfrm></dsp:sp>'
        % (i, i * width + 60000, width - 120000, colours[1], colours[0], label, i * width + 60000, width - 120000)
        for i, label in enumerate(labels))
    drawing = (XML_HEAD + '<dsp:drawing xmlns:dgm="%s" xmlns:dsp="%s" xmlns:a="%s"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/>'
               '<dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>%s</dsp:spTree></dsp:drawing>' % (NS["dgm"], NS["dsp"], NS["a"], shapes))
    ids = {}
    for kind, content, ct, rel in (("data", data, "drawingml.diagramData+xml", "diagramData"),
                                   ("layout", layout, "drawingml.diagramLayout+xml", "diagramLayout"),
                                   ("quickStyle", style, "drawingml.diagramStyle+xml", "diagramQuickStyle"),
                                   ("colors", colors, "drawingml.diagramColors+xml", "diagramColors")):
        p.add_part("word/diagrams/%s%d.xml" % (kind, n), CT + ct, content)
        ids[kind] = p.relate(rel, "diagrams/%s%d.xml" % (kind, n))
    p.add_part("word/diagrams/drawing%d.xml" % n, "application/vnd.ms-office.drawingml.diagramDrawing+xml", drawing)
    mf.add_relationship(p.parts, "word/_rels/document.xml.rels", drawing_rel,
                        "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing", "diagrams/drawing%d.xml" % n)
    graphic = '<dgm:relIds r:dm="%s" r:lo="%s" r:qs="%s" r:cs="%s"/>' % (ids["data"], ids["layout"], ids["quickStyle"], ids["colors"])
    return para(inline(ids["data"], 5486400, 1800000, p.doc_id(), NS["dgm"], graphic, "Diagram %d" % n))


def smartart(labels, layout_id, colours, title):
    def make():
        p = Paper(title)
        # Word numbers a document's relationships in the order it adds them: here every paper's
        # diagram drawing ends up as rId20, the id an internal reference must not keep.
        p.body = text(title, "Heading1") + smartart_parts(p, labels, layout_id, colours) + filler(2)
        return p.finish()
    return make


def glossary():
    p = Paper("Glossary")
    glossary_doc = (XML_HEAD + '<w:glossaryDocument %s><w:docParts><w:docPart><w:docPartPr><w:name w:val="Council address"/>'
                    '<w:category><w:name w:val="General"/><w:gallery w:val="autoTxt"/></w:category><w:behaviors><w:behavior w:val="content"/>'
                    '</w:behaviors><w:guid w:val="{4A1F6C1E-1D8E-4E55-9F64-2C2D1B8E0A11}"/></w:docPartPr><w:docPartBody>%s'
                    '</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>' % (DECL, text("Town Hall, Bridge Street")))
    p.add_part("word/glossary/document.xml", CT + "wordprocessingml.document.glossary+xml", glossary_doc)
    p.relate("glossaryDocument", "glossary/document.xml")
    placeholder = ('<w:sdt><w:sdtPr><w:id w:val="21"/><w:placeholder><w:docPart w:val="Council address"/></w:placeholder>'
                   '<w:showingPlcHdr/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % text("Click here to enter the address."))
    p.body = text("Letter with building blocks", "Heading1") + placeholder + filler(3)
    return p.finish()


def table_style_spacing():
    """Word 2013 defaults (8pt after, 1.08 lines) beneath a table style that sets single spacing."""
    p = Paper("Table spacing", defaults=word2013_defaults)
    rows = [("Service", "Budget £000", "Forecast £000", "Variance")] + [
        ("Service line %d" % i, str(1000 + 37 * i), str(1010 + 41 * i), str(10 + 4 * i)) for i in range(28)]
    p.body = text("Revenue budget monitoring", "Heading1") + table(rows, style="CompactGrid") + filler(1)
    return p.finish()


def letterhead():
    """A letter: the council's address block in a first-page header table beside the logo."""
    p = Paper("Letter")
    p.parts["word/_rels/header1.xml.rels"] = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>').encode()
    logo = p.image(PNG_LOGO, "word/_rels/header1.xml.rels")
    block = table([("", "Legal Services\nTown Hall\nBridge Street")], style=None, widths=[4500, 4500])
    block = block.replace(para(run("", "")), para(picture(logo, 1371600, 457200, 91)), 1)
    first_xml = block + para(run("Please ask for: Democratic Services"), "Header", '<w:jc w:val="right"/>')
    p.add_part("word/header1.xml", CT + "wordprocessingml.header+xml", XML_HEAD + "<w:hdr %s>%s</w:hdr>" % (DECL, first_xml))
    first = p.relate("header", "header1.xml")
    p.body = (text("18 December 2023") + text("Dear Councillor,") + filler(2) + text("Yours sincerely,") + text("Head of Legal Services"))
    return p.finish(sect(refs=ref("header", "first", first), margins=(2835, 1440, 1440, 1440), header=567, after="<w:titlePg/>"))


def letter_size():
    p = Paper("Letter size")
    p.body = heading_and_text("A consultant's report on US Letter paper", 6)
    return p.finish(sect(size=LETTER))


def a3_plan():
    p = Paper("A3 plan")
    p.body = heading_and_text("Site plan (A3 landscape)", 3)
    return p.finish(sect(size=A3, landscape=True))


def fonts_paper(font, title):
    def make():
        p = Paper(title)
        rpr = '<w:rFonts w:ascii="%s" w:hAnsi="%s"/>' % (font, font)
        p.body = text(title, "Heading1") + "".join(para(run(WORDS * 2, rpr)) for _ in range(5))
        return p.finish()
    return make


def images_paper():
    p = Paper("Images")
    rid = p.image(mf.bar_chart_png())
    p.body = (text("Pictures inline and anchored", "Heading1") + para(picture(rid, 2743200, 1247140, 2)) +
              para(run("Figure 1: indicators by status.")) + filler(3))
    return p.finish()


def hyperlinks_bookmarks():
    p = Paper("Links")
    link = p.relate("hyperlink", "https://www.peterborough.gov.uk/", external=True)
    p.body = (para('<w:bookmarkStart w:id="0" w:name="Background"/>' + run("Background") + '<w:bookmarkEnd w:id="0"/>', "Heading1") +
              filler(2) + para(run("See ") + '<w:hyperlink r:id="%s">%s</w:hyperlink>' % (link, run("the council's website", '<w:rStyle w:val="Hyperlink"/>')) +
                               run(" and the background on page ") + field("PAGEREF Background \\h", "1") + run(" (") +
                               '<w:hyperlink w:anchor="Background">%s</w:hyperlink>' % run("Background") + run(").")) + filler(2, 2))
    return p.finish()


def toc_paper():
    p = Paper("Contents")
    toc = para(field('TOC \\o "1-3" \\h \\z \\u', "Introduction\t1"))
    p.body = (text("Contents", "TOCHeading" if False else "Heading1") + toc + para('<w:r><w:br w:type="page"/></w:r>') +
              heading_and_text("Introduction", 2) + heading_and_text("Proposals", 2, 2))
    return p.finish()


def numbered_lists():
    p = Paper("Lists")
    items = "".join(para(run("Recommendation %d." % (i + 1)), "ListNumber") for i in range(4))
    bullets = "".join(para(run("Point %d." % (i + 1)), "ListBullet") for i in range(3))
    p.body = text("Recommendations", "Heading1") + items + bullets + filler(2)
    return p.finish()


def equations():
    p = Paper("Equations")
    omml = ('<m:oMathPara><m:oMath><m:r><m:t>Cost=</m:t></m:r><m:f><m:num><m:r><m:t>Spend</m:t></m:r></m:num><m:den><m:r>'
            '<m:t>Households</m:t></m:r></m:den></m:f></m:oMath></m:oMathPara>')
    p.body = text("Unit cost", "Heading1") + para(omml) + filler(2)
    return p.finish()


def frames():
    p = Paper("Frames")
    frame = ('<w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'
             '<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>')
    p.body = text("Pull quote in a frame", "Heading1") + para(run("“We want a cleaner city centre.”"), ppr=frame) + filler(4)
    return p.finish()


def page_borders():
    p = Paper("Borders")
    borders = ('<w:pgBorders w:offsetFrom="page"><w:top w:val="single" w:sz="12" w:space="24" w:color="1F497D"/>'
               '<w:left w:val="single" w:sz="12" w:space="24" w:color="1F497D"/><w:bottom w:val="single" w:sz="12" '
               'w:space="24" w:color="1F497D"/><w:right w:val="single" w:sz="12" w:space="24" w:color="1F497D"/></w:pgBorders>')
    p.body = heading_and_text("Certificate of the proper officer", 2)
    return p.finish(sect(extra=borders))


def line_numbers():
    p = Paper("Line numbers")
    p.body = heading_and_text("Draft order with line numbers", 3)
    return p.finish(sect(extra='<w:lnNumType w:countBy="1" w:restart="newPage"/>'))


def margins_gutter():
    p = Paper("Margins")
    p.body = heading_and_text("Narrow margins", 4)
    return p.finish(sect(margins=(720, 720, 720, 2160)))


def vertical_centre():
    p = Paper("Cover")
    p.body = text("Statement of Accounts 2022/23", "Title") + text("Audit Committee, 18 December 2023", "Subtitle")
    return p.finish(sect(after='<w:vAlign w:val="center"/>'))


def section_headers():
    p = Paper("Section headers")
    h1 = p.header(para(run("Part A – Report"), "Header"))
    h2 = p.header(para(run("Part B – Background"), "Header"))
    p.body = heading_and_text("Part A", 3) + section_break(sect(refs=ref("header", "default", h1))) + heading_and_text("Part B", 3, 3)
    return p.finish(sect(refs=ref("header", "default", h2)))


def hidden_text():
    p = Paper("Hidden text")
    p.body = text("Hidden text", "Heading1") + para(run("Shown. ") + run("Hidden note for the author.", "<w:vanish/>")) + filler(2)
    return p.finish()


def title_field():
    p = Paper("Parking Strategy")
    p.body = para(field("TITLE", "Parking Strategy"), "Title") + para(run("By ") + field("AUTHOR", "A. Officer")) + filler(2)
    return p.finish()


def keep_with_next():
    p = Paper("Keep with next")
    p.body = filler(3) + text("A heading kept with its text", "Heading1") + filler(2, 3) + para(
        run("Starts on a new page."), ppr="<w:pageBreakBefore/>") + filler(1, 5)
    return p.finish()


def space_before_top():
    p = Paper("Space before")
    p.body = para(run("Notice of motion", "<w:b/><w:sz w:val=\"32\"/>"), ppr='<w:spacing w:before="1140"/>') + filler(3)
    return p.finish()


def long_paper():
    p = Paper("Long paper")
    p.body = "".join(heading_and_text("Chapter %d" % (i + 1), 6, 6 * i) for i in range(4))
    return p.finish()


def empty_paper():
    p = Paper("Empty")
    p.body = "<w:p/>"
    return p.finish()


# name → maker; the LibreOffice-saved copies are made from the papers named in LIBREOFFICE.
PAPERS = {
    "plain-report": plain_report,
    "header-footer-content": header_footer_content,
    "header-with-logo": header_with_logo,
    "first-page-header": first_page_header,
    "even-odd-headers": even_odd_headers,
    "first-header-only-content": first_header_only,
    "landscape-section": landscape_section,
    "columns-section": columns_section,
    "page-number-restart": page_number_restart,
    "footnotes": footnotes(3, "Footnotes"),
    "footnotes-again": footnotes(2, "More footnotes"),
    "endnotes": endnotes,
    "comments": comments_paper(False),
    "comments-and-footnotes": comments_paper(True),
    "tracked-changes": tracked_changes,
    "controls-bound-to-properties": controls_bound_to_properties,
    "content-controls": content_controls,
    "watermark-header": watermark_header,
    "watermark-only": watermark_only,
    "floating-table-first": floating_table_first,
    "table-first": table_first,
    "textbox-first": textbox_first,
    "shapes-theme-fill": shapes_theme_fill,
    "header-footer-boxes": header_footer_boxes,
    "cover-gradient": cover_gradient,
    "other-theme-shapes": other_theme_shapes,
    "chart-bar": chart_paper("bar", True),
    "chart-pie": chart_paper("pie", False),
    "smartart-process": smartart(["Consult", "Decide", "Deliver"], "process1", ("accent1", "rect"), "Process diagram"),
    "smartart-cycle": smartart(["Plan", "Do", "Check", "Act"], "cycle2", ("accent2", "ellipse"), "Cycle diagram"),
    "glossary": glossary,
    "table-style-spacing": table_style_spacing,
    "letterhead": letterhead,
    "letter-size": letter_size,
    "a3-plan": a3_plan,
    "calibri-cambria": fonts_paper("Calibri", "Calibri text"),
    "missing-font": fonts_paper("Gill Sans MT", "Gill Sans text"),
    "images": images_paper,
    "hyperlinks-bookmarks": hyperlinks_bookmarks,
    "toc": toc_paper,
    "numbered-lists": numbered_lists,
    "equations": equations,
    "frames": frames,
    "page-borders": page_borders,
    "line-numbers": line_numbers,
    "margins-gutter": margins_gutter,
    "vertical-centre": vertical_centre,
    "section-headers": section_headers,
    "hidden-text": hidden_text,
    "title-field": title_field,
    "keep-with-next": keep_with_next,
    "space-before-top": space_before_top,
    "long-paper": long_paper,
    "empty-paper": empty_paper,
}
LIBREOFFICE = ["footnotes", "endnotes", "first-page-header", "landscape-section", "chart-bar", "header-footer-boxes"]


def libreoffice_copies(made):
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) is needed for the LibreOffice-saved papers")
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for name in LIBREOFFICE:
            path = os.path.join(tmp, "lo-%s.docx" % name)
            mf.write_package(path, made[name])
            names.append(path)
        os.makedirs(os.path.join(tmp, "out"))
        subprocess.run([soffice, "-env:UserInstallation=file://" + os.path.join(tmp, "profile"), "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", os.path.join(tmp, "out")] + names,
                       check=True, capture_output=True)
        for name in LIBREOFFICE:
            with open(os.path.join(tmp, "out", "lo-%s.docx" % name), "rb") as fh:
                parts = mf.read_package(fh.read())
            mf.fix_libreoffice(parts)
            # LibreOffice stamps the save time; fixed, so the corpus is made the same each time.
            core = parts.get("docProps/core.xml", b"").decode()
            import re
            parts["docProps/core.xml"] = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2023-12-08T09:00:00Z", core).encode()
            for part in [n for n in parts if n.startswith("word/charts/chart")]:
                # …and numbers chart axes at random.
                chart = parts[part].decode()
                axes = list(dict.fromkeys(re.findall(r'<c:axId val="(\d+)"', chart)))
                for i, ax in enumerate(axes):
                    chart = chart.replace('val="%s"' % ax, 'val="%d"' % (1001 + i))
                parts[part] = chart.encode()
            out["lo-" + name] = parts
    return out


AGENDA_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by scripts/make-word-corpus.py: every paper of the Word-feature corpus as an item of
     its own, in the order of the script. Every third item has no id (the guide allows it). -->
<agenda xmlns="urn:docket:committee-papers:1" schemaVersion="1.0" xml:lang="en-GB">
  <authority code="peterborough" jurisdiction="england">Peterborough City Council</authority>
  <meeting id="corpus-2023-12-18">
    <body>Corpus Committee</body>
    <date>2023-12-18</date>
    <startTime>10:00</startTime>
    <venue><name>Council Chamber</name></venue>
    <contact><name>Democratic Services</name></contact>
  </meeting>
  <publication>
    <blankPageText>This page is intentionally left blank</blankPageText>
  </publication>
  <items>
"""


def agenda(names):
    items = ""
    for i, name in enumerate(names):
        ident = "" if i % 3 == 2 else ' id="paper-%d"' % (i + 1)
        items += ('    <item%s number="%d" kind="report">\n      <title>%s</title>\n      <document href="%s.docx" title="%s"/>\n'
                  '    </item>\n' % (ident, i + 1, name, name, name))
    return AGENDA_HEAD + items + "  </items>\n</agenda>\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    made = {name: maker() for name, maker in PAPERS.items()}
    made.update(libreoffice_copies(made))
    for name, parts in made.items():
        target = os.path.join(OUT, name + ".docx")
        mf.write_package(target, parts)
        mf.validate(target)
    with open(os.path.join(OUT, "agenda.xml"), "w", encoding="utf-8") as fh:
        fh.write(agenda(list(made)))


if __name__ == "__main__":
    main()
