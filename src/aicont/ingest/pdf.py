"""PDF inputs: pdfminer.six's text layer, page by page, one `Line` per visual text line.

Line numbers of a PDF. A PDF has no lines a user can count in an editor, so a line's number is its
position in the text `aicont` extracts: every visual line of every page in reading order, counted
across the whole document from 1 (blank lines are not counted). Pages are the PDF's physical
pages, 1-based, whatever numbers are printed on them. Each line also carries its layout facts:
the dominant font size (points, weighted by characters), the left x and the top y (points from the
page's top-left corner), whether it is mostly bold, and the character ranges set as superscripts
(footnote markers glued to a word or a number: "AI-företag3", "mars 20258"). normalize.layout uses
the first four to tell running heads, page numbers, footnotes and headings from body text.

Reading order is pdfminer's: text boxes ordered by its layout analysis (columns are read one after
the other), lines top to bottom within a box. Text in form XObjects is analysed too
(`all_texts=True`): some producers wrap each whole page in one. Two repairs make a pdfminer line a
visual line: a label set apart by a tab (a heading number "1.1.", a bullet, "(a)", a footnote
number) joins the text to its right on the same baseline, and two parts of one line cut apart at
a wide space are joined when the text above or below runs across the gap (not at a gutter).

Text turned a quarter (a sidebar, a table's column heading) is rebuilt line by line and follows the
page's other lines; slanted text (a diagonal "DRAFT" watermark) is left out, with a notice.

The text of a line is as the PDF has it, with what a reader cannot see taken out: typographic
ligatures (U+FB00-FB06) are spelled out, control characters dropped, a soft hyphen dropped inside a
line and shown as "-" at its end (where it is printed), text placed wholly off the page skipped,
and "fake bold" (the same glyph or string printed twice a fraction of a point apart) read once.
A hyphen at a line end or a glued footnote number stays for normalisation to judge.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from aicont.errors import InputError
from aicont.model import Limits, Line, Page, RawDocument

# Font names mark weight in their style suffix: "ABCDEF+Calibri-Bold", "Arial,Bold",
# "MyriadPro-Semibold", "HelveticaNeue-Bd", "Helvetica-BoldOblique", "Frutiger-Black", and TeX's
# bold extended faces "CMBX12", "SFBX1000".
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,](bd|sb)\b|(?:cm|sf|ec)bx\d", re.IGNORECASE)
# Glyphs that print exactly like plain characters: typographic ligatures, and the hyphen and
# non-breaking hyphen Word writes for "-" (U+2010, U+2011), which would hide "2021-2027" or
# "AI-fabrikker" from a reader that looks for "-".
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
        "\ufb06": "st", "\u2010": "-", "\u2011": "-",
    }
)
# Symbol and Wingdings bullets come out as private-use code points (U+F0B7, U+F0A7, U+F0D8, ...):
# at the start of a line such a glyph is a list bullet.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CID = re.compile(r"\(cid:\d+\)")
# A line is bold when at least this share of its visible characters is set in a bold face.
_BOLD_SHARE = 0.6
# A page under an image covering this share of it, with at most this many characters of text (a
# stamp, a page number), is a scan without a text layer.
_SCAN_COVER = 0.5
_SCAN_MAX_CHARS = 50
# More than this share of unmapped glyphs ("(cid:N)") means the text layer cannot be trusted.
_CID_NOTICE_SHARE = 0.05


def read_pdf(path: Path, data: bytes, limits: Limits = Limits()) -> RawDocument:
    """Read the PDF's text layer into pages of lines. Raises InputError for a PDF aicont cannot read
    and LimitError for one that would cost more than `limits` allow (see pdfbounds)."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{path}: not a PDF (no %PDF header)")
    # pdfminer logs every oddity of a damaged file as a warning; the one-line error or the notices
    # below say what matters, so its own chatter stays out of the user's terminal.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[Page] = []
    notices: list[str] = []
    image_only: list[int] = []
    cid_count = 0
    char_count = 0
    number = 0
    diagonal = 0
    for page_no, width, height, content in _pages(path, data, limits):
        lines: list[Line] = []
        diagonal += content.diagonal
        for frag in content.lines:
            text = frag.text
            cids = _CID.findall(text)
            cid_count += len(cids)
            char_count += len(text) - sum(len(c) - 1 for c in cids)  # glyphs: a "(cid:N)" is one
            number += 1
            lines.append(
                Line(
                    number=number,
                    text=text,
                    page=page_no,
                    size=frag.size,
                    x0=round(frag.x0, 2),
                    top=round(frag.top, 2),
                    bold=frag.bold,
                    raised=frag.raised,
                )
            )
        chars = sum(len(line.text) for line in lines)
        if (not lines and content.graphics) or (content.covered >= _SCAN_COVER and chars <= _SCAN_MAX_CHARS):
            image_only.append(page_no)
        pages.append(Page(number=page_no, lines=tuple(lines), width=width, height=height))
    if not pages:
        raise InputError(f"{path}: the PDF has no pages")
    if number == 0 or len(image_only) == len(pages):
        raise InputError(f"{path}: no text layer (scanned?); run OCR first")
    if image_only:
        notices.append(
            f"{path}: {_pages_phrase(image_only)} no text layer, only images or drawings (scanned?); not compared"
        )
    if char_count and cid_count / char_count > _CID_NOTICE_SHARE:
        notices.append(
            f"{path}: {cid_count} glyphs have no Unicode mapping (shown as '(cid:N)'); the text layer is unreliable"
        )
    if diagonal:
        notices.append(f"{path}: {diagonal} characters of slanted text (a watermark?) left out")
    if b"%%EOF" not in data[-2048:]:
        notices.append(f"{path}: no %%EOF marker at the end; the file may be truncated")
    return RawDocument(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        source="pdf",
        pages=tuple(pages),
        encoding="pdf",
        notices=tuple(notices),
    )


