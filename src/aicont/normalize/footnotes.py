"""Footnotes: find the footnote area of each page, number its footnotes, and cut the footnote
markers out of the body text (keeping them as references).

Footnote numbers run in sequence through a document, and that sequence is the main evidence:

* **Areas.** A page's footnotes stand at its bottom: after a separator line (PDF text layers; for
  PDF input the layout's footnote role does the same), or (OCR'd text) from a line that starts
  with the next footnote number up to the next page start, every group in between being a
  footnote, a continuation of one, or a repeated link. Without a separator the body text before
  the area must carry its markers (glued digits equal to the numbers, or OCR'd symbol clusters),
  so a numbered list ("1 Den Digitale Taskforce …") is not taken for footnotes; an area that no
  page start closes needs a glued marker for every number.
* **Numbers.** A printed number in [expected, expected + 3] is taken (a skip means footnotes were
  lost; they are reported; a larger skip needs a glued marker with that number in the text). Right
  under a separator, numbering may start again at 1 (documents that number per page; the repeated
  numbers get ids "fn1.2", … and are not reported as duplicates). In OCR'd text a number damaged by the OCR ("3" for 13, "%" for 9,
  "41" for 44) is replaced by the expected one and the repair is recorded. A page-start line that
  stands just before an area whose first number skips one is the lost footnote whose number the
  OCR dropped.
* **Markers.** The markers of the footnotes in an area stand in the body text since the previous
  area. Candidates are digits glued to a word ("AI-företag3", "EuroHPC2)", "i mars 20258" = 2025 +
  8, "15 %18") and, in OCR'd text, symbol clusters glued to a word ("®", "?)", "’", "!!", "*®").
  A small dynamic programme matches candidates to the expected numbers in order: a glued number
  must equal its footnote's number (so "2025" is never cut when 5 is expected: a year alone is not
  a marker), while symbols match any number; unmatched candidates are left in the text.
* **Raised digits.** A PDF line says which of its characters are set as superscripts
  (`NLine.raised_ranges()`), and that layout outweighs every guess from the text: a run of raised
  digits after a word, a digit, "%", ")" and the like is a candidate whose digits are exactly the
  marker ("20258" with a raised "8" cuts "8", "EuroHPC28" with a raised "8" leaves "EuroHPC2"),
  and it wins over any other candidate for the same number; digits set flat on a line that has
  raised characters elsewhere ("G8-landene" beside "2025⁸") are taken only when nothing better
  stands for that number, and they do not vouch for a footnote area. Text input has no raised
  ranges and is read by the text alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from aicont.model import Problem
from aicont.text import UPPER
from aicont.normalize.lines import (
    BLANK,
    BODY,
    FOOTNOTE,
    PAGE_NUMBER,
    SEPARATOR,
    URL_ONLY,
    URL_REPEAT,
    NLine,
    last_token_start,
)

# How far a printed footnote number may run ahead of the expected one (footnotes lost on the way).
MAX_SKIP = 3
# How far ahead a printed number may run when a glued marker in the text vouches for it.
_MAX_VOUCHED_SKIP = 30
# Longest footnote area (lines, blank lines included) looked ahead for in OCR'd text.
_MAX_AREA = 80

_UPPER = UPPER
_START_DIGITS = re.compile(rf"^(?P<num>\d{{1,3}})(?=\s|[{_UPPER}]|$)")
_START_DAMAGED = re.compile(rf"^(?P<tok>[\d%#“”\"'’*®?§&°]{{1,3}})(?=\s|[{_UPPER}])")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*$")


class Start(NamedTuple):  # (a NamedTuple: a frozen record without the dataclass machinery's cost at import)
    """A footnote's first line: its number, as printed, and the text after it."""

    number: int
    printed: str
    strong: bool  # printed as a plausible number rather than recovered from the sequence
    rest: str  # the footnote's text after its number


def _damaged(printed: str, expected: int) -> bool:
    """Could OCR have turned `expected` into `printed` (a digit lost, or one misread)?"""
    e = str(expected)
    if printed == e:
        return True
    if e.startswith(printed) or e.endswith(printed):
        return True
    return len(printed) == len(e) and sum(a != b for a, b in zip(printed, e)) == 1


