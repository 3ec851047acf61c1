"""Segmentation: normalised lines → sections and blocks (title, heading, paragraph, list item,
table, figure, box, footnote), each with a stable readable id and its spans in the original file.

Block ids are `<side>:<section>:<kind letter><n>`, the section being the heading number, "0" for
the introduction before the first numbered heading, and n counting blocks of that kind within the
section from 1: `da:3.2:p4` (paragraph), `da:1.1:l3` (list item), `da:1.1:t1` (table),
`da:3.1:f1` (figure), `da:3.2:b2` (box). A heading is `da:3.2:h`, the document title `da:0:title`,
a footnote `da:fn54` (its section is "fn"; a number used twice gets `da:fn54.2`).

Where a block ends is decided from evidence, not from blank lines alone (some text layers put a
blank line after every line): a heading or list marker starts a block; a sentence end followed by
a capital ends one when the line is short against the page's measure, ends with two spaces (PDF
text layers), or (single-spaced text) is followed by a blank line. A paragraph interrupted by a
page break or a footnote area continues when the text goes on mid-sentence (lower-case start).

Headings are numbered ("1", "1.1", "2.", "2.1."), short, title-like (capital start), and must be
the next number in sequence (sibling, first child, or the next number of an ancestor; or, on a
line standing alone, the number after next, when OCR lost a heading): a "1." in running text or
a numbered list is therefore not a heading (it becomes a list item). A table of contents (entries
with leaders and page numbers, or numbered titles in a row with nothing between) is a list. A
number on a line of its own followed by a short capitalised title line is a heading too. A title that
wraps takes its next line when the heading line is long and the next one is short and ends no
sentence. For PDF input the layout's heading role vouches for a heading and its wrapped lines.

Other kinds: a list item starts at a bullet ("-", "–", "•", and "o"/"e" when several lines of the
document start so: OCR'd round bullets); a table is a header row of codes or rows of cell glyphs
(the AI Factories table), or four or more flattened rows of dates and counts (OCR'd tables); a
figure is a run of five or more lines that end no sentence and are short against the text around
them (words of a diagram); a box is a short title line ending no sentence plus the paragraph under
it, after a paragraph that announces them with a colon (the boxed examples); the title is the
document's first lines when short and ending no sentence. "Short" is measured against the local
measure (the typical full line of the lines around), so narrow brochure columns are not taken
for figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aicont.model import Block, BlockKind, Document, Edit, RawDocument, Section, Span
from aicont.normalize import Normalized, normalize
from aicont.normalize.footnotes import ends_sentence
from aicont.normalize.hyphenation import join_decision
from aicont.normalize.lines import BLANK, BODY, FOOTNOTE, SEPARATOR, NLine

INTRO = "0"  # the introduction's section id in block ids (its Section.number is "")

_HEADING = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$")
_NUMBER_ONLY = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?$")
_BULLET = re.compile(r"^(?P<m>[-–—•▪●◦■►✓·○‣⁃]|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,2}\))\s+(?=\S)")
_LETTER_BULLET = re.compile(r"^(?P<m>[oe])\s+(?=[^\W\d_]|\()")
_CELL = re.compile(r"●|■|▪|✓|✔|☐|☒|\[ ?\]|\bL ?\]|®")
_CELL_CHARS = re.compile(r"[●■▪✓✔☐☒\]®]")  # every _CELL match holds one of these
_CODE = re.compile(r"^(?:[A-Z]{2}|[A-Z]1|1[A-Z])$")

_LETTER = {
    BlockKind.PARAGRAPH: "p",
    BlockKind.LIST_ITEM: "l",
    BlockKind.TABLE: "t",
    BlockKind.FIGURE: "f",
    BlockKind.BOX: "b",
}


@dataclass(slots=True)
class _Draft:
    kind: BlockKind
    lines: list[NLine] = field(default_factory=list)
    section: str = ""
    number: str | None = None
    title: str = ""


def build_document(raw: RawDocument, *, side: str, lang: str | None, ocr_repair: bool = True) -> Document:
    """Normalise `raw` and cut it into sections and blocks. `ocr_repair=False` (config key
    normalize.ocr_repair) leaves OCR'd text as it is (the damage is still detected and noted).
    A structured input (DOCX, HTML, XLIFF, TMX) declares its paragraphs: paragraphs.py takes them."""
    if raw.paragraphs:
        from aicont.paragraphs import build_from_paragraphs

        return build_from_paragraphs(raw, side=side, lang=lang, ocr_repair=ocr_repair)
    norm = normalize(raw, _layout_roles(raw), ocr_repair=ocr_repair)
    body = [line for line in norm.lines if line.role == BODY and line.text]
    norm.one_per_line = raw.source == "text" and one_passage_per_line([line.text for line in body])
    _set_measures(body, norm.measure)
    kinds = _line_kinds(body, norm)
    drafts = _drafts(body, kinds, norm)
    drafts = _boxes(drafts, norm)
    sections = _sections(drafts, norm)
    blocks = [_block(d, side, norm, raw.path) for d in _with_ids(drafts)]
    blocks.extend(_footnote_blocks(norm, side, raw.path))
    line_edits = [e for line in norm.lines for e in line.edits]
    join_kinds = ("hyphen-join", "hyphen-keep", "word-join", "url-join")
    joins = [e for b in blocks for e in b.edits if e.kind in join_kinds]
    edits = tuple(sorted(line_edits + joins, key=lambda e: (e.span.line_start, e.kind, e.before)))
    return Document(
        side=side,
        lang=lang,
        path=raw.path,
        sha256=raw.sha256,
        sections=tuple(sections),
        blocks=tuple(blocks),
        edits=edits,
        problems=tuple(norm.problems),
        notices=tuple(raw.notices) + tuple(norm.notices),
    )


def _layout_roles(raw: RawDocument) -> dict[int, str]:
    if raw.source == "text":
        return {}
    try:
        from aicont.normalize.layout import line_roles
    except ImportError:  # pragma: no cover - the layout module is written in parallel
        return {}
    return line_roles(raw)


# --------------------------------------------------------------------------- line kinds

# A text wrapped at a measure ends most of its full lines mid-sentence (on a letter, a digit or
# a hyphen): 0.58-0.94 of the lines at least as long as the median line in the corpus files and
# the hand-made test files, Danish OCR and Swedish text layer alike. A file with one passage per
# line (a translation memory export, a Word document saved as text) ends them on punctuation:
# 0.00-0.27 in the 46 DGT files of ../shared/dgt, whatever the language (the highest are
# lists of acts whose lines end on "blz. 3"). The threshold sits between the two.
WRAPPED_MID_SENTENCE = 0.45
# ... and some of its passages are longer than any printed line: a PDF text layer of an A4 page
# holds about 100 characters a line (the corpus: at most 0.9% of the lines over 160, table rows),
# while 39-68% of the DGT lines are longer. A few short lines that happen to end sentences (a
# hand-made test page) are no evidence of unwrapped text.
UNWRAPPED_LINE = 160
UNWRAPPED_LONG_SHARE = 0.1
# Fewer lines than this say nothing about wrapping (the old rules apply).
ONE_PER_LINE_MIN_LINES = 6


def one_passage_per_line(texts: list[str]) -> bool:
    """Does a text file hold one passage per line rather than text wrapped at a measure?

    Decided by evidence that holds in every language and script: how many of the longer lines end
    mid-sentence, and whether some lines are longer than a printed line. Capitalisation and wording play no part, so two language versions of one file
    get the same answer.
    """
    if len(texts) < ONE_PER_LINE_MIN_LINES:
        return False
    lengths = sorted(len(t) for t in texts)
    median = lengths[len(lengths) // 2]
    longer = [t for t in texts if len(t) >= median]
    mid = sum(1 for t in longer if t[-1].isalnum() or t[-1] == "-")
    very_long = sum(1 for n in lengths if n > UNWRAPPED_LINE)
    return mid < WRAPPED_MID_SENTENCE * len(longer) and very_long >= UNWRAPPED_LONG_SHARE * len(texts)


# PDF input: a distance between two lines' tops this many times the usual one is a paragraph space.
_PARAGRAPH_SPACE = 1.45
# Lines around a line that give its local measure (brochures mix narrow columns and wide boxes).
_MEASURE_WINDOW = 10


def _measure_of(lengths: list[int], fallback: int) -> int:
    usable = sorted(x for x in lengths if x > 15)
    if len(usable) < 5:
        return fallback
    return usable[int(0.85 * (len(usable) - 1))]


def _set_measures(body: list[NLine], fallback: int) -> None:
    """Each line's `_measure_of` the lines around it. The window's usable lengths are kept
    sorted as it slides, one line out and one in, instead of being sorted anew for every line."""
    import bisect

    lengths = [len(line.text) for line in body]
    w = _MEASURE_WINDOW
    usable = sorted(x for x in lengths[: w + 1] if x > 15)  # the window of line 0: lines 0..w
    for i, line in enumerate(body):
        line.measure = usable[int(0.85 * (len(usable) - 1))] if len(usable) >= 5 else fallback
        leaving, entering = i - w, i + w + 1  # the window of line i + 1: lines i-w+1 .. i+w+1
        if leaving >= 0 and lengths[leaving] > 15:
            del usable[bisect.bisect_left(usable, lengths[leaving])]
        if entering < len(lengths) and lengths[entering] > 15:
            bisect.insort(usable, lengths[entering])


def _heading_next(current: tuple[int, ...]) -> set[tuple[int, ...]]:
    if not current:
        return {(1,), (1, 1)}  # not later: a boxed list "2 Center for …" is no first heading
    allowed = {current + (1,)}
    for k in range(len(current)):
        allowed.add(current[:k] + (current[k] + 1,))
    return allowed


def _split_title(body: list[NLine], kinds: list[str], i: int, norm: Normalized) -> bool:
    """Is body[i + 1] a title standing under a heading number: short, capitalised, ending no
    sentence, and not running on into a lower-case line?"""
    if i + 1 >= len(body) or kinds[i + 1] != "text":
        return False
    title = body[i + 1]
    if not title.text[:1].isupper() or ends_sentence(title.text) or len(title.text) >= 0.8 * title.measure:
        return False
    if i > 0 and not (ends_sentence(body[i - 1].text) or body[i - 1].text.endswith(":") or _gap(body[i - 1], body[i], norm)):
        return False
    return not (i + 2 < len(body) and body[i + 2].text[:1].islower())


def _heading_next_but_one(current: tuple[int, ...]) -> set[tuple[int, ...]]:
    return {current[:k] + (current[k] + 2,) for k in range(len(current))}


def _standalone(body: list[NLine], i: int, norm: Normalized) -> bool:
    """Blank lines (or a page start) on both sides of body line i."""
    before = i == 0 or body[i].page_start or _gap(body[i - 1], body[i], norm) >= 1
    after = i + 1 >= len(body) or body[i + 1].page_start or _gap(body[i], body[i + 1], norm) >= 1
    return before and after


def _line_kinds(body: list[NLine], norm: Normalized) -> list[str]:
    """One of: heading, heading-cont, title, bullet, table, figure, text."""
    n = len(body)
    kinds = ["text"] * n
    letter_bullets = _letter_bullets(body)
    # tables: a header row of codes, or rows of cell glyphs
    i = 0
    while i < n:
        if _is_table_header(body[i].text) or (_cells(body[i].text) >= 2 and i + 1 < n and _cells(body[i + 1].text) >= 2):
            j = i + 1
            while j < n and (
                _cells(body[j].text) >= 1
                or (len(body[j].text) < 0.5 * body[j].measure and not ends_sentence(body[j].text) and j + 1 < n and _cells(body[j + 1].text) >= 1)
            ):
                j += 1
            if j - i >= 2:
                for k in range(i, j):
                    kinds[k] = "table"
                i = j
                continue
        i += 1
    # flattened tables: four or more row-like lines, allowing short wrapped cells between them
    # (OCR'd tables; in a file of one passage per line every row is a passage already)
    i = n if norm.one_per_line else 0
    while i < n:
        if kinds[i] != "text" or not _row_like(body[i].text):
            i += 1
            continue
        j, rows = i, 0
        while j < n and kinds[j] == "text" and not _HEADING.match(body[j].text):
            if _row_like(body[j].text):
                rows += 1
            elif not (len(body[j].text) < 0.6 * body[j].measure and not ends_sentence(body[j].text)):
                break
            j += 1
        while j > i and not _row_like(body[j - 1].text):
            j -= 1
        if rows >= 4 and rows >= 0.5 * (j - i):
            start = i - 1 if i > 0 and kinds[i - 1] == "text" and _is_header_like(body[i - 1].text) else i
            for k in range(start, j):
                kinds[k] = "table"
            i = j
        else:
            i += 1
    # a table of contents: entries with leaders and page numbers, or a run of numbered titles with
    # no text between them, is a list, and the real headings come after it
    for i, line in enumerate(body):
        if kinds[i] == "text" and _TOC_ENTRY.match(line.text):
            kinds[i] = "toc"
    before = list(kinds)
    _headings(body, kinds, norm, letter_bullets)
    toc = _toc_runs(body, before)
    if toc:
        # believed only when the real headings then come after it (a chapter opening "3", "3.1",
        # "3.1.1" with no text between is no table of contents)
        first = list(kinds)
        kinds[:] = before
        for k in toc:
            kinds[k] = "toc"
        _headings(body, kinds, norm, letter_bullets)
        if kinds.count("heading") < first.count("heading"):
            kinds[:] = first
    for i, kind in enumerate(kinds):
        if kind == "toc":
            kinds[i] = "bullet"
    _mark_title(body, kinds, norm)
    if not norm.one_per_line:  # a figure is diagram words on short lines of a wrapped layout
        _mark_figures(body, kinds, norm)
    return kinds


def _headings(body: list[NLine], kinds: list[str], norm: Normalized, letter_bullets: bool) -> None:
    """Mark headings in number sequence, their wrapped lines, and list markers."""
    n = len(body)
    current: tuple[int, ...] = ()
    for i, line in enumerate(body):
        if kinds[i] != "text":
            continue
        only = _NUMBER_ONLY.match(line.text)
        if only and _split_title(body, kinds, i, norm):
            # the number on a line of its own and the title on the next (a text layer that kept
            # the number's tab stop as a line break)
            num = tuple(int(x) for x in only["num"].split("."))
            if num in _heading_next(current):
                kinds[i], kinds[i + 1] = "heading", "heading-cont"
                current = num
                continue
        m = _HEADING.match(line.text)
        if m and _heading_like(m["title"], line, body[i - 1] if i else None, norm):
            num = tuple(int(x) for x in m["num"].split("."))
            continued = i + 1 < n and not norm.one_per_line and (
                (line.layout == "heading" and body[i + 1].layout == "heading") or _title_continues(body, i + 1, norm)
            )
            # a title is followed by a new block: a next line that goes on in lower case (and does
            # not finish the title) shows a numbered sentence
            runs_on = i + 1 < n and body[i + 1].text[:1].islower() and not continued and not ends_sentence(line.text)
            in_sequence = num in _heading_next(current) or (
                # one heading lost (OCR damage): the number after next, on a line standing alone
                current and num in _heading_next_but_one(current) and _standalone(body, i, norm) and len(line.text) < 0.8 * line.measure
            )
            if in_sequence and not runs_on:
                kinds[i] = "heading"
                current = num
                if continued and (
                    (line.layout == "heading" and body[i + 1].layout == "heading")
                    or (not ends_sentence(line.text) and (line.text.endswith("-") or len(line.text) >= 0.55 * line.measure))
                ):
                    kinds[i + 1] = "heading-cont"
                continue
        if _BULLET.match(line.text) or (letter_bullets and _LETTER_BULLET.match(line.text) and _in_list(body, kinds, i)):
            kinds[i] = "bullet"
        elif m and m["num"].isdigit() and m["title"][:1].isupper() and (i == 0 or _gap(body[i - 1], line, norm) or ends_sentence(body[i - 1].text) or body[i - 1].text.endswith(":")):
            kinds[i] = "bullet"  # "1. Xxx" out of the heading sequence: a numbered list item


_TOC_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S.*?(?:\.{3,}|…+|(?:\.\s){3,})\s*\d{1,3}$")


def _toc_runs(body: list[NLine], kinds: list[str]) -> list[int]:
    """Three or more numbered titles in a row, in heading sequence, with no other text between
    them: the entries of a table of contents (checked by the caller against what follows)."""
    out: list[int] = []
    run: list[int] = []
    for i in range(len(body) + 1):
        m = _HEADING.match(body[i].text) if i < len(body) and kinds[i] == "text" else None
        if m and m["title"][:1].isupper():
            num = tuple(int(x) for x in m["num"].split("."))
            prev = _HEADING.match(body[run[-1]].text) if run else None
            if not run or (prev and num in _heading_next(tuple(int(x) for x in prev["num"].split("."))) and num != (1,)):
                run.append(i)
                continue
        if len(run) >= 3:
            out.extend(run)
        run = [i] if m and m["title"][:1].isupper() else []
    return out

def _in_list(body: list[NLine], kinds: list[str], i: int) -> bool:
    """A letter read as a bullet ("o", "e") opens a list item only inside a list: after a line
    ending with a colon, or after another bullet with no sentence ended in between (in Italian or
    Portuguese prose a line may well begin with "e" or "o")."""
    for k in range(i - 1, max(-1, i - 11), -1):
        if kinds[k] == "bullet" or body[k].text.endswith(":"):
            return True
        if ends_sentence(body[k].text) or kinds[k] not in ("text", "bullet"):
            return False
    return False


def _letter_bullets(body: list[NLine]) -> bool:
    """OCR reads round bullets as "o" or "e": believe it when several lines start so."""
    return sum(bool(_LETTER_BULLET.match(line.text)) for line in body) >= 3


def _cells(text: str) -> int:
    if (text.isascii() and "]" not in text) or not _CELL_CHARS.search(text):  # ("]" is their one ASCII character)
        return 0  # most lines: no character a cell glyph needs
    return len(_CELL.findall(text))


_NUMERIC = re.compile(r"^\(?\d[\d.,/:–-]*\)?$")
_ANY_DIGIT = re.compile(r"\d")


def _row_like(text: str) -> bool:
    """A flattened table row: cell bars between words, or several numbers (dates, counts) in a
    line that ends no sentence."""
    # either way it needs a number token, hence a digit: most lines have none (a cheap test first)
    if not _ANY_DIGIT.search(text) or ends_sentence(text):
        return False
    tokens = text.split()
    numbers = sum(bool(_NUMERIC.match(t)) for t in tokens)
    bars = sum(t.startswith("|") or t.endswith("|") or t == "|" for t in tokens)
    return numbers >= 2 or (bars >= 1 and numbers >= 1)


def _is_header_like(text: str) -> bool:
    """Column titles above a table: a short line of capitalised words ending no sentence."""
    words = text.split()
    return 2 <= len(words) <= 12 and not ends_sentence(text) and sum(w[:1].isupper() for w in words) >= 2


def _is_table_header(text: str) -> bool:
    tokens = text.split()
    pairs = [t for t in tokens if len(t) == 2]  # _CODE matches two characters: most lines have few
    if len(pairs) < 5 or len(pairs) < 0.6 * len(tokens):
        return False
    codes = sum(1 for t in pairs if _CODE.match(t))
    return codes >= 5 and codes >= 0.6 * len(tokens)


def _heading_like(title: str, line: NLine, prev: NLine | None, norm: Normalized) -> bool:
    if not title[:1].isupper() and not title[:1] in "\"'“”*":
        return False
    if len(line.text) > 1.15 * max(line.measure, norm.measure) or title.endswith(";"):
        return False
    if title.endswith(".") and len(title.split()) > 8:
        return False  # a numbered sentence, not a title
    if line.layout == "heading":
        return True  # set apart by its font: the layout vouches for it
    if prev is not None and not (ends_sentence(prev.text) or prev.text.endswith(":")) and not _gap(prev, line, norm) and not line.page_start:
        return False
    return True


def _gap(a: NLine, b: NLine, norm: Normalized) -> int:
    """Blank lines between two body lines, or 99 when anything else stands between them."""
    lines = norm.lines
    index = _index(norm)
    ia, ib = index[a.number], index[b.number]
    gap = 0
    for k in range(ia + 1, ib):
        line = lines[k]
        if line.role in (BLANK, SEPARATOR) and not line.text:
            gap += 1
        else:
            return 99
    if gap == 0 and norm.pitch and a.top is not None and b.top is not None and a.page == b.page:
        # PDF input: the space between paragraphs stands for a blank line
        if b.top - a.top > _PARAGRAPH_SPACE * norm.pitch:
            return 1
    return gap


def _index(norm: Normalized) -> dict[int, int]:
    """Line number → position in norm.lines (built once per document)."""
    if len(norm.index) != len(norm.lines):
        norm.index.clear()
        norm.index.update((line.number, k) for k, line in enumerate(norm.lines))
    return norm.index


def _title_continues(body: list[NLine], i: int, norm: Normalized) -> bool:
    line = body[i]
    if _HEADING.match(line.text) or _BULLET.match(line.text):
        return False
    if len(line.text) >= 0.75 * line.measure or line.text.endswith("."):
        return False
    if i + 1 >= len(body):
        return True
    nxt = body[i + 1]
    if not norm.double_spaced and _gap(line, nxt, norm) == 0:
        return False
    return nxt.text[:1].isupper() or _HEADING.match(nxt.text) is not None or bool(_BULLET.match(nxt.text))


def _mark_title(body: list[NLine], kinds: list[str], norm: Normalized) -> None:
    """The document's first lines, before any break, when they are short and end no sentence."""
    if not body or kinds[0] != "text":
        return
    group = [0]
    for k in range(1, min(4, len(body))):
        if kinds[k] != "text" or _breaks(body[k - 1], body[k], norm, title=True):
            break
        group.append(k)
    text = " ".join(body[k].text for k in group)
    if len(text) <= 200 and not ends_sentence(text) and not text.endswith(":"):
        for k in group:
            kinds[k] = "title"


