"""Hostile PDFs, written object by object (fpdf2 would refuse to make them): each one costs a naive
reader unbounded work or recursion. Small to build, so the tests stay fast; the sizes that
reproduce the original reports (36 s, "Fatal Python error", 2.1 GB) are noted per builder.
"""

from __future__ import annotations

import zlib

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _assemble(objects: list[bytes], root: int) -> bytes:
    """A PDF file of `objects` (numbered from 1) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _stream(data: bytes, *, compress: bool = False, extra: bytes = b"") -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def pages_pdf(contents: list[bytes], *, compress: bool = False) -> bytes:
    """One page per content stream, Helvetica as /F1."""
    objects: list[bytes] = [b"", b"", _FONT]  # 1 catalog, 2 page tree, 3 font
    kids = []
    for content in contents:
        objects.append(_stream(content, compress=compress))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % len(objects)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(objects, 1)


def text_line(text: str, x: float = 72, y: float = 700, size: float = 11) -> bytes:
    return b"BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (size, x, y, text.encode("latin-1"))


def overlapping_lines_pdf(count: int = 1000) -> bytes:
    """`count` text lines printed on top of each other (1,000 took pdfminer's grouping 36 s)."""
    content = b"".join(text_line(f"Overlapping line {i}", y=700 - (i % 3)) for i in range(count))
    return pages_pdf([content], compress=True)


def inflating_pdf(megabytes: int) -> bytes:
    """One page whose content stream inflates to `megabytes` MB of spaces (1,000 MB from a 1 MB
    file used 2.1 GB of memory)."""
    content = text_line("Hello world") + b" " * (megabytes << 20)
    return pages_pdf([content], compress=True)


def deep_page_tree_pdf(depth: int) -> bytes:
    """A page tree nested `depth` levels deep (3,000 levels: a 297 KB file that exhausted the
    recursion of pdfminer's page walker)."""
    content = text_line("Hello world")
    objects: list[bytes] = [b"", _FONT, _stream(content)]  # 1 catalog, 2 font, 3 content
    first = len(objects) + 1
    for level in range(depth):
        parent = b" /Parent %d 0 R" % (first + level - 1) if level else b""
        objects.append(b"<< /Type /Pages%s /Kids [%d 0 R] /Count 1 >>" % (parent, first + level + 1))
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 2 0 R >> >>"
        b" /Contents 3 0 R >>" % (first + depth - 1)
    )
    objects[0] = b"<< /Type /Catalog /Pages %d 0 R >>" % first
    return _assemble(objects, 1)


def nested_forms_pdf(depth: int) -> bytes:
    """A page that draws form 1, which draws form 2, ... `depth` forms deep."""
    objects: list[bytes] = [b"", b"", _FONT]  # 1 catalog, 2 page tree, 3 font
    first = len(objects) + 1
    for level in range(depth):
        if level + 1 < depth:
            body, resources = b"q /Fx Do Q", b"<< /XObject << /Fx %d 0 R >> >>" % (first + level + 1)
        else:
            body, resources = text_line("Hello world").strip(), b"<< /Font << /F1 3 0 R >> >>"
        objects.append(_stream(body, extra=b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + resources))
    objects.append(_stream(b"q /Fx Do Q"))
    objects.append(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fx %d 0 R >> >>"
        b" /Contents %d 0 R >>" % (first, len(objects))
    )
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % len(objects)
    return _assemble(objects, 1)


def plain_pdf(pages: int = 2, lines: int = 30) -> bytes:
    """An ordinary document: `pages` pages of `lines` numbered sentences."""
    contents = []
    for page in range(pages):
        contents.append(
            b"".join(
                text_line(f"Page {page + 1}, sentence {n + 1} of an ordinary document.", y=780 - 20 * n)
                for n in range(lines)
            )
        )
    return pages_pdf(contents)
