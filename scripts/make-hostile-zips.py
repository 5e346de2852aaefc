#!/usr/bin/env python3
"""Writes fixtures/zip/: one small package per way a .docx can be hostile or broken.

Each file is named for its failure; tests check docket refuses it with the right exit status
and message. Run from the repository root: python3 scripts/make-hostile-zips.py
Uses only the standard library. Output is deterministic (fixed timestamps).
"""
import io
import os
import zipfile

OUT = os.path.join("fixtures", "zip")
STAMP = (1980, 1, 1, 0, 0, 0)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def document(body_text="Hello", prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog +
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{body_text}</w:t></w:r></w:p>'
            '<w:sectPr/></w:body></w:document>')


def package(entries, name):
    """entries: list of (name, bytes-or-str)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for entry_name, data in entries:
            info = zipfile.ZipInfo(entry_name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def minimal(extra=(), doc=None):
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
            ("word/document.xml", doc or document())] + list(extra)


def renamed(data, placeholder, real):
    """Replaces an entry name in local and central headers (same length) so names that
    zipfile would normalise reach the file as they are."""
    assert len(placeholder) == len(real)
    return data.replace(placeholder.encode(), real.encode())


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    write("valid-minimal.docx", package(minimal(), "valid"))
    write("entry-name-dotdot.docx", renamed(
        package(minimal([("word/XX/evil.xml", "<x/>")]), ""), "word/XX/evil.xml", "word/../evil.xml"))
    write("entry-name-absolute.docx", renamed(
        package(minimal([("Xtmp/evil.xml", "<x/>")]), ""), "Xtmp/evil.xml", "/tmp/evil.xml"))
    write("entry-name-backslash.docx", renamed(
        package(minimal([("word/media/evil.png", "x")]), ""), "word/media/evil.png",
        "word\\media\\evil.png"))
    dup = package(minimal([("word/documenX.xml", document("second"))]), "")
    write("entry-name-duplicate.docx", renamed(dup, "word/documenX.xml", "word/document.xml"))
    write("entry-name-duplicate-case.docx", renamed(dup, "word/documenX.xml", "Word/Document.xml"))
    enc = bytearray(package(minimal(), ""))
    i = enc.find(b"PK\x03\x04")
    while i >= 0:  # set the "encrypted" flag on every entry, local and central
        enc[i + 6] |= 1
        i = enc.find(b"PK\x03\x04", i + 4)
    i = enc.find(b"PK\x01\x02")
    while i >= 0:
        enc[i + 8] |= 1
        i = enc.find(b"PK\x01\x02", i + 4)
    write("encrypted-entry.docx", bytes(enc))
    # 300 MiB of zeros: past the part limit, and about 1000:1.
    zeros = b"\0" * (300 << 20)
    write("zip-bomb-ratio.docx", package(minimal([("word/media/bomb.bin", zeros)]), ""))
    valid = package(minimal(), "")
    write("truncated.docx", valid[: len(valid) // 2])
    write("not-a-zip.docx", b"This is a plain text file with a .docx name.\n")
    write("empty.docx", b"")
    xxe = document("&xxe;", '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')
    write("xxe-document.docx", package(minimal(doc=xxe), ""))
    lol = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10)) + "]>\n")
    write("billion-laughs-document.docx", package(minimal(doc=document("&lol9;", lol)), ""))
    write("malformed-document.docx", package(
        minimal(doc=document("unclosed <w:r>")), ""))


if __name__ == "__main__":
    main()
