"""Word (.docx) inputs, read with python-docx: paragraphs, headings, lists, tables, text boxes and
footnotes, each a declared paragraph (see paragraphs.py).

python-docx opens the package and gives the body, the styles, the numbering definitions and the
footnotes part; the text of a paragraph is read from its runs here, because a reviewer needs what
Word shows: inserted text of tracked changes but not deleted text, automatic numbers of headings
and lists ("1.3", "(a)"), no field codes, and each footnote reference kept as a reference (not
as a digit glued to the word before it).

**Locators.** A Word file has no lines, so the line numbers of every report count *paragraphs*:
paragraph N is the N-th paragraph of the body in reading order (empty ones, table cells and text
boxes included), and the footnotes' paragraphs are counted on after the body. `aicont lines
FILE.docx` prints each paragraph with its number. Pages follow Word's last rendered page breaks
(or the explicit ones, when the file was never laid out).

Kinds: a style named "Heading N" (or with an outline level) is a heading of level N, "Title" and
"Subtitle" the document title, a paragraph with numbering or a "List ..." style a list item. A
table is a table block; a table of one cell is a box; a table of two columns whose first cells are
list markers ("(1)", "(a)", "—") is a list, one item per row.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from aicont.errors import InputError
from aicont.ingest.structured import MAX_BOX_PARAGRAPHS, TextBuilder, merged, raw_document
from aicont.model import BlockKind, Paragraph, RawDocument

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT = _q("p"), _q("tbl"), _q("tr"), _q("tc"), _q("sdt"), _q("sdtContent")
_T, _TAB, _BR, _CR, _NBH, _SYM = _q("t"), _q("tab"), _q("br"), _q("cr"), _q("noBreakHyphen"), _q("sym")
_FOOTREF, _RENDERED_BREAK, _TXBX = _q("footnoteReference"), _q("lastRenderedPageBreak"), _q("txbxContent")
_VAL, _ID, _TYPE, _R = _q("val"), _q("id"), _q("type"), _q("r")
# Never text a reader sees: deleted or moved-away text, field codes, the duplicate fallback of
# alternate content, properties, and the footnote's own number mark inside a footnote.
_SKIP = {
    _q("del"), _q("moveFrom"), _q("instrText"), _q("delText"), _q("rPr"), _q("pPr"), _q("footnoteRef"),
    _q("endnoteReference"), _q("commentReference"), f"{{{_MC}}}Fallback",
}
# Symbol-font and private-use bullet glyphs: shown as a plain bullet.
_BULLET = "•"
# A table's first cell that is only a list marker: "(1)", "(a)", "1.", "a)", "(iv)", "—", "•".
_MARKER = re.compile(r"^(?:\(?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)]|\(\d{1,3}\)|\([a-z]{1,2}\)|[—–\-•▪●◦o])$")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
# Style names (lower case) that say what a paragraph is: Word's built-in names (stored in English
# whatever the user's language) and those of the Commission's templates (ManualHeading1,
# "Titre objet", "Type du document", Point 0, Tiret 0).
_HEADING_STYLE = re.compile(r"(?:manual ?)?heading ?(\d)")
_TITLE_STYLE = re.compile(r"title|subtitle|titre ?objet|type ?du ?document")
_LIST_STYLE = re.compile(r"list|point ?\d|tiret ?\d|bullet")


def read_docx(path: Path, data: bytes) -> RawDocument:
    """Read a .docx file into declared paragraphs (see the module docstring for the locators)."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise InputError(f"{path}: not a readable Word .docx file ({exc})") from None
    reader = _Reader(_styles(document), _Numbering.of(document))
    body = document.element.body
    reader.rendered = body.find(f".//{_RENDERED_BREAK}") is not None
    reader.container(body)
    reader.footnotes(_footnotes_root(document))
    return raw_document(str(path), data, source="docx", paragraphs=reader.out, unit="paragraph")


# --------------------------------------------------------------------------- styles and numbering


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num: tuple[str, int] | None


