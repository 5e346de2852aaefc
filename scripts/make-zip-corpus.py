#!/usr/bin/python3
"""Writes the zip layout corpus into fixtures/zip/: legal-*.docx and hostile-*.docx.

Usage: /usr/bin/python3 scripts/make-zip-corpus.py   (from the repository root)

legal-*.docx are well-formed packages laid out in ways Word, LibreOffice and Python's
zipfile accept although libzip's strict mode refused them (bytes between entries, data
descriptors, differing extra fields and timestamps, comments, stored and deflated entries
mixed, zip64 extra fields in a small archive, entries out of order, bytes after the end
record).
Each is a one-paragraph DOCX whose text names its layout, e.g. "Legal package: gaps".

hostile-*.docx are refused by docket with exit status 4: entries whose data overlap (the
densest zip bombs), an entry running into the directory, and local headers, end records or
extra fields that let two programs read two different documents from one file.

Uses only the standard library; the output is deterministic (fixed timestamps).
"""
import importlib.util
import os
import struct
import zlib

OUT = os.path.join("fixtures", "zip")
DOS_TIME, DOS_DATE = 0, (1 << 5) | 1  # 1980-01-01 00:00

# The minimal package's parts, shared with make-hostile-zips.py.
_spec = importlib.util.spec_from_file_location("hostile", os.path.join(os.path.dirname(__file__), "make-hostile-zips.py"))
_hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_hostile)
CONTENT_TYPES, RELS, W = _hostile.CONTENT_TYPES.encode(), _hostile.RELS.encode(), _hostile.W


def document(text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
            '<w:sectPr/></w:body></w:document>').encode()


class Entry:
    """One entry and how to lay it out. Fields left alone give a plain deflated entry."""

    def __init__(self, name, data, method=8):
        self.name = name.encode() if isinstance(name, str) else name
        self.data = data
        self.method = method
        self.descriptor = None        # None, "signed" or "unsigned"
        self.zip64 = None             # "local": sizes in a zip64 extra field of the local header
                                      # (as Python's force_zip64 writes); "all": in the directory too
        self.local_extra = b""
        self.central_extra = b""
        self.comment = b""
        self.local_time = DOS_TIME    # the local header's time may differ from the directory's
        self.local_version = 20
        self.central_version = 20
        self.gap_before = b""         # bytes written before its local header
        self.raw = None               # compressed bytes to write in place of deflating
        self.patch_local = None       # function(bytearray header) for hostile local headers
        self.compressed_size = None   # to claim another compressed size in the directory
        self.central_name = None      # to give the directory another name
        self.offset = None            # set when written; may be forced to point elsewhere

    def compressed(self):
        if self.raw is not None:
            return self.raw
        if self.method == 0:
            return self.data
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(self.data) + c.flush()


def zip64_extra(*values):
    return struct.pack("<HH", 1, 8 * len(values)) + b"".join(struct.pack("<Q", v) for v in values)


def local_header(e, comp):
    flags = 0x08 if e.descriptor else 0
    crc, csize, usize = zlib.crc32(e.data), len(comp), len(e.data)
    extra = e.local_extra
    if e.descriptor:
        crc = csize = usize = 0
    if e.zip64:
        extra = zip64_extra(usize, csize) + extra
        csize = usize = 0xFFFFFFFF
    h = bytearray(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", e.local_version, flags, e.method, e.local_time,
                              DOS_DATE, crc, csize, usize, len(e.name), len(extra)))
    if e.patch_local:
        e.patch_local(h)
    return bytes(h) + e.name + extra


def data_descriptor(e, comp):
    sig = b"PK\x07\x08" if e.descriptor == "signed" else b""
    fmt = "<IQQ" if e.zip64 else "<III"
    return sig + struct.pack(fmt, zlib.crc32(e.data), len(comp), len(e.data))


def central_record(e, comp):
    flags = 0x08 if e.descriptor else 0
    csize = e.compressed_size if e.compressed_size is not None else len(comp)
    usize, offset, extra = len(e.data), e.offset, e.central_extra
    if e.zip64 == "all":
        extra = zip64_extra(usize, csize, offset) + extra
        csize = usize = offset = 0xFFFFFFFF
    name = e.central_name or e.name
    return struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, e.central_version, flags, e.method, DOS_TIME,
                       DOS_DATE, zlib.crc32(e.data), csize, usize, len(name), len(extra), len(e.comment), 0, 0, 0,
                       offset) + name + extra + e.comment