def footnote_start(text: str, expected: int, *, ocr: bool, restart: bool = False) -> Start | None:
    """Is `text` the first line of footnote `expected` (or of one a little further on)?
    `restart`: first footnote under a page's separator, where numbering may start again at 1."""
    m = _START_DIGITS.match(text)
    if m:
        printed = m["num"]
        p = int(printed)
        rest = text[m.end() :].lstrip()
        if expected <= p <= expected + MAX_SKIP or (restart and p == 1):
            return Start(p, printed, True, rest)
        if ocr and p < expected and _damaged(printed, expected):
            return Start(expected, printed, False, rest)
        return None
    if ocr:
        m = _START_DAMAGED.match(text)
        if m and not m["tok"].isdigit():
            return Start(expected, m["tok"], False, text[m.end() :].lstrip())
    return None


_URL_AT_END = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # segmentation asks it of the same lines again and again (2.5 times each)
def ends_sentence(text: str) -> bool:
    """Does the line end a sentence (or with a link, which ends a footnote just as well)?"""
    # both patterns are anchored at the end and match no space: search the last token only
    start = last_token_start(text)
    return bool(_SENTENCE_END.search(text, start)) or bool(_URL_AT_END.search(text, start))


def _gap_before(lines: list[NLine], i: int) -> tuple[int, int | None]:
    """(blank lines just before i, index of the previous non-blank line)."""
    gap = 0
    j = i - 1
    while j >= 0 and lines[j].role in (BLANK, SEPARATOR) and not lines[j].text:
        gap += 1
        j -= 1
    return gap, (j if j >= 0 else None)


def _starts_upper(text: str) -> bool:
    return bool(text) and text[0].isupper()


class _Scanner:
    def __init__(self, lines: list[NLine], *, ocr: bool, double_spaced: bool, text_source: bool) -> None:
        self.lines = lines
        self.ocr = ocr
        self.double = double_spaced
        self.text_source = text_source
        self.layout_fn: set[int] = set()

    def page_start_candidate(self, i: int) -> bool:
        line = self.lines[i]
        if self.text_source:
            return line.lead == 1
        _, j = _gap_before(self.lines, i)
        return j is not None and self.lines[j].page != line.page

    def _accept_start(self, i: int, st: Start, last_fn_line: int | None) -> bool:
        if st.strong:
            return True
        gap, j = _gap_before(self.lines, i)
        if self.double:
            return False  # a damaged number needs the blank line as evidence, which says nothing here
        previous_ended = j is None or ends_sentence(self.lines[j].text) or self.lines[j].role == URL_REPEAT
        if gap == 0:
            # inside an area, a damaged number may follow a finished footnote directly
            return last_fn_line is not None and previous_ended
        return last_fn_line is None or previous_ended

    def zone_from(self, i: int, expected: int, *, after_separator: bool) -> tuple[list[tuple[int, str, Start | None]], int, bool]:
        """Scan a footnote area starting at line i. Returns the classified lines
        [(index, role, start)], the index where the area ends (exclusive), and whether it ended
        cleanly (at a page start, the end of the file, or — after a separator — anywhere)."""
        out: list[tuple[int, str, Start | None]] = []
        lines = self.lines
        n = len(lines)
        k = i
        exp = expected
        last_fn_line: int | None = None
        zone_text: list[str] = []
        current_from = 0  # where the current footnote's text starts in zone_text
        while k < n:
            line = lines[k]
            if line.role in (BLANK, SEPARATOR) and not line.text:
                k += 1
                continue
            if line.role not in (BODY,):
                return out, k, True
            if self.layout_fn and line.number not in self.layout_fn:
                return out, k, True
            if not after_separator and k - i > _MAX_AREA:
                return out, k, False
            gap, j = _gap_before(lines, k)
            text = line.text
            if URL_ONLY.match(text):
                prev_text = lines[j].text if j is not None else ""
                compact = "".join(zone_text).replace(" ", "").lower()
                core = text.rstrip(".").lower()
                prev_last = prev_text.split()[-1] if prev_text.split() else ""
                # a link line is never the tail of the link before it: after a (piece of a) link
                # it is a repeated link target
                prev_is_link = "/" in prev_last or prev_last.lower().startswith(("http", "www"))
                # a footnote that already holds a link takes no second link on a line of its own
                has_link = "http" in "".join(zone_text[current_from:]).lower()
                repeat = core in compact or bool(out and (ends_sentence(prev_text) or prev_is_link or has_link))
                out.append((k, URL_REPEAT if repeat else FOOTNOTE, None))
                if not repeat:
                    zone_text.append(text)
                if self.text_source and line.lead == 1:
                    # The repeated link took the first place of the next page.
                    return out, k + 1, True
                k += 1
                continue
            st = footnote_start(text, exp, ocr=self.ocr, restart=after_separator and last_fn_line is None)
            if st is not None and self._accept_start(k, st, last_fn_line):
                out.append((k, FOOTNOTE, st))
                exp = st.number + 1
                last_fn_line = k
                current_from = len(zone_text)
                zone_text.append(text)
                k += 1
                continue
            if k != i and self.page_start_candidate(k):
                return out, k, True
            if last_fn_line is None:
                return out, k, after_separator
            prev_text = lines[j].text if j is not None else ""
            needed_gap = 2 if self.double else 1
            if ends_sentence(prev_text) and gap >= needed_gap and (_starts_upper(text) or not text[:1].isalpha()):
                return out, k, after_separator
            out.append((k, FOOTNOTE, None))
            zone_text.append(text)
            k += 1
        # the end of the file closes an area only as well as a separator opened it
        return out, k, after_separator