def _num_pr(ppr) -> tuple[str, int] | None:  # noqa: ANN001 - a w:pPr element or None
    if ppr is None:
        return None
    num = ppr.find(_q("numPr"))
    if num is None:
        return None
    num_id, ilvl = num.find(_q("numId")), num.find(_q("ilvl"))
    if num_id is None or num_id.get(_VAL) in (None, "0"):
        return None
    return num_id.get(_VAL), int(ilvl.get(_VAL, "0")) if ilvl is not None else 0


def _outline(ppr) -> int | None:  # noqa: ANN001
    el = ppr.find(_q("outlineLvl")) if ppr is not None else None
    if el is None:
        return None
    level = int(el.get(_VAL, "9"))
    return level if level < 9 else None  # 9 is "body text"


def _styles(document) -> dict[str, _Style]:  # noqa: ANN001
    styles: dict[str, _Style] = {}
    for el in document.styles.element.findall(_q("style")):
        sid = el.get(_q("styleId"))
        name = el.find(_q("name"))
        based = el.find(_q("basedOn"))
        ppr = el.find(_q("pPr"))
        styles[sid] = _Style(
            (name.get(_VAL) if name is not None else sid or "").lower(),
            based.get(_VAL) if based is not None else None,
            _outline(ppr),
            _num_pr(ppr),
        )
    return styles


def _style_chain(styles: dict[str, _Style], sid: str | None) -> list[_Style]:
    chain: list[_Style] = []
    while sid and sid in styles and len(chain) < 20:
        chain.append(styles[sid])
        sid = styles[sid].based_on
    return chain


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    # Word's letter numbering: a..z, then aa..zz, aaa..
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass(slots=True)
class _Numbering:
    """Word's automatic numbering: the label of the next paragraph of a list, as Word shows it."""

    levels: dict[str, dict[int, tuple[str, str, int]]]  # abstract id -> ilvl -> (format, text, start)
    nums: dict[str, tuple[str, dict[int, int]]]  # num id -> (abstract id, ilvl -> start override)
    counters: dict[str, list[int]] = field(default_factory=dict)
    restarted: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document) -> _Numbering:  # noqa: ANN001
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return cls({}, {})
        levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        for ab in root.findall(_q("abstractNum")):
            lv: dict[int, tuple[str, str, int]] = {}
            for el in ab.findall(_q("lvl")):
                fmt, text, start = el.find(_q("numFmt")), el.find(_q("lvlText")), el.find(_q("start"))
                lv[int(el.get(_q("ilvl"), "0"))] = (
                    fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                    text.get(_VAL, "") if text is not None else "",
                    int(start.get(_VAL, "1")) if start is not None else 1,
                )
            levels[ab.get(_q("abstractNumId"))] = lv
        nums: dict[str, tuple[str, dict[int, int]]] = {}
        for num in root.findall(_q("num")):
            ab = num.find(_q("abstractNumId"))
            overrides = {}
            for ov in num.findall(_q("lvlOverride")):
                start = ov.find(_q("startOverride"))
                if start is not None:
                    overrides[int(ov.get(_q("ilvl"), "0"))] = int(start.get(_VAL, "1"))
            nums[num.get(_q("numId"))] = (ab.get(_VAL) if ab is not None else "", overrides)
        return cls(levels, nums)

    def label(self, num_id: str, ilvl: int) -> tuple[str, bool]:
        """(label, is_bullet) of the next paragraph numbered by (num_id, ilvl)."""
        abstract, overrides = self.nums.get(num_id, ("", {}))
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return "", False
        counters = self.counters.setdefault(abstract, [0] * 10)
        if num_id not in self.restarted and overrides:
            self.restarted.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1
        fmt, text, start = levels[ilvl]
        counters[ilvl] = max(counters[ilvl], start - 1) + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        if fmt == "bullet":
            return _BULLET, True

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lfmt, _, lstart = levels.get(k, ("decimal", "", 1))
            return _format(max(counters[k], lstart), lfmt)

        return re.sub(r"%(\d)", sub, text).strip(), False