def package(entries, order=None, comment=b"", zip64_end=False, trailing=b"", count=None, before_end=b""):
    """Writes entries in list order; the directory lists them in `order` (indices)."""
    out = bytearray()
    for e in entries:
        out += e.gap_before
        comp = e.compressed()
        if e.offset is None:
            e.offset = len(out)
            out += local_header(e, comp) + comp
            if e.descriptor:
                out += data_descriptor(e, comp)
    cd_offset = len(out)
    for i in (order if order is not None else range(len(entries))):
        out += central_record(entries[i], entries[i].compressed())
    cd_size = len(out) - cd_offset
    out += before_end
    n = len(entries) if count is None else count
    if zip64_end:
        end64 = len(out)
        out += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, n, n, cd_size, cd_offset)
        out += struct.pack("<4sIQI", b"PK\x06\x07", 0, end64, 1)
        out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, len(comment))
    else:
        out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, n, n, cd_size, cd_offset, len(comment))
    return bytes(out + comment + trailing)


def docx(text, **changes):
    """The three entries of a minimal DOCX whose paragraph says `text`."""
    entries = [Entry("[Content_Types].xml", CONTENT_TYPES), Entry("_rels/.rels", RELS),
               Entry("word/document.xml", document(text))]
    for e in entries:
        for k, v in changes.items():
            setattr(e, k, v)
    return entries


def legal():
    c = {}
    es = docx("Legal package: gaps between entries")
    es[1].gap_before = b"\0" * 64
    es[2].gap_before = b"padding " * 16
    c["gaps"] = package(es)
    c["data-descriptors"] = package(docx("Legal package: data descriptors", descriptor="signed"))
    c["data-descriptors-unsigned"] = package(docx("Legal package: data descriptors without signature",
                                                  descriptor="unsigned"))
    es = docx("Legal package: extra fields")
    for e in es:  # an extended timestamp in the local header, an alignment field in the directory
        e.local_extra = struct.pack("<HHBI", 0x5455, 5, 1, 0)
        e.central_extra = struct.pack("<HH", 0xD935, 6) + b"\0" * 6
    c["extra-fields"] = package(es)
    es = docx("Legal package: comments")
    es[2].comment = b"the main document part"
    c["comments"] = package(es, comment=b"A package comment, as some archivers add.")
    es = docx("Legal package: stored and deflated")
    es[0].method = 0
    es += [Entry("word/media/", b"", method=0), Entry("docProps/notes.txt", b"stored " * 40, method=0)]
    c["stored-and-deflated"] = package(es)
    c["zip64"] = package(docx("Legal package: zip64", zip64="local"))
    c["zip64-descriptors"] = package(docx("Legal package: zip64 with data descriptors", zip64="local",
                                          descriptor="signed"))
    es = docx("Legal package: entries out of order")
    c["out-of-order"] = package([es[2], es[0], es[1]], order=[1, 2, 0])
    es = docx("Legal package: local headers that differ in harmless fields")
    for e in es:  # libzip's strict mode compared the time and version needed
        e.local_time, e.local_version, e.central_version = 0x6000, 45, 20
    c["local-header-fields"] = package(es)
    c["bytes-after-end"] = package(docx("Legal package: bytes after the end record"), trailing=b"\r\n")
    return c


def quoting(kernel_entry, kernel_bytes, name):
    """An entry whose deflate stream starts with a stored block quoting `kernel_bytes` (the
    local header of the next entry) and then continues with that entry's own compressed data:
    one compressed kernel read twice, as overlapping-entry zip bombs are built."""
    quoted = kernel_bytes
    stored = struct.pack("<BHH", 0, len(quoted), len(quoted) ^ 0xFFFF) + quoted
    e = Entry(name, quoted + kernel_entry.data)
    e.raw = stored + kernel_entry.compressed()
    return e


