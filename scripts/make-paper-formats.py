#!/usr/bin/python3
"""Make the papers in formats other than DOCX that the sample agenda and the tests use.

Usage: /usr/bin/python3 scripts/make-paper-formats.py [REPO_ROOT]

Needs LibreOffice (soffice, with Writer, Calc and Impress), Ghostscript (gs, ps2pdf) and the
standard library. None of these papers is written by hand except planted-markers.pdf:

  fixtures/papers/pcc-city-market-appendix-c-site-plan.pdf
      Open Appendix C of item 6, saved as a tagged PDF by LibreOffice: an A3 landscape site
      plan, then an A4 portrait schedule of accommodation (mixed page sizes). Its author,
      subject and keywords (document information and XMP) and a comment exported as a PDF
      annotation carry markers PCC-PDFMARK-…, which no public pack may hold.
  fixtures/papers/pcc-city-market-appendix-d-cost-plan.pdf
      Exempt Appendix D of item 6, made by Ghostscript's ps2pdf (untagged, two pages). It
      carries the marker PCC-EXEMPT-PDF-4D1B, which no public pack may hold.
  fixtures/papers/pcc-q2-2023-24-appendix-2-budget-monitoring.xlsx
      Appendix 2 of item 8, a spreadsheet saved by LibreOffice Calc as Excel 2007-365.
  fixtures/papers/formats/lo-paper.{doc,odt,rtf}
      One short paper saved by LibreOffice Writer as Word 97 (.doc), ODT and RTF.
  fixtures/papers/formats/lo-budget.ods, lo-slides.pptx
      A spreadsheet (ODS) and a two-slide presentation (PPTX) saved by LibreOffice.
  fixtures/papers/formats/gs-photo.png, gs-photo.jpg
      A landscape "photograph" rendered by Ghostscript as PNG and JPEG.
  fixtures/papers/formats/planted-markers.pdf
      A PDF written by this script with a unique marker (PDFMARK-…) in every place a PDF can
      hide text from its reader: document information, XMP metadata of the document and of
      a page, piece info, a sticky note and its popup, a highlight's comment, a file
      attachment annotation, an embedded file, document JavaScript, an open action, a page
      action, a JavaScript link, a form field's name, tooltip and a hidden field's value, and
      a hidden layer. Its visible text (PDF-VISIBLE-…, FORM-VISIBLE-VALUE) must survive
      cleaning; its second page is rotated (/Rotate 90).

LibreOffice and Ghostscript write dates and ids into their output, so running the script
again changes those bytes; the tests never compare them.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
PAPERS = os.path.join(ROOT, "fixtures", "papers")
FORMATS = os.path.join(PAPERS, "formats")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'office:version="1.3"')

TEXT_STYLES = """
 <office:styles>
  <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.21cm"/><style:text-properties fo:language="en" fo:country="GB" style:font-name="Liberation Sans" fo:font-size="11pt"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:styles>"""


def table(rows):
    """A Writer table: the first row is a repeated header."""
    cols = len(rows[0])
    out = f'<table:table table:name="{rows[0][0]}s"><table:table-column table:number-columns-repeated="{cols}"/>'
    out += "<table:table-header-rows><table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p text:style-name="Table_20_Heading">{c}</text:p></table:table-cell>'
        for c in rows[0]) + "</table:table-row></table:table-header-rows>"
    for r in rows[1:]:
        out += "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>' for c in r) + "</table:table-row>"
    return out + "</table:table>"


