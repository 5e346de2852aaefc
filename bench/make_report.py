#!/usr/bin/env python3
"""Writes a committee report with N KPI rows, for benchmarking docket render.

The report is the S2 fixture (fixtures/reports/s2-cambridgeshire-q4-2022-23.xml: its meta,
summary, recommendations, sections, action plan, background papers and appendices) with its
18 KPIs replaced by N generated ones under the same status scheme (ccc). The KPIs are
realistic: names built from council service vocabulary; units percent, number, currency and
days with precisions 0-2; higher/lower-is-better, in-range (expected range) and none
polarities; targets, tolerances and blue margins (own or the scheme's); actuals spread
around the target so that every status occurs (plus overrides and no-data); previous values
for direction of travel; benchmarks, forecasts, owners; commentary on every Red KPI and
some others; a statedStatus that agrees with docket's rules.

The same seed and N give the same bytes. The output validates: `docket validate OUT.xml`.

    python3 bench/make_report.py 1000 -o bench/work/report-1000.xml [--seed 2023]
"""
import argparse
import random
import re
import sys
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ccc_rules  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "reports" / "s2-cambridgeshire-q4-2022-23.xml"

SERVICES = [
    "Finance", "Human Resources", "Information Governance", "IT and Digital Services",
    "Customer Services", "Commercial and Procurement", "Business Intelligence",
    "Internal Audit and Risk Management", "Legal and Governance", "Property Services",
    "Highways and Transport", "Waste Management", "Adult Social Care", "Children’s Services",
    "Education", "Public Health", "Libraries and Cultural Services", "Planning and Building Control",
    "Trading Standards", "Registration Services", "Policy, Insight and Performance",
]
AREAS = ["Cambridge City", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire"]
PERCENT_GOOD = [
    ("Freedom of Information requests", "responded to within 20 working days"),
    ("Subject Access requests", "responded to within the statutory timescale"),
    ("complaints", "responded to within 10 working days"),
    ("major planning applications", "determined within 13 weeks"),
    ("minor planning applications", "determined within 8 weeks"),
    ("undisputed invoices", "paid within 30 days"),
    ("calls to the Customer Contact Centre", "answered"),
    ("IT service desk incidents", "resolved within agreed service levels"),
    ("EHCP assessments", "completed within 20 weeks"),
    ("safeguarding enquiries", "concluded within 28 days"),
    ("category 1 highway defects", "repaired within 24 hours"),
    ("street lighting faults", "repaired within 5 working days"),
    ("household waste", "sent for reuse, recycling or composting"),
    ("council tax", "collected in year"),
    ("business rates", "collected in year"),
    ("staff", "who have completed mandatory data protection training"),
    ("licensing applications", "processed within 15 working days"),
    ("food premises", "rated 3 or above for hygiene"),
    ("care leavers", "in education, employment or training"),
    ("library visits", "made online"),
]
PERCENT_BAD = [
    ("sundry debt", "more than 90 days old"),
    ("contract waivers", "submitted less than 5 days before their proposed start date"),
    ("working days", "lost to sickness absence"),
    ("children’s social care referrals", "that are re-referrals within 12 months"),
    ("agency staff", "as a share of the workforce"),
    ("missed bin collections", "not put right the next working day"),
]
DAYS = [
    ("Average time to hire (advert to conditional offer)", "calendar days", "lower-is-better"),
    ("Average number of working days lost to sickness per full-time equivalent employee", "days per FTE", "lower-is-better"),
    ("Average time to process new housing benefit claims", "days", "lower-is-better"),
    ("Average time to process changes in circumstances", "days", "lower-is-better"),
    ("Average time to re-let council homes", "calendar days", "lower-is-better"),
    ("Average time to complete emergency housing repairs", "working days", "lower-is-better"),
]
NUMBERS = [
    ("Number of households in temporary accommodation", "households", "lower-is-better", 200, 900),
    ("Number of affordable homes delivered", "homes", "higher-is-better", 50, 600),
    ("Number of fly-tipping incidents reported", "incidents", "lower-is-better", 300, 3000),
    ("Number of library loans", "loans", "higher-is-better", 20000, 150000),
    ("Number of apprenticeship starts", "starts", "higher-is-better", 20, 200),
    ("Number of people supported to live independently", "people", "higher-is-better", 500, 4000),
]
CURRENCY = [
    ("Income from commercial property", "higher-is-better", 500_000, 4_000_000),
    ("Value of fraud identified and recovered", "higher-is-better", 50_000, 600_000),
    ("Savings delivered against the medium-term financial strategy", "higher-is-better", 1_000_000, 12_000_000),
    ("Overspend on the home-to-school transport budget", "lower-is-better", 100_000, 2_000_000),
    ("Cost of agency staff", "lower-is-better", 200_000, 3_000_000),
    ("Social value achieved via purchasing and contracting arrangements", "higher-is-better", 100_000, 1_500_000),
]
CONTEXT = [
    "Demand rose over the quarter, mainly from new referrals.",
    "Performance was affected by vacancies in the team, two of which have now been filled.",
    "The service has introduced a new case management system, and the figures reflect the transition.",
    "Seasonal pressures in January and February account for most of the change.",
    "The indicator is collated by the service and checked by Business Intelligence before publication.",
    "A review of the process has been commissioned and will report to the Committee in the autumn.",
    "Benchmarking against statistical neighbours shows the council in the middle quartile.",
    "The target was raised this year to reflect the improvement achieved in 2021–22.",
]
ACTIONS = [
    "Weekly monitoring of the oldest cases by the service manager.",
    "Additional temporary staff have been recruited to clear the backlog.",
    "The process has been mapped and two approval steps removed.",
    "Training for all officers handling requests, to be completed by the end of June.",
]
FIRST = ["Sue", "Tom", "Amina", "Rhys", "Priya", "David", "Helen", "Kwame", "Joanna", "Marek"]
LAST = ["Grace", "King", "Patel", "Evans", "Okafor", "Smith", "Ashdown", "Nowak", "Hughes", "Brown"]


def fmt(value, places):
    """A decimal string with exactly `places` decimals (no exponent)."""
    return f"{value:.{places}f}"


def name_for(rng, kind):
    """(name, unit attributes, polarity, typical target) for a generated KPI."""
    area = f" – {rng.choice(AREAS)}" if rng.random() < 0.35 else ""
    ytd = " (Year to Date)" if rng.random() < 0.15 else ""
    if kind == "percent":
        if rng.random() < 0.22:
            subject, what = rng.choice(PERCENT_BAD)
            return f"% of {subject} {what}{ytd}{area}", {}, "lower-is-better", rng.choice([5, 8, 10, 12, 15, 20, 25])
        subject, what = rng.choice(PERCENT_GOOD)
        return f"% of {subject} {what}{ytd}{area}", {}, "higher-is-better", rng.choice([60, 75, 80, 85, 90, 95, 98])
    if kind == "days":
        name, label, polarity = rng.choice(DAYS)
        return f"{name}{area}", {"label": label}, polarity, rng.choice([5, 8.5, 12, 20, 30, 45])
    if kind == "number":
        name, label, polarity, lo, hi = rng.choice(NUMBERS)
        return f"{name}{ytd}{area}", {"label": label}, polarity, rng.randrange(lo, hi)
    name, polarity, lo, hi = rng.choice(CURRENCY)
    return f"{name}{ytd}{area}", {"currency": "GBP"}, polarity, rng.randrange(lo, hi, 1000)


def person(rng):
    return f"<name>{rng.choice(FIRST)} {rng.choice(LAST)}</name><post>Service Manager</post>"


def make_kpi(rng, i):
    """One <kpi> element (a list of lines) and its status key."""
    kind = rng.choices(["percent", "days", "number", "currency"], [55, 15, 15, 15])[0]
    name, unit_attrs, polarity, target = name_for(rng, kind)
    precision = {"percent": rng.choice([0, 0, 1]), "days": rng.choice([0, 1]),
                 "number": 0, "currency": rng.choice([0, 0, 2])}[kind]
    kpi = {"precision": precision, "polarity": polarity, "target": None, "lower": None,
           "upper": None, "actual": None, "tolerance": None, "blue": None, "override": None}
    lines = [f'    <kpi id="kpi-{i:06d}" ref="{1000 + i}">', f"      <name>{escape(name)}</name>",
             f"      <service>{escape(rng.choice(SERVICES))}</service>"]
    if rng.random() < 0.1:
        lines.append(f"      <owner>{person(rng)}</owner>")
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in unit_attrs.items())
    lines.append(f'      <unit kind="{kind}" precision="{precision}"{attrs}/>')

    shape = rng.random()
    if shape < 0.04:  # an override: baseline (an actual but no target) or not yet measured
        kpi["override"] = rng.choice(["baseline", "in-development", "suspended"])
    elif shape < 0.07:
        polarity = kpi["polarity"] = "none"  # contextual: reported, not rated
    elif shape < 0.11 and kind != "currency":
        polarity = kpi["polarity"] = "in-range"
    lines.append(f"      <polarity>{polarity}</polarity>")
    lines.append(f"      <frequency>{rng.choice(['monthly', 'quarterly', 'quarterly', 'annual'])}</frequency>")
    lines.append(f"      <measureType>{'ytd' if 'Year to Date' in name else rng.choice(['snapshot', 'rolling-12'])}</measureType>")

    t = Decimal(str(target))
    if kpi["override"] is None and polarity in ("higher-is-better", "lower-is-better"):
        kpi["target"] = Decimal(fmt(t, precision))  # what docket reads
        annual = f' annual="{fmt(t * 4, precision)}"' if "Year to Date" in name and kind != "percent" else ""
        lines.append(f'      <target value="{fmt(t, precision)}"{annual}/>')
    elif polarity == "in-range":
        kpi["lower"], kpi["upper"] = t * Decimal("0.9"), t * Decimal("1.1")
        lines.append(f'      <expectedRange lower="{fmt(kpi["lower"], precision)}" upper="{fmt(kpi["upper"], precision)}"/>')
        kpi["lower"], kpi["upper"] = Decimal(fmt(kpi["lower"], precision)), Decimal(fmt(kpi["upper"], precision))
    if kpi["target"] is not None or kpi["lower"] is not None:
        r = rng.random()
        if r < 0.6:
            kpi["tolerance"] = ("percent-of-target", Decimal(10))
        elif r < 0.8:
            step = {"percent": 3, "days": 2, "number": max(1, target // 20), "currency": max(1000, target // 20)}[kind]
            kpi["tolerance"] = ("absolute", Decimal(step))
        if kpi["tolerance"]:
            b, v = kpi["tolerance"]
            lines.append(f'      <tolerance basis="{b}" value="{v}"/>')
        if kpi["target"] is not None and rng.random() < 0.6:
            kpi["blue"] = ("percent-of-target", Decimal(5))
            lines.append('      <blueMargin basis="percent-of-target" value="5"/>')

    measured = kpi["override"] in (None, "baseline") and rng.random() > 0.03
    if measured:
        # Spread around the target: most near it, a tail either side, so every status shows.
        drift = rng.gauss(0.0, 0.12)
        value = float(t) * (1 + drift)
        if kind == "percent":
            value = min(max(value, 0.0), 100.0)
        extra = rng.choice([0, 1, 2])  # more decimals than shown: rounding decides the status
        actual = Decimal(fmt(value, precision + extra))
        if kind == "percent" and rng.random() < 0.08:
            den = rng.randrange(4, 400)
            num = max(0, min(den, round(den * value / 100)))
            kpi["actual"] = Decimal(num) * 100 / Decimal(den)
            lines.append(f'      <actual numerator="{num}" denominator="{den}" asAt="2023-03-31"/>')
        else:
            kpi["actual"] = actual
            lines.append(f'      <actual value="{actual}" asAt="2023-03-31"/>')
        if rng.random() < 0.85:
            prev = Decimal(fmt(float(kpi["actual"]) * (1 + rng.gauss(0, 0.05)), precision))
            lines.append(f'      <previous period="Q3 2022–23" value="{prev}"/>')
        if rng.random() < 0.2:
            prev = Decimal(fmt(float(kpi["actual"]) * (1 + rng.gauss(0, 0.08)), precision))
            lines.append(f'      <previous period="Q4 2021–22" value="{prev}" comparison="same-period-last-year"/>')
        if rng.random() < 0.1:
            lines.append(f'      <forecast value="{fmt(float(t) * (1 + rng.gauss(0, 0.05)), precision)}"/>')
        if rng.random() < 0.1:
            lines.append(f'      <benchmark label="County councils mean" value="{fmt(float(t) * 1.02, precision)}" period="2021–22"/>')
    if kpi["override"]:
        lines.append(f"      <statusOverride>{kpi['override']}</statusOverride>")
    status = ccc_rules.status(kpi)
    lines.append(f"      <statedStatus>{status}</statedStatus>")
    if status == "red" or rng.random() < 0.1:
        paras = rng.sample(CONTEXT, rng.choice([1, 1, 2, 3]))
        lines.append("      <commentary>")
        lines += [f"        <p>{escape(p)}</p>" for p in paras]
        lines.append("      </commentary>")
    if status == "red" and rng.random() < 0.5:
        lines.append(f'      <actions><action due="2023-06-30"><p>{escape(rng.choice(ACTIONS))}</p></action></actions>')
    lines.append("    </kpi>")
    return lines, status


def report(n, seed):
    rng = random.Random(seed)
    text = FIXTURE.read_text(encoding="utf-8")
    # Drop the fixture's header comment (it describes the 18 KPIs) and every comment inside.
    text = re.sub(r"<!--.*?-->\n?", "", text, flags=re.S)
    start = text.index("<kpis ")
    start = text.index(">", start) + 1
    end = text.index("</kpis>")
    body, counts = [], {}
    for i in range(1, n + 1):
        lines, status = make_kpi(rng, i)
        body += lines
        counts[status] = counts.get(status, 0) + 1
    note = (f"<!-- bench/make_report.py {n}, seed {seed}: the S2 fixture with {n} generated KPIs; "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + " -->\n")
    text = text[:start] + "\n" + "\n".join(body) + "\n  " + text[end:]
    decl_end = text.index("?>") + 2
    return text[:decl_end] + "\n" + note + text[decl_end:].lstrip("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of KPI rows")
    ap.add_argument("-o", "--output", required=True, help="file to write ('-' for stdout)")
    ap.add_argument("--seed", type=int, default=2023)
    args = ap.parse_args()
    xml = report(args.n, args.seed)
    if args.output == "-":
        sys.stdout.write(xml)
    else:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(xml, encoding="utf-8")


if __name__ == "__main__":
    main()
