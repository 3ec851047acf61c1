"""Reading inputs: `load(path)` chooses the reader by the file's content (magic bytes) and suffix.

A file that starts with "%PDF-" (within its first KiB, as PDF readers allow) is read as a PDF,
whatever its name; a ".pdf" file that is not one is refused. Everything else is read as text
(.txt, .md, no suffix ...): text.py refuses binary data, naming the formats aicont reads.
"""

from __future__ import annotations

from pathlib import Path

from aicont.errors import InputError
from aicont.model import RawDocument

# Formats people try that are not text: named in the error so the fix is obvious.
_CONVERT = {
    ".docx": "Word", ".doc": "Word", ".odt": "OpenDocument", ".rtf": "RTF", ".xlsx": "Excel",
    ".pptx": "PowerPoint", ".epub": "EPUB", ".zip": "ZIP",
}


def load(path: Path | str) -> RawDocument:
    """Read a .txt or .pdf language version into pages of lines, keeping line numbers and pages."""
    path = Path(path)
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
    suffix = path.suffix.lower()
    if b"%PDF-" in data[:1024] or suffix == ".pdf":
        from aicont.ingest.pdf import read_pdf

        return read_pdf(path, data)
    if suffix in _CONVERT and not _looks_like_text(data):
        raise InputError(
            f"{path}: {_CONVERT[suffix]} format; aicont reads .txt and .pdf (save it as PDF or plain text)"
        )
    from aicont.ingest.text import read_text

    return read_text(path, data)


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" not in head and not head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"{\\rtf"))