def _mark_figures(body: list[NLine], kinds: list[str], norm: Normalized) -> None:
    """Text from a diagram: a run of five or more lines that end no sentence, mostly short against
    the page's measure, standing between sentence ends."""
    n = len(body)
    short_global = 0.6 * norm.measure
    lengths = [len(line.text) for line in body]
    i = 0
    while i < n:
        if kinds[i] != "text" or (i > 0 and kinds[i - 1] == "text" and not ends_sentence(body[i - 1].text) and not body[i - 1].text.endswith(":")):
            i += 1
            continue
        j = i
        while j < n and kinds[j] == "text" and not ends_sentence(body[j].text) and not (j > i and body[j].page_start):
            long_line = len(body[j].text) >= short_global
            if long_line and not (j + 1 < n and len(body[j + 1].text) < short_global and not ends_sentence(body[j + 1].text)):
                break
            j += 1
        run = j - i
        # short against the text around the run (not the run itself, nor the whole document)
        around = lengths[max(0, i - 2 * _MEASURE_WINDOW) : i] + lengths[j : j + 2 * _MEASURE_WINDOW]
        short_ctx = 0.6 * _measure_of(around, norm.measure)
        if run >= 5 and sum(len(body[k].text) < short_ctx for k in range(i, j)) >= 0.6 * run:
            for k in range(i, j):
                kinds[k] = "figure"
            i = j
        else:
            i += 1


