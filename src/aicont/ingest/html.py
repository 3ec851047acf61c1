"""HTML and XHTML inputs, notably EUR-Lex pages of acts and COM documents, read with lxml's HTML
parser: titles, headings, articles, numbered paragraphs, lists, tables and footnotes, each a
declared paragraph (see paragraphs.py), with no markup in any text.

**Locators.** Every report's line numbers are lines of the HTML source: a paragraph starts on the
line of its element, and a value inside a paragraph that spans several source lines points to the
line it stands on. A page written on one line has all its text on line 1.

**What is text.** The page's document area when it has one (EUR-Lex's `#document1`, `#docHtml`,
`#TexteOnly`; a `<main>` or a single `<article>`), else the body, without scripts, styles, forms,
navigation and hidden elements. Entities are decoded by the parser; a `<br>` is a space, two in a
row end a paragraph.

**Kinds.** `<h1>`..`<h6>` are headings; so are the classes EUR-Lex and Word-exported pages give
them (`ti-art`, `ti-section-1`, `ManualHeading1`, `Heading2`, ...); `doc-ti`, `Titreobjet` and
the like are the document's title. `<li>` is a list item (with its number for `<ol>`); a table
is a table block, except the layout tables EUR-Lex sets points in (two columns, a marker such as
"(1)", "(a)" or "—" in the first): each row is a list item "(a) text".

**Footnotes.** A link to an anchor in the page whose text is a note marker ("1", "(1)", "[1]",
"*") is a footnote reference when its target is a note: the target links back, or stands in an
element whose class says note/footnote. The reference is kept as a reference (not as a digit in
the text); the note becomes a footnote block with the marker's number. A `<sup>` holding only a
note's number is a reference too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from aicont.errors import InputError
from aicont.ingest.structured import MAX_BOX_PARAGRAPHS, TextBuilder, language_tag, merged, raw_document
from aicont.model import BlockKind, Paragraph, RawDocument

_SKIP_TAGS = frozenset(
    "head script style noscript template nav form button select option textarea iframe object embed svg "
    "math canvas audio video map area input label".split()
)
_BLOCK_TAGS = frozenset(
    "p div section article aside main header footer blockquote pre address center figure figcaption "
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table caption thead tbody tfoot tr td th hr body html fieldset "
    "legend details summary".split()
)
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
# Ids of the document area of EUR-Lex and similar pages (the rest of the page is the site's).
_DOCUMENT_IDS = ("document1", "docHtml", "TexteOnly", "textTabContent")
# Class names (lower case) that say what a paragraph is. EUR-Lex: doc-ti (document title), ti-art
# (Article 5), sti-art (its title), ti-section-1/2 (chapter), ti-grseq-1 (numbered heading);
# Word-exported pages: Heading1, ManualHeading2, Titreobjet_cp (title), FootnoteText.
_TITLE_CLASS = re.compile(r"^(?:oj-)?doc-ti$|^title$|^titre|^typedudocument|^objet|^msotitle$|^msosubtitle$")
# Word's "Save as HTML" list paragraphs, and list styles of Word-exported EU pages.
_LIST_CLASS = re.compile(r"^msolistparagraph|^listbullet|^listnumber|^bullet\d*$|^point\d*$|^tiret\d*$")
_HEADING_CLASS = re.compile(r"^(?:oj-)?(?:s?ti-art|ti-section-\d|ti-grseq-\d)$|^(?:manual)?heading(\d?)$|^h(\d)$")
_NOTE_CLASS = re.compile(r"^(?:oj-)?note$|^(?:foot|end)note(?:text)?$|^footnote")
# A span whose text is a number set apart by layout ("<span class='num'>1.1.</span>Title").
_SPACED_CLASS = re.compile(r"^(?:oj-)?num$")
_NOTE_MARK = re.compile(r"^[(\[]?(\d{1,3}|[*†‡§]{1,3})[)\]]?$")
# A table's first cell that is only a list marker: "(1)", "(a)", "1.", "a)", "(iv)", "—", "•".
_MARKER = re.compile(r"^(?:\(?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)]|\(\d{1,3}\)|\([a-z]{1,2}\)|[—–\-•▪●◦])$")
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(path: Path, data: bytes) -> RawDocument:
    """Read an HTML page into declared paragraphs whose locators are lines of the HTML source."""
    from lxml import etree
    from lxml import html as lxml_html

    text, encoding, notices = _decode(data, path)
    # lxml refuses a str with an XML declaration: blank it out, keeping the line count
    text = _XML_DECL.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text, count=1)
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{path}: not readable as HTML ({exc})") from None
    # libxml2 stops reading at 256 nested elements: say so rather than read a truncated page
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise InputError(f"{path}: elements nested too deeply to read (more than 256 levels)")
    area = _document_area(root)
    reader = _Reader(_notes(root), _holding_blocks(root))
    reader.flow(area)
    reader.emit_notes()
    # the page's language: on <html>, else on <body> (Word's "Save as HTML"), else on the document area
    declared = (el.get("lang") or el.get("{http://www.w3.org/XML/1998/namespace}lang") for el in (root, root.find("body"), area)
                if el is not None)
    lang = language_tag(next((d for d in declared if d), None))
    return raw_document(str(path), data, source="html", paragraphs=reader.out, lang=lang, encoding=encoding,
                        notices=notices)


def _decode(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """The page's text: in the charset it declares when that decodes it, else as text.py decodes."""
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name), name, ()
        except (LookupError, UnicodeDecodeError):
            pass
    from aicont.ingest.text import decode

    return decode(data, path)