def site_plan_fodt():
    stalls = [["Stall", "Use", "Area (m²)"]] + [[f"S{i}", use, str(area)] for i, (use, area) in enumerate(
        [("Fresh produce", 24), ("Butcher", 30), ("Fishmonger", 28), ("Café", 45), ("Bakery", 22), ("Florist", 16)], 1)]
    schedule = [["Space", "Gross internal area (m²)", "Notes"],
                ["Market hall", "1,250", "Twenty-four stalls"], ["Food court", "420", "Shared seating"],
                ["Back of house", "310", "Cold store, refuse, loading"], ["Public toilets", "85", "Including a Changing Places room"]]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Appendix C: Site plan</dc:title><dc:language>en-GB</dc:language>
  <meta:initial-creator>PCC-PDFMARK-AUTHOR</meta:initial-creator><dc:creator>PCC-PDFMARK-AUTHOR</dc:creator>
  <dc:subject>PCC-PDFMARK-SUBJECT</dc:subject><meta:keyword>PCC-PDFMARK-KEYWORDS</meta:keyword></office:meta>{TEXT_STYLES}
 <office:automatic-styles>
  <style:page-layout style:name="pmA3"><style:page-layout-properties fo:page-width="42cm" fo:page-height="29.7cm" style:print-orientation="landscape" fo:margin="2cm"/></style:page-layout>
  <style:page-layout style:name="pmA4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin="2.5cm"/></style:page-layout>
  <style:style style:name="PA4" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="A4"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pmA3"/>
  <style:master-page style:name="A4" style:page-layout-name="pmA4"/>
 </office:master-styles>
 <office:body><office:text>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Site Plan: City Market, Cowgate (A3)</text:h>
  <text:p>The plan shows the market hall at ground floor, with the stalls listed below from the Cowgate entrance.<office:annotation><dc:creator>PCC-PDFMARK-COMMENT-AUTHOR</dc:creator><text:p>PCC-PDFMARK-COMMENT: check the stall numbers with the market manager.</text:p></office:annotation></text:p>
  {table(stalls)}
  <text:h text:style-name="PA4" text:outline-level="1">Schedule of Accommodation</text:h>
  <text:p>Areas are gross internal areas measured to RICS practice.</text:p>
  {table(schedule)}
 </office:text></office:body>
</office:document>
"""


def paper_fodt():
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Consultation Summary</dc:title><dc:language>en-GB</dc:language></office:meta>{TEXT_STYLES}
 <office:body><office:text>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Consultation Summary</text:h>
  <text:p>LO-FORMAT-PAPER: 214 responses were received during the six-week consultation.</text:p>
  <text:p>Most respondents supported keeping a covered market in the city centre.</text:p>
  {table([["Question", "Agree", "Disagree"], ["Keep a covered market", "78%", "12%"], ["Longer opening hours", "64%", "21%"]])}
 </office:text></office:body>
</office:document>
"""


def cell(value, kind="string"):
    if kind == "float":
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def budget_fods(marker):
    rows = [("Service", "Budget (£000)", "Forecast (£000)", "Variance (£000)"),
            ("Adult social care", 98500, 101200, 2700), ("Children's services", 64300, 65100, 800),
            ("Place and economy", 31200, 30650, -550), ("Corporate services", 22800, 22500, -300)]
    body = "<table:table-row>" + "".join(cell(c) for c in rows[0]) + "</table:table-row>"
    for r in rows[1:]:
        body += "<table:table-row>" + cell(r[0]) + "".join(cell(v, "float") for v in r[1:]) + "</table:table-row>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:meta><dc:title>Budget Monitoring</dc:title><dc:language>en-GB</dc:language></office:meta>
 <office:automatic-styles>
  <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
  <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="3.8cm"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="Budget">
   <table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="3"/>
   <table:table-row>{cell(marker + ": Budget Monitoring, Quarter 2 2023/24")}</table:table-row>
   {body}
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
"""


def slides_fodp():
    def slide(n, title, text):
        return f"""<draw:page draw:name="Slide {n}" draw:master-page-name="Default">
   <draw:frame svg:x="2cm" svg:y="1.5cm" svg:width="24cm" svg:height="3cm"><draw:text-box><text:p>{title}</text:p></draw:text-box></draw:frame>
   <draw:frame svg:x="2cm" svg:y="6cm" svg:width="24cm" svg:height="10cm"><draw:text-box><text:p>{text}</text:p></draw:text-box></draw:frame>
  </draw:page>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:mimetype="application/vnd.oasis.opendocument.presentation">
 <office:meta><dc:title>Market Update</dc:title><dc:language>en-GB</dc:language></office:meta>
 <office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" fo:page-height="21cm" style:print-orientation="landscape"/></style:page-layout></office:automatic-styles>
 <office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>
 <office:body><office:presentation>
  {slide(1, "LO-FORMAT-SLIDES: Market Update", "Design work is on programme.")}
  {slide(2, "Next steps", "Planning application in March 2024.")}
 </office:presentation></office:body>