# --------------------------------------------------------------------------- blocks


def _starts_new(text: str) -> bool:
    c = text[:1]
    return c.isupper() or c.isdigit() or c in "\"“”'‘’«»–—-•"


def _breaks(a: NLine, b: NLine, norm: Normalized, *, title: bool = False) -> bool:
    """Does a text block end between body lines a and b (neither a heading nor a list marker)?"""
    if norm.one_per_line:
        return True  # every line is a passage: its end is the passage's end, in any language
    gap = _gap(a, b, norm)
    interrupted = gap == 99 or b.page_start or a.page != b.page
    ended = ends_sentence(a.text) or a.text.endswith(":")
    continues = b.text[:1].islower() or b.text[:1] in "(" or a.text.endswith(("-", ","))
    if not ended and continues:
        return False
    short = len(a.text) < (0.7 if not title else 0.85) * a.measure
    if ended and _starts_new(b.text) and (a.trail >= 2 or short or len(a.text) < 0.8 * a.measure or _would_fit(a, b, norm)):
        return True
    if a.text.endswith(":") and b.text[:1].isupper() and norm.double_spaced:
        return True
    if not norm.double_spaced and gap >= 1 and gap != 99:
        if not ended and len(a.text) >= 0.8 * a.measure and a.text[-1:].isalnum():
            return False  # a full line ending mid-sentence goes on after the blank line
        return not (not ended and continues)
    if interrupted:
        return ended and _starts_new(b.text)
    if norm.double_spaced and gap >= 3 and ended:
        return True
    if not ended and short and _starts_new(b.text) and not a.text.endswith(("-", ",", ";")):
        # a short line ending no sentence and followed by a capital: a title or a caption
        return b.text[:1].isupper()
    return False


