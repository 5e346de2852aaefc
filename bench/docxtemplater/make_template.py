#!/usr/bin/env python3
"""Builds the docxtemplater equivalent of docket's house template.

Reads templates/committee-report.docx and rewrites every docket tag in its templated parts
(word/document.xml, header1.xml, footer1.xml, docProps/core.xml) into docxtemplater syntax
for the angular expression parser and the JSON of make_json.py, leaving the layout (every
paragraph, table, style and run) as it is:

    {{ meta/title }}                       -> {meta.title}
    {{ meta/meeting/date | date full }}    -> {meta.meeting.date | dateFull}
    {{#each kpi}}{{ @ref }} … {{/each}}    -> {#kpi}{ref} … {/kpi}          (the row repeats)
    {{#if d:target}} … {{else}} … {{/if}}  -> {#!!target} … {/!!target}{^!!target} … {/!!target}
    {{{ commentary ? }}}  (alone)          -> {@commentary | prose:"TableText"}
    {{ d:status | rag }}                   -> {status}

The XPath in docket's tags has no docxtemplater equivalent, so each distinct tag is mapped by
hand below (conditions become boolean expressions, so that, as in docket, an "if" never
changes the context). A tag missing from the tables stops the conversion, so a changed house
template cannot be benchmarked against a stale conversion.

What docxtemplater (open source) cannot do is noted where it happens:
  - status and risk-band cells are not shaded: cell shading from data needs the paid styling
    module, so `{{ d:status | rag }}` prints only the status word;
  - rich text (`{@…}`) must be alone in its paragraph; the one inline use (an option's
    reasonRejected) prints plain text;
  - a row loop whose end tag sits in its own paragraph leaves that paragraph (empty) in the
    last cell; docket removes it.

    python3 bench/docxtemplater/make_template.py templates/committee-report.docx OUT.docx
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

# Conditions: docket's XPath -> a boolean angular expression over make_json.py's JSON.
COND = {
    "meta/access/@status != 'open'": "meta.access.status != 'open'",
    "meta/access/@status = 'confidential'": "meta.access.status == 'confidential'",
    "count(meta/access/paragraph) > 1": "meta.access.paragraph.length > 1",
    "(meta/access/@jurisdiction | meta/authority/@jurisdiction)[1] = 'wales'":
        "(meta.access.jurisdiction || meta.authorityJurisdiction) == 'wales'",
    "meta/access/publicInterest": "!!meta.access.publicInterest",
    "meta/meeting/agendaItem": "!!meta.meeting.agendaItem",
    "name": "!!name",
    "name and post": "!!(name && post)",
    "$first": "$index == 0",
    "$count > 1": "meta.contacts.officer.length > 1",
    "phone": "!!phone",
    "email": "!!email",
    "@areaType = 'electoral-division'": "areaType == 'electoral-division'",
    "@scope = 'all'": "scope == 'all'",
    "@scope = 'none'": "scope == 'none'",
    "@scope = 'some'": "scope == 'some'",
    "meta/keyDecision": "!!meta.keyDecision",
    "meta/keyDecision/@value = 'true'": "meta.keyDecision.value == 'true'",
    "meta/forwardPlanRef": "!!meta.forwardPlanRef",
    "meta/forwardPlanRef/@applicable = 'false'": "meta.forwardPlanRef.applicable == 'false'",
    "meta/access/@status = 'open'": "meta.access.status == 'open'",
    "meta/period": "!!meta.period",
    "summary": "!!summary",
    "summary/@kind = 'brief-summary'": "summary.kind == 'brief-summary'",
    "summary/@kind = 'outcome'": "summary.kind == 'outcome'",
    "recommendations/intro": "!!recommendations.intro",
    "../@numbering = 'lower-alpha'": "recommendations.numbering == 'lower-alpha'",
    "../@numbering = 'none'": "recommendations.numbering == 'none'",
    "recommendations/reasons": "recommendations.reasons.length > 0",
    "@none = 'true' and not(p | ul | ol | table)": "none == 'true' && blocks.length == 0",
    "reasonRejected": "!!reasonRejected",
    "not(p | ul | ol | table)": "blocks.length == 0",
    "@kind = 'performance-summary'": "kind == 'performance-summary'",
    "@kind = 'kpi-commentary'": "kind == 'kpi-commentary'",
    "@kind = 'action-plan'": "kind == 'action-plan'",
    "@percent != '' and @percent != '–'": "percent != '' && percent != '–'",
    "d:summary/d:total/@percent != '–'": "summary.total.percent != '–'",
    "/report/actionPlan/action": "actionPlan.action.length > 0",
    "/report/section//section[@kind = 'performance-summary'] | /report/section[@kind = 'performance-summary']":
        "hasPerformanceSummarySection",
    "d:target": "!!target",
    "d:actual": "!!actual",
    "unit/@kind = 'currency'": "unitKind == 'currency'",
    "unit/@kind = 'percent'": "unitKind == 'percent'",
    "implications/implication": "implications.implication.length > 0",
    "implications/intro": "!!implications.intro",
    "heading": "!!heading",
    "p | ul | ol | table": "blocks.length > 0",
    "signedOffBy": "!!signedOffBy",
    "signedOffBy/name and signedOffBy/post": "!!(signedOffBy.name && signedOffBy.post)",
    "backgroundPapers/paper": "backgroundPapers.paper.length > 0",
    "source": "!!source",
    "contact/phone": "!!contact.phone",
    "appendices/appendix": "appendices.appendix.length > 0",
    "access/@status != 'open'": "access.status != 'open'",
}

# Loops: docket's node-set -> the JSON array (or a filter that makes one).
EACH = {
    "meta/reportOf": "meta.reportOf",
    "meta/responsibleMember": "meta.responsibleMember",
    "meta/contacts/officer": "meta.contacts.officer",
    "meta/areasAffected": "meta.areasAffected",
    "recommendations/recommendation": "recommendations.recommendation",
    "subItem": "subItem",
    "section": "section",
    "option": "option",
    "ambition": "ambition",
    "/report/kpis[1]": "kpis[0]",
    "d:summary/d:row": "summary.row",
    "/report/kpis/kpi[d:statusKey = 'red']": "kpis | withStatus:'red'",
    "/report/actionPlan/action": "actionPlan.action",
    "kpis": "kpis",
    "kpi": "kpi",
    "implications/implication": "implications.implication",
    "risks": "risks",
    "risk": "risk",
    "backgroundPapers/paper": "backgroundPapers.paper",
    "appendices/appendix": "appendices.appendix",
}

# Values whose docket expression is not a plain path (plain paths are translated by path()).
VALUE = {
    "meta/meeting/date | date full": "meta.meeting.date | dateFull",
    'meta/meeting/date | date "d MMMM y"': "meta.meeting.date | dateLong",
    'meta/period/@start | date "d MMMM y"': "meta.period.start | dateLong",
    'meta/period/@end | date "d MMMM y"': "meta.period.end | dateLong",
    'date ? | date "d MMMM y"': "date | dateLong",
    "meta/forwardPlanRef": "meta.forwardPlanRef.text",
    "d:target | currency GBP": "target | gbp",
    "d:actual | currency GBP": "actual | gbp",
    "d:status | rag": "status",  # no shading: see the module comment
    "d:band | rag": "band",
    'd:direction ? | default "–"': "direction || '–'",
    "d:name": "name",
    "update ?": "update",
    ("substring-before(substring-after('|cabinet-member=Cabinet member responsible|lead-member=Lead member|"
     "portfolio-holder=Portfolio holder|chair=Chair|vice-chair=Vice-chair|', concat('|', @role, '=')), '|') "
     '| default "Member responsible"'): "role | memberRole",
    ("substring-before(substring-after('|financial=Financial|legal=Legal|equalities=Equalities|climate=Climate "
     "change|risk=Risk management|crime-disorder=Crime and disorder|policy=Policy|hr=Human resources|"
     "procurement=Procurement|property=Property|health=Health and wellbeing|data-protection=Data protection|"
     "human-rights=Human rights|safeguarding=Safeguarding|consultation=Consultation|other=Other|', "
     "concat('|', @type, '=')), '|') | default \"Other\""): "type | implicationType",
}

# Rich text: docket's expression -> (the JSON blocks, or None for inline text, and its key).
RICH = {
    "summary": "summary.blocks",
    "recommendations/reasons": "recommendations.reasons",
    "(p | ul | ol | table) ?": "blocks",
    "p | ul | ol | table": "blocks",
    "commentary ?": "commentary",
    "actions ?": "actions",
}
RICH_INLINE = {  # rich text sharing its paragraph: plain text in docxtemplater
    "node()[not(self::subItem)]": "text",
    "node()": "text",
    "reasonRejected ?": "reasonRejected",
}

TAG = re.compile(r"\{\{\{\s*(.*?)\s*\}\}\}|\{\{\s*(.*?)\s*\}\}")
EACH_SEP = re.compile(r'^#each\s+(.*?)(?:\s+sep="([^"]*)")?(?:\s+last="([^"]*)")?$')


def path(expr):
    """A plain docket path (a/b/@c, d:x, optional ?) as a JSON member path."""
    expr = expr.removesuffix("?").strip()
    if expr == ".":
        return "this"
    if not re.fullmatch(r"[A-Za-z_@:/]+", expr):
        raise KeyError(expr)
    return ".".join(part.removeprefix("@").removeprefix("d:") for part in expr.split("/"))


def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


class Converter:
    """Rewrites tags in document order; blocks may open in one paragraph and close in another."""

    def __init__(self):
        self.stack = []  # (kind, docxtemplater expression, separator or None)

    def tag(self, rich, plain, alone, style):
        if rich is not None:
            if alone and rich in RICH:
                return f'{{@{RICH[rich]} | prose:"{style}"}}'
            if rich in RICH_INLINE:
                return "{" + RICH_INLINE[rich] + "}"
            raise KeyError(rich)
        t = plain
        if t.startswith("#each"):
            m = EACH_SEP.match(t)
            expr = EACH[m.group(1)]
            self.stack.append(("each", expr, m.group(2)))
            return "{#" + expr + "}"
        if t.startswith("#if ") or t.startswith("#unless "):
            kind, cond = t[1:].split(" ", 1)
            expr = COND[unescape(cond)]
            self.stack.append((kind, expr, None))
            return ("{#" if kind == "if" else "{^") + expr + "}"
        if t == "else":
            kind, expr, _ = self.stack[-1]
            self.stack[-1] = ("else", expr, None)
            return "{/" + expr + "}" + ("{#" if kind == "unless" else "{^") + expr + "}"
        if t in ("/if", "/each", "/unless"):
            kind, expr, sep = self.stack.pop()
            if sep:  # docket's sep="…": written between items, not after the last
                array = expr
                return f"{{#$index < {array}.length - 1}}{sep}{{/$index < {array}.length - 1}}{{/{expr}}}"
            return "{/" + expr + "}"
        if t in VALUE:
            return "{" + VALUE[t] + "}"
        return "{" + path(t) + "}"

    def text(self, s, alone, style):
        s = unescape(s)
        # {{#each X sep=", " last=" and "}}{{ . }}{{/each}}: a word list, joined by a filter.
        s = re.sub(r'\{\{#each ([^ }]+) sep="([^"]*)" last="([^"]*)"\}\}\{\{ \. \}\}\{\{/each\}\}',
                   lambda m: "\0{" + f"{path(m.group(1))} | joinWords:'{m.group(2)}':'{m.group(3)}'" + "}\0", s)
        out = []
        for piece in re.split(r"\0", s):
            if piece.startswith("{") and not piece.startswith("{{"):
                out.append(piece)
                continue
            out.append(TAG.sub(lambda m: self.tag(m.group(1), m.group(2), alone, style), piece))
        return escape("".join(out))


def split_block_tags(para):
    """A paragraph holding only several block tags ({/a}{^a}) becomes one paragraph per tag.

    docket drops a paragraph that holds nothing but block tags; docxtemplater's paragraphLoop
    drops one only when it holds a single loop tag.
    """
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
    whole = "".join(texts)
    tags = re.findall(r"\{[#/^][^{}]*\}", whole)
    if len(tags) < 2 or "".join(tags) != whole:
        return para
    ppr = re.search(r"<w:pPr>.*?</w:pPr>", para, flags=re.S)
    ppr = ppr.group(0) if ppr else ""
    return "".join(f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in tags)


def convert_part(xml):
    conv = Converter()
    out, pos = [], 0
    # Paragraphs (no nested ones in this template): know whether a rich tag is alone, and
    # which paragraph style it inherits.
    for p in re.finditer(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        para = p.group(0)
        texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
        whole = unescape("".join(texts)).strip()
        alone = bool(re.fullmatch(r"\{\{\{[^}]*\}\}\}", whole))
        style = re.search(r'<w:pStyle w:val="([^"]*)"/>', para)
        style = style.group(1) if style else ""
        para = re.sub(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)",
                      lambda m: m.group(1) + conv.text(m.group(2), alone, style) + m.group(3), para)
        para = split_block_tags(para)
        out.append(xml[pos:p.start()])
        out.append(para)
        pos = p.end()
    out.append(xml[pos:])
    if conv.stack:
        raise ValueError(f"unclosed blocks: {conv.stack}")
    return "".join(out)


def convert_core(xml):
    conv = Converter()
    return re.sub(r">([^<]*\{\{[^<]*)<", lambda m: ">" + conv.text(m.group(1), False, "") + "<", xml)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_template.py HOUSE-TEMPLATE.docx OUT.docx")
    src, dst = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml") and b"{{" in data:
                data = convert_part(data.decode("utf-8")).encode("utf-8")
            elif info.filename == "docProps/core.xml":
                data = convert_core(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)


if __name__ == "__main__":
    main()
