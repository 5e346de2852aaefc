#!/usr/bin/python3
"""Make the OpenXmlPowerTools DocumentAssembler corpus under fixtures/assembler/.

Usage: /usr/bin/python3 scripts/make-assembler-fixtures.py [REPO_ROOT]

Needs what scripts/make-template-fixtures.py needs (python-docx, lxml, LibreOffice), and
reuses its package helpers: a python-docx skeleton whose document.xml, headers, footers and
notes are written here as Word writes them. The forms are those of
/work/shared/spec/document-assembler.md §3.2 and §3.6; the data is
fixtures/assembler/data/customer.xml (DocumentAssembler-style, no namespace).

  forms-paragraph.docx  paragraph-level <# … #>: Content, nested Repeat, Optional, Conditional
  forms-run.docx        several <# … #> in a paragraph, smart quotes, markup split by Word
  forms-controls.docx   block, run and cell content controls, with and without alias
  forms-table.docx      Table: prototype row, XPath cells, empty cells, footer rows
  forms-conditional.docx  Match, NotMatch, Match="True" on a boolean XPath, nesting
  forms-values.docx     how Content prints values (True/False, .NET numbers, text())
  forms-parts.docx      markup in a header, a footer, a footnote and an endnote
  forms-mixed.docx      DocumentAssembler markup and docket {{ }} tags together
  forms-differences.docx  where docket differs from DocumentAssembler on purpose
  lo-assembler.docx     made by LibreOffice from src/lo-assembler.fodt
  tracked.docx          a tracked insertion (DocumentAssembler refuses the template)
  error-*.docx          one template per DocumentAssembler error (see ERRORS below)
  quirk-*.docx          DocumentAssembler quirks that docket keeps (templates may rely on them)

Every template is checked with ../shared/tools/ooxml-validate when it is there. The output
is deterministic: running the script again gives identical files.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "fixtures", "assembler")
SRC = os.path.join(OUT, "src")

_spec = importlib.util.spec_from_file_location("template_fixtures",
                                               os.path.join(ROOT, "scripts", "make-template-fixtures.py"))
tf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tf)
tf.OUT = OUT  # word_template() writes beside the other assembler fixtures

run, para, cell, table = tf.run, tf.para, tf.cell, tf.table
BOLD, SPELL_START, SPELL_END = tf.BOLD, tf.SPELL_START, tf.SPELL_END
LDQ, RDQ, LSQ, RSQ, NBSP = "\u201c", "\u201d", "\u2018", "\u2019", "\u00a0"


def da(markup):
    """DocumentAssembler markup as an officer types it: <# <Content Select="…"/> #>."""
    return "<# %s #>" % markup


def p(*texts, **kw):
    """A paragraph of plain runs."""
    return para(*(run(t) for t in texts), **kw)


class Ids:
    """w:id values for content controls and bookmarks, as Word numbers them (any distinct ints)."""

    def __init__(self):
        self.next = 100

    def __call__(self):
        self.next += 1
        return self.next


IDS = Ids()


def sdt_pr(alias):
    return "<w:sdtPr>%s<w:id w:val=\"%d\"/></w:sdtPr>" % (
        '<w:alias w:val="%s"/><w:tag w:val="%s"/>' % (alias, alias) if alias is not None else "", IDS())


def sdt_block(text, alias=None, style=None):
    """A block-level content control holding one paragraph of markup text."""
    return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (sdt_pr(alias), p(text, style=style))


def sdt_run(text, alias=None, rpr=""):
    """A run-level (inline) content control holding markup text."""
    return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (sdt_pr(alias), run(text, rpr))


def sdt_cell(width, text, alias=None):
    """A content control wrapping a whole table cell (w:sdt as a child of w:tr), as Word makes
    one when the control is inserted with the cell selected."""
    return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (sdt_pr(alias), cell(width, p(text)))


def row(*cells):
    return "<w:tr>%s</w:tr>" % "".join(cells)


def grid_table(widths, rows_xml):
    """A table whose rows are given as XML (so that cells may be content controls)."""
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (grid, "".join(rows_xml)))


