"""Layout roles of PDF lines: body, footnote, running head, page number or heading, from font size
and position alone (no language knowledge).

`line_roles(raw)` maps each line number of a PDF document to one of `ROLES`. It is the contract
with segmentation, which drops running heads and page numbers, collects footnotes into footnote
blocks and starts a heading block at a heading line. For text input (no layout facts) it returns
an empty dict; the text normalisers decide from the words instead.

The rules, in the order they are applied (a line gets the first role that fits):

1. page-number: at the page's top or bottom edge, the line is only a page number ("3", "- 3 -",
   "Page 3", "3/10", "Side 3 af 10", "iv"), and the number moves with the page: its offset from
   the physical page number is shared by at least one other page (annexes may restart at 1, which
   is just another offset). A single-page document accepts a bare number.
2. running-head: at the top or bottom edge, the same text with digits ignored (near-identical,
   fuzzy ratio >= 90; exact for bold or larger lines, which may be headings such as "ANNEX I" and
   "ANNEX II") in the same style at the same height on several pages (2 in a document of up to 3
   pages, else 3). "Ignored" means the numbers may differ in one place, and only by a number that
   moves with the page: two one-line footnotes "12 OJ L 123, p. 1." and "15 OJ L 456, p. 10." are
   not a running head.
3. footnote: smaller than the body font and below the page's last body-size line, provided that
   small-print region reads as notes (a line starts with a note marker; not a table in columns).
4. heading: larger than the body font, or bold, in a short run of such lines (a heading may wrap;
   a long run is an emphasised paragraph or a cover page, not a heading; a bold run that ends
   with a full stop after more than 12 words is an emphasised sentence).
5. body: everything else, including small text above the last body line (tables, captions).

The body font size is the most common size weighted by characters, rounded to half points.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from aicont.model import Line, RawDocument

ROLES = ("body", "footnote", "running-head", "page-number", "heading")

# A size at least this much below the body size is "smaller" (footnotes are typically 1-3 pt
# smaller; superscripts do not count because a line's size is its dominant size).
_SMALLER = 0.45
# A size at least this much above the body size is "larger" (EU headings are 1-4 pt larger).
_LARGER = 0.9
# Lines on the outermost baselines of a page (this many from the top and from the bottom) can be
# running heads or page numbers; within a baseline, lines closer than _SAME_TOP points share it.
_EDGE_BASELINES = 2
_SAME_TOP = 2.0
# Running heads: same height within this many points, fuzzy ratio of digit-free text at least this.
_HEAD_TOP_TOLERANCE = 4.0
_HEAD_SIMILARITY = 90.0
# Longest run of consecutive larger (or bold) lines that is still a heading, and its longest text.
_MAX_LARGE_RUN = 4
_MAX_BOLD_RUN = 3
_MAX_HEADING_CHARS = 300
_MAX_TITLE_WORDS = 12

_ROMAN = re.compile(r"^(m{0,3})(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?P<word>[^\W\d_]{1,12})(?:\.\s*|\s+))?"
    r"(?P<num>\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})"
    r"(?:\s*(?:/|\||\(|[^\W\d_]{1,4}\.?)\s*(?P<total>\d{1,4})\)?)?[\W_]*$"
)

# How a footnote begins: "1 ...", "12COM(...)" (a glued superscript), "(1) ...", "[1] ...", "a) ...",
# "* ...", "† ...", "¹ ...". A line that is only such a marker is a number set apart from its note.
_NOTE_MARKER = re.compile(r"^\s*(?:\d{1,3}(?!\d)|\(\d{1,3}\)|\[\d{1,3}\]|[a-z]\)|[*†‡§¶#]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_MARKER_ONLY = re.compile(r"^\s*(?:\d{1,3}|\(\d{1,3}\)|\[\d{1,3}\]|[*†‡§¶#]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")


@dataclass(frozen=True, slots=True)
class _Edge:
    line: Line
    zone: str  # "top" or "bottom"


def line_roles(raw: RawDocument) -> dict[int, str]:
    """Line number → role ("body", "footnote", "running-head", "page-number", "heading") for a PDF.

    Every line of the document gets a role. Empty when `raw.source != "pdf"` (text has no layout).
    """
    if raw.source != "pdf":
        return {}
    lines = raw.lines
    if not lines:
        return {}
    body = body_size(raw)
    roles: dict[int, str] = {}
    edges = _edge_lines(raw)
    for number in _page_numbers(raw, edges):
        roles[number] = "page-number"
    for number in _running_heads(raw, [e for e in edges if e.line.number not in roles]):
        roles[number] = "running-head"
    for page in raw.pages:
        _footnotes(page.lines, body, roles)
    _headings(lines, body, roles)
    for line in lines:
        roles.setdefault(line.number, "body")
    return roles


def body_size(raw: RawDocument) -> float | None:
    """The most common font size weighted by characters, rounded to half points (None for text)."""
    sizes: Counter[float] = Counter()
    for line in raw.lines:
        if line.size is not None:
            sizes[round(line.size * 2) / 2] += len(line.text)
    if not sizes:
        return None
    return max(sizes.items(), key=lambda kv: (kv[1], -kv[0]))[0]


def _size(line: Line, body: float | None) -> float | None:
    return line.size if line.size is not None else body


def _edge_lines(raw: RawDocument) -> list[_Edge]:
    """Lines on the outermost baselines of each page, in document order."""
    out: list[_Edge] = []
    for page in raw.pages:
        placed = [line for line in page.lines if line.top is not None]
        if not placed:
            continue
        baselines: list[float] = []
        for top in sorted(line.top for line in placed):  # type: ignore[misc]
            if not baselines or top - baselines[-1] > _SAME_TOP:
                baselines.append(top)
        top_zone = baselines[:_EDGE_BASELINES]
        bottom_zone = baselines[-_EDGE_BASELINES:]
        for line in placed:
            zone = None
            if any(abs(line.top - b) <= _SAME_TOP for b in top_zone):  # type: ignore[operator]
                zone = "top"
            elif any(abs(line.top - b) <= _SAME_TOP for b in bottom_zone):  # type: ignore[operator]
                zone = "bottom"
            if zone is not None:
                out.append(_Edge(line, zone))
    return out


def _page_number_value(text: str) -> tuple[int, bool] | None:
    """(value, bare) for a page-number-like text: bare means no word before the number."""
    m = _PAGE_NUMBER.match(text.strip())
    if not m:
        return None
    num = m.group("num")
    if num.isdigit():
        value = int(num)
    else:
        low = num.lower()
        if not _ROMAN.match(low):
            return None
        value = _roman_value(low)
        if m.group("word"):
            return None  # "Chapter iv" style: too easily a word; only bare roman page numbers
    return value, not m.group("word") or bool(m.group("total"))


def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def _page_numbers(raw: RawDocument, edges: list[_Edge]) -> list[int]:
    candidates: list[tuple[_Edge, int, bool]] = []
    for edge in edges:
        parsed = _page_number_value(edge.line.text)
        if parsed is not None:
            candidates.append((edge, parsed[0], parsed[1]))
    if not candidates:
        return []
    pages_with = {edge.line.page for edge, _, _ in candidates}
    if len(pages_with) < 2:
        # One page carries a candidate: trust only a bare number alone on its baseline (not a
        # table's cell), and only if the document has a single page (otherwise the other pages
        # would show numbers too).
        if len(raw.pages) != 1:
            return []
        lines = raw.pages[0].lines
        kept = [
            (edge, value, bare)
            for edge, value, bare in candidates
            if bare
            and sum(1 for other in lines if other.top is not None and abs(other.top - edge.line.top) <= _SAME_TOP) == 1  # type: ignore[operator]
        ]
    else:
        # A page number moves with the page: the same offset from the physical page on 2+ pages.
        per_offset: dict[int, set[int]] = defaultdict(set)
        for edge, value, _ in candidates:
            per_offset[value - edge.line.page].add(edge.line.page)
        kept = [c for c in candidates if len(per_offset[c[1] - c[0].line.page]) >= 2]
    # One page number per page edge: the outermost candidate (a footnote's number set on its own
    # line above a page number "1" is not a second page number).
    best: dict[tuple[int, str], _Edge] = {}
    for edge, _, _ in kept:
        key = (edge.line.page, edge.zone)
        held = best.get(key)
        if held is None:
            best[key] = edge
        elif (edge.line.top < held.line.top) if edge.zone == "top" else (edge.line.top > held.line.top):  # type: ignore[operator]
            best[key] = edge
    return sorted(edge.line.number for edge in best.values())


def _digit_free(text: str) -> str:
    return " ".join(re.sub(r"\d+", " ", text).casefold().split())


def _numbers_agree(a: Line, b: Line) -> bool:
    """Digits ignored, but not wholesale: the numbers in two running heads are the same, except one
    that moves with the page (a page number inside the head). Two one-line footnotes
    "12 OJ L 123, p. 1." and "15 OJ L 456, p. 10." look alike without their digits, and so do
    "Article 5" and "Article 9" opening pages 3 and 7; neither pair is a running head."""
    na, nb = re.findall(r"\d+", a.text), re.findall(r"\d+", b.text)
    if len(na) != len(nb):
        return False
    diffs = [k for k, (x, y) in enumerate(zip(na, nb)) if x != y]
    if not diffs:
        return True
    if len(diffs) > 1:
        return False
    k = diffs[0]
    return int(na[k]) - a.page == int(nb[k]) - b.page


def _same_style(a: Line, b: Line) -> bool:
    if a.bold != b.bold:
        return False
    return a.size is None or b.size is None or abs(a.size - b.size) < 0.5


def _running_heads(raw: RawDocument, edges: list[_Edge]) -> list[int]:
    from rapidfuzz.fuzz import ratio

    min_pages = 2 if len(raw.pages) <= 3 else 3
    body = body_size(raw)
    clusters: list[tuple[_Edge, str, list[Line]]] = []
    for edge in edges:
        key = _digit_free(edge.line.text)
        # Larger or bold lines at page tops are often headings that open pages ("ANNEX I",
        # "ANNEX II"): for them only an exact repeat (digits aside) is a running head.
        size = _size(edge.line, body)
        heading_like = bool(edge.line.bold) or (size is not None and body is not None and size >= body + _LARGER)
        if len(re.sub(r"\W", "", key)) < 2:
            continue  # nothing but digits and punctuation: only a page number could be that
        for rep, rep_key, members in clusters:
            if (
                rep.zone == edge.zone
                and abs(rep.line.top - edge.line.top) <= _HEAD_TOP_TOLERANCE  # type: ignore[operator]
                and _same_style(rep.line, edge.line)
                and (rep_key == key or (not heading_like and ratio(rep_key, key) >= _HEAD_SIMILARITY))
                and _numbers_agree(rep.line, edge.line)
            ):
                members.append(edge.line)
                break
        else:
            clusters.append((edge, key, [edge.line]))
    out: list[int] = []
    for _, _, members in clusters:
        if len({line.page for line in members}) >= min_pages:
            out.extend(line.number for line in members)
    return sorted(out)


def _footnotes(lines: tuple[Line, ...], body: float | None, roles: dict[int, str]) -> None:
    """Smaller lines below the page's last body-size line are footnotes, if they read as notes.

    Two checks keep a small-print table or code listing at a page bottom out: some line of the
    region starts with a note marker ("1 ...", "(1) ...", "* ...", "¹ ..."), and the region is not
    laid out in columns (most baselines holding several lines side by side; a marker alone on
    its own line beside its note's text does not count).
    """
    if body is None:
        return
    body_tops = [
        line.top
        for line in lines
        if line.number not in roles and line.top is not None and abs(_size(line, body) - body) < _SMALLER  # type: ignore[operator]
    ]
    if not body_tops:
        return
    last_body = max(body_tops)
    region = [
        line
        for line in lines
        if line.number not in roles
        and line.top is not None
        and line.top > last_body
        and _size(line, body) <= body - _SMALLER  # type: ignore[operator]
    ]
    if not region or not any(_NOTE_MARKER.match(line.text) for line in region):
        return
    per_baseline: Counter[float] = Counter()
    for line in region:
        if not _MARKER_ONLY.match(line.text):
            per_baseline[round(line.top / _SAME_TOP)] += 1  # type: ignore[operator]
    if per_baseline and sum(1 for n in per_baseline.values() if n > 1) * 2 > len(per_baseline):
        return
    for line in region:
        roles[line.number] = "footnote"


def _headings(lines: tuple[Line, ...], body: float | None, roles: dict[int, str]) -> None:
    """Short runs of larger or bold lines (not already placed) are headings."""
    if body is None:
        return

    def kind(line: Line) -> str | None:
        if line.number in roles:
            return None
        size = _size(line, body)
        if size >= body + _LARGER:  # type: ignore[operator]
            return "large"
        if line.bold and size > body - _SMALLER:  # type: ignore[operator]
            return "bold"
        return None

    run: list[Line] = []
    run_kind: str | None = None

    def flush() -> None:
        if run and run_kind is not None:
            limit = _MAX_LARGE_RUN if run_kind == "large" else _MAX_BOLD_RUN
            text = " ".join(line.text for line in run)
            # A bold sentence (it ends with a full stop and runs past a title's length) is emphasis.
            sentence = run_kind == "bold" and text.rstrip().endswith(".") and len(text.split()) > _MAX_TITLE_WORDS
            if len(run) <= limit and len(text) <= _MAX_HEADING_CHARS and not sentence:
                for line in run:
                    roles[line.number] = "heading"

    for line in lines:
        if line.number in roles:
            continue  # furniture and footnotes do not break a heading that wraps across them
        k = kind(line)
        same_run = (
            k is not None
            and k == run_kind
            and run
            and run[-1].page == line.page
            and abs((_size(run[-1], body) or 0) - (_size(line, body) or 0)) < _SMALLER
        )
        if not same_run:
            flush()
            run, run_kind = [], k
        if k is not None:
            run.append(line)
    flush()
