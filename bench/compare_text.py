#!/usr/bin/env python3
"""Checks that docket's and docxtemplater's documents say the same thing.

Compares the text of every paragraph of word/document.xml, in order, ignoring empty
paragraphs (docxtemplater leaves one where a row loop ends in its own paragraph, docket
removes it) and runs of spaces. Exits 1 and shows the first differences if the text differs.

    python3 bench/compare_text.py bench/work/docket-40.docx bench/work/dxt-40.docx
"""
import difflib
import re
import sys
import zipfile


def paragraphs(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    out = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        text = " ".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)).split())
        if text:
            out.append(text)
    return out


def main():
    a, b = paragraphs(sys.argv[1]), paragraphs(sys.argv[2])
    if a == b:
        print(f"same text: {len(a):,} non-empty paragraphs")
        return
    diff = list(difflib.unified_diff(a, b, sys.argv[1], sys.argv[2], lineterm="", n=1))
    print("\n".join(diff[:40]))
    sys.exit(1)


if __name__ == "__main__":
    main()
