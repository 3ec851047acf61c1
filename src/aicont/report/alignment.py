"""Renderers of an alignment: side-by-side text, one TSV line per bead, JSON, a TMX 1.4b translation
memory (the paired beads, for CAT tools) and an XLSX sheet for review (every bead).

The TSV format is also the format of the reviewed reference alignments in alignments/: lines
starting with "#" are comments, then a header line, then one bead per line with the block ids of
each side joined by "," (empty for a 1-0 or 0-1 bead). `read_alignment_tsv` reads it back.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from aicont.errors import InputError
from aicont.model import Alignment, Bead, Block, Document

FORMATS = ("text", "tsv", "json", "tmx", "xlsx")
TSV_HEADER = ("left", "right", "score", "left_text", "right_text")
_HEADER_LINE = "\t".join(TSV_HEADER)


def render_alignment(
    alignment: Alignment,
    left: Document,
    right: Document,
    fmt: str = "text",
    weakest: bool = False,
    max_words: int | None = None,
) -> str | bytes:
    """The alignment in `fmt` (text, tsv, json, tmx; xlsx as bytes). `weakest` sorts beads by score, lowest first
    (ties in document order); `max_words` shortens the texts of the TSV to their first words."""
    beads = list(alignment.beads)
    if weakest:
        order = sorted(range(len(beads)), key=lambda k: (beads[k].score, k))
        beads = [beads[k] for k in order]
    if fmt == "text":
        return _text(beads, left, right, alignment)
    if fmt == "tsv":
        return _tsv(beads, left, right, max_words)
    if fmt == "json":
        return _json(beads, left, right, alignment)
    if fmt == "tmx":
        return _tmx(beads, left, right)
    if fmt == "xlsx":
        return _xlsx(beads, left, right)
    raise InputError(f"unknown alignment format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _ids(doc: Document, idx: tuple[int, ...]) -> list[str]:
    return [doc.blocks[i].id for i in idx]


def _joined(doc: Document, idx: tuple[int, ...]) -> str:
    return " ".join(doc.blocks[i].text for i in idx)


def _one_line(text: str, max_words: int | None = None) -> str:
    words = text.split()
    if max_words is not None and len(words) > max_words:
        words = [*words[:max_words], "…"]
    return " ".join(words)


def _quality(alignment: Alignment, left: Document, right: Document) -> float:
    from aicont.align import alignment_quality

    return round(alignment_quality(alignment, left, right), 3)


def _text(beads: list[Bead], left: Document, right: Document, alignment: Alignment) -> str:
    width = 58
    out = [
        f"# {left.path} ↔ {right.path}: {len(alignment.beads)} beads, "
        f"quality {_quality(alignment, left, right):.3f}, "
        + ", ".join(f"{k}={v}" for k, v in alignment.params)
    ]
    for bead in beads:
        lid = ",".join(_ids(left, bead.left)) or "-"
        rid = ",".join(_ids(right, bead.right)) or "-"
        out.append("")
        out.append(f"[{bead.score:.2f}] {bead.type}  {lid}  ↔  {rid}")
        lw = textwrap.wrap(_joined(left, bead.left), width) if bead.left else ["(nothing)"]
        rw = textwrap.wrap(_joined(right, bead.right), width) if bead.right else ["(nothing)"]
        for k in range(max(len(lw), len(rw))):
            a = lw[k] if k < len(lw) else ""
            b = rw[k] if k < len(rw) else ""
            out.append(f"  {a:<{width}} │ {b}".rstrip())
    return "\n".join(out) + "\n"


def _tsv(beads: list[Bead], left: Document, right: Document, max_words: int | None) -> str:
    out = [_HEADER_LINE]
    for bead in beads:
        out.append(
            "\t".join(
                (
                    ",".join(_ids(left, bead.left)),
                    ",".join(_ids(right, bead.right)),
                    f"{bead.score:.2f}",
                    _one_line(_joined(left, bead.left), max_words),
                    _one_line(_joined(right, bead.right), max_words),
                )
            )
        )
    return "\n".join(out) + "\n"


def _block_dict(block: Block) -> dict[str, object]:
    return {
        "id": block.id,
        "kind": str(block.kind),
        "section": block.section,
        "text": block.text,
        "lines": [list(pair) for pair in block.lines],
        "page": block.page,
    }


def _json(beads: list[Bead], left: Document, right: Document, alignment: Alignment) -> str:
    data = {
        "params": {k: v for k, v in alignment.params},
        "quality": _quality(alignment, left, right),
        "beads": [
            {"left": _ids(left, b.left), "right": _ids(right, b.right), "score": b.score} for b in beads
        ],
        "blocks": {
            "left": [_block_dict(b) for b in left.blocks],
            "right": [_block_dict(b) for b in right.blocks],
        },
        # what the blocks' "lines" count on each side: "line", or "paragraph" (Word, ODT)
        "units": {"left": left.unit, "right": right.unit},
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _tmx_lang(doc: Document, side: str) -> str:
    # xml:lang is required; a document of unknown language gets a private-use tag
    return doc.lang or f"x-{side}"


def _tmx(beads: list[Bead], left: Document, right: Document) -> str:
    """TMX 1.4b: one <tu> per bead with text on both sides (a translation memory has no use for
    one-sided units), its score and block ids as properties; no creation date, so it is reproducible."""
    from xml.sax.saxutils import escape, quoteattr

    from aicont import __version__

    def seg(doc: Document, idx: tuple[int, ...]) -> str:
        return escape(_XML_INVALID.sub(" ", _one_line(_joined(doc, idx))))

    src, tgt = _tmx_lang(left, "left"), _tmx_lang(right, "right")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="aicont" creationtoolversion={quoteattr(__version__)} segtype="paragraph" '
        f'o-tmf="aicont" adminlang="en" srclang={quoteattr(src)} datatype="plaintext"/>',
        "  <body>",
    ]
    n = 0
    for bead in beads:
        if not bead.left or not bead.right:
            continue
        n += 1
        out += [
            f'    <tu tuid="{n}">',
            f'      <prop type="x-aicont-score">{bead.score:.2f}</prop>',
            f'      <prop type="x-aicont-left">{escape(",".join(_ids(left, bead.left)))}</prop>',
            f'      <prop type="x-aicont-right">{escape(",".join(_ids(right, bead.right)))}</prop>',
            f"      <tuv xml:lang={quoteattr(src)}><seg>{seg(left, bead.left)}</seg></tuv>",
            f"      <tuv xml:lang={quoteattr(tgt)}><seg>{seg(right, bead.right)}</seg></tuv>",
            "    </tu>",
        ]
    out += ["  </body>", "</tmx>"]
    return "\n".join(out) + "\n"


_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
ALIGNMENT_COLUMNS = ("left", "right", "score", "type", "left_lines", "right_lines", "left_text", "right_text", "status", "comment")


def _lines(doc: Document, idx: tuple[int, ...]) -> str:
    from aicont.report.base import lines_text

    return " ".join(lines_text(doc.blocks[i], doc.unit) for i in idx)


def _xlsx(beads: list[Bead], left: Document, right: Document) -> bytes:
    """Every bead as a row, for a reviewer: ids, score, locations, both texts, status and comment."""
    from aicont.report.xlsx import Sheet, workbook_bytes

    rows = [
        [",".join(_ids(left, b.left)), ",".join(_ids(right, b.right)), f"{b.score:.2f}", b.type,
         _lines(left, b.left), _lines(right, b.right), _joined(left, b.left), _joined(right, b.right), "", ""]
        for b in beads
    ]
    widths = {"left": 16, "right": 16, "left_text": 70, "right_text": 70, "comment": 40}
    sheet = Sheet("alignment", ALIGNMENT_COLUMNS, rows, widths, frozenset({"left_text", "right_text", "comment"}),
                  {"status": ("right", "wrong")})
    return workbook_bytes([sheet])


# --------------------------------------------------------------------------- reference files


@dataclass(frozen=True, slots=True)
class RefBead:
    """One bead of a reference alignment, by block ids."""

    left: tuple[str, ...]
    right: tuple[str, ...]


def read_alignment_tsv(path: Path | str) -> tuple[RefBead, ...]:
    """Read a TSV alignment (comments "#", one header line) into beads of block ids."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read alignment {path}: {exc.strerror}") from None
    beads = []
    header_seen = False
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(cols[:2]) != TSV_HEADER[:2]:
                raise InputError(f"{path}:{n}: expected the header line {_HEADER_LINE!r}")
            continue
        if len(cols) < 2:
            raise InputError(f"{path}:{n}: expected tab-separated left and right block ids")
        lids = tuple(x for x in cols[0].split(",") if x)
        rids = tuple(x for x in cols[1].split(",") if x)
        if not lids and not rids:
            raise InputError(f"{path}:{n}: a bead needs a block on at least one side")
        beads.append(RefBead(lids, rids))
    return tuple(beads)
