"""What the structured readers (DOCX, HTML, XLIFF, TMX) share: a RawDocument from declared paragraphs,
and one text-building helper that keeps the file's line of every piece of text.

A structured RawDocument has one `Line` per paragraph, numbered by the paragraph's locator, so
`aicont lines FILE` prints what every report points to.
"""

from __future__ import annotations

import hashlib
import re

from aicont.errors import InputError
from aicont.model import Line, Page, Paragraph, RawDocument

_SPACE = re.compile(r"\s+")


class TextBuilder:
    """Text collected piece by piece with runs of white space collapsed to one space, remembering
    (offset, line) wherever the file's line changes, and the footnote numbers marked in it."""

    def __init__(self, line: int) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.first_line = line
        self.line = line
        self.offsets: list[tuple[int, int]] = []
        self.refs: list[int] = []
        self._space = True  # at the start: leading white space is dropped
        self._after_ref = False  # a footnote reference was just taken out

    def at(self, line: int | None) -> None:
        """The text that follows stands on `line` of the file."""
        if line is not None and line > self.line:
            self.line = line
            self.offsets.append((self.length, line))

    def add(self, text: str, *, count_lines: bool = False) -> None:
        """Append `text`; with `count_lines`, each newline in it moves to the file's next line."""
        if not text:
            return
        pieces = text.split("\n") if count_lines else [text]
        for k, piece in enumerate(pieces):
            if k:
                self.line += 1
                self._append(" ")
                self.offsets.append((self.length, self.line))
            self._append(piece)

    def _append(self, piece: str) -> None:
        piece = _SPACE.sub(" ", piece)
        if piece.startswith(" ") and self._space:
            piece = piece[1:]
        if not piece:
            return
        if self._after_ref and piece[0] in ",.;:)" and self.parts and self.parts[-1].endswith(" "):
            # "Committee (1)," with the marker taken out reads "Committee,"
            self.parts[-1] = self.parts[-1][:-1]
            self.length -= 1
        self._after_ref = False
        self.parts.append(piece)
        self.length += len(piece)
        self._space = piece.endswith(" ")

    def prefix(self, label: str) -> None:
        """Put `label` and a space before the text (a list or heading number the file generates)."""
        shift = len(label) + 1
        self.parts.insert(0, label + " ")
        self.length += shift
        self.offsets = [(o + shift, line) for o, line in self.offsets]

    def ref(self, number: int) -> None:
        if number not in self.refs:
            self.refs.append(number)
        self._after_ref = True

    @property
    def text(self) -> str:
        return "".join(self.parts).rstrip()

    def paragraph(self, kind, *, page: int = 1, level: int = 0, number: str | None = None) -> Paragraph:  # noqa: ANN001
        text = self.text
        offsets = tuple((o, line) for o, line in self.offsets if 0 < o < len(text))
        return Paragraph(
            kind=kind, text=text, line=self.first_line, line_end=max(self.first_line, self.line), page=page,
            level=level, number=number, refs=tuple(self.refs), offsets=offsets,
        )


# A table of one cell holding at most this many paragraphs is a box (a framed example); a bigger
# one is a page laid out in a table, read as the paragraphs it holds.
MAX_BOX_PARAGRAPHS = 10


def merged(parts: list[Paragraph], kind, sep: str = " ") -> Paragraph | None:  # noqa: ANN001 - a BlockKind
    """Several paragraphs as one paragraph of `kind` (a box, a list item of a layout table, a
    footnote of several paragraphs), keeping each one's locator; None when none has text."""
    parts = [p for p in parts if p.text]
    if not parts:
        return None
    text, offsets = "", []
    for p in parts:
        if text:
            text += sep
        base = len(text)
        offsets.append((base, p.line))
        offsets.extend((base + o, line) for o, line in p.offsets)
        text += p.text
    refs = tuple(dict.fromkeys(r for p in parts for r in p.refs))
    return Paragraph(kind, text, parts[0].line, max(p.line_end for p in parts), parts[0].page, refs=refs,
                     offsets=tuple(offsets[1:]))


def raw_document(
    path: str,
    data: bytes,
    *,
    source: str,
    paragraphs: list[Paragraph],
    unit: str = "line",
    lang: str | None = None,
    encoding: str = "utf-8",
    notices: tuple[str, ...] = (),
) -> RawDocument:
    """The RawDocument of a structured input; an input without any text is refused."""
    kept = tuple(p for p in paragraphs if p.text.strip())
    if not kept:
        raise InputError(f"{path}: the file has no text")
    pages: dict[int, list[Line]] = {}
    for p in kept:
        pages.setdefault(p.page, []).append(Line(number=p.line, text=p.text.replace("\n", " / "), page=p.page))
    return RawDocument(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        source=source,
        pages=tuple(Page(number=n, lines=tuple(lines)) for n, lines in sorted(pages.items())),
        encoding=encoding,
        notices=notices,
        paragraphs=kept,
        unit=unit,
        lang=lang,
    )


def language_tag(value: str | None) -> str | None:
    """The language code of a tag a file declares ("da-DK", "EN-GB", "sv"), or None when it
    declares none or something that is no language code."""
    if not value:
        return None
    from aicont.errors import ConfigError
    from aicont.lang.detect import language_code

    try:
        return language_code(value, "the file's language")
    except ConfigError:
        return None
