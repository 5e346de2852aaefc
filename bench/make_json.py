#!/usr/bin/env python3
"""Turns a committee report (XML) into the JSON that docxtemplater renders.

docxtemplater has no XPath, no schema and no status rules, so this does what a team using it
would do in its own data layer: the report's tree as nested objects and arrays, plus the
values docket derives (rounded target and actual, status, direction of travel, the summary
table with largest-remainder percentages, the period's quarter label, appendix names), worked
out by ccc_rules.py exactly as docket does for scheme ccc. Prose (paragraphs and lists) is
kept as blocks, [{"p": text}, {"li": text, "ordered": bool, "level": n}]; render.js turns
them into WordprocessingML while rendering, as docket turns prose into runs. Dates, currency
and lookups stay raw and are formatted by render.js's filters while rendering.

Missing values are "" or [] rather than null: docxtemplater's expression parser looks a
null key up in the enclosing loops, so a nested section with no kind would inherit its
parent's.

    python3 bench/make_json.py bench/work/report-1000.xml -o bench/work/report-1000.json
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ccc_rules  # noqa: E402

NS = "{urn:docket:committee-papers:1}"


def q(name):
    return NS + name


def text(el, path=None):
    """Text content of `el` (or of its child at `path`), spaces collapsed; "" if absent."""
    if path is not None:
        el = el.find(path) if el is not None else None
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def raw_text(el):
    """Text content as XPath's string() gives it (whitespace kept), as `{{ update }}` prints."""
    return "".join(el.itertext()) if el is not None else ""


def blocks(el):
    """The prose children of `el`: paragraphs and list items (tables as one paragraph a row)."""
    out = []
    if el is None:
        return out

    def walk_list(lst, level):
        for li in lst.findall(q("li")):
            inline = (li.text or "") + "".join(
                "".join(c.itertext()) + (c.tail or "") for c in li if c.tag not in (q("ul"), q("ol")))
            out.append({"li": " ".join(inline.split()), "ordered": lst.tag == q("ol"), "level": level})
            for sub in li:
                if sub.tag in (q("ul"), q("ol")):
                    walk_list(sub, level + 1)

    for child in el:
        if child.tag == q("p"):
            out.append({"p": text(child)})
        elif child.tag in (q("ul"), q("ol")):
            walk_list(child, 0)
        elif child.tag == q("table"):
            for tr in child.findall(q("tr")):
                out.append({"p": " | ".join(text(c) for c in tr)})
    return out


def person(el):
    return {k: text(el, q(k)) for k in ("name", "post", "phone", "email")} if el is not None else {}


def meta(m):
    authority = m.find(q("authority"))
    meeting = m.find(q("meeting"))
    period = m.find(q("period"))
    access = m.find(q("access"))
    out = {
        "authority": text(authority),
        "authorityJurisdiction": authority.get("jurisdiction", ""),
        "meeting": {"body": text(meeting, q("body")), "date": text(meeting, q("date")),
                    "agendaItem": text(meeting, q("agendaItem"))},
        "title": text(m, q("title")),
        "period": "",
        "reportOf": [person(p) for p in m.findall(q("reportOf"))],
        "responsibleMember": [dict(person(p), role=p.get("role", "")) for p in m.findall(q("responsibleMember"))],
        "contacts": {"officer": [person(p) for p in m.findall(q("contacts") + "/" + q("officer"))]},
        "areasAffected": [{"areaType": a.get("areaType", ""), "scope": a.get("scope", ""),
                           "area": [text(x) for x in a.findall(q("area"))]} for a in m.findall(q("areasAffected"))],
        "keyDecision": "", "forwardPlanRef": "",
        "access": {"status": access.get("status"), "jurisdiction": access.get("jurisdiction", ""),
                   "paragraph": [text(p) for p in access.findall(q("paragraph"))],
                   "publicInterest": text(access, q("publicInterest")),
                   "confidentialBasis": text(access, q("confidentialBasis"))},
    }
    if period is not None:
        fy, quarter = period.get("financialYear"), period.get("quarter")
        label = f"Q{quarter} {fy}/{(int(fy) + 1) % 100:02d}" if fy and quarter else ""
        out["period"] = {"start": period.get("start"), "end": period.get("end"), "quarter": label}
    if (k := m.find(q("keyDecision"))) is not None:
        out["keyDecision"] = {"value": k.get("value")}
    if (f := m.find(q("forwardPlanRef"))) is not None:
        out["forwardPlanRef"] = {"applicable": f.get("applicable", "true"), "text": text(f)}
    return out


def section(s):
    return {
        "kind": s.get("kind", ""), "none": s.get("none", "false"), "heading": text(s, q("heading")),
        "blocks": blocks(s),
        "option": [{"title": text(o, q("title")), "reasonRejected": text(o, q("reasonRejected"))}
                   for o in s.findall(q("option"))],
        "ambition": [{"title": text(a, q("title")), "blocks": blocks(a)} for a in s.findall(q("ambition"))],
        "section": [section(c) for c in s.findall(q("section"))],
    }


