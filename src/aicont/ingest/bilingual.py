"""Bilingual inputs: XLIFF 1.2 and 2.x, and TMX 1.4 — both language versions in one file, the segments
already paired, so the alignment is given rather than computed.

The XML is parsed with the standard library's expat through defusedxml (the files come from
outside: entity expansion and external references are refused), keeping the line of every
element, so each report's line numbers are lines of the XLIFF or TMX file.

Segments: in XLIFF 1.2 a `<trans-unit>`'s `<source>` and `<target>`, or its sentence segments
(`<seg-source>` / `<target>` `<mrk mtype="seg" mid>` pairs) when it has them; in XLIFF 2.x each
`<segment>` of a `<unit>`; in TMX each `<tu>`, with the two languages chosen by `--left-lang` /
`--right-lang` (default: the header's source language, then the first other one). Inline codes
never reach the text: the native code inside `<ph>`, `<bpt>`, `<ept>`, `<it>` and `<ut>` is
dropped, placeholders (`<x/>`, `<bx/>`, `<ex/>`, `<sc/>`, `<ec/>`) are nothing, and the text inside
`<g>`, `<pc>`, `<mrk>` and `<hi>` is kept. A segment with text on one side only is a one-sided bead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from aicont.errors import InputError
from aicont.ingest.structured import TextBuilder, language_tag, raw_document
from aicont.model import BlockKind, Paragraph, RawDocument

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DROPPED = frozenset({"ph", "bpt", "ept", "it", "ut", "sub"})  # native code (and sub-flows inside it)


@dataclass(frozen=True, slots=True)
class Bilingual:
    """Both language versions of a bilingual file, and the pairs of their paragraph positions
    (None on the side that has nothing) in file order: the given alignment."""

    left: RawDocument
    right: RawDocument
    pairs: tuple[tuple[int | None, int | None], ...]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _LineBuilder(TreeBuilder):
    """A tree builder that remembers the line each element starts on."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.parser = None

    def start(self, tag, attrs):  # noqa: ANN001, ANN201
        el = super().start(tag, attrs)
        self.lines[id(el)] = self.parser.parser.CurrentLineNumber
        return el


def parse_xml(path: Path, data: bytes) -> tuple[Element, dict[int, int]]:
    """(root, line of each element by id) of an untrusted XML file; InputError when it is not XML."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except ParseError as exc:
        raise InputError(f"{path}: not well-formed XML ({exc})") from None
    except DefusedXmlException as exc:
        raise InputError(f"{path}: refused: the XML declares entities or external references ({type(exc).__name__})") from None
    # (the caller keeps the tree, so every element stays alive and keeps its id)
    return root, builder.lines


class _Segments:
    """Collects the two sides' paragraphs and the pairs between them."""

    def __init__(self, lines: dict[int, int]) -> None:
        self.lines = lines
        self.left: list[Paragraph] = []
        self.right: list[Paragraph] = []
        self.pairs: list[tuple[int | None, int | None]] = []

    def text(self, el: Element | None) -> Paragraph | None:
        if el is None:
            return None
        from aicont.normalize.lines import clean_characters

        builder = TextBuilder(self.lines.get(id(el), 1))
        self._inline(el, builder)
        # (a segment of invisible characters only is no segment: segmentation would drop it)
        return builder.paragraph(BlockKind.PARAGRAPH) if clean_characters(builder.text).strip() else None

    def _inline(self, el: Element, builder: TextBuilder) -> None:
        builder.at(self.lines.get(id(el)))
        builder.add(el.text or "", count_lines=True)
        for child in el:
            name = _local(child.tag)
            if name == "cp":  # XLIFF 2: a character XML cannot hold, by its code point
                try:
                    builder.add(chr(int(child.get("hex", ""), 16)))
                except ValueError:
                    pass
            elif name not in _DROPPED:
                self._inline(child, builder)
            builder.add(child.tail or "", count_lines=True)

    def pair(self, source: Element | None, target: Element | None) -> None:
        left, right = self.text(source), self.text(target)
        if left is None and right is None:
            return
        i = j = None
        if left is not None:
            i = len(self.left)
            self.left.append(left)
        if right is not None:
            j = len(self.right)
            self.right.append(right)
        self.pairs.append((i, j))

    def result(self, path: Path, data: bytes, source: str, langs: tuple[str | None, str | None], notices: tuple[str, ...] = ()) -> Bilingual:
        if not self.left and not self.right:
            raise InputError(f"{path}: no segment with text")
        if not self.left or not self.right:
            side = "source" if not self.left else "target"
            raise InputError(f"{path}: every {side} segment is empty; nothing to compare")
        return Bilingual(
            raw_document(str(path), data, source=source, paragraphs=self.left, lang=langs[0], notices=notices),
            raw_document(str(path), data, source=source, paragraphs=self.right, lang=langs[1]),
            tuple(self.pairs),
        )