def _pages_phrase(pages: list[int]) -> str:
    if len(pages) == 1:
        return f"page {pages[0]} has"
    shown = ", ".join(str(p) for p in pages[:10]) + (", ..." if len(pages) > 10 else "")
    return f"{len(pages)} pages ({shown}) have"


@dataclass(frozen=True, slots=True)
class _Frag:
    """One pdfminer text line with its box (points from the page's top-left corner)."""

    text: str
    size: float | None
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    raised: tuple[tuple[int, int], ...]


def _pages(path: Path, data: bytes, limits: Limits) -> Iterator[tuple[int, float, float, _PageText]]:
    """(page number, width, height, what the page holds) per page, from pdfminer.

    Every pdfminer failure becomes one InputError: pdfminer parses untrusted bytes and raises many
    exception types (its own, and KeyError/TypeError/ValueError/... on damaged structures).
    """
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psexceptions import PSException

    laparams = LAParams(all_texts=True)
    from aicont.ingest.pdfbounds import bounded_pages

    pages = bounded_pages(path, data, laparams, limits)
    page_no = 0
    while True:
        try:
            layout = next(pages, None)
        except PDFPasswordIncorrect:
            raise InputError(f"{path}: the PDF is password-protected; remove the password first") from None
        except PDFEncryptionError as exc:
            raise InputError(f"{path}: the PDF is encrypted in a way aicont cannot read ({_short(exc)})") from None
        except PSException as exc:
            raise InputError(f"{path}: corrupt or truncated PDF ({_short(exc)})") from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, AssertionError, EOFError,
                OverflowError, ZeroDivisionError, RecursionError, NotImplementedError, UnicodeError) as exc:
            raise InputError(f"{path}: corrupt or unreadable PDF ({type(exc).__name__}: {_short(exc)})") from None
        if layout is None:
            return
        page_no += 1
        yield page_no, float(layout.width), float(layout.height), _page_lines(layout)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


@dataclass(frozen=True, slots=True)
class _PageText:
    lines: list[_Frag]
    graphics: bool  # images or drawings on the page
    covered: float  # share of the page under its largest image
    diagonal: int  # glyphs set at a slant (watermarks), left out


def _page_lines(layout: Any) -> _PageText:
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTTextLine

    out: list[_Frag] = []
    rotated: list[Any] = []
    graphics = False
    covered = 0.0
    page_area = max(float(layout.width) * float(layout.height), 1.0)
    page_top, page_left = float(layout.y1), float(layout.x0)
    page_right, page_bottom = float(layout.x1), float(layout.y0)

    def walk(item: Any) -> None:
        nonlocal graphics, covered
        if isinstance(item, LTTextLine):
            # Text wholly outside the page (printer's marks, text pushed off the crop box) is
            # invisible to a reader, so it is not part of the document.
            if item.x0 >= page_right or item.x1 <= page_left or item.y0 >= page_top or item.y1 <= page_bottom:
                return
            frag = _line(item, page_top, page_left, LTChar, rotated)
            if frag is not None and not _overprint(frag, out):
                out.append(frag)
            return
        if isinstance(item, (LTImage, LTCurve)):  # LTRect and LTLine are LTCurves
            graphics = True
        if isinstance(item, LTImage):
            covered = max(covered, float(item.width) * float(item.height) / page_area)
        if isinstance(item, LTContainer):  # text boxes, figures (form XObjects)
            for child in item:
                walk(child)

    for item in layout:
        walk(item)
    sideways, diagonal = _rotated_lines(rotated, page_top, page_left)
    return _PageText(_merge_split_lines(_merge_labels(out)) + sideways, graphics, covered, diagonal)


