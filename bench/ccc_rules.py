"""The status rules of scheme "ccc" (schemas/status-schemes/ccc.xml), in plain Python.

Used by make_report.py (to write a statedStatus that docket agrees with) and make_json.py
(to give docxtemplater the values docket derives: rounded target and actual, status,
direction of travel and the summary table). It follows docs/data/status-schemes.md:
round first (half up), then override, no data, contextual, gap, tolerance, blue margin.
"""
from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR

# ccc: tolerance 10% of target, blue margin 5% of target, on target green, at tolerance
# amber, at blue margin green, beyond the good end of a range blue, summary of all KPIs.
DEFAULT_TOLERANCE = ("percent-of-target", Decimal(10))
DEFAULT_BLUE = ("percent-of-target", Decimal(5))
STATUSES = [  # key, label, summary "always" (True) or "when-used" (False)
    ("blue", "Blue", True), ("green", "Green", True), ("amber", "Amber", True),
    ("red", "Red", True), ("contextual", "Contextual", True), ("baseline", "Baseline", True),
    ("in-development", "In Development", True), ("suspended", "Suspended", True),
    ("no-data", "No Data", False),
]
LABEL = {key: label for key, label, _ in STATUSES}


def rounded(value, precision):
    """value (Decimal) rounded half up to `precision` places."""
    return value.quantize(Decimal(1).scaleb(-precision), rounding=ROUND_HALF_UP)


def margin(spec, base):
    basis, value = spec
    return value * abs(base) / 100 if basis == "percent-of-target" else value


def status(kpi):
    """Status key of a KPI given as a dict: precision, polarity, target, lower, upper,
    actual, tolerance, blue, override (Decimals or None; margins as (basis, value))."""
    if kpi.get("override"):
        return kpi["override"]
    actual = kpi.get("actual")
    if actual is None:
        return "no-data"
    p = kpi["precision"]
    a = rounded(actual, p)
    if kpi["polarity"] == "none" or (kpi.get("target") is None and kpi.get("lower") is None):
        return "contextual"
    tol_spec = kpi.get("tolerance") or DEFAULT_TOLERANCE
    blue_spec = kpi.get("blue") or DEFAULT_BLUE
    if kpi.get("target") is not None:
        t = rounded(kpi["target"], p)
        sign = -1 if kpi["polarity"] == "lower-is-better" else 1
        g = sign * (a - t)
        if g > margin(blue_spec, t):
            return "blue"
        if g >= 0:
            return "green"
        return "amber" if g >= -margin(tol_spec, t) else "red"
    lo, hi = rounded(kpi["lower"], p), rounded(kpi["upper"], p)
    if lo <= a <= hi:
        return "green"
    above = a > hi
    good_end_above = kpi["polarity"] == "higher-is-better"
    good_end_below = kpi["polarity"] == "lower-is-better"
    if (above and good_end_above) or (not above and good_end_below):
        return "blue"
    limit = hi if above else lo
    gap = abs(a - limit)
    return "amber" if gap <= margin(tol_spec, limit) else "red"


def direction(kpi, previous):
    """Improving / No change / Worsening against `previous` (Decimal), or None."""
    if previous is None or kpi.get("actual") is None or kpi["polarity"] == "none":
        return None
    p = kpi["precision"]
    a, b = rounded(kpi["actual"], p), rounded(previous, p)
    if kpi["polarity"] == "in-range":
        lo, hi = kpi.get("lower"), kpi.get("upper")
        if lo is None:
            return None
        dist = lambda v: max(rounded(lo, p) - v, v - rounded(hi, p), Decimal(0))
        change = dist(b) - dist(a)
    else:
        change = (a - b) if kpi["polarity"] == "higher-is-better" else (b - a)
    if change > 0:
        return "Improving"
    return "Worsening" if change < 0 else "No change"


def largest_remainder(counts):
    """Whole percentages summing to 100 (Hamilton); None when the counts sum to 0."""
    total = sum(counts)
    if total == 0:
        return None
    exact = [Decimal(c) * 100 / Decimal(total) for c in counts]
    floors = [int(e.to_integral_value(rounding=ROUND_FLOOR)) for e in exact]
    missing = 100 - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:missing]:
        floors[i] += 1
    return floors


def summary(keys):
    """The summary rows (label, count, percent) and the total, as docket's d:summary."""
    counts = {key: 0 for key, _, _ in STATUSES}
    for key in keys:
        counts[key] += 1
    shown = [(k, l) for k, l, always in STATUSES if always or counts[k] > 0]
    percents = largest_remainder([counts[k] for k, _ in shown])
    rows = [{"key": k, "label": l, "count": counts[k],
             "percent": str(percents[i]) if percents else "–"} for i, (k, l) in enumerate(shown)]
    return rows, {"count": len(keys), "percent": "100" if percents else "–"}
