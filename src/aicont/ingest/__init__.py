"""Reading inputs: `load(path)` chooses the reader by the file's content (magic bytes) and suffix.

A file that starts with "%PDF-" (within its first KiB, as PDF readers allow) is read as a PDF,
whatever its name; a ".pdf" file that is not one is refused. A ZIP package holding
word/document.xml is a Word .docx, one of mimetype OpenDocument text an .odt; HTML (by its suffix or its opening tags) is read as HTML; an
XML file whose root is <xliff> or <tmx> is a bilingual file (both language versions at once,
`load_bilingual`). Everything else is read as text (.txt, .md, no suffix ...): text.py refuses
binary data, naming the formats aicont reads.
"""

from __future__ import annotations

import re
from pathlib import Path

from aicont.errors import InputError
from aicont.model import RawDocument

# The formats aicont reads, as every refusal names them.
READ = ".txt, .pdf, .docx, .odt, .html, .xlf/.xliff and .tmx"
# Formats people try that aicont does not read: named in the error so the fix is obvious.
_CONVERT = {
    ".doc": "Word 97-2003 (.doc)", ".rtf": "RTF", ".xlsx": "Excel", ".xls": "Excel",
    ".pptx": "PowerPoint", ".epub": "EPUB", ".zip": "ZIP", ".docx": "Word",
}
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_XLIFF_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")
BILINGUAL = ("xliff", "tmx")


def load(path: Path | str) -> RawDocument:
    """Read one language version (.txt, .pdf, .docx, .odt, .html; of an XLIFF or TMX file, its source
    side) into pages of lines, keeping line numbers and pages."""
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if b"%PDF-" in data[:1024] or suffix == ".pdf":
        from aicont.ingest.pdf import read_pdf

        return read_pdf(path, data)
    kind = _structured_kind(data, suffix)
    if kind == "docx":
        from aicont.ingest.docx import read_docx

        return read_docx(path, data)
    if kind == "odt":
        from aicont.ingest.odt import read_odt

        return read_odt(path, data)
    if kind == "html":
        from aicont.ingest.html import read_html

        return read_html(path, data)
    if kind in BILINGUAL:
        return load_bilingual(path, data=data).left
    if suffix in _CONVERT and not _looks_like_text(data):
        raise InputError(f"{path}: {_CONVERT[suffix]} format; aicont reads {READ} (save it as one of those)")
    from aicont.ingest.text import read_text

    return read_text(path, data)


def load_bilingual(path: Path | str, *, left_lang: str | None = None, right_lang: str | None = None, data: bytes | None = None):  # noqa: ANN201
    """Read an XLIFF or TMX file: both language versions and the segments that pair them
    (a `Bilingual`). `left_lang`/`right_lang` choose the languages of a TMX holding more than two."""
    path = Path(path)
    if data is None:
        data = _read_bytes(path)
    kind = _structured_kind(data, path.suffix.lower())
    if kind == "xliff":
        from aicont.ingest.bilingual import read_xliff

        return read_xliff(path, data, left_lang=left_lang, right_lang=right_lang)
    if kind == "tmx":
        from aicont.ingest.bilingual import read_tmx

        return read_tmx(path, data, left_lang=left_lang, right_lang=right_lang)
    raise InputError(f"{path}: not a bilingual file (XLIFF .xlf/.xliff or TMX .tmx); give two language versions")


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not data:
        raise InputError(f"{path}: the file is empty")
    return data


_XML_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(xliff|tmx)\b")


def _structured_kind(data: bytes, suffix: str) -> str | None:
    """"docx", "html", "xliff", "tmx" or None (text, or a format aicont does not read)."""
    if data.startswith(b"PK\x03\x04"):
        return _package_kind(data) or {".docx": "docx", ".odt": "odt"}.get(suffix)
    head = _head_text(data)
    root = _XML_ROOT.search(head)
    if root and head.lstrip().startswith(b"<"):
        return root.group(1).decode()
    if suffix in _XLIFF_SUFFIXES:
        return "xliff"
    if suffix == ".tmx":
        return "tmx"
    lowered = head[:2048].lower()
    if suffix in _HTML_SUFFIXES or (lowered.lstrip().startswith(b"<") and (b"<!doctype html" in lowered or b"<html" in lowered)):
        return "html"
    return None


def _head_text(data: bytes) -> bytes:
    """The first 4 KiB as ASCII-compatible bytes (UTF-16 files decoded), for sniffing tags."""
    head = data[:4096]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(enc, errors="ignore").encode("ascii", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def _package_kind(data: bytes) -> str | None:
    """"docx" for a Word package, "odt" for an OpenDocument text, else None."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = package.namelist()
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and package.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text":
                return "odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" not in head and not head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"{\\rtf"))