def overlapping():
    es = docx("Hostile package: overlapping entries")
    kernel = es[2]
    header = local_header(kernel, kernel.compressed())
    outer = quoting(kernel, header, "word/media/kernel.bin")
    # Lay out [outer's local header][stored block header][kernel's header][kernel's data]: the
    # kernel's local header lies inside the outer entry's data.
    pre = package(es[:2])
    pre = pre[:pre.index(b"PK\x01\x02")]
    outer.offset = len(pre)
    outer_header = local_header(outer, outer.raw)
    kernel.offset = outer.offset + len(outer_header) + 5
    body = pre + outer_header + outer.raw
    cd = b"".join(central_record(e, e.compressed()) for e in es + [outer])
    n = len(es) + 1
    return body + cd + struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, n, n, len(cd), len(body), 0)


def hostile():
    c = {"overlapping-entries": overlapping()}
    es = docx("Hostile package: an entry that runs into the directory")
    claimed = len(es[2].compressed()) + 40  # in both headers, so only the layout gives it away
    es[2].compressed_size = claimed
    es[2].patch_local = lambda h: struct.pack_into("<I", h, 18, claimed)
    c["entry-overlaps-directory"] = package(es)
    es = docx("Hostile package: local name")
    es[2].central_name = b"word/document.xml"
    es[2].name = b"word/documenX.xml"
    c["local-name-differs"] = package(es)
    es = docx("Hostile package: local sizes")
    es[2].patch_local = lambda h: struct.pack_into("<I", h, 22, 7)
    c["local-sizes-differ"] = package(es)
    es = docx("Hostile package: local method")
    es[2].patch_local = lambda h: struct.pack_into("<H", h, 8, 0)
    c["local-method-differs"] = package(es)
    es = docx("Hostile package: descriptor", descriptor="signed")
    es[2].data = document("Hostile package: descriptor")
    c["descriptor-differs"] = bytearray(package(es))
    at = c["descriptor-differs"].index(b"PK\x07\x08", c["descriptor-differs"].index(b"word/document.xml"))
    c["descriptor-differs"][at + 4] ^= 0xFF  # its CRC
    c["descriptor-differs"] = bytes(c["descriptor-differs"])
    # Two end records, each pointing at a directory: Python's zipfile reads the last, libzip
    # the first, so each sees another document.
    first = package(docx("Hostile package: the first document"))
    second = docx("Hostile package: the second document")
    for e in second:
        e.gap_before = b""
    end_at = first.rindex(b"PK\x05\x06")
    body = bytearray(first[:end_at])
    for e in second:
        e.offset = len(body)
        body += local_header(e, e.compressed()) + e.compressed()
    cd_at = len(body)
    for e in second:
        body += central_record(e, e.compressed())
    end2 = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 3, 3, len(body) - cd_at, cd_at, 22)
    c["two-end-records"] = bytes(body) + end2 + first[end_at:]
    es = docx("Hostile package: hidden entry")
    hidden = Entry("word/document.xml", document("Hostile package: the hidden document"))
    es[2].gap_before = local_header(hidden, hidden.compressed()) + hidden.compressed()
    c["hidden-entry"] = package(es)
    c["directory-count-differs"] = package(docx("Hostile package: count") +
                                           [Entry("word/extra.xml", b"<x/>")], count=3)
    es = docx("Hostile package: second name")
    es[2].central_extra = struct.pack("<HHBI", 0x7075, 5 + len(b"word/evil.xml"), 1,
                                      zlib.crc32(b"word/document.xml")) + b"word/evil.xml"
    c["unicode-path-differs"] = package(es)
    data = bytearray(package(docx("Hostile package: zip64 disagrees", zip64="all"), zip64_end=True))
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 2, 2)  # the 32-bit record counts two entries, zip64 three
    c["zip64-end-differs"] = bytes(data)
    c["bytes-before-end-record"] = package(docx("Hostile package: bytes before the end record"),
                                           before_end=b"\0" * 16)
    return c


def main():
    os.makedirs(OUT, exist_ok=True)
    # Legal, and read by docket and Python's zipfile, but LibreOffice 7.4 opens no package with
    # zip64 directory records: kept apart from the legal-* corpus, which LibreOffice must open.
    with open(os.path.join(OUT, "zip64-records.docx"), "wb") as f:
        f.write(package(docx("A package with zip64 records", zip64="all"), zip64_end=True))
    for prefix, made in (("legal", legal()), ("hostile", hostile())):
        for name, data in made.items():
            with open(os.path.join(OUT, f"{prefix}-{name}.docx"), "wb") as f:
                f.write(data)


if __name__ == "__main__":
    main()