def simple_table(widths, rows, header_rows=1):
    """A table of plain-text cells (each cell: one string, or a paragraph's XML if it starts with <w:p)."""
    def cell_para(c):
        return c if c.startswith("<w:p") else p(c) if c else para()
    return table(widths, [[cell_para(c) for c in r] for r in rows], header_rows)


def template(name, *body, **kw):
    tf.word_template(name, "".join(body), core=(name[:-5], "", ""), **kw)


# --------------------------------------------------------------------------
# the forms
# --------------------------------------------------------------------------

def forms_paragraph():
    """Markup alone in its paragraph (block level)."""
    template(
        "forms-paragraph.docx",
        p(da('<Content Select="./Name"/>'), style="Heading1"),
        p("Orders"),
        p(da('<Repeat Select="./Orders/Order"/>')),
        p("Order ", da('<Content Select="@Number"/>'), ": ", da('<Content Select="./ProductDescription"/>')),
        p(da('<Repeat Select="./Items/Item" Optional="true"/>')),
        p(da('<Content Select="."/>'), style="ListBullet"),
        p(da('<EndRepeat/>')),
        p(da('<EndRepeat/>')),
        p(da('<Repeat Select="./Returns/Return" Optional="true"/>')),
        p("Return ", da('<Content Select="."/>')),
        p(da('<EndRepeat/>')),
        p(da('<Content Select="./Fax" Optional="true"/>')),
        p(da('<Content Select="./Notes"/>'), ppr='<w:ind w:left="720"/>'),
        p(da('<Conditional Select="./HighValueCustomer" Match="True"/>')),
        p("High-value customer."),
        p(da('<EndConditional/>')),
        p(da('<Conditional Select="./Vip" NotMatch="false"/>')),
        p("VIP customer."),
        p(da('<EndConditional/>')),
        p("  " + da('<Content Select="./Company"/>') + "  "),
        p("End."))


def forms_run():
    """Markup inside text (run level), split across runs the ways Word splits it."""
    bookmark = IDS()
    template(
        "forms-run.docx",
        # 1. several in one paragraph
        p("Dear ", da('<Content Select="./Name"/>'), " of ", da('<Content Select="./Company"/>'), ","),
        # 2. smart quotes typed by Word (AutoFormat as you type)
        p("Customer " + da("<Content Select=%s./CustomerID%s/>" % (LDQ, RDQ)) + "."),
        # 3. spelling marks and three revision ids inside one piece of markup
        para(run("Company: <# <Con"), SPELL_START, run("tent Sel", rsid="00D4E5F6"), SPELL_END,
             run('ect="./Company"/> #>', rsid="00B2C3D4", extra=' w:rsidRPr="00E7F8A9"'), run(".")),
        # 4. a bookmark inside the markup
        para(run('Name: <# <Content Select="./Na'), '<w:bookmarkStart w:id="%d" w:name="customer"/>' % bookmark,
             run('me"/> #>'), '<w:bookmarkEnd w:id="%d"/>' % bookmark),
        # 5. bold in the middle of the markup: the value takes the run where <# begins
        para(run('Product: <# <Content Select="'), run("./Orders/Order[1]/ProductDescription", BOLD),
             run('"/> #>')),
        # 6. markup that begins in a bold run: the value is bold
        para(run("Company: "), run('<# <Content Select="./Company"/>', BOLD), run(" #>")),
        # 7. Optional, nothing selected
        p("Fax: [", da('<Content Select="./Fax" Optional="true"/>'), "]"),
        # 8. a value of two lines
        p("Notes: ", da('<Content Select="./Notes"/>')),
        # 9. leading and trailing spaces of a value
        p("Address: [", da('<Content Select="./Address"/>'), "]"),
        # 10. a text box (wps shape with a VML fallback) holding paragraph-level markup
        para(run("Box: "), tf.text_box(1, "Text Box 1", p(da('<Content Select="./Company"/>')))),
        p("End."))