def kpi_figures(k):
    """The inputs of ccc_rules.status for a <kpi>."""
    unit = k.find(q("unit"))
    dec = lambda el, attr: Decimal(el.get(attr)) if el is not None and el.get(attr) is not None else None
    margin = lambda el: (el.get("basis"), Decimal(el.get("value"))) if el is not None else None
    actual_el = k.find(q("actual"))
    actual = dec(actual_el, "value")
    if actual is None and dec(actual_el, "numerator") is not None:
        actual = dec(actual_el, "numerator") / dec(actual_el, "denominator")
        if unit.get("kind") == "percent":
            actual *= 100
    rng = k.find(q("expectedRange"))
    return {"precision": int(unit.get("precision", "0")), "polarity": text(k, q("polarity")),
            "target": dec(k.find(q("target")), "value"), "lower": dec(rng, "lower"), "upper": dec(rng, "upper"),
            "actual": actual, "tolerance": margin(k.find(q("tolerance"))),
            "blue": margin(k.find(q("blueMargin"))), "override": text(k, q("statusOverride")) or None}


def kpi(k):
    f = kpi_figures(k)
    key = ccc_rules.status(f)
    previous = next((Decimal(p.get("value")) for p in k.findall(q("previous"))
                     if p.get("comparison", "previous-period") == "previous-period"), None)
    p = f["precision"]
    return {
        "ref": k.get("ref", ""), "name": text(k, q("name")),
        "unitKind": k.find(q("unit")).get("kind"), "precision": p,
        "target": str(ccc_rules.rounded(f["target"], p)) if f["target"] is not None else "",
        "actual": str(ccc_rules.rounded(f["actual"], p)) if f["actual"] is not None else "",
        "status": ccc_rules.LABEL[key], "statusKey": key,
        "direction": ccc_rules.direction(f, previous) or "",
        "commentary": blocks(k.find(q("commentary"))),
    }


def kpis(el):
    rows = [kpi(k) for k in el.findall(q("kpi"))]
    summary_rows, total = ccc_rules.summary([r["statusKey"] for r in rows])
    return {"kpi": rows, "summary": {"row": summary_rows, "total": total}}


def report(root):
    rec = root.find(q("recommendations"))
    summary = root.find(q("summary"))
    impl = root.find(q("implications"))
    apps = root.find(q("appendices"))
    letters = apps is not None and apps.get("scheme") == "letter"
    sections = root.findall(q("section"))
    has_summary_section = any(s.get("kind") == "performance-summary"
                              for top in sections for s in top.iter(q("section")))
    return {
        "meta": meta(root.find(q("meta"))),
        "summary": {"kind": summary.get("kind", ""), "blocks": blocks(summary)} if summary is not None else "",
        "recommendations": {
            "numbering": rec.get("numbering", "decimal"), "intro": text(rec, q("intro")),
            "recommendation": [{"text": " ".join(((r.text or "") + "".join(
                "".join(c.itertext()) + (c.tail or "") for c in r if c.tag != q("subItem"))).split()),
                "subItem": [{"text": text(s)} for s in r.findall(q("subItem"))]}
                for r in rec.findall(q("recommendation"))],
            "reasons": blocks(rec.find(q("reasons"))),
        },
        "section": [section(s) for s in sections],
        "hasPerformanceSummarySection": has_summary_section,
        "kpis": [kpis(k) for k in root.findall(q("kpis"))],
        "actionPlan": {"action": [
            {"ref": text(a, q("ref")), "description": text(a, q("description")),
             "milestone": text(a, q("milestone")), "lead": text(a, q("lead")), "update": raw_text(a.find(q("update")))}
            for a in root.findall(q("actionPlan") + "/" + q("action"))]},
        "implications": {
            "intro": text(impl, q("intro")) if impl is not None else "",
            "implication": [{"type": i.get("type"), "heading": text(i, q("heading")), "blocks": blocks(i),
                             "signedOffBy": person(i.find(q("signedOffBy"))) or ""}
                            for i in (impl.findall(q("implication")) if impl is not None else [])]},
        "risks": [],  # the S2-based reports have none (risk scores would need the matrix rules)
        "backgroundPapers": {"paper": [
            {"title": text(p, q("title")), "source": text(p, q("source")), "date": text(p, q("date")),
             "contact": person(p.find(q("contact"))) or ""}
            for p in root.findall(q("backgroundPapers") + "/" + q("paper"))]},
        "appendices": {"appendix": [
            {"name": "Appendix " + (a.get("label") or (chr(65 + i) if letters else str(i + 1))),
             "title": text(a, q("title")), "access": {"status": a.find(q("access")).get("status")}
             if a.find(q("access")) is not None else {"status": "open"}}
            for i, a in enumerate(apps.findall(q("appendix")) if apps is not None else [])]},
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", help="committee report XML")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    root = ET.parse(args.report).getroot()
    if root.find(q("risks")) is not None:
        sys.exit("make_json.py: risks are not supported (the S2-based reports have none)")
    data = report(root)
    Path(args.output).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main()