def _rotated_lines(chars: list[Any], page_top: float, page_left: float) -> tuple[list[_Frag], int]:
    """Lines of text turned a quarter (a sidebar, a table's column heading), rebuilt from their
    glyphs; they follow the page's other lines. Glyphs at any other angle (a diagonal "DRAFT"
    watermark) are left out and counted."""
    groups: dict[tuple[int, int], list[tuple[float, float, Any]]] = {}
    diagonal = 0
    for ch in chars:
        a, b = float(ch.matrix[0]), float(ch.matrix[1])
        norm = (a * a + b * b) ** 0.5 or 1.0
        a, b = a / norm, b / norm
        if abs(a) > 0.05 or not ch.get_text():
            diagonal += 1 if ch.get_text().strip() else 0
            continue
        e, f = float(ch.matrix[4]), float(ch.matrix[5])
        along = e * a + f * b  # position in reading direction
        across = -e * b + f * a  # the baseline
        size = float(ch.width)  # a quarter turn: the glyph's height lies along x
        key = (1 if b > 0 else -1, round(across / max(size * 0.5, 1.0)))
        groups.setdefault(key, []).append((along, size, ch))
    out: list[_Frag] = []
    # Lines turned the same way follow each other as a reader who turns the page reads them: the
    # next line lies in the text's "down" direction, against the `across` coordinate.
    for key in sorted(groups, key=lambda k: (k[0], -k[1])):  # downward-read lines first
        glyphs = sorted(groups[key], key=lambda g: g[0])
        runs: list[list[tuple[float, float, Any]]] = [[glyphs[0]]]
        for glyph in glyphs[1:]:
            prev = runs[-1][-1]
            # a new run after a gap of more than three ems (the advance lies along y here)
            if glyph[0] - prev[0] - float(prev[2].height) > 3 * max(prev[1], 1.0):
                runs.append([glyph])
            else:
                runs[-1].append(glyph)
        for run in runs:
            text = clean_line_text("".join(g[2].get_text() for g in run))
            if not text:
                continue
            sizes = Counter(round(g[1], 1) for g in run if g[2].get_text().strip())
            out.append(
                _Frag(
                    text=text,
                    size=max(sizes.items(), key=lambda kv: (kv[1], kv[0]))[0] if sizes else None,
                    x0=min(float(g[2].x0) for g in run) - page_left,
                    x1=max(float(g[2].x1) for g in run) - page_left,
                    top=page_top - max(float(g[2].y1) for g in run),
                    bottom=page_top - min(float(g[2].y0) for g in run),
                    bold=sum(1 for g in run if _bold_font(g[2].fontname or "")) >= _BOLD_SHARE * len(run),
                    raised=(),
                )
            )
    return out, diagonal


# Fake bold: a producer prints the same string twice, a fraction of a point apart. Two lines of
# the same text closer than this (points, both axes) are one visual line.
_OVERPRINT = 1.5


def _overprint(frag: _Frag, kept: list[_Frag]) -> bool:
    return any(
        other.text == frag.text and abs(other.x0 - frag.x0) < _OVERPRINT and abs(other.top - frag.top) < _OVERPRINT
        for other in kept
    )


# A label that word processors set apart from its text with a tab: a bullet, a heading or list
# number ("1.", "1.1.", "2)", "(a)", "iv)"), a footnote number. pdfminer cuts the tab's gap into
# two lines and may even read all the labels of a list before their texts.
_LABEL = re.compile(
    r"^(?:[•▪▫◦‣∙·●○■□►▶➢➤✓✔❖–—\-*o\ue000-\uf8ff]"
    r"|\(?\d{1,3}(?:\.\d{1,3})*[.)]?"
    r"|\(?[a-zA-Z][.)]"
    r"|\(?(?:[ivxlc]{1,6}|[IVXLC]{1,6})[.)]"
    r"|\([a-zA-Z0-9]{1,4}\))$"
)
# How far to the right of a label its text may start: a few tab stops (in units of the font size).
_LABEL_GAP = 4.0