def find_footnotes(
    lines: list[NLine], *, ocr: bool, double_spaced: bool, text_source: bool, layout_fn: set[int] | None = None
) -> None:
    """Give footnote lines the role FOOTNOTE (first line: `fn` set), repeated links URL_REPEAT.
    `layout_fn`: line numbers the PDF layout places in a footnote area (strong evidence)."""
    layout_fn = layout_fn or set()
    sc = _Scanner(lines, ocr=ocr, double_spaced=double_spaced, text_source=text_source)
    sc.layout_fn = layout_fn
    expected = 1
    i = 0
    n = len(lines)
    after_separator = False
    cache: dict[int, list[_Cand]] = {}  # marker candidates per line (the text does not change here)
    while i < n:
        line = lines[i]
        if line.role == SEPARATOR:
            after_separator = True
            i += 1
            continue
        if line.role == PAGE_NUMBER and line.text.isdigit() and int(line.text) >= expected:
            # a footnote number standing alone (its text below it) looks like a page number:
            # believe the footnote when a marker in the text before vouches for the number
            if _markers_vouch(lines, i, [int(line.text)], ocr=ocr, expected=expected, strict=True, cache=cache):
                line.role = BODY
                line.edits = [e for e in line.edits if e.kind != "page-number"]
        if line.role != BODY:
            i += 1
            continue
        if line.number in layout_fn:
            _, j = _gap_before(lines, i)
            if j is None or lines[j].number not in layout_fn:
                after_separator = True
        st = footnote_start(line.text, expected, ocr=ocr, restart=after_separator)
        start_at = 1 if st is not None and st.number == 1 and expected > 1 else expected
        if st is None and not after_separator:
            # footnotes lost on the way (more than MAX_SKIP): a glued marker vouches for the number
            m = _START_DIGITS.match(line.text)
            p = int(m["num"]) if m else 0
            if expected + MAX_SKIP < p <= expected + _MAX_VOUCHED_SKIP and _markers_vouch(
                lines, i, [p], ocr=ocr, expected=expected, strict=True, cache=cache
            ):
                st = footnote_start(line.text, p, ocr=ocr)
                start_at = p
        zone = None
        if st is not None:
            gap, j = _gap_before(lines, i)
            if after_separator or (sc._accept_start(i, st, None) and (gap > 0 or j is None or (j is not None and lines[j].role != BODY))):
                items, end, clean = sc.zone_from(i, start_at, after_separator=after_separator)
                has_start = any(s is not None for _, _, s in items)
                numbers = [s.number for _, _, s in items if s is not None]
                if has_start and (after_separator or (clean and _markers_vouch(lines, i, numbers, ocr=ocr, expected=expected, cache=cache)) or _markers_vouch(lines, i, numbers, ocr=ocr, expected=expected, strict=True, cache=cache)):
                    zone = (items, end)
        after_separator = False
        if zone is None:
            i += 1
            continue
        items, end = zone
        first = next(s for _, _, s in items if s is not None)
        if first.number > expected and text_source and not double_spaced:
            expected = _claim_lost_footnote(lines, i, expected, first.number)
        for k, role, s in items:
            target = lines[k]
            target.role = role
            if role == URL_REPEAT:
                target.edit("url-repeat", target.text, "")
            if s is not None:
                target.fn = s.number
                target.fn_printed = s.printed
                if s.printed != str(s.number):
                    target.edit("footnote-number", s.printed, str(s.number))
                target.text = s.rest
                expected = s.number + 1
        if items and role == URL_REPEAT and lines[items[-1][0]].lead == 1 and text_source:
            lines[items[-1][0]].page_start = True
        i = end


