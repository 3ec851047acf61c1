"""Reading inputs: `load(path)` chooses the reader by the file's suffix (and magic bytes)."""

from __future__ import annotations

from pathlib import Path

from aicont.errors import InputError
from aicont.model import RawDocument


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
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        from aicont.ingest.pdf import read_pdf

        return read_pdf(path, data)
    from aicont.ingest.text import read_text

    return read_text(path, data)