def _would_fit(a: NLine, b: NLine, norm: Normalized) -> bool:
    """b's first word would have fitted on line a: a line break there was not forced."""
    first = b.text.split(" ", 1)[0]
    return len(a.text) + 1 + len(first) < 0.9 * a.measure


def _drafts(body: list[NLine], kinds: list[str], norm: Normalized) -> list[_Draft]:
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    for i, line in enumerate(body):
        kind = kinds[i]
        prev_kind = kinds[i - 1] if i else None
        if kind == "heading":
            m = _HEADING.match(line.text) or _NUMBER_ONLY.match(line.text)
            assert m is not None
            cur = _Draft(BlockKind.HEADING, [line], number=m["num"])
            drafts.append(cur)
        elif kind == "heading-cont" and cur is not None and cur.kind == BlockKind.HEADING:
            cur.lines.append(line)
        elif kind == "title":
            if cur is None or cur.kind != BlockKind.TITLE:
                cur = _Draft(BlockKind.TITLE, [])
                drafts.append(cur)
            cur.lines.append(line)
        elif kind == "table":
            if cur is None or cur.kind != BlockKind.TABLE or prev_kind != "table":
                cur = _Draft(BlockKind.TABLE, [])
                drafts.append(cur)
            cur.lines.append(line)
        elif kind == "figure":
            if cur is None or cur.kind != BlockKind.FIGURE or prev_kind != "figure":
                cur = _Draft(BlockKind.FIGURE, [])
                drafts.append(cur)
            cur.lines.append(line)
        elif kind == "bullet" and not norm.one_per_line and _dash_continues(cur, body, i):
            cur.lines.append(line)
        elif kind == "bullet":
            cur = _Draft(BlockKind.LIST_ITEM, [line])
            drafts.append(cur)
        else:
            if (
                cur is not None
                and cur.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
                and prev_kind in ("text", "bullet")
                and not _breaks(body[i - 1], line, norm)
            ):
                cur.lines.append(line)
            else:
                cur = _Draft(BlockKind.PARAGRAPH, [line])
                drafts.append(cur)
    return drafts