def _merge_labels(frags: list[_Frag]) -> list[_Frag]:
    """Join each label to the text that follows it on the same baseline; the joined line takes the
    text's place in the reading order."""
    absorbed: dict[int, int] = {}  # index of a label's text → index of the label
    for i, label in enumerate(frags):
        if not _LABEL.match(label.text):
            continue
        em = label.size or 10.0
        best = None
        for j, other in enumerate(frags):
            if j == i or j in absorbed or other.x0 <= label.x1 - 0.5 or other.x0 - label.x1 > _LABEL_GAP * em:
                continue
            overlap = min(label.bottom, other.bottom) - max(label.top, other.top)
            if overlap < 0.5 * min(label.bottom - label.top, other.bottom - other.top):
                continue
            if best is None or other.x0 < frags[best].x0:
                best = j
        if best is not None and i not in absorbed.values() and i not in absorbed:
            absorbed[best] = i
    if not absorbed:
        return frags
    labels = set(absorbed.values())
    out: list[_Frag] = []
    for j, frag in enumerate(frags):
        if j in labels and j not in absorbed:
            continue
        if j in absorbed:
            frag = _joined(frags[absorbed[j]], frag)
        out.append(frag)
    return out


def _joined(label: _Frag, text: _Frag) -> _Frag:
    shift = len(label.text) + 1
    longer = text if len(text.text) >= len(label.text) else label
    return _Frag(
        text=f"{label.text} {text.text}",
        size=longer.size,  # the size and weight of the part with most characters
        x0=label.x0,
        x1=text.x1,
        top=min(label.top, text.top),
        bottom=max(label.bottom, text.bottom),
        bold=longer.bold,
        raised=label.raised + tuple((a + shift, b + shift) for a, b in text.raised),
    )


def _same_baseline(a: _Frag, b: _Frag) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= 0.5 * min(a.bottom - a.top, b.bottom - b.top)


# pdfminer cuts a line where a gap is wider than two characters: a wide sentence space in justified
# text, or a change of font, can split one visual line in two, and the right part may then be read
# after the next line. Two parts on one baseline at most _SPLIT_GAP ems apart are put back together
# when the gap is no gutter: a neighbouring row (the nearest baseline above or below, within
# _NEIGHBOUR line heights) runs text across it, and neither neighbour shows the same gap with text
# on both sides (two columns, or a table, repeat their gap from row to row).
_SPLIT_GAP = 3.0
_NEIGHBOUR = 2.5


def _merge_split_lines(frags: list[_Frag]) -> list[_Frag]:
    # Rows of fragments on one baseline, top to bottom; each row left to right.
    order = sorted(range(len(frags)), key=lambda k: (frags[k].top, frags[k].x0))
    rows: list[list[int]] = []
    for k in order:
        if rows and _same_baseline(frags[rows[-1][0]], frags[k]):
            rows[-1].append(k)
        else:
            rows.append([k])
    current = list(frags)
    removed: set[int] = set()
    for r, row in enumerate(rows):
        if len(row) < 2:
            continue
        nearby = [current[k] for near in rows[max(0, r - 3) : r + 4] for k in near if k not in removed]
        row = sorted(row, key=lambda k: current[k].x0)
        keep = row[0]
        for k in row[1:]:
            left, right = current[keep], current[k]
            em = left.size or 10.0
            if (
                right.x0 >= left.x1 - 0.5
                and right.x0 - left.x1 <= _SPLIT_GAP * em
                and _runs_across(nearby, left, right, em)
            ):
                current[keep] = _joined(left, right)
                removed.add(k)
            else:
                keep = k
    if not removed:
        return frags
    return [current[k] for k in range(len(frags)) if k not in removed]


def _runs_across(frags: list[_Frag], left: _Frag, right: _Frag, em: float) -> bool:
    """True when the nearest rows above and below show text across the gap between `left` and
    `right`, and no sign of a gutter there."""
    reach = _NEIGHBOUR * 1.2 * em
    above = [f for f in frags if left.top - reach <= f.top < left.top - 0.5 * em]
    below = [f for f in frags if left.top + 0.5 * em < f.top <= left.top + reach]
    crossing = False
    for rows in (above, below):
        if not rows:
            continue
        nearest = max(f.top for f in rows) if rows is above else min(f.top for f in rows)
        row = [f for f in rows if abs(f.top - nearest) < 0.5 * em]
        if any(f.x0 < left.x1 and f.x1 > right.x0 for f in row):
            crossing = True
        elif any(f.x1 <= right.x0 + 0.5 * em for f in row) and any(f.x0 >= left.x1 - 0.5 * em for f in row):
            return False  # text on both sides of the same gap: a gutter
    return crossing