def _classes(el) -> list[str]:  # noqa: ANN001
    return (el.get("class") or "").lower().split()


def _hidden(el) -> bool:  # noqa: ANN001
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or "display:none" in style or el.get("aria-hidden") == "true"


def _document_area(root):  # noqa: ANN001, ANN202
    for ident in _DOCUMENT_IDS:
        found = root.xpath(f"//*[@id='{ident}']")
        if found:
            return found[0]
    for tag in ("main", "article"):
        found = root.xpath(f"//{tag}")
        if len(found) == 1:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


def _tag(el) -> str:  # noqa: ANN001
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


# --------------------------------------------------------------------------- footnotes


@dataclass(slots=True)
class _Notes:
    refs: dict = field(default_factory=dict)  # reference element -> note number
    blocks: dict = field(default_factory=dict)  # note element (skipped in the flow) -> number
    texts: dict = field(default_factory=dict)  # note element -> the element holding its text
    marks: set = field(default_factory=set)  # marker elements inside notes (not text)
    numbers: set = field(default_factory=set)


def _number(mark: str, fallback: int) -> int:
    m = _NOTE_MARK.match(mark)
    return int(m.group(1)) if m and m.group(1).isdigit() else fallback


def _block_of(el):  # noqa: ANN001, ANN202
    while el is not None and _tag(el) not in _BLOCK_TAGS - {"span"}:
        el = el.getparent()
    return el


def _is_note_class(el) -> bool:  # noqa: ANN001
    while el is not None:
        if any(_NOTE_CLASS.match(c) for c in _classes(el)) or re.search(r"(?i)foot_?notes?|endnotes?", el.get("id") or ""):
            return True
        el = el.getparent()
    return False


def _notes(root) -> _Notes:  # noqa: ANN001
    notes = _Notes()
    anchors = {}
    order = {}
    for k, el in enumerate(root.iter()):
        order[el] = k
        for attr in ("id", "name"):
            if isinstance(el.tag, str) and el.get(attr):
                anchors.setdefault(el.get(attr), el)
    for a in root.iter("a"):
        href = a.get("href") or ""
        mark = " ".join(a.text_content().split())
        if not href.startswith("#") or not _NOTE_MARK.match(mark) or href[1:] not in anchors:
            continue
        target = anchors[href[1:]]
        if order[target] < order[a]:
            continue  # a note's link back to its reference (notes follow the text that refers to them)
        block = _block_of(target)
        if block is None or block is _block_of(a):
            continue
        text_el = block
        if _tag(block) == "dt":
            nxt = block.getnext()
            text_el = nxt if nxt is not None and _tag(nxt) == "dd" else block
        own = {a.get("id"), a.get("name")} - {None}
        links_back = any((b.get("href") or "")[1:] in own for b in block.iter("a"))
        if not (links_back or _is_note_class(block)):
            continue
        number = _number(mark, len(notes.numbers) + 1)
        notes.refs[a] = number
        if block not in notes.blocks:
            notes.blocks[block] = number
            notes.texts[block] = text_el
            notes.numbers.add(number)
            if text_el is not block:
                notes.blocks[text_el] = number
            notes.marks.update(b for b in block.iter("a") if (b.get("href") or "")[1:] in own or b is target)
    # notes without links: a paragraph of a note class opening with its marker
    for el in root.iter():
        if _tag(el) in ("p", "div", "li", "dd") and el not in notes.blocks and any(_NOTE_CLASS.match(c) for c in _classes(el)):
            m = re.match(r"\s*[(\[]?(\d{1,3})[)\]]?\s", el.text_content())
            if m and int(m.group(1)) not in notes.numbers:
                notes.blocks[el] = notes.texts[el] = el
                notes.numbers.add(int(m.group(1)))
                notes.marks.add(("prefix", el))
    return notes