def forms_controls():
    """Content controls: block level with alias = element name and without alias, run level,
    and wrapping table cells."""
    template(
        "forms-controls.docx",
        sdt_block('<Content Select="./Name"/>', alias="Content", style="Heading1"),
        sdt_block('<Repeat Select="./Orders/Order"/>', alias="Repeat"),
        para(run("Order "), sdt_run('<Content Select="@Number"/>'), run(": "),
             sdt_run('<Content Select="./ProductDescription"/>', alias="Content")),
        sdt_block("<EndRepeat/>", alias="EndRepeat"),
        sdt_block('<Conditional Select="./HighValueCustomer" Match="True"/>'),
        p("High-value customer."),
        sdt_block("<EndConditional/>"),
        sdt_block('<Conditional Select="./Vip" Match="true"/>', alias="Conditional"),
        p("VIP customer."),
        sdt_block("<EndConditional/>", alias="EndConditional"),
        # run-level Repeat, paired in its paragraph, with DocumentAssembler's separator idiom
        para(run("Products: "), sdt_run('<Repeat Select="./Orders/Order"/>', alias="Repeat"),
             sdt_run("<Content Select=\"substring(', ', 1 div boolean(preceding-sibling::Order))\" Optional=\"true\"/>"),
             sdt_run('<Content Select="./ProductDescription"/>'), sdt_run("<EndRepeat/>", alias="EndRepeat"), run(".")),
        # run-level Conditional
        para(run("Status: "), sdt_run('<Conditional Select="./Vip" Match="false"/>'), run("standard"),
             sdt_run("<EndConditional/>"), run(".")),
        # cell-level controls (w:sdt wrapping w:tc), with and without alias
        grid_table([3000, 6000], [
            row(cell(3000, p("Field")), cell(6000, p("Value"))),
            row(cell(3000, p("Customer")), sdt_cell(6000, '<Content Select="./Name"/>')),
            row(cell(3000, p("Company")), sdt_cell(6000, '<Content Select="./Company"/>', alias="Content")),
        ]),
        # controls that are not markup are left alone
        para(run("Reference: "), sdt_run('<Content Select="./Name"/>', alias="Reference")),
        para(run("Stamp: "), sdt_run("Draft")),
        p("End."))


def forms_table():
    """Table: the first row is kept, the second repeats per selected element (cells are XPath),
    the others are footer rows filled in the outer context."""
    bookmark = IDS()
    proto_first = para('<w:bookmarkStart w:id="%d" w:name="product"/>' % bookmark,
                       run("./ProductDescription", BOLD), '<w:bookmarkEnd w:id="%d"/>' % bookmark)
    template(
        "forms-table.docx",
        p("Orders"),
        p(da('<Table Select="./Orders/Order"/>')),
        simple_table([3000, 2000, 2000, 2000], [
            ["Product", "Quantity", "Value", "Note"],
            [proto_first, "./@Quantity", "./OrderValue", ""],
            ["Total", p(da('<Content Select="sum(./Orders/Order/@Quantity)"/>')),
             p(da('<Content Select="sum(./Orders/Order/OrderValue)"/>')), ""],
            ["Orders", p(da('<Content Select="count(./Orders/Order)"/>')), "", ""],
        ]),
        p("Items per order"),
        p(da('<Repeat Select="./Orders/Order[Items/Item]"/>')),
        p("Order ", da('<Content Select="@Number"/>')),
        p(da('<Table Select="./Items/Item"/>')),
        simple_table([4000], [["Item"], ["."]]),
        p(da("<EndRepeat/>")),
        p("End."))