# --------------------------------------------------------------------------- XLIFF


def read_xliff(path: Path, data: bytes, *, left_lang: str | None = None, right_lang: str | None = None) -> Bilingual:
    root, lines = parse_xml(path, data)
    if _local(root.tag) != "xliff":
        raise InputError(f"{path}: the root element is <{_local(root.tag)}>, not <xliff>")
    segments = _Segments(lines)
    if root.get("version", "").startswith("2"):
        langs = (root.get("srcLang"), root.get("trgLang"))
        for unit in root.iter():
            if _local(unit.tag) == "unit":
                for seg in unit:
                    if _local(seg.tag) == "segment":
                        segments.pair(_child(seg, "source"), _child(seg, "target"))
    else:
        files = [f for f in root.iter() if _local(f.tag) == "file"]
        langs = (files[0].get("source-language"), files[0].get("target-language")) if files else (None, None)
        for unit in root.iter():
            if _local(unit.tag) == "trans-unit":
                _trans_unit(unit, segments)
    return segments.result(path, data, "xliff", (left_lang or language_tag(langs[0]), right_lang or language_tag(langs[1])))


def _child(el: Element, name: str) -> Element | None:
    return next((c for c in el if _local(c.tag) == name), None)


def _trans_unit(unit: Element, segments: _Segments) -> None:
    source, target = _child(unit, "source"), _child(unit, "target")
    seg_source = _child(unit, "seg-source")
    marks = _seg_marks(seg_source) if seg_source is not None else {}
    if not marks:
        segments.pair(source, target)
        return
    target_marks = _seg_marks(target) if target is not None else {}
    for mid, mark in marks.items():
        segments.pair(mark, target_marks.get(mid))


def _seg_marks(el: Element) -> dict[str, Element]:
    return {m.get("mid", ""): m for m in el.iter() if _local(m.tag) == "mrk" and m.get("mtype") == "seg"}


# --------------------------------------------------------------------------- TMX


def read_tmx(path: Path, data: bytes, *, left_lang: str | None = None, right_lang: str | None = None) -> Bilingual:
    root, lines = parse_xml(path, data)
    if _local(root.tag) != "tmx":
        raise InputError(f"{path}: the root element is <{_local(root.tag)}>, not <tmx>")
    header = _child(root, "header")
    units = [tu for tu in root.iter() if _local(tu.tag) == "tu"]
    found: list[str] = []
    for tu in units:
        for tuv in tu:
            code = language_tag(_tuv_lang(tuv)) if _local(tuv.tag) == "tuv" else None
            if code and code not in found:
                found.append(code)
    src = language_tag(header.get("srclang")) if header is not None else None
    left = left_lang or (src if src in found else (found[0] if found else None))
    right = right_lang or next((c for c in found if c != left), None)
    if left not in found or right not in found or left == right:
        raise InputError(f"{path}: the TMX holds the languages {', '.join(found) or 'none'}; "
                         "choose two with --left-lang and --right-lang")
    notices = ()
    if len(found) > 2:
        notices = (f"{path}: the TMX holds {', '.join(found)}; compared {left} with {right} "
                   "(choose with --left-lang/--right-lang)",)
    segments = _Segments(lines)
    for tu in units:
        segs = {language_tag(_tuv_lang(tuv)): _child(tuv, "seg") for tuv in tu if _local(tuv.tag) == "tuv"}
        segments.pair(segs.get(left), segs.get(right))
    return segments.result(path, data, "tmx", (left, right), notices)


def _tuv_lang(tuv: Element) -> str | None:
    return tuv.get(_XML_LANG) or tuv.get("lang")