</office:document>
"""


COST_PLAN_PS = """%!PS
/page { /Helvetica-Bold findfont 18 scalefont setfont 72 760 moveto show
        /Helvetica findfont 11 scalefont setfont } def
(Appendix D: Cost Plan) page
72 730 moveto (Construction cost estimate, City Market: 4,120,000 pounds.) show
72 712 moveto (Contingency at 7.5 per cent: 309,000 pounds.) show
72 694 moveto (Reference PCC-EXEMPT-PDF-4D1B) show
showpage
(Appendix D: Cost Plan, continued) page
72 730 moveto (Phasing: enabling works from April 2024; main contract from September 2024.) show
showpage
"""

PHOTO_PS = """%!PS
<< /PageSize [320 200] >> setpagedevice
0.85 0.92 1 setrgbcolor 0 0 320 200 rectfill
0.3 0.5 0.3 setrgbcolor 0 0 320 70 rectfill
0.6 0.3 0.2 setrgbcolor 60 70 200 80 rectfill
0.9 0.9 0.9 setrgbcolor 70 80 40 40 rectfill 140 80 40 40 rectfill 210 80 40 40 rectfill
0 setgray /Helvetica-Bold findfont 16 scalefont setfont 20 175 moveto (City Market from Cowgate) show
showpage
"""


def run(args, cwd):
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice(tmp, source, target_filter, out_name, dest):
    with open(os.path.join(tmp, source[0]), "w", encoding="utf-8") as f:
        f.write(source[1])
    run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
         "--convert-to", target_filter, "--outdir", tmp, source[0]], tmp)
    produced = os.path.splitext(source[0])[0] + "." + target_filter.split(":")[0]
    shutil.move(os.path.join(tmp, produced), os.path.join(dest, out_name))


# --------------------------------------------------------------------------
# planted-markers.pdf, written object by object
# --------------------------------------------------------------------------

class Pdf:
    def __init__(self):
        self.objects = []

    def add(self, body):
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data, extra=""):
        data = data.encode("latin-1") if isinstance(data, str) else data
        return self.add(f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream")

    def write(self, path, root, info):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            body = body.encode("latin-1") if isinstance(body, str) else body
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode()
        for o in offsets:
            out += f"{o:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(self.objects) + 1} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        with open(path, "wb") as f:
            f.write(out)


def planted_markers(path):
    p = Pdf()
    font = p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    ocg_on = p.add("<< /Type /OCG /Name (Plan) >>")
    ocg_off = p.add("<< /Type /OCG /Name (PDFMARK-LAYER-NAME) >>")
    page_xmp = p.stream('<x:xmpmeta xmlns:x="adobe:ns:meta/">PDFMARK-PAGE-XMP</x:xmpmeta>', "/Type /Metadata /Subtype /XML ")
    attached = p.stream("PDFMARK-ATTACHED-FILE", "/Type /EmbeddedFile ")
    embedded = p.stream("PDFMARK-EMBEDDED-FILE", "/Type /EmbeddedFile ")
    content1 = p.stream(
        "BT /F1 14 Tf 72 760 Td (PDF-VISIBLE-TEXT: planted markers, page one) Tj ET\n"
        "BT /F1 11 Tf 72 730 Td (A visible paragraph that must reach the public pack.) Tj ET\n"
        "/OC /oc1 BDC BT /F1 11 Tf 72 700 Td (PDF-VISIBLE-LAYER text in a layer that is on.) Tj ET EMC\n"
        "/OC /oc2 BDC BT /F1 11 Tf 72 680 Td (PDFMARK-HIDDEN-LAYER text in a layer that is off.) Tj ET EMC\n"
        "BT /F1 11 Tf 72 600 Td (Form field:) Tj ET\n")
    content2 = p.stream("BT /F1 14 Tf 72 500 Td (PDF-VISIBLE-ROTATED: page two is rotated) Tj ET\n")
    field_ap = p.stream("/Tx BMC BT /F1 11 Tf 2 6 Td (FORM-VISIBLE-VALUE) Tj ET EMC",
                        f"/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 {font} 0 R >> >> ")
    highlight_ap = p.stream("/GS0 gs 1 1 0 rg 72 756 300 20 re f", "/Type /XObject /Subtype /Form /BBox [72 756 372 776] "
                            "/Resources << /ExtGState << /GS0 << /BM /Multiply >> >> >> ")
    page1 = len(p.objects) + 9  # the page object's number, once the eight annotations below are added
    popup = p.add(f"<< /Type /Annot /Subtype /Popup /Rect [300 600 500 700] /Contents (PDFMARK-POPUP) /P {page1} 0 R >>")
    note = p.add(f"<< /Type /Annot /Subtype /Text /Rect [500 740 520 760] /Contents (PDFMARK-NOTE-CONTENTS) "
                 f"/T (PDFMARK-NOTE-AUTHOR) /Popup {popup} 0 R /F 4 >>")
    highlight = p.add(f"<< /Type /Annot /Subtype /Highlight /Rect [72 756 372 776] /QuadPoints [72 776 372 776 72 756 372 756] "
                      f"/Contents (PDFMARK-HIGHLIGHT-TEXT) /RC (<p>PDFMARK-HIGHLIGHT-RICH</p>) /C [1 1 0] /F 4 "
                      f"/AP << /N {highlight_ap} 0 R >> >>")
    attachment = p.add(f"<< /Type /Annot /Subtype /FileAttachment /Rect [520 740 540 760] /Contents (PDFMARK-ATTACHMENT-NOTE) "
                       f"/FS << /Type /Filespec /F (notes.txt) /EF << /F {attached} 0 R >> >> /F 4 >>")
    web_link = p.add("<< /Type /Annot /Subtype /Link /Rect [72 720 300 740] /Border [0 0 0] "
                     "/A << /S /URI /URI (https://www.peterborough.gov.uk/) >> >>")
    js_link = p.add("<< /Type /Annot /Subtype /Link /Rect [72 640 300 660] /Border [0 0 0] "
                    "/A << /S /JavaScript /JS (app.alert\\('PDFMARK-LINK-JS'\\)) >> >>")
    visible_field = p.add(f"<< /Type /Annot /Subtype /Widget /FT /Tx /T (PDFMARK-FIELD-NAME) /TU (PDFMARK-FIELD-TOOLTIP) "
                          f"/V (FORM-VISIBLE-VALUE) /Rect [150 594 350 614] /F 4 /P {page1} 0 R /AP << /N {field_ap} 0 R >> "
                          f"/AA << /K << /S /JavaScript /JS (PDFMARK-FIELD-ACTION) >> >> >>")
    hidden_field = p.add(f"<< /Type /Annot /Subtype /Widget /FT /Tx /T (secret) /V (PDFMARK-HIDDEN-FIELD-VALUE) "
                         f"/Rect [150 560 350 580] /F 2 /P {page1} 0 R >>")
    pages = page1 + 2
    assert p.add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content1} 0 R "
                 f"/Resources << /Font << /F1 {font} 0 R >> /Properties << /oc1 {ocg_on} 0 R /oc2 {ocg_off} 0 R >> >> "
                 f"/Annots [{note} 0 R {popup} 0 R {highlight} 0 R {attachment} 0 R {web_link} 0 R {js_link} 0 R "
                 f"{visible_field} 0 R {hidden_field} 0 R] /Metadata {page_xmp} 0 R "
                 f"/PieceInfo << /Docket << /Private (PDFMARK-PIECEINFO) >> >> "
                 f"/AA << /O << /S /JavaScript /JS (PDFMARK-PAGE-ACTION) >> >> >>") == page1
    page2 = p.add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Rotate 90 /Contents {content2} 0 R "
                  f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
    assert p.add(f"<< /Type /Pages /Kids [{page1} 0 R {page2} 0 R] /Count 2 >>") == pages
    xmp = p.stream('<x:xmpmeta xmlns:x="adobe:ns:meta/">PDFMARK-XMP</x:xmpmeta>', "/Type /Metadata /Subtype /XML ")
    doc_js = p.add("<< /S /JavaScript /JS (PDFMARK-DOC-JS) >>")
    root = p.add(f"<< /Type /Catalog /Pages {pages} 0 R /Metadata {xmp} 0 R "
                 f"/OpenAction << /S /JavaScript /JS (app.alert\\('PDFMARK-OPEN-ACTION'\\)) >> "
                 f"/Names << /EmbeddedFiles << /Names [(doc.txt) << /Type /Filespec /F (doc.txt) /EF << /F {embedded} 0 R >> >>] >> "
                 f"/JavaScript << /Names [(init) {doc_js} 0 R] >> >> "
                 f"/AcroForm << /Fields [{visible_field} 0 R {hidden_field} 0 R] /DA (/F1 11 Tf 0 g) "
                 f"/DR << /Font << /F1 {font} 0 R >> >> >> "
                 f"/OCProperties << /OCGs [{ocg_on} 0 R {ocg_off} 0 R] /D << /Order [{ocg_on} 0 R {ocg_off} 0 R] "
                 f"/OFF [{ocg_off} 0 R] >> >> >>")
    info = p.add("<< /Title (PDFMARK-INFO-TITLE) /Author (PDFMARK-INFO-AUTHOR) /Subject (PDFMARK-INFO-SUBJECT) "
                 "/Keywords (PDFMARK-INFO-KEYWORDS) /Creator (PDFMARK-INFO-CREATOR) /Producer (PDFMARK-INFO-PRODUCER) >>")
    p.write(path, root, info)


def main():
    os.makedirs(FORMATS, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
               '"ExportNotes":{"type":"boolean","value":"true"}}')
        soffice(tmp, ("site-plan.fodt", site_plan_fodt()), pdf, "pcc-city-market-appendix-c-site-plan.pdf", PAPERS)
        with open(os.path.join(tmp, "cost-plan.ps"), "w") as f:
            f.write(COST_PLAN_PS)
        run(["ps2pdf", "-sPAPERSIZE=a4", "cost-plan.ps", os.path.join(PAPERS, "pcc-city-market-appendix-d-cost-plan.pdf")], tmp)
        soffice(tmp, ("budget.fods", budget_fods("Appendix 2")), "xlsx:Calc MS Excel 2007 XML",
                "pcc-q2-2023-24-appendix-2-budget-monitoring.xlsx", PAPERS)
        for ext, flt in (("doc", "doc:MS Word 97"), ("odt", "odt"), ("rtf", "rtf")):
            soffice(tmp, ("lo-paper.fodt", paper_fodt()), flt, f"lo-paper.{ext}", FORMATS)
        soffice(tmp, ("lo-budget.fods", budget_fods("LO-FORMAT-BUDGET")), "ods", "lo-budget.ods", FORMATS)
        soffice(tmp, ("lo-slides.fodp", slides_fodp()), "pptx:Impress MS PowerPoint 2007 XML", "lo-slides.pptx", FORMATS)
        with open(os.path.join(tmp, "photo.ps"), "w") as f:
            f.write(PHOTO_PS)
        for device, ext in (("png16m", "png"), ("jpeg", "jpg")):
            run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", f"-sDEVICE={device}", "-r150",
                 f"-sOutputFile={os.path.join(FORMATS, 'gs-photo.' + ext)}", "photo.ps"], tmp)
    planted_markers(os.path.join(FORMATS, "planted-markers.pdf"))


if __name__ == "__main__":
    main()