def _dash_continues(cur: _Draft | None, body: list[NLine], i: int) -> bool:
    """A dash opening a line inside a running sentence is punctuation, not a list marker."""
    if cur is None or cur.kind != BlockKind.PARAGRAPH or i == 0:
        return False
    prev = body[i - 1]
    return body[i].text[:1] in "-–—" and cur.lines[-1] is prev and not (ends_sentence(prev.text) or prev.text.endswith(":"))


def _boxes(drafts: list[_Draft], norm: Normalized) -> list[_Draft]:
    """A boxed example: a short title line ending no sentence and the paragraph under it, after a
    paragraph that announces them with a colon (or after another box)."""
    out: list[_Draft] = []
    k = 0
    while k < len(drafts):
        d = drafts[k]
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        prev = out[-1] if out else None
        text = " ".join(line.text for line in d.lines)
        if (
            d.kind == BlockKind.PARAGRAPH
            and nxt is not None
            and nxt.kind == BlockKind.PARAGRAPH
            and prev is not None
            and (prev.kind == BlockKind.BOX or (prev.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and prev.lines[-1].text.endswith(":")))
            and len(text) <= 220
            and not ends_sentence(text)
            and not text.endswith(":")
            and text[:1].isupper()
            and len(nxt.lines) >= 2
        ):
            out.append(_Draft(BlockKind.BOX, d.lines + nxt.lines))
            k += 2
            continue
        out.append(d)
        k += 1
    return out


