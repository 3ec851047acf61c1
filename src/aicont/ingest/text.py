"""Plain-text inputs: decode (UTF-8 with or without BOM, UTF-16, legacy 8-bit) and split into lines.

Line numbers are those the user sees in an editor: CRLF, CR and LF all end a line. A form feed
starts a new page; otherwise page breaks are decided later, from evidence, by normalize.pages.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from aicont.errors import InputError
from aicont.model import Line, Page, RawDocument

_LINE_END = re.compile(r"\r\n|\r|\n")


def decode(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, notices)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", ()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", (f"{path}: decoded as UTF-16",)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-16 text despite its byte-order mark") from None
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM: every other byte of ASCII text is NUL.
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        if odd > len(data[:4096]) // 4:
            return _strict(data, "utf-16-le", path), "utf-16-le", (f"{path}: decoded as UTF-16-LE",)
        if even > len(data[:4096]) // 4:
            return _strict(data, "utf-16-be", path), "utf-16-be", (f"{path}: decoded as UTF-16-BE",)
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    # Legacy 8-bit: Windows-1252 is a superset of ISO-8859-1's printable range and is what
    # Western European documents in the wild use. Bytes 0x81/0x8D/0x8F/0x90/0x9D are undefined
    # there; then ISO-8859-1 decodes everything.
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, enc, (f"{path}: not UTF-8; decoded as {enc}",)
    raise InputError(f"{path}: cannot decode the text")  # pragma: no cover - latin-1 decodes all


def _strict(data: bytes, enc: str, path: Path) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid {enc} text") from None


def read_text(path: Path, data: bytes) -> RawDocument:
    text, encoding, notices = decode(data, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    parts = _LINE_END.split(text)
    if parts and parts[-1] == "":
        parts.pop()  # a final line end does not start another line
    pages: list[Page] = []
    current: list[Line] = []
    page_no = 1
    for number, raw_line in enumerate(parts, start=1):
        while "\f" in raw_line:
            before, raw_line = raw_line.split("\f", 1)
            if before.strip():
                current.append(Line(number=number, text=before, page=page_no))
            pages.append(Page(number=page_no, lines=tuple(current)))
            current, page_no = [], page_no + 1
        current.append(Line(number=number, text=raw_line, page=page_no))
    pages.append(Page(number=page_no, lines=tuple(current)))
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise InputError(f"{path}: the file has no text")
    return RawDocument(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        source="text",
        pages=tuple(pages),
        encoding=encoding,
        notices=notices,
    )