def forms_conditional():
    """Conditional with Match and NotMatch: string comparison of the Select's value."""
    def block(markup, text):
        return p(da(markup)) + p(text) + p(da("<EndConditional/>"))
    template(
        "forms-conditional.docx",
        block('<Conditional Select="./HighValueCustomer" Match="True"/>', "Match: kept"),
        block('<Conditional Select="./HighValueCustomer" Match="true"/>', "Match is case-sensitive: removed"),
        block('<Conditional Select="./Vip" NotMatch="true"/>', "NotMatch: kept"),
        block('<Conditional Select="./Vip" NotMatch="false"/>', "NotMatch equal: removed"),
        block('<Conditional Select="count(./Orders/Order) > 2" Match="True"/>', "Boolean XPath: kept"),
        block('<Conditional Select="boolean(./Fax)" Match="False"/>', "No fax: kept"),
        block('<Conditional Select="count(./Orders/Order)" Match="3"/>', "Number: kept"),
        p(da('<Repeat Select="./Orders/Order"/>')),
        block('<Conditional Select="./OrderValue[text()] > 2000" Match="True"/>', "Large order."),
        p(da("<EndRepeat/>")),
        p(da('<Conditional Select="./HighValueCustomer" Match="True"/>')),
        block('<Conditional Select="./Vip" Match="true"/>', "Inner: removed"),
        p("Outer: kept"),
        p(da("<EndConditional/>")),
        p("End."))


VALUES = [
    ("True", "./HighValueCustomer = 'True'"),
    ("False", "boolean(./Fax)"),
    ("Third", "2 div 3"),
    ("Big", "1000000 * 1000000000"),
    ("Fifteen digits", "123456789012345 * 1"),
    ("Whole", "./Orders/Order[1]/OrderValue * 1"),
    ("Sum", "sum(./Orders/Order/OrderValue)"),
    ("Negative", "0 - 300"),
    ("Small", "1 div 10000"),
    ("Not a number", "number('x')"),
    ("Count", "count(./Orders/Order)"),
    ("Text node", "./Name/text()"),
    ("Attribute", "./Orders/Order[2]/@Number"),
    ("String", "concat(./Name, ' (', ./Company, ')')"),
    ("Element", "./Orders/Order[1]/ProductDescription"),
]


def forms_values():
    """How Content prints each kind of XPath result."""
    template("forms-values.docx",
             *[p("%s: " % label, da('<Content Select="%s"/>' % xpath))
               for label, xpath in VALUES],
             p("End."))


def forms_parts():
    """Markup in every part DocumentAssembler fills: header, footer, footnotes, endnotes."""
    body = "".join([
        p("Body: ", da('<Content Select="./Name"/>')),
        para(run("Orders are counted in a footnote"),
             '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
             run(" and listed in an endnote"),
             '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r>', run(".")),
    ])
    header = (p(da('<Content Select="./Company"/>'), style="Header") +
              p("Customer ", da('<Content Select="./CustomerID"/>'), style="Header"))
    footer = (p(da('<Conditional Select="./HighValueCustomer" Match="True"/>'), style="Footer") +
              p("Priority customer", style="Footer") + p(da("<EndConditional/>"), style="Footer") +
              p("Prepared for ", da('<Content Select="./Name"/>'), style="Footer"))
    footnotes = ('<w:footnote w:id="1">' +
                 para('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
                      run(" Orders: "), run(da('<Content Select="count(./Orders/Order)"/>')), run("."),
                      style="FootnoteText") + "</w:footnote>")
    endnotes = ('<w:endnote w:id="1">' +
                para('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>',
                     run(" Orders:"), style="EndnoteText") +
                p(da('<Repeat Select="./Orders/Order"/>'), style="EndnoteText") +
                p("Order ", da('<Content Select="@Number"/>'), style="EndnoteText") +
                p(da("<EndRepeat/>"), style="EndnoteText") + "</w:endnote>")
    tf.word_template("forms-parts.docx", body, header=header, footer=footer, footnotes=footnotes,
                     endnotes=endnotes, core=("forms-parts", "", ""))


def forms_mixed():
    """DocumentAssembler markup and docket tags in one template."""
    template(
        "forms-mixed.docx",
        p("Dear {{ Name }}, of ", da('<Content Select="./Company"/>'), ","),
        p(da('<Repeat Select="./Orders/Order"/>')),
        p("{{ $number }}. ", da('<Content Select="./ProductDescription"/>'),
          ' ({{ OrderValue | number "#,##0.00" }})'),
        p(da("<EndRepeat/>")),
        p('Products: {{#each Orders/Order sep=", " last=" and "}}{{ ProductDescription }}{{/each}}.'),
        p("{{#if HighValueCustomer = 'True'}}"),
        p(da('<Content Select="./Name"/>'), " is a high-value customer."),
        p("{{/if}}"),
        p("End."))