# --------------------------------------------------------------------------- the body


@dataclass(slots=True)
class _Reader:
    styles: dict[str, _Style]
    numbering: _Numbering
    out: list[Paragraph] = field(default_factory=list)
    count: int = 0  # paragraphs seen (the locator of the next one is count + 1)
    page: int = 1
    rendered: bool = False  # page breaks: Word's rendered ones when present, else explicit ones
    notes: dict[str, int] = field(default_factory=dict)  # footnote id -> number shown
    marks: set = field(default_factory=set)  # w:t elements that are custom footnote marks, not text

    def container(self, el) -> None:  # noqa: ANN001 - the body, a cell, a text box or a content control
        for child in el:
            if child.tag == P:
                self.paragraph(child)
            elif child.tag == TBL:
                self.table(child)
            elif child.tag in (SDT, SDT_CONTENT) or child.tag == _q("customXml"):
                self.container(child.find(SDT_CONTENT) if child.tag == SDT else child)

    def _text(self, p) -> tuple[TextBuilder, list]:  # noqa: ANN001
        self.count += 1
        builder = TextBuilder(self.count)
        boxes: list = []
        self._walk(p, builder, boxes)
        return builder, boxes

    def _walk(self, el, builder: TextBuilder, boxes: list) -> None:  # noqa: ANN001
        for child in el:
            tag = child.tag
            if tag == _T:
                if child not in self.marks:
                    builder.add(child.text or "")
            elif tag in (_TAB, _CR):
                builder.add(" ")
            elif tag == _BR:
                if child.get(_TYPE) == "page" and not self.rendered:
                    self.page += 1
                builder.add(" ")
            elif tag == _RENDERED_BREAK:
                if self.rendered:
                    self.page += 1
            elif tag == _NBH:
                builder.add("-")
            elif tag == _SYM:
                builder.add(_symbol(child.get(_q("char"), "")))
            elif tag == _FOOTREF:
                note = child.get(_ID, "")
                self.notes.setdefault(note, len(self.notes) + 1)
                builder.ref(self.notes[note])
                if child.get(_q("customMarkFollows")) in ("1", "true", "on"):
                    self.marks.add(_next_text(child))
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == _R and child.find(f"{_q('rPr')}/{_q('vanish')}") is not None:
                continue  # hidden text: Word does not show it
            elif tag not in _SKIP and isinstance(tag, str):
                self._walk(child, builder, boxes)

    def _kind(self, p) -> tuple[BlockKind, int, tuple[str, int] | None]:  # noqa: ANN001
        ppr = p.find(_q("pPr"))
        sid_el = ppr.find(_q("pStyle")) if ppr is not None else None
        chain = _style_chain(self.styles, sid_el.get(_VAL) if sid_el is not None else "Normal")
        num = _num_pr(ppr) or next((s.num for s in chain if s.num), None)
        outline = _outline(ppr)
        if outline is None:
            outline = next((s.outline for s in chain if s.outline is not None), None)
        heading = next((m for m in (_HEADING_STYLE.fullmatch(st.name) for st in chain) if m), None)
        if heading or outline is not None:
            return BlockKind.HEADING, int(heading.group(1)) if heading else outline + 1, num
        if any(_TITLE_STYLE.fullmatch(st.name) for st in chain):
            return BlockKind.TITLE, 0, num
        if num or any(_LIST_STYLE.match(st.name) for st in chain):
            return BlockKind.LIST_ITEM, 0, num
        return BlockKind.PARAGRAPH, 0, num

    def paragraph(self, p, kind: BlockKind | None = None) -> None:  # noqa: ANN001
        declared, level, num = self._kind(p)
        if p.find(f"{_q('pPr')}/{_q('pageBreakBefore')}") is not None and not self.rendered:
            self.page += 1
        page = self.page
        builder, boxes = self._text(p)
        label, bullet = self.numbering.label(*num) if num else ("", False)
        number = None
        if declared == BlockKind.HEADING and label and _NUMBERED.match(label):
            number = label.rstrip(".")
        elif label:
            builder.prefix(label)
        self.out.append(builder.paragraph(kind or declared, page=page, level=level, number=number))
        for box in boxes:
            self.box(box)

    def box(self, content) -> None:  # noqa: ANN001 - a w:txbxContent: its paragraphs are one box
        start = len(self.out)
        self.container(content)
        self._merge(start, BlockKind.BOX)

    def _merge(self, start: int, kind: BlockKind) -> None:
        """The paragraphs read since `start` as one paragraph of `kind`."""
        one = merged(self.out[start:], kind)
        del self.out[start:]
        if one is not None:
            self.out.append(one)

    def table(self, tbl) -> None:  # noqa: ANN001
        rows = [[tc for tc in tr.findall(TC)] for tr in tbl.findall(TR)]
        cells = [c for row in rows for c in row]
        if len(cells) == 1 and len(cells[0].findall(f".//{P}")) <= MAX_BOX_PARAGRAPHS:
            self.box(cells[0])
            return
        if rows and all(len(r) == 2 for r in rows) and all(_MARKER.match(_plain(r[0])) for r in rows):
            for marker_cell, text_cell in rows:
                start = len(self.out)
                self.container(marker_cell)
                self.container(text_cell)
                self._merge(start, BlockKind.LIST_ITEM)
            return
        start = len(self.out)
        rows_read: list[Paragraph] = []
        for row in rows:
            texts = []
            row_start = len(self.out)
            for cell in row:
                cell_start = len(self.out)
                self.container(cell)
                texts.append(" ".join(p.text for p in self.out[cell_start:] if p.text))
            parts = self.out[row_start:]
            if parts and any(texts):
                refs = tuple(dict.fromkeys(r for p in parts for r in p.refs))
                rows_read.append(Paragraph(BlockKind.TABLE, " | ".join(t for t in texts if t), parts[0].line,
                                           parts[-1].line_end, parts[0].page, refs=refs))
        del self.out[start:]
        table = merged(rows_read, BlockKind.TABLE, sep="\n")
        if table is not None:
            self.out.append(table)

    def footnotes(self, root) -> None:  # noqa: ANN001 - the w:footnotes element or None
        if root is None or not self.notes:
            return
        by_id = {fn.get(_ID): fn for fn in root.findall(_q("footnote")) if fn.get(_TYPE) in (None, "normal")}
        for note, number in sorted(self.notes.items(), key=lambda kv: kv[1]):
            fn = by_id.get(note)
            if fn is None:
                continue
            start = len(self.out)
            self.container(fn)
            self._merge(start, BlockKind.FOOTNOTE)
            if len(self.out) > start:
                self.out[-1] = _with_number(self.out[-1], str(number))


def _with_number(p: Paragraph, number: str) -> Paragraph:
    from dataclasses import replace

    return replace(p, number=number)


def _next_text(ref):  # noqa: ANN001, ANN202 - the w:t after a reference with a custom mark ("*")
    nxt = ref.getnext()
    while nxt is not None and nxt.tag != _T:
        nxt = nxt.getnext()
    return nxt


def _plain(cell) -> str:  # noqa: ANN001
    return " ".join("".join(t.text or "" for t in cell.iter(_T)).split())


def _symbol(code: str) -> str:
    try:
        c = chr(int(code, 16))
    except ValueError:
        return ""
    # Symbol-font characters are stored in the private use area (F0xx): a bullet or a dash
    return _BULLET if 0xE000 <= ord(c) <= 0xF8FF else c


def _footnotes_root(document):  # noqa: ANN001, ANN202 - the w:footnotes element or None
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    try:
        part = document.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        return None
    element = getattr(part, "element", None)
    return element if element is not None else parse_xml(part.blob)