def _sections(drafts: list[_Draft], norm: Normalized) -> list[Section]:
    sections: list[Section] = []
    current = ""
    title = ""
    starts: list[tuple[str, str, int, int]] = []  # number, title, level, first line
    first_line = drafts[0].lines[0].number if drafts and drafts[0].lines else 1
    for d in drafts:
        if d.kind == BlockKind.TITLE:
            title = _joined_text(d.lines, norm)[0]
        if d.kind == BlockKind.HEADING:
            current = d.number or ""
            m = _HEADING.match(_joined_text(d.lines, norm)[0])
            d.title = m["title"] if m else ""
            starts.append((current, d.title, current.count(".") + 1, d.lines[0].number))
        d.section = current
    last_line = norm.lines[-1].number if norm.lines else 1
    path = ""
    if norm.lines:
        path = norm.lines[0].path
    intro_end = starts[0][3] - 1 if starts else last_line
    if not starts or any(d.section == "" for d in drafts):
        sections.append(Section("", title, 0, Span(path, first_line, max(first_line, intro_end), 1)))
    page_of = {line.number: line.page for line in norm.lines}
    for k, (num, ttl, level, start) in enumerate(starts):
        end = starts[k + 1][3] - 1 if k + 1 < len(starts) else last_line
        sections.append(Section(num, ttl, level, Span(path, start, end, page_of.get(start))))
    return sections


