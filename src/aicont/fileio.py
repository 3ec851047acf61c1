"""Writing output files atomically: a report file is either complete or not there at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from aicont.errors import InputError


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write `text` (UTF-8, LF line ends; or bytes as they are, e.g. a spreadsheet) to `path` via a
    temporary file and a rename."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"cannot write {path}: folder {directory} does not exist")
    if isinstance(text, str):
        text = (text if text.endswith("\n") or not text else text + "\n").encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
