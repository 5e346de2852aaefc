#!/usr/bin/python3
"""Make docket's UK bank holiday calendar, schemas/bank-holidays/uk.xml.

Usage:
  /usr/bin/python3 scripts/make-bank-holidays.py                 # from the rules below, 2018-2030
  /usr/bin/python3 scripts/make-bank-holidays.py bank-holidays.json   # from GOV.UK's published list

The working-day functions of the template language (add-working-days() and the others,
docs/template-language.md) count England and Wales, Scotland and Northern Ireland bank
holidays from this file. To update it when the government announces a change, download
https://www.gov.uk/bank-holidays.json and run the script with that file: its events replace
those the rules give for the years it covers, and the years after keep the rules. A council
can also give its own file in the same form with `--bank-holidays FILE`.

The rules are those of the Banking and Financial Dealings Act 1971 and the annual
proclamations: substitute days on the next weekday when a holiday falls at a weekend, plus
the one-off holidays announced so far (2020 VE Day, 2022 Platinum Jubilee and State Funeral,
2023 Coronation). The output is deterministic.
"""

import datetime
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "schemas", "bank-holidays", "uk.xml")
YEARS = range(2018, 2031)
DIVISIONS = [("england-and-wales", "England and Wales"), ("scotland", "Scotland"),
             ("northern-ireland", "Northern Ireland")]
D = datetime.date


def easter(year):
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(year, month, day)


def first_monday(year, month):
    d = D(year, month, 1)
    return d + datetime.timedelta(days=(7 - d.weekday()) % 7)


def last_monday(year, month):
    d = D(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=d.weekday())


def substitute(days):
    """[(date, title)] of fixed-date holidays in order: each that falls at a weekend, or on a
    day already taken, moves to the next free weekday, titled '(substitute day)'."""
    taken, out = set(), []
    for day, title in days:
        moved = day
        while moved.weekday() >= 5 or moved in taken:
            moved += datetime.timedelta(days=1)
        taken.add(moved)
        out.append((moved, title + (" (substitute day)" if moved != day else "")))
    return out


def rules(year, division):
    e = easter(year)
    days = []
    new_year = [(D(year, 1, 1), "New Year\u2019s Day")]
    if division == "scotland":
        new_year.append((D(year, 1, 2), "2nd January"))
    days += substitute(new_year)
    if division == "northern-ireland":
        days += substitute([(D(year, 3, 17), "St Patrick\u2019s Day")])
    days.append((e - datetime.timedelta(days=2), "Good Friday"))
    if division != "scotland":
        days.append((e + datetime.timedelta(days=1), "Easter Monday"))
    days.append((first_monday(year, 5), "Early May bank holiday"))
    days.append((last_monday(year, 5), "Spring bank holiday"))
    if division == "northern-ireland":
        days += substitute([(D(year, 7, 12), "Battle of the Boyne (Orangemen\u2019s Day)")])
    days.append((first_monday(year, 8) if division == "scotland" else last_monday(year, 8), "Summer bank holiday"))
    if division == "scotland":
        days += substitute([(D(year, 11, 30), "St Andrew\u2019s Day")])
    christmas = substitute([(D(year, 12, 25), "Christmas Day"), (D(year, 12, 26), "Boxing Day")])
    if D(year, 12, 25).weekday() == 6:  # Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday
        christmas = [(D(year, 12, 26), "Boxing Day"), (D(year, 12, 27), "Christmas Day (substitute day)")]
    days += christmas
    # One-off changes, proclaimed for the whole United Kingdom.
    if year == 2020:
        days.remove((D(2020, 5, 4), "Early May bank holiday"))
        days.append((D(2020, 5, 8), "Early May bank holiday (VE day)"))
    if year == 2022:
        days.remove((D(2022, 5, 30), "Spring bank holiday"))
        days += [(D(2022, 6, 2), "Spring bank holiday"), (D(2022, 6, 3), "Platinum Jubilee bank holiday"),
                 (D(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    if year == 2023:
        days.append((D(2023, 5, 8), "Bank holiday for the coronation of King Charles III"))
    return sorted(days)


def from_govuk(path):
    with open(path, encoding="utf-8") as f:
        published = json.load(f)
    keys = {"england-and-wales": "england-and-wales", "scotland": "scotland", "northern-ireland": "northern-ireland"}
    out = {}
    for division, key in keys.items():
        out[division] = [(D.fromisoformat(e["date"]), e["title"]) for e in published[key]["events"]]
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    published = from_govuk(sys.argv[1]) if len(sys.argv) > 1 else {}
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- UK bank holidays for docket's working-day functions. Made by scripts/make-bank-holidays.py",
             "     (the rules of the Banking and Financial Dealings Act 1971 and the proclamations so far;",
             "     update from https://www.gov.uk/bank-holidays.json as that script says). -->",
             '<bankHolidays xmlns="urn:docket:bank-holidays:1" from="%d-01-01" to="%d-12-31">' % (YEARS[0], YEARS[-1])]
    for division, name in DIVISIONS:
        given = published.get(division, [])
        given_years = {d.year for d, _ in given}
        days = [(d, t) for d, t in given if d.year in YEARS]
        for year in YEARS:
            if year not in given_years:
                days += rules(year, division)
        lines.append('  <division id="%s" name="%s">' % (division, name))
        for day, title in sorted(days):
            lines.append('    <holiday date="%s">%s</holiday>' % (day.isoformat(), esc(title)))
        lines.append("  </division>")
    lines.append("</bankHolidays>")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", os.path.relpath(OUT, ROOT))


if __name__ == "__main__":
    main()