def _with_ids(drafts: list[_Draft]) -> list[tuple[_Draft, str]]:
    return list(zip(drafts, block_ids([(d.kind, d.section) for d in drafts])))


def block_ids(blocks: list[tuple[BlockKind, str]]) -> list[str]:
    """The id (without the side) of each block, given its kind and section, in document order:
    "3.2:p4", "1.1:l3", "0:title", "3.2:h"; an id used twice gets ".2", ".3", ..."""
    counters: dict[tuple[str, str], int] = {}
    out: list[str] = []
    for kind, section in blocks:
        sec = section or INTRO
        if kind == BlockKind.TITLE:
            suffix = "title"
        elif kind == BlockKind.HEADING:
            suffix = "h"
        else:
            letter = _LETTER[kind]
            counters[(sec, letter)] = counters.get((sec, letter), 0) + 1
            suffix = f"{letter}{counters[(sec, letter)]}"
        out.append(f"{sec}:{suffix}")
    seen: dict[str, int] = {}
    result: list[str] = []
    for ident in out:
        seen[ident] = seen.get(ident, 0) + 1
        result.append(ident if seen[ident] == 1 else f"{ident}.{seen[ident]}")
    return result


def _joined_text(lines: list[NLine], norm: Normalized) -> tuple[str, tuple[tuple[int, int], ...], list[Edit]]:
    """Join block lines into one text; returns the text, line offsets and the joining edits."""
    text = ""
    offsets: list[tuple[int, int]] = []
    edits: list[Edit] = []
    for k, line in enumerate(lines):
        part = line.text
        if not text:
            offsets.append((0, line.number))
            text = part
            continue
        prev = text
        # only the end of the text so far matters (and keeps the joining linear in the block's size)
        tail = prev[max(0, min(len(prev) - 120, prev.rfind(" ") - 40)) :]  # the whole last token, at least
        j = join_decision(tail, part, norm.vocab, hyphen_space=_hyphen_space(lines, k))
        if j.drop_hyphen:
            prev = prev[:-1]
        text = prev + j.text
        offsets.append((len(text), line.number))
        text += part
        if j.kind:
            edits.append(Edit(j.kind, line.span, j.before, j.after))
    return text, tuple(offsets), edits


