"""The pipeline: ingest → normalise → segment → extract → align → check → report. Never prints."""

from __future__ import annotations

from pathlib import Path

from aicont.model import Document


def load_document(path: Path | str, *, side: str = "left", lang: str | None = None) -> Document:
    """Read one language version and turn it into a Document of sections and blocks."""
    from aicont.ingest import load

    raw = load(Path(path))
    if lang is None:
        from aicont.lang.detect import detect_document_language

        lang = detect_document_language(raw)
    from aicont.segment import build_document

    return build_document(raw, side=side, lang=lang)