# How far back (lines) the markers of an area without a page-start evidence are looked for.
_VOUCH_WINDOW = 120


def _markers_vouch(
    lines: list[NLine],
    i: int,
    numbers: list[int],
    *,
    ocr: bool,
    expected: int,
    strict: bool = False,
    cache: dict[int, list[_Cand]] | None = None,
) -> bool:
    """Does the body text before a candidate area carry its markers? Glued digits must equal the
    numbers; in OCR'd text symbol clusters count too. `strict` (no separator, no page start to
    close the area): every number needs its own glued digits."""
    if not numbers:
        return False
    start = i
    while start > 0 and i - start < _VOUCH_WINDOW and lines[start - 1].role != FOOTNOTE:
        start -= 1
    idx = [k for k in range(start, i) if lines[k].role == BODY and lines[k].text]
    cache = {} if cache is None else cache
    cands = []
    for k in idx:
        if k not in cache:
            cache[k] = _candidates(lines, k, ocr=ocr)
        cands.extend(cache[k])
    digits = {c.digits for c in cands if c.digits is not None and c.raised is not False}
    if strict:
        return all(n in digits for n in numbers)
    symbols = sum(1 for c in cands if c.digits is None and c.weight >= 0.5)
    found = sum(1 for n in numbers if n in digits) + symbols
    return found >= max(1, (len(numbers) + 1) // 2)


def _claim_lost_footnote(lines: list[NLine], i: int, expected: int, first: int) -> int:
    """An OCR'd page-start line just before an area whose first number skips `expected`, standing
    alone as a group, is footnote `expected` whose number the OCR dropped (the dropped number
    leaves the single space that otherwise marks a page start)."""
    gap, j = _gap_before(lines, i)
    if gap == 0 or j is None:
        return expected
    k = j
    while k - 1 >= 0 and lines[k - 1].role == BODY and lines[k - 1].text:
        k -= 1
    if lines[k].lead != 1 or j - k > 6:
        return expected
    before_gap, before = _gap_before(lines, k)
    if before_gap == 0 or before is None:
        return expected
    for m in range(k, j + 1):
        lines[m].role = FOOTNOTE
    lines[k].fn = expected
    lines[k].fn_printed = ""
    lines[k].edit("footnote-number", "", str(expected))
    return expected + 1


# --------------------------------------------------------------------------- markers

_END = r"(?=[\s.,;:)\]”\"]|-[^\W\d_]|$)"
# after a letter, a closing bracket or quote, a percent sign or "+" ("Battery 2030+63")
_GLUED_DIGITS = re.compile(rf"(?<=[^\W\d_]|[)\]%+\"”’])(?P<m>\d{{1,3}}){_END}")
# a marker set after the sentence's full stop ("end for mindre virksomheder.1 Over halvdelen")
_AFTER_STOP = re.compile(rf"(?<=[^\W\d_][.!?])(?P<m>\d{{1,3}})(?=\s+[{UPPER}]|$)")
# a detached marker after a sentence's end at the end of a line ("køretøjsoplevelsen. 67")
_DETACHED_DIGITS = re.compile(r"(?<=[.!?] )(?P<m>\d{1,3})$")
_MORE_DIGITS = re.compile(rf",(?P<m>\d{{1,3}}){_END}")
_YEAR_GLUED = re.compile(rf"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?P<m>\d{{1,2}}){_END}")
_SYMBOLS = "®?’'!*°>”“:¹²³⁴⁵⁶⁷⁸⁹⁰"
_GLUED_SYMBOLS = re.compile(rf"(?<=[^\W\d_]|[)\]%])(?P<m>[{_SYMBOLS}]{{1,3}}[OCD]?)(?=[\s.,;)\]]|$)")
_LONE_SYMBOLIC = re.compile(rf"(?<=\s)(?P<m>\d[°®’*])(?=[\s.,;:)]|$)")


class _Cand(NamedTuple):
    """A possible footnote marker in a body line (offsets into its text)."""

    line: int  # index into lines
    start: int
    end: int
    printed: str
    digits: int | None
    weight: float  # how sure a symbol cluster (or raised digits) is a marker
    lead_space: bool = False  # cut the space before it too ("dataomrader 2°.")
    loose: bool = False  # glued to a percent sign, where digits are never text ("15 %8")
    # PDF layout: True for digits set as a superscript, False for digits set flat on a line that
    # has superscripts elsewhere, None when the line has none (text input, or no marker raised)
    raised: bool | None = None


# Match scores of glued digits equal to the footnote's number. Raised digits outscore any two
# text guesses, so the layout decides between a raised "8" and a flat "G8" on the same page;
# flat digits beside raised ones still match when nothing else stands for the number (a marker
# the reader did not see raised), but lose to every other candidate.
_DIGITS_SCORE = 3.0
_RAISED_SCORE = 7.0
_FLAT_SCORE = 1.0
# The weight of raised digits: as sure as an unmistakable OCR symbol (dropping one costs).
_RAISED_WEIGHT = 2.0


def _symbol_weight(tok: str, after: str) -> float:
    core = tok.rstrip("OCD")
    if not core:
        return 0.0
    if len(core) >= 2:
        return 0.0 if core in ("::",) else 2.0
    c = core
    if c in ":”“'":
        return 0.0  # a colon, a closing quote, an apostrophe
    if c == "?":
        return 0.5 if after[:1] in (".", ",", ";", ")", ":") else 0.0
    if c in "®*°":
        return 2.0
    return 0.7  # ’ ! and superscript digits


_MAYBE_DIGIT = re.compile(r"\d")
_MAYBE_SYMBOL = re.compile(rf"[{re.escape(_SYMBOLS)}]")
_LONE_SYMBOLS = "°®’*"  # one of them is in every _LONE_SYMBOLIC match


def _candidates(lines: list[NLine], idx: int, *, ocr: bool) -> list[_Cand]:
    text = lines[idx].text
    # every digit pattern needs a digit, _GLUED_SYMBOLS one of _SYMBOLS: most lines have neither,
    # and an OCR'd line with a colon or an apostrophe but no digit needs only the one scan
    digits = _MAYBE_DIGIT.search(text) is not None
    symbols = ocr and _MAYBE_SYMBOL.search(text) is not None
    if not digits and not symbols:
        return []  # most lines: nothing that could be a marker
    found: dict[int, _Cand] = {}
    if digits:
        _digit_candidates(text, idx, found)
    if symbols:
        for m in _GLUED_SYMBOLS.finditer(text):
            w = _symbol_weight(m["m"], text[m.end() :])
            if w > 0:
                found[m.start("m")] = _Cand(idx, m.start("m"), m.end("m"), m["m"], None, w)
        if digits and any(c in text for c in _LONE_SYMBOLS):
            for m in _LONE_SYMBOLIC.finditer(text):
                found[m.start("m")] = _Cand(idx, m.start("m"), m.end("m"), m["m"], None, 1.5, lead_space=True)
    raised = lines[idx].raised_ranges()
    if raised:
        return _with_raised(idx, text, raised, [found[k] for k in sorted(found)])
    return [found[k] for k in sorted(found)]


def _digit_candidates(text: str, idx: int, found: dict[int, _Cand]) -> None:
    """The glued, after-stop and detached digits of a line (which has a digit) into `found`."""
    for m in _YEAR_GLUED.finditer(text):
        found[m.start("m")] = _Cand(idx, m.start("m"), m.end("m"), m["m"], int(m["m"]), 0.0)
    for m in _GLUED_DIGITS.finditer(text):
        if m.start("m") not in found:
            loose = text[m.start("m") - 1] == "%"
            found[m.start("m")] = _Cand(idx, m.start("m"), m.end("m"), m["m"], int(m["m"]), 0.0, loose=loose)
            # "områder80,81." : a second marker after a comma
            end = m.end("m")
            while (more := _MORE_DIGITS.match(text, end)) is not None:
                found[more.start()] = _Cand(idx, more.start(), more.end(), more["m"], int(more["m"]), 0.0)
                end = more.end()
    for m in _AFTER_STOP.finditer(text):
        found.setdefault(m.start("m"), _Cand(idx, m.start("m"), m.end("m"), m["m"], int(m["m"]), 0.0))
    for m in _DETACHED_DIGITS.finditer(text):
        found[m.start("m")] = _Cand(idx, m.start("m"), m.end("m"), m["m"], int(m["m"]), 0.0, lead_space=True)


_RAISED_DIGITS = re.compile(r"\d+")


def _with_raised(idx: int, text: str, raised: tuple[tuple[int, int], ...], cands: list[_Cand]) -> list[_Cand]:
    """The candidates of a line with superscripts: each run of raised digits that ends a word (or
    follows "%", ")", a digit, ...) is a candidate of its own, replacing the text's guesses that
    overlap it; the remaining digit guesses are marked as set flat."""
    own: list[_Cand] = []
    for a, b in raised:
        for m in _RAISED_DIGITS.finditer(text, a, b):
            start, end = m.start(), m.end()
            if end - start > 3 or start == 0:
                continue  # a footnote number has at most three digits; a marker follows something
            if end < len(text) and text[end].isalnum():
                continue  # a raised ordinal ending ("1er"), digits inside a token ("x2y")
            if text[start - 1] == " ":
                # set apart from its word: pdfminer may read the gap before a superscript as a space
                if start < 2:
                    continue
                own.append(_Cand(idx, start, end, m[0], int(m[0]), _RAISED_WEIGHT, lead_space=True, raised=True))
            else:
                own.append(_Cand(idx, start, end, m[0], int(m[0]), _RAISED_WEIGHT, raised=True))
    out = list(own)
    for c in cands:
        if any(c.start < o.end and o.start < c.end for o in own):
            continue  # the layout says where the marker starts and ends
        out.append(c._replace(raised=False) if c.digits is not None else c)
    return sorted(out, key=lambda c: c.start)


def _digits_score(c: _Cand) -> float:
    if c.raised is None:
        return _DIGITS_SCORE
    return _RAISED_SCORE if c.raised else _FLAT_SCORE


def _match_score(c: _Cand, number: int, *, ocr: bool, digits_only: frozenset[int] = frozenset()) -> float | None:
    if number in digits_only:
        return _digits_score(c) if c.digits == number else None
    if c.digits is not None:
        if c.digits == number:
            return _digits_score(c)
        if ocr and c.loose and not c.raised and _damaged(c.printed, number):
            return 1.0
        return None
    return c.weight


def _assign(
    cands: list[_Cand], numbers: list[int], *, ocr: bool, digits_only: frozenset[int] = frozenset()
) -> list[tuple[_Cand, int]]:
    """Monotone matching of candidates to footnote numbers that maximises the total score."""
    m, k = len(cands), len(numbers)
    if not m or not k:
        return []
    best = [[0.0] * (k + 1) for _ in range(m + 1)]
    move = [[0] * (k + 1) for _ in range(m + 1)]
    # Each cell takes the best of: drop the candidate (1), skip the number (2), match them (3);
    # on a tie the later move wins (the order of the moves, as max over (score, move) would).
    for b in range(1, k + 1):
        best[0][b], move[0][b] = best[0][b - 1], 2
    for a in range(1, m + 1):
        cand = cands[a - 1]
        drop = -1.0 if cand.weight >= 2.0 else 0.0
        above, row, moves = best[a - 1], best[a], move[a]
        row[0], moves[0] = above[0] + drop, 1
        for b in range(1, k + 1):
            score, mv = above[b] + drop, 1
            if row[b - 1] >= score:
                score, mv = row[b - 1], 2
            s = _match_score(cand, numbers[b - 1], ocr=ocr, digits_only=digits_only)
            if s is not None and above[b - 1] + s >= score:
                score, mv = above[b - 1] + s, 3
            row[b], moves[b] = score, mv
    out: list[tuple[_Cand, int]] = []
    a, b = m, k
    while a > 0 or b > 0:
        mv = move[a][b]
        if mv == 3:
            out.append((cands[a - 1], numbers[b - 1]))
            a, b = a - 1, b - 1
        elif mv == 1:
            a -= 1
        else:
            b -= 1
    out.reverse()
    return out


def cut_markers(lines: list[NLine], *, ocr: bool) -> None:
    """Find the footnote markers in body lines, cut them from the text and keep them as refs."""
    segments: list[tuple[list[int], list[int]]] = []  # (body line indexes, footnote numbers)
    body: list[int] = []
    numbers: list[int] = []
    in_zone = False
    for i, line in enumerate(lines):
        if line.role == BODY and line.text:
            if in_zone:
                segments.append((body, numbers))
                body, numbers, in_zone = [], [], False
            body.append(i)
        elif line.role == FOOTNOTE and line.fn is not None:
            in_zone = True
            numbers.append(line.fn)
    segments.append((body, numbers))
    expected = 1
    for body_idx, zone_numbers in segments:
        extra: frozenset[int] = frozenset()
        if zone_numbers:
            top = max(zone_numbers)
            wanted = list(range(expected, top + 1)) if top >= expected else sorted(set(zone_numbers))
            # a marker near the page's end may have its footnote on the next page (or lost):
            # the next numbers are taken too, but only as exact glued digits
            extra = frozenset(range(wanted[-1] + 1, wanted[-1] + 3))
            wanted += sorted(extra)
        else:
            wanted = list(range(expected, expected + MAX_SKIP + 1))
        cands = [c for i in body_idx for c in _candidates(lines, i, ocr=ocr)]
        if not zone_numbers:
            # After the last area nothing vouches for the numbers: only exact glued digits and
            # unmistakable symbols count.
            cands = [c for c in cands if c.digits is not None or c.weight >= 2.0]
        matched = _assign(cands, wanted, ocr=ocr, digits_only=extra)
        if not zone_numbers and matched:
            # keep only a run in sequence from `expected`
            run: list[tuple[_Cand, int]] = []
            for c, num in matched:
                if num == expected + len(run):
                    run.append((c, num))
            matched = run
        _apply(lines, matched)
        if zone_numbers:
            expected = max(expected, max(zone_numbers) + 1, max((num + 1 for _, num in matched), default=0))
        elif matched:
            expected = matched[-1][1] + 1


def _apply(lines: list[NLine], matched: list[tuple[_Cand, int]]) -> None:
    by_line: dict[int, list[tuple[_Cand, int]]] = {}
    for c, num in matched:
        by_line.setdefault(c.line, []).append((c, num))
    for idx, items in by_line.items():
        line = lines[idx]
        text = line.text
        for c, num in sorted(items, key=lambda t: -t[0].start):
            start = c.start - 1 if c.lead_space and c.start > 0 and text[c.start - 1] == " " else c.start
            word_start = max(text.rfind(" ", 0, c.start) + 1, 0)
            before = text[word_start : c.end]
            text = text[:start] + text[c.end :]
            after = before[: len(before) - (c.end - c.start)].rstrip() if not c.lead_space else ""
            line.edit("footnote-marker", before, after or before[: -len(c.printed)])
        line.text = text
        line.refs.extend(num for _, num in sorted(items, key=lambda t: t[0].start))


def footnote_problems(lines: list[NLine]) -> list[Problem]:
    """Footnotes referenced but without text, numbers skipped, and numbers used twice."""
    texts: dict[int, NLine] = {}
    dup: list[NLine] = []
    for line in lines:
        if line.fn is not None:
            if line.fn in texts:
                dup.append(line)
            else:
                texts[line.fn] = line
    refs: dict[int, NLine] = {}
    for line in lines:
        for r in line.refs:
            refs.setdefault(r, line)
    problems: list[Problem] = []
    top = max([*texts, *refs], default=0)
    for num in range(1, top + 1):
        if num in texts:
            continue
        if num in refs:
            line = refs[num]
            problems.append(
                Problem(
                    "footnote-missing",
                    f"footnote {num} is referenced on line {line.number} but its text is missing",
                    line.span,
                )
            )
        else:
            problems.append(Problem("footnote-missing", f"footnote {num} is missing: neither its text nor its marker was found"))
    restarts = sum(1 for line in lines if line.fn == 1) > 1  # numbering starts again on each page
    for line in dup if not restarts else []:
        problems.append(Problem("footnote-duplicate", f"footnote number {line.fn} is used twice (line {line.number})", line.span))
    return problems