def _hyphen_space(lines: list[NLine], k: int) -> bool:
    """The text layer printed a space after the line-end hyphen: a suspended compound."""
    return k > 0 and lines[k - 1].text.endswith("-") and lines[k - 1].trail > 0


def _spans(lines: list[NLine], norm: Normalized, path: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = lines[0]
    last = lines[0]
    for line in lines[1:]:
        if line.page == last.page and not line.page_start and _gap(last, line, norm) != 99:
            last = line
            continue
        spans.append(Span(path, start.number, last.number, start.page))
        start = last = line
    spans.append(Span(path, start.number, last.number, start.page))
    return tuple(spans)


def _block(item: tuple[_Draft, str], side: str, norm: Normalized, path: str) -> Block:
    d, ident = item
    if d.kind in (BlockKind.TABLE, BlockKind.FIGURE):
        text = "\n".join(line.text for line in d.lines)
        offsets: list[tuple[int, int]] = []
        pos = 0
        for line in d.lines:
            offsets.append((pos, line.number))
            pos += len(line.text) + 1
        join_edits: list[Edit] = []
        line_offsets = tuple(offsets)
    else:
        text, line_offsets, join_edits = _joined_text(d.lines, norm)
    if d.kind == BlockKind.HEADING:
        m = _HEADING.match(text)
        if m:
            text = m["title"]
            shift = m.start("title")
            line_offsets = tuple((max(0, o - shift), n) for o, n in line_offsets)
    refs: list[int] = []
    for line in d.lines:
        for r in line.refs:
            if r not in refs:
                refs.append(r)
    edits = tuple(e for line in d.lines for e in line.edits if e.kind not in ("page-break",)) + tuple(join_edits)
    return Block(
        id=f"{side}:{ident}",
        kind=d.kind,
        section=d.section,
        text=text,
        raw="\n".join(line.raw for line in d.lines),
        spans=_spans(d.lines, norm, path),
        refs=tuple(refs),
        number=d.number,
        edits=edits,
        line_offsets=line_offsets,
    )


def _footnote_blocks(norm: Normalized, side: str, path: str) -> list[Block]:
    groups: list[list[NLine]] = []
    for line in norm.lines:
        if line.role != FOOTNOTE or not line.text and line.fn is None:
            continue
        if line.fn is not None or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    blocks: list[Block] = []
    seen: dict[int, int] = {}
    for g in groups:
        num = g[0].fn
        if num is None:
            continue
        seen[num] = seen.get(num, 0) + 1
        ident = f"{side}:fn{num}" if seen[num] == 1 else f"{side}:fn{num}.{seen[num]}"
        text, offsets, join_edits = _joined_text(g, norm)
        blocks.append(
            Block(
                id=ident,
                kind=BlockKind.FOOTNOTE,
                section="fn",
                text=text,
                raw="\n".join(line.raw for line in g),
                spans=_spans(g, norm, path),
                refs=(),
                number=str(num),
                edits=tuple(e for line in g for e in line.edits if e.kind != "page-break") + tuple(join_edits),
                line_offsets=offsets,
            )
        )
    return blocks