# --------------------------------------------------------------------------- the flow


def _kind_of(el, default: BlockKind) -> tuple[BlockKind, int]:  # noqa: ANN001
    tag = _tag(el)
    if tag in _HEADING_TAGS:
        return BlockKind.HEADING, _HEADING_TAGS[tag]
    for c in _classes(el):
        if _TITLE_CLASS.match(c):
            return BlockKind.TITLE, 0
        m = _HEADING_CLASS.match(c)
        if m:
            digits = m.group(1) or m.group(2)
            return BlockKind.HEADING, int(digits) if digits else 2
    if any(_LIST_CLASS.match(c) for c in _classes(el)):
        return BlockKind.LIST_ITEM, 0
    return default, 0


def _holding_blocks(root) -> set:  # noqa: ANN001
    """Elements that hold a block element somewhere inside: an unknown or inline tag wrapping
    paragraphs (EUR-Lex's <TXT_TE>, a <span> around <p>s) is read as a block, not as one run."""
    holding: set = set()
    for el in root.iter():
        if _tag(el) in _BLOCK_TAGS:
            parent = el.getparent()
            while parent is not None and parent not in holding:
                holding.add(parent)
                parent = parent.getparent()
    return holding


@dataclass(slots=True)
class _Reader:
    notes: _Notes
    holding: set = field(default_factory=set)
    out: list[Paragraph] = field(default_factory=list)
    note_out: list[tuple[int, Paragraph]] = field(default_factory=list)

    def flow(self, el, kind: BlockKind = BlockKind.PARAGRAPH) -> None:  # noqa: ANN001
        """The paragraphs of a block element: its inline runs, and its block children in turn."""
        builder = self._builder(el)
        own_kind, level = _kind_of(el, kind)
        if el.text:
            builder.add(el.text, count_lines=True)
        breaks = 0
        for child in el:
            tag = _tag(child)
            if not tag or tag in _SKIP_TAGS or _hidden(child) or (child in self.notes.blocks):
                if child in self.notes.texts:
                    self._note(child)
                builder.add(child.tail or "", count_lines=True)
                continue
            if tag == "br":
                breaks += 1
                if breaks >= 2:
                    self._flush(builder, own_kind, level)
                    builder = self._builder(child, after=True)
                else:
                    builder.add(" ")
                builder.add(child.tail or "", count_lines=True)
                if (child.tail or "").strip():
                    breaks = 0
                continue
            if tag in _BLOCK_TAGS or child in self.holding:
                self._flush(builder, own_kind, level)
                self.block(child, tag, kind)
                builder = self._builder(child, after=True)
                builder.add(child.tail or "", count_lines=True)
                breaks = 0
                continue
            breaks = 0
            self.inline(child, builder)
            builder.add(child.tail or "", count_lines=True)
        self._flush(builder, own_kind, level)

    @staticmethod
    def _builder(el, after: bool = False) -> TextBuilder:  # noqa: ANN001
        line = el.sourceline or 1
        if after:
            # text after a block element's end: its line is not known, the next element's will be
            line = max(line, max((d.sourceline or line) for d in el.iter()))
        return TextBuilder(line)

    def _flush(self, builder: TextBuilder, kind: BlockKind, level: int) -> None:
        if builder.text:
            self.out.append(builder.paragraph(kind, level=level))

    def block(self, el, tag: str, kind: BlockKind) -> None:  # noqa: ANN001
        if tag == "table":
            self.table(el)
        elif tag in ("ul", "ol"):
            self.items(el, tag)
        elif tag == "li":
            self.flow(el, BlockKind.LIST_ITEM)
        elif tag == "hr":
            return
        else:
            self.flow(el, kind if tag in ("div", "section", "article", "blockquote", "main", "body") else BlockKind.PARAGRAPH)

    def inline(self, el, builder: TextBuilder) -> None:  # noqa: ANN001
        builder.at(el.sourceline)
        if el in self.notes.refs:
            builder.ref(self.notes.refs[el])
            return
        if el in self.notes.marks:
            return
        text = " ".join(el.text_content().split())
        if _tag(el) == "sup" and _NOTE_MARK.match(text) and text.strip("()[]").isdigit() and int(text.strip("()[]")) in self.notes.numbers:
            builder.ref(int(text.strip("()[]")))
            return
        if el.text:
            builder.add(el.text, count_lines=True)
        for child in el:
            tag = _tag(child)
            if tag and tag not in _SKIP_TAGS and not _hidden(child):
                if tag == "br":
                    builder.add(" ")
                else:
                    self.inline(child, builder)
            builder.add(child.tail or "", count_lines=True)
        if any(_SPACED_CLASS.match(c) for c in _classes(el)):
            builder.add(" ")

    def items(self, lst, tag: str) -> None:  # noqa: ANN001
        number = int(lst.get("start", "1")) if (lst.get("start") or "").isdigit() else 1
        style = lst.get("type", "1")
        for li in lst:
            if _tag(li) != "li" or _hidden(li):
                continue
            start = len(self.out)
            self.flow(li, BlockKind.LIST_ITEM)
            if len(self.out) > start and self.out[start].kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
                label = "•" if tag == "ul" else _ol_label(number, style) + "."
                self.out[start] = _prefixed(self.out[start], label, BlockKind.LIST_ITEM)
            number += 1

    def table(self, tbl) -> None:  # noqa: ANN001
        rows = [tr for tr in tbl.iter("tr") if _nearest_table(tr) is tbl]
        cells = [[c for c in tr if _tag(c) in ("td", "th")] for tr in rows]
        nested = any(_nearest_table(t) is not tbl for c in (x for r in cells for x in r) for t in c.iter("table"))
        if cells and all(len(r) == 2 for r in cells) and all(_MARKER.match(" ".join(r[0].text_content().split())) for r in cells):
            for marker, body in cells:
                start = len(self.out)
                self.flow(body)
                if len(self.out) > start:
                    self.out[start] = _prefixed(self.out[start], " ".join(marker.text_content().split()), BlockKind.LIST_ITEM)
            return
        if not nested and sum(len(r) for r in cells) == 1:
            start = len(self.out)
            self.flow(cells[0][0])
            if len(self.out) - start <= MAX_BOX_PARAGRAPHS:
                box = merged(self.out[start:], BlockKind.BOX)
                del self.out[start:]
                if box is not None:
                    self.out.append(box)
            return
        if nested or not cells:
            for row in cells:
                for cell in row:
                    self.flow(cell)
            return
        self._data_table(tbl, cells, rows)

    def _data_table(self, tbl, cells: list, rows: list) -> None:  # noqa: ANN001
        lines: list[tuple[str, int]] = []
        refs: list[int] = []
        for tr, row in zip(rows, cells):
            texts = []
            for cell in row:
                builder = TextBuilder(cell.sourceline or 1)
                self.inline(cell, builder)
                refs.extend(r for r in builder.refs if r not in refs)
                if builder.text:
                    texts.append(builder.text)
            if texts:
                lines.append((" | ".join(texts), tr.sourceline or 1))
        caption = tbl.find("caption")
        if caption is not None:
            self.flow(caption)
        rows_read = [Paragraph(BlockKind.TABLE, t, line, line) for t, line in lines]
        table = merged(rows_read, BlockKind.TABLE, sep="\n")
        if table is not None:
            self.out.append(replace(table, refs=tuple(refs)))

    def _note(self, el) -> None:  # noqa: ANN001
        number = self.notes.blocks[el]
        text_el = self.notes.texts[el]
        builder = TextBuilder(text_el.sourceline or 1)
        self.inline(text_el, builder)
        text = builder.text
        if ("prefix", el) in self.notes.marks:
            text = re.sub(r"^[(\[]?\d{1,3}[)\]]?\s*", "", text)
        if text:
            p = builder.paragraph(BlockKind.FOOTNOTE, number=str(number))
            self.note_out.append((number, replace(p, text=text, line=el.sourceline or p.line, refs=())))

    def emit_notes(self) -> None:
        self.out.extend(p for _, p in self.note_out)


def _nearest_table(el):  # noqa: ANN001, ANN202
    el = el.getparent()
    while el is not None and _tag(el) != "table":
        el = el.getparent()
    return el


def _ol_label(n: int, style: str) -> str:
    if style in ("a", "A"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if style == "A" else s
    if style in ("i", "I"):
        from aicont.ingest.docx import _roman

        s = _roman(n)
        return s.upper() if style == "I" else s
    return str(n)


def _prefixed(p: Paragraph, label: str, kind: BlockKind | None = None) -> Paragraph:
    shift = len(label) + 1
    return replace(
        p, kind=kind or p.kind, text=f"{label} {p.text}", offsets=tuple((o + shift, line) for o, line in p.offsets)
    )
