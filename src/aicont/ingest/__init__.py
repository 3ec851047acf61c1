"""Reading inputs: `load(path)` chooses the reader by the file's content (magic bytes) and suffix.

A file that starts with "%PDF-" (within its first KiB, as PDF readers allow) is read as a PDF,
whatever its name; a ".pdf" file that is not one is refused. A ZIP package holding
word/document.xml is a Word .docx, one of mimetype OpenDocument text an .odt; HTML (by its suffix or its opening tags) is read as HTML; an
XML file whose root is <xliff> or <tmx> is a bilingual file (both language versions at once,
`load_bilingual`). Everything else is read as text (.txt, .md, no suffix ...): text.py refuses
binary data, naming the formats aicont reads.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from aicont.errors import InputError, LimitError
from aicont.model import Limits, RawDocument

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


def load(path: Path | str, limits: Limits = Limits(), lang: str | None = None) -> RawDocument:
    """Read one language version (.txt, .pdf, .docx, .odt, .html; of an XLIFF or TMX file, its source
    side) into pages of lines, keeping line numbers and pages. Within `limits` (see read_input and
    ingest.pdfbounds); `lang`, the declared or named language, decides a text's legacy code page."""
    path = Path(path)
    data = read_input(path, limits)
    suffix = path.suffix.lower()
    if b"%PDF-" in data[:1024] or suffix == ".pdf":
        from aicont.ingest.pdf import read_pdf

        return read_pdf(path, data, limits)
    kind = _structured_kind(data, suffix)
    if kind == "docx":
        from aicont.ingest.docx import read_docx

        return _guarded(read_docx, path, data)
    if kind == "odt":
        from aicont.ingest.odt import read_odt

        return _guarded(read_odt, path, data)
    if kind == "html":
        from aicont.ingest.html import read_html

        return _guarded(read_html, path, data)
    if kind in BILINGUAL:
        return load_bilingual(path, data=data).left
    if suffix in _CONVERT and not _looks_like_text(data):
        raise InputError(f"{path}: {_CONVERT[suffix]} format; aicont reads {READ} (save it as one of those)")
    from aicont.ingest.text import read_text

    return read_text(path, data, lang)


def load_bilingual(
    path: Path | str,
    *,
    left_lang: str | None = None,
    right_lang: str | None = None,
    data: bytes | None = None,
    limits: Limits = Limits(),
):  # noqa: ANN201
    """Read an XLIFF or TMX file: both language versions and the segments that pair them
    (a `Bilingual`). `left_lang`/`right_lang` choose the languages of a TMX holding more than two."""
    path = Path(path)
    if data is None:
        data = read_input(path, limits)
    kind = _structured_kind(data, path.suffix.lower())
    if kind == "xliff":
        from aicont.ingest.bilingual import read_xliff

        return _guarded(read_xliff, path, data, left_lang=left_lang, right_lang=right_lang)
    if kind == "tmx":
        from aicont.ingest.bilingual import read_tmx

        return _guarded(read_tmx, path, data, left_lang=left_lang, right_lang=right_lang)
    raise InputError(f"{path}: not a bilingual file (XLIFF .xlf/.xliff or TMX .tmx); give two language versions")


def _guarded(read, path: Path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
    """A structured reader's result: markup nested deeper than the readers' recursion allows (a
    hostile or broken file) is bad input, not a crash."""
    try:
        return read(path, *args, **kwargs)
    except RecursionError:
        raise InputError(f"{path}: elements nested too deeply to read") from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _open_regular(path: Path) -> int:
    """A descriptor of `path` opened for reading without blocking, or InputError when it is not a
    regular file (a FIFO with no writer would block the open itself)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a folder, not a file")
        raise InputError(f"{path}: {_kind(mode)}, not a file; aicont reads regular files only")
    return fd


def read_input(path: Path, limits: Limits = Limits()) -> bytes:
    """The bytes of a regular file of at most `limits.max_size_mb`.

    Anything else is refused before a byte is read: a pipe or a device would block or never end
    (a FIFO with no writer, /dev/zero). The file is opened without blocking and checked by its
    descriptor, so it cannot be swapped for a pipe between the check and the read; it is read up
    to the limit only, so a file that grows meanwhile cannot exhaust memory.
    """
    fd = _open_regular(path)
    st = os.fstat(fd)
    with os.fdopen(fd, "rb") as fh:
        limit = int(limits.max_size_mb * (1 << 20))
        if st.st_size > limit:
            raise _too_big(path, st.st_size, limits)
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise _too_big(path, len(data), limits)
    if not data:
        raise InputError(f"{path}: the file is empty")
    return data


def _too_big(path: Path, size: int, limits: Limits) -> LimitError:
    return LimitError(
        f"{path}: {size / (1 << 20):.1f} MB, over the {limits.max_size_mb:g} MB limit for an input "
        "(raise it with --max-size or limits.max_size_mb in the config)"
    )


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