def forms_differences():
    """Where docket means what DocumentAssembler intends rather than what it does (each one is
    listed in docs/document-assembler.md)."""
    template(
        "forms-differences.docx",
        # (a) a run-level Repeat and Conditional in <# #> text: paired as written
        p("Products: ", da('<Repeat Select="./Orders/Order"/>'), da('<Content Select="./ProductDescription"/>'), "; ",
          da("<EndRepeat/>")),
        p("Status: ", da('<Conditional Select="./HighValueCustomer" Match="True"/>'), "high value",
          da("<EndConditional/>"), "."),
        # (b) a text() selection prints the text
        p("Name: ", da('<Content Select="./Name/text()"/>')),
        # (c) typographic quotes in paragraph-level markup
        p(da("<Content Select=%s./Company%s/>" % (LDQ, RDQ))),
        # (h) a two-line value at block level, in a paragraph without properties
        p(da('<Content Select="./Notes"/>')),
        # a table cell whose only content is a Conditional that is false
        table([4000], [[p(da('<Conditional Select="./Vip" Match="true"/>')) + p("VIP") + p(da("<EndConditional/>"))]],
              header_rows=0),
        p("End."))


def lo_assembler():
    """A DocumentAssembler template made in LibreOffice Writer (src/lo-assembler.fodt)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) is needed for lo-assembler.docx")
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "docx",
                        "--outdir", tmp, os.path.join(SRC, "lo-assembler.fodt")], check=True, capture_output=True)
        with open(os.path.join(tmp, "lo-assembler.docx"), "rb") as fh:
            parts = tf.read_package(fh.read())
    if "word/numbering.xml" in parts:
        parts["word/numbering.xml"] = tf.fix_numbering(parts["word/numbering.xml"])
    target = os.path.join(OUT, "lo-assembler.docx")
    tf.write_package(target, parts)
    tf.validate(target)


def tracked():
    """A tracked insertion: DocumentAssembler refuses such a template."""
    template(
        "tracked.docx",
        para(run("Dear "), run(da('<Content Select="./Name"/>')),
             '<w:ins w:id="%d" w:author="Policy Officer" w:date="2023-12-01T10:00:00Z">' % IDS(),
             run(" and colleagues"), "</w:ins>", run(",")))


# --------------------------------------------------------------------------
# one template per error (document-assembler.md §3.5), each between "Before." and "After."
# --------------------------------------------------------------------------

ORDERS_TABLE = simple_table([4000, 2000], [["Product", "Quantity"], ["./ProductDescription", "./@Quantity"]])

ERRORS = {
    "xml-exception": p(da('<Content Select="./Name">')),
    "unknown-element": p(da('<Contents Select="./Name"/>')),
    "undeclared-attribute": p("Name: ", da('<Content Select="./Name" Format="upper"/>')),
    "missing-select": p("Fax: ", da('<Content Optional="true"/>')),
    "bad-optional": p(da('<Content Select="./Fax" Optional="yes"/>')),
    "alias-mismatch": sdt_block('<Content Select="./Name"/>', alias="Repeat"),
    "unmatched-metadata": p("Orders: ", da('<Repeat Select="./Orders/Order"/>')) + p("Each order."),
    "mismatch-repeat": para(sdt_run('<Repeat Select="./Orders/Order"/>'), sdt_run('<Content Select="./ProductDescription"/>'),
                            run(", "), sdt_run("<EndConditional/>")),
    "mismatch-conditional": para(sdt_run('<Conditional Select="./Vip" Match="false"/>'), run("standard"),
                                 sdt_run('<Conditional Select="./Vip" Match="true"/>')),
    "invalid-run-metadata": para(sdt_run('<Conditional Select="./Vip" Match="false"/>'),
                                 sdt_run('<Repeat Select="./Orders/Order"/>'),
                                 sdt_run('<Content Select="./ProductDescription"/>'), sdt_run("<EndRepeat/>")),
    "table-not-followed": p(da('<Table Select="./Orders/Order"/>')) + para() + ORDERS_TABLE,
    "repeat-without-end": p(da('<Repeat Select="./Orders/Order"/>')) + p("Each order."),
    "conditional-without-end": p(da('<Conditional Select="./Vip" Match="true"/>')) + p("VIP."),
    "endrepeat-without-repeat": p(da("<EndRepeat/>")),
    "endconditional-without-conditional": p(da("<EndConditional/>")),
    "xpath-syntax": p("Name: ", da('<Content Select="./Name["/>')),
    "xpath-syntax-repeat": p(da('<Repeat Select="./Orders/Order[@Number = ]"/>')) + p("Each order.") + p(da("<EndRepeat/>")),
    "no-results": p("Fax: ", da('<Content Select="./Fax"/>')),
    "more-than-one-node": p("Product: ", da('<Content Select="./Orders/Order/ProductDescription"/>')),
    "conditional-no-results": p(da('<Conditional Select="./Fax" Match="none"/>')) + p("No fax.") + p(da("<EndConditional/>")),
    "repeat-no-data": p(da('<Repeat Select="./Returns/Return"/>')) + p("Each return.") + p(da("<EndRepeat/>")),
    "table-no-data": p(da('<Table Select="./Returns/Return"/>')) + ORDERS_TABLE,
    "table-no-prototype": p(da('<Table Select="./Orders/Order"/>')) + simple_table([4000], [["Product"]]),
    "table-cell-no-results": p(da('<Table Select="./Orders/Order"/>')) + simple_table(
        [4000, 2000], [["Product", "Price"], ["./ProductDescription", "./Price"]]),
    "conditional-neither": p(da('<Conditional Select="./Vip"/>')) + p("VIP.") + p(da("<EndConditional/>")),
    "conditional-both": p(da('<Conditional Select="./Vip" Match="true" NotMatch="false"/>')) + p("VIP.") +
    p(da("<EndConditional/>")),
    "repeat-value": p(da('<Repeat Select="count(./Orders/Order)"/>')) + p("Each order.") + p(da("<EndRepeat/>")),
    "repeat-attributes": p(da('<Repeat Select="./Orders/Order/@Number"/>')) + p("Each order.") + p(da("<EndRepeat/>")),
    # verdicts that hang on DocumentAssembler's schema and its quote handling
    "content-with-text": p("Name: ", da('<Content Select="./Name">name</Content>')),
    "single-smart-quotes": p("Name: ", da("<Content Select=%s./Name%s/>" % (LSQ, RSQ))),
}


def errors():
    for name, markup in ERRORS.items():
        template("error-%s.docx" % name, p("Before."), markup, p("After."))


def quirks():
    """One DocumentAssembler quirk each, which the tests expect docket to keep."""
    template("quirk-tiny-number.docx", p("Tiny: ", da('<Content Select="1 div 100000"/>')))
    template("quirk-element-value.docx", p("Items: ", da('<Content Select="./Orders/Order[1]/Items"/>')))
    template("quirk-apostrophe.docx",
             p(da('<Conditional Select="./Department" Match="Children%ss Services"/>' % RSQ)),
             p("Children%ss Services: kept" % RSQ), p(da("<EndConditional/>")))
    template("quirk-nbsp.docx", p(da('<Repeat Select="./Orders/Order"/>') + NBSP), p("Order ", da('<Content Select="@Number"/>')),
             p(da("<EndRepeat/>")))
    template("quirk-first-run-properties.docx",
             para(run('<# <Content Select="./Name"/>'), run(" #>", BOLD)))


def main():
    os.makedirs(OUT, exist_ok=True)
    forms_paragraph()
    forms_run()
    forms_controls()
    forms_table()
    forms_conditional()
    forms_values()
    forms_parts()
    forms_mixed()
    forms_differences()
    lo_assembler()
    tracked()
    errors()
    quirks()


if __name__ == "__main__":
    main()
