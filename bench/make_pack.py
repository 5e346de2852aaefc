#!/usr/bin/python3
"""Writes the sources of a benchmark agenda pack: ITEMS papers of about PAGES pages each,
with headings, body text, tables and images, and an agenda XML listing them as
<document href=… title=…/> items (the structure of fixtures/agenda-pcc-cabinet-2023-12-18.xml).

    /usr/bin/python3 bench/make_pack.py OUTDIR [--items 30] [--pages 30] [--seed 2023]

Writes OUTDIR/papers/paper-NN.docx and OUTDIR/agenda.xml. Needs python-docx (Debian's
python3-docx, hence /usr/bin/python3). Each paper has per "page" either about 200 words of
body text, a 10-row table, or a generated PNG image (bar charts, and one noisy "photo" that
deflate hardly shrinks), separated by page breaks, so Word and LibreOffice lay it out on
about PAGES pages. The same seed gives the same content (only the zip timestamps differ).
"""
import argparse
import datetime
import random
import struct
import zlib
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Cm

WORDS = (
    "council cabinet budget service residents contract delivery performance target quarter "
    "strategy housing transport waste adult social care children education library planning "
    "consultation members officers report recommendation approve funding capital revenue "
    "programme project risk mitigation equality climate procurement partnership outcome "
    "monitoring review scrutiny committee decision implementation investment savings pressure "
    "forecast outturn reserves grant income expenditure staffing vacancy demand improvement"
).split()


def png(width, height, rng, kind):
    """A PNG image: 'chart' (flat bars, compresses well) or 'photo' (noise, compresses badly)."""
    rows = []
    if kind == "chart":
        bars = [rng.randint(height // 5, height - 10) for _ in range(12)]
        colours = [(rng.randint(0, 200), rng.randint(0, 200), rng.randint(80, 255)) for _ in bars]
        bw = width // len(bars)
        for y in range(height):
            row = bytearray(b"\x00")
            for x in range(width):
                i = min(x // bw, len(bars) - 1)
                row += bytes(colours[i]) if height - y < bars[i] and x % bw > 4 else b"\xff\xff\xff"
            rows.append(bytes(row))
    else:
        base = [rng.randint(0, 255) for _ in range(3)]
        for y in range(height):
            noise = rng.randbytes(width * 3)
            row = bytearray(b"\x00")
            row += bytes((base[i % 3] + (y + i // 3) // 3 + noise[i] // 4) & 0xFF for i in range(width * 3))
            rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def paragraph_text(rng, words):
    out, n = [], 0
    while n < words:
        s = sentence(rng)
        out.append(s)
        n += s.count(" ") + 1
    return " ".join(out)


def write_paper(path, index, pages, rng, image_dir):
    d = docx.Document()
    core = d.core_properties
    core.title = f"Benchmark paper {index}"
    core.author = "docket bench"
    core.created = core.modified = datetime.datetime(2023, 12, 1, 9, 0, 0)
    core.last_modified_by = "docket bench"
    core.revision = 1
    d.add_heading(f"Paper {index}: {sentence(rng)[:-1]}", level=0)
    for page in range(pages):
        if page:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        kind = page % 6
        if kind in (0, 1, 3, 4):  # text pages
            d.add_heading(f"{page + 1}. {sentence(rng)[:60].rstrip('.')}", level=1)
            for _ in range(2):
                d.add_paragraph(paragraph_text(rng, 70))
            d.add_heading(f"{page + 1}.1 {sentence(rng)[:50].rstrip('.')}", level=2)
            d.add_paragraph(paragraph_text(rng, 20), style="List Bullet")
        elif kind == 2:  # a table page
            d.add_heading(f"{page + 1}. Performance table", level=1)
            table = d.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            for cell, label in zip(table.rows[0].cells, ["Indicator", "Target", "Actual", "Status", "Comment"]):
                cell.text = label
            for _ in range(10):
                cells = table.add_row().cells
                cells[0].text = " ".join(rng.choice(WORDS) for _ in range(2)).capitalize()
                cells[1].text = f"{rng.uniform(10, 99):.1f}%"
                cells[2].text = f"{rng.uniform(10, 99):.1f}%"
                cells[3].text = rng.choice(["Green", "Amber", "Red", "Blue"])
                cells[4].text = sentence(rng)[:25].rstrip() + "."
        else:  # an image page
            d.add_heading(f"{page + 1}. Figure {page // 6 + 1}", level=1)
            img = image_dir / f"paper-{index:02d}-{page}.png"
            img.write_bytes(png(*((320, 200, rng, "photo") if page == 5 else (480, 300, rng, "chart"))))
            d.add_picture(str(img), width=Cm(15))
            d.add_paragraph(paragraph_text(rng, 60))
    d.save(str(path))


AGENDA_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Benchmark agenda written by bench/make_pack.py: {items} papers of about {pages} pages. -->
<agenda xmlns="urn:docket:committee-papers:1" id="bench-pack-agenda"
        schemaVersion="1.0" xml:lang="en-GB">
  <authority code="peterborough" jurisdiction="england">Peterborough City Council</authority>
  <meeting id="bench-pack-meeting">
    <body>Cabinet</body>
    <date>2023-12-18</date>
    <startTime>10:00</startTime>
    <venue>
      <name>Council Chamber</name>
      <address>Sand Martin House, Bittern Way, Fletton Quays, Peterborough PE2 8TY</address>
    </venue>
    <contact>
      <name>Democratic Services</name>
      <email>democratic.services@example.gov.uk</email>
    </contact>
    <publicationDate>2023-12-08</publicationDate>
  </meeting>
  <membership quorum="3">
    <member role="chair"><title>Councillor</title><name>Morgan Ellis</name><portfolio>Leader of the Council</portfolio></member>
    <member role="vice-chair"><title>Councillor</title><name>Ruth Adeyemi</name></member>
    <member><title>Councillor</title><name>Martin Hale</name></member>
    <member><title>Councillor</title><name>Sam Patel</name></member>
  </membership>
  <summons issueDate="2023-12-08">
    <issuedBy><post>Chief Executive</post></issuedBy>
  </summons>
  <publication pack="public" duplex="true" itemsStartOnOddPage="true" firstPageNumber="1">
    <blankPageText>This page is intentionally left blank</blankPageText>
    <withheldPlaceholder>true</withheldPlaceholder>
  </publication>
  <items>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--items", type=int, default=30)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--seed", type=int, default=2023)
    args = ap.parse_args()
    papers = args.outdir / "papers"
    images = args.outdir / "images"
    papers.mkdir(parents=True, exist_ok=True)
    images.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    out = [AGENDA_HEAD.format(items=args.items, pages=args.pages)]
    for i in range(1, args.items + 1):
        name = f"paper-{i:02d}.docx"
        write_paper(papers / name, i, args.pages, rng, images)
        title = f"Benchmark Paper {i}"
        out.append(f'    <item id="item-{i}" number="{i}" kind="other">\n'
                   f"      <title>{title}</title>\n"
                   f'      <document href="papers/{name}" title="{title}"/>\n'
                   f"    </item>\n")
    out.append("  </items>\n</agenda>\n")
    (args.outdir / "agenda.xml").write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