def clean_line_text(text: str) -> str:
    """The text of an extracted line: ligatures and hyphen look-alikes spelled as plain text, control
    characters dropped, a private-use symbol at the line start read as the bullet it is, a soft
    hyphen (U+00AD) dropped inside the line (it is invisible there) and shown as "-" at the line end
    (where it is printed), outer whitespace stripped."""
    return _assemble([(text, False)])[0]


def _assemble(pieces: list[tuple[str, bool]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join (glyph text, raised) pieces into the cleaned line text and its raised ranges."""
    chars: list[tuple[str, bool]] = []
    for piece, raised in pieces:
        for c in _CONTROLS.sub("", piece.translate(_LIGATURES)):
            chars.append((c, raised))
    start, end = 0, len(chars)
    while start < end and chars[start][0].isspace():
        start += 1
    while end > start and chars[end - 1][0].isspace():
        end -= 1
    chars = chars[start:end]
    if chars and _PRIVATE_USE.match(chars[0][0]):
        chars[0] = ("•", chars[0][1])
    if chars and chars[-1][0] == "\u00ad":
        chars[-1] = ("-", chars[-1][1])
    chars = [(c, r) for c, r in chars if c != "\u00ad"]
    text = "".join(c for c, _ in chars)
    ranges: list[tuple[int, int]] = []
    i = 0
    while i < len(chars):
        if chars[i][1] and not chars[i][0].isspace():
            j = i
            while j < len(chars) and chars[j][1] and not chars[j][0].isspace():
                j += 1
            ranges.append((i, j))
            i = j
        else:
            i += 1
    return text, tuple(ranges)


# A glyph is a superscript when it is this much smaller than the line's dominant size, and its
# bottom sits this share of the dominant size above the bottoms of the dominant-size glyphs (a
# smaller glyph on the same baseline only rises by the difference of the descents, ~0.1 size).
_SUPER_SIZE = 0.85
_SUPER_RISE = 0.25


@lru_cache(maxsize=1024)
def _bold_font(fontname: str) -> bool:
    return _BOLD_FONT.search(fontname) is not None


def _line(item: Any, page_top: float, page_left: float, char_type: type, rotated: list[Any]) -> _Frag | None:
    # (text, size rounded to 0.1 pt, bottom y) per glyph; size None for a space pdfminer inferred
    glyphs: list[tuple[str, float | None, float]] = []
    sizes: Counter[float] = Counter()
    bold = visible = 0
    previous = None
    for ch in item:
        if not isinstance(ch, char_type):
            glyphs.append((ch.get_text(), None, 0.0))
            continue
        a, b = ch.matrix[0], ch.matrix[1]
        if not ch.upright or abs(b) > 0.05 * (abs(a) + abs(b)):
            rotated.append(ch)  # turned or slanted text: pdfminer reads it a glyph per line
            continue
        glyph = ch.get_text()
        if (
            previous is not None
            and glyph == previous.get_text()
            and abs(ch.x0 - previous.x0) < 0.3 * max(ch.width, 0.1)
            and abs(ch.y0 - previous.y0) < 0.3 * max(ch.height, 0.1)
        ):
            continue  # the same glyph printed again on top of itself (glyph-by-glyph fake bold)
        previous = ch
        rounded = round(float(ch.size), 1)
        glyphs.append((glyph, rounded, float(ch.y0)))
        if not glyph.strip():
            continue
        visible += 1
        sizes[rounded] += 1
        if _bold_font(ch.fontname or ""):
            bold += 1
    # The most common size; on a tie the larger one (a heading's size, not its footnote marker's).
    size = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))[0] if sizes else None
    pieces: list[tuple[str, bool]]
    smaller = [g for g in glyphs if g[1] is not None and size is not None and g[1] <= _SUPER_SIZE * size]
    if not smaller or size is None:
        pieces = [(g[0], False) for g in glyphs]
    else:
        bottoms = sorted(g[2] for g in glyphs if g[1] == size)
        base = bottoms[len(bottoms) // 2]
        rise = _SUPER_RISE * size
        limit = _SUPER_SIZE * size
        pieces = [(t, s is not None and s <= limit and y - base >= rise) for t, s, y in glyphs]
    text, raised_ranges = _assemble(pieces)
    if not text:
        return None
    return _Frag(
        text=text,
        size=size,
        x0=float(item.x0) - page_left,
        x1=float(item.x1) - page_left,
        top=page_top - float(item.y1),
        bottom=page_top - float(item.y0),
        bold=bool(visible) and bold / visible >= _BOLD_SHARE,
        raised=raised_ranges,
    )
