"""OpenDocument text (.odt) inputs: headings, paragraphs, lists, tables, text boxes and footnotes, each a
declared paragraph (see paragraphs.py), read from the package's content.xml.

No ODF library is used: odfpy, the one there is, has had no release since 2020 and parses with
an unprotected SAX parser, while content.xml states everything needed plainly. The package is
opened with zipfile and its XML parsed with defusedxml (entities and external references refused).

**Locators** are paragraph numbers, as for Word: paragraph N is the N-th `text:p`/`text:h` of the
body in reading order (table cells and text boxes included), the footnotes' paragraphs counted on
after the body; `aicont lines FILE.odt` prints them. Kinds: `text:h` is a heading of its outline
level, numbered as the document's outline style numbers it ("1.2"); the "Title" and "Subtitle"
styles make the title; a `text:list-item` is a list item, with its number when its list style
numbers it ("1.", "a)"); tables as in Word (one cell: a box; markers in the first column: a list);
a footnote keeps the number its citation shows. Tracked deletions, annotations and generated
indexes (a table of contents) are not text.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from aicont.errors import InputError
from aicont.ingest.structured import MAX_BOX_PARAGRAPHS, TextBuilder, merged, raw_document
from aicont.model import BlockKind, Paragraph, RawDocument

_NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _LIST, _ITEM, _HEADER = _q("text:p"), _q("text:h"), _q("text:list"), _q("text:list-item"), _q("text:list-header")
_TABLE, _ROW, _CELL = _q("table:table"), _q("table:table-row"), _q("table:table-cell")
_NOTE, _NOTE_BODY, _CITATION = _q("text:note"), _q("text:note-body"), _q("text:note-citation")
_S, _TAB, _BREAK, _TEXT_BOX = _q("text:s"), _q("text:tab"), _q("text:line-break"), _q("draw:text-box")
_STYLE_NAME, _LEVEL, _STYLE_LEVEL = _q("text:style-name"), _q("text:outline-level"), _q("text:level")
# Containers whose paragraphs are read in order; what is never text.
_FLOW = {_q("text:section"), _q("table:table-header-rows"), _q("table:table-rows"), _q("table:table-row-group"),
         _q("text:soft-page-break"), _q("office:text")}
_SKIP = {_q("office:annotation"), _q("text:tracked-changes"), _q("text:table-of-content"), _q("text:alphabetical-index"),
         _q("text:illustration-index"), _q("text:sequence-decls"), _q("text:deletion"), _q("office:forms")}


def _marker(text: str) -> bool:
    from aicont.ingest.docx import _MARKER

    return bool(_MARKER.match(text))


def read_odt(path: Path, data: bytes) -> RawDocument:
    """Read an .odt file into declared paragraphs (see the module docstring for the locators)."""
    from aicont.ingest.bilingual import parse_xml

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            content = package.read("content.xml")
            styles = package.read("styles.xml") if "styles.xml" in package.namelist() else b""
    except (zipfile.BadZipFile, KeyError) as exc:
        raise InputError(f"{path}: not a readable OpenDocument .odt file ({exc})") from None
    root, _ = parse_xml(path, content)
    style_root = parse_xml(path, styles)[0] if styles else None
    body = root.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise InputError(f"{path}: not an OpenDocument text (no office:text)")
    reader = _Reader(_Styles.of(root, style_root))
    reader.container(body)
    reader.emit_notes()
    return raw_document(str(path), data, source="odt", paragraphs=reader.out, unit="paragraph")


@dataclass(slots=True)
class _Styles:
    parents: dict[str, str]  # paragraph style -> its parent (automatic styles derive from named ones)
    display: dict[str, str]  # paragraph style -> display name (lower case)
    lists: dict[str, dict[int, tuple[str, str, str]]]  # list style -> level -> (format, prefix, suffix)
    outline: dict[int, tuple[str, int]]  # outline level -> (format, levels shown)

    @classmethod
    def of(cls, *roots: Element | None) -> _Styles:
        parents, display, lists, outline = {}, {}, {}, {}
        for root in roots:
            if root is None:
                continue
            for st in root.iter(_q("style:style")):
                name = st.get(_q("style:name"), "")
                display[name] = (st.get(_q("style:display-name")) or name).lower()
                if st.get(_q("style:parent-style-name")):
                    parents[name] = st.get(_q("style:parent-style-name"))
            for ls in root.iter(_q("text:list-style")):
                levels = {}
                for lv in ls:
                    level = int(lv.get(_STYLE_LEVEL, "1"))
                    if lv.tag == _q("text:list-level-style-number"):
                        levels[level] = (lv.get(_q("style:num-format"), "1"), lv.get(_q("style:num-prefix"), ""),
                                         lv.get(_q("style:num-suffix"), ""))
                    else:
                        levels[level] = ("bullet", "", "")
                lists[ls.get(_q("style:name"), "")] = levels
            for os_ in root.iter(_q("text:outline-style")):
                for lv in os_:
                    fmt = lv.get(_q("style:num-format"), "")
                    outline[int(lv.get(_STYLE_LEVEL, "1"))] = (fmt, int(lv.get(_q("text:display-levels"), "1")))
        return cls(parents, display, lists, outline)

    def names(self, style: str | None) -> list[str]:
        out = []
        while style and len(out) < 20:
            out.append(self.display.get(style, style.lower()))
            style = self.parents.get(style)
        return out


def _format(n: int, fmt: str) -> str:
    from aicont.ingest.docx import _letters, _roman

    if fmt in ("a", "A"):
        return _letters(n).upper() if fmt == "A" else _letters(n)
    if fmt in ("i", "I"):
        return _roman(n).upper() if fmt == "I" else _roman(n)
    return str(n) if fmt else ""


@dataclass(slots=True)
class _Reader:
    styles: _Styles
    out: list[Paragraph] = field(default_factory=list)
    notes: list[tuple[str, Element]] = field(default_factory=list)
    count: int = 0
    outline: list[int] = field(default_factory=lambda: [0] * 10)

    def container(self, el: Element, list_style: str | None = None, depth: int = 0) -> None:
        for child in el:
            if child.tag in (_P, _H):
                self.paragraph(child)
            elif child.tag == _LIST:
                self.items(child, child.get(_STYLE_NAME) or list_style, depth + 1)
            elif child.tag == _TABLE:
                self.table(child)
            elif child.tag in _FLOW:
                self.container(child, list_style, depth)

    def _text(self, p: Element) -> tuple[TextBuilder, list[Element]]:
        self.count += 1
        builder = TextBuilder(self.count)
        boxes: list[Element] = []
        self._walk(p, builder, boxes)
        return builder, boxes

    def _walk(self, el: Element, builder: TextBuilder, boxes: list[Element]) -> None:
        builder.add(el.text or "")
        for child in el:
            tag = child.tag
            if tag == _S:
                builder.add(" ")
            elif tag in (_TAB, _BREAK):
                builder.add(" ")
            elif tag == _NOTE:
                citation = child.find(_CITATION)
                number = "".join(citation.itertext()).strip() if citation is not None else str(len(self.notes) + 1)
                if number.isdigit():
                    builder.ref(int(number))
                self.notes.append((number, child))
            elif tag == _TEXT_BOX:
                boxes.append(child)
            elif tag not in _SKIP:
                self._walk(child, builder, boxes)
            builder.add(child.tail or "")

    def paragraph(self, p: Element, label: str = "", kind: BlockKind | None = None) -> None:
        builder, boxes = self._text(p)
        names = self.styles.names(p.get(_STYLE_NAME))
        level, number = 0, None
        if p.tag == _H:
            kind, level = BlockKind.HEADING, int(p.get(_LEVEL, "1"))
            number = self._outline_number(level)
        elif any(n in ("title", "subtitle") for n in names):
            kind = BlockKind.TITLE
        if label:
            builder.prefix(label)
        self.out.append(builder.paragraph(kind or BlockKind.PARAGRAPH, level=level, number=number))
        for box in boxes:
            start = len(self.out)
            self.container(box)
            self._merge(start, BlockKind.BOX)

    def _outline_number(self, level: int) -> str | None:
        fmt, shown = self.styles.outline.get(level, ("", 1))
        self.outline[level - 1] += 1
        for deeper in range(level, len(self.outline)):
            self.outline[deeper] = 0
        if fmt != "1":
            return None
        parts = [str(max(1, n)) for n in self.outline[max(0, level - shown):level]]
        return ".".join(parts)

    def items(self, lst: Element, style: str | None, depth: int) -> None:
        fmt, prefix, suffix = self.styles.lists.get(style or "", {}).get(depth, ("bullet", "", ""))
        n = 0
        for item in lst:
            if item.tag not in (_ITEM, _HEADER):
                continue
            n += 1
            label = "•" if fmt == "bullet" else f"{prefix}{_format(n, fmt)}{suffix}"
            first = True
            for child in item:
                if child.tag in (_P, _H) and first:
                    self.paragraph(child, label if item.tag == _ITEM else "", BlockKind.LIST_ITEM)
                    first = False
                elif child.tag == _LIST:
                    self.items(child, child.get(_STYLE_NAME) or style, depth + 1)
                elif child.tag in (_P, _H):
                    self.paragraph(child)
                elif child.tag == _TABLE:
                    self.table(child)

    def _merge(self, start: int, kind: BlockKind, sep: str = " ") -> None:
        one = merged(self.out[start:], kind, sep)
        del self.out[start:]
        if one is not None:
            self.out.append(one)

    def table(self, table: Element) -> None:
        rows = [[c for c in row if c.tag == _CELL] for row in table.iter(_ROW)]
        rows = [r for r in rows if r]
        cells = [c for r in rows for c in r]
        if len(cells) == 1 and len(list(cells[0].iter(_P))) <= MAX_BOX_PARAGRAPHS:
            start = len(self.out)
            self.container(cells[0])
            self._merge(start, BlockKind.BOX)
            return
        if rows and all(len(r) == 2 for r in rows) and all(_marker(" ".join("".join(r[0].itertext()).split())) for r in rows):
            for row in rows:
                start = len(self.out)
                for cell in row:
                    self.container(cell)
                self._merge(start, BlockKind.LIST_ITEM)
            return
        start = len(self.out)
        lines: list[Paragraph] = []
        for row in rows:
            row_start = len(self.out)
            for cell in row:
                cell_start = len(self.out)
                self.container(cell)
                self._merge(cell_start, BlockKind.TABLE)
            self._merge(row_start, BlockKind.TABLE, " | ")
            lines.extend(self.out[row_start:])
        del self.out[start:]
        one = merged(lines, BlockKind.TABLE, "\n")
        if one is not None:
            self.out.append(one)

    def emit_notes(self) -> None:
        from dataclasses import replace

        for number, note in self.notes:
            body = note.find(_NOTE_BODY)
            if body is None:
                continue
            start = len(self.out)
            self.container(body)
            self._merge(start, BlockKind.FOOTNOTE)
            if len(self.out) > start:
                self.out[-1] = replace(self.out[-1], number=number if re.fullmatch(r"\d+", number) else None)
