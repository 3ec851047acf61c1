"""Page structure of a text version: blank lines, footnote separators, page numbers, running heads,
and where a new page begins.

Text files carry no layout, so every decision here is taken from evidence in the words:

* A **separator** is a line of only spaces (20 or more) or of rule characters: the PDF text layer
  prints the rule above a page's footnotes that way.
* A **page number** is a line holding only a small number, standing alone between blank lines, at
  a page boundary (a page start follows, or footnotes / repeated links precede it, or such numbers
  rise through the document); a lone number elsewhere is a table cell or a label and stays text.
* A **running head** is a short line that repeats (digits ignored) at the start of most pages
  (three at least); a recurring caption ending with a colon ("Key actions:") is not one.
* A **repeated link**: PDF text layers repeat link targets after the footnotes; a bare link line
  outside the sentence flow is dropped when something vouches for it (see mark_url_repeats_in_body).
* A **page break**: in OCR'd text and in PDF text layers a new page begins with a line indented by
  exactly one space. Not every such line is a page start (an OCR'd line may be indented by
  accident), so a candidate is accepted when the page's footnotes or page number stand just before
  it, or when the page it closes is at least half as long as a typical page of this document.
* **Double spacing**: some text layers put a blank line after almost every line; then a blank line
  says nothing about paragraphs and segmentation must decide from other evidence.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from aicont.normalize.lines import (
    BLANK,
    BODY,
    FOOTNOTE,
    PAGE_NUMBER,
    RUNNING_HEAD,
    SEPARATOR,
    URL_ONLY,
    URL_REPEAT,
    NLine,
)

_RULE = re.compile(r"^[_\-–—=.·]{8,}$")
_PAGE_NO = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$")
# Share of non-blank lines followed by a blank line above which blank lines carry no meaning.
_DOUBLE_SPACED = 0.6
# A page shorter than this share of the typical page cannot end at an unsupported candidate.
_MIN_PAGE_SHARE = 0.5
_DEFAULT_MIN_PAGE = 20


def mark_blank_lines(lines: list[NLine]) -> None:
    """Blank lines and footnote separators (a long run of spaces or a rule)."""
    for line in lines:
        if not line.text:
            line.role = SEPARATOR if len(line.raw) >= 20 and not line.raw.strip() else BLANK
        elif _RULE.match(line.text):
            line.role = SEPARATOR


def is_double_spaced(lines: list[NLine]) -> bool:
    nonblank = followed = 0
    for a, b in zip(lines, lines[1:]):
        if a.text:
            nonblank += 1
            if not b.text:
                followed += 1
    # a handful of lines says nothing about the layout
    return nonblank >= 6 and followed / nonblank > _DOUBLE_SPACED


def mark_page_numbers(lines: list[NLine]) -> None:
    """Candidates: a line holding only a small number, with blank lines (or the file's edge) on
    both sides. `confirm_page_numbers` later keeps those that stand at a page boundary."""
    for i, line in enumerate(lines):
        if line.role != BODY or not _PAGE_NO.match(line.text):
            continue
        before = lines[i - 1] if i > 0 else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (before is None or not before.text) and (after is None or not after.text):
            line.role = PAGE_NUMBER
            line.edit("page-number", line.text, "")


def confirm_page_numbers(lines: list[NLine]) -> None:
    """A page number closes a page: the next line starts a page (single-space indent), or the
    page's footnotes, repeated links or separator stand just before it, or such numbers rise
    through the document (2, 3, 4 …). A lone number elsewhere (a table cell) is text again."""
    candidates = [i for i, line in enumerate(lines) if line.role == PAGE_NUMBER and _PAGE_NO.match(line.text)]
    values = [int(re.sub(r"\D", "", lines[i].text)) for i in candidates]
    rising = len(values) >= 3 and all(b > a for a, b in zip(values, values[1:]))
    for i in candidates:
        nxt = next((line for line in lines[i + 1 :] if line.text), None)
        prev = next((line for line in reversed(lines[:i]) if line.text), None)
        at_boundary = (nxt is not None and nxt.lead == 1) or (
            prev is not None and (prev.role in (FOOTNOTE, URL_REPEAT, SEPARATOR) or URL_ONLY.match(prev.text) is not None)
        )
        if rising or at_boundary:
            continue
        line = lines[i]
        line.role = BODY
        line.edits = [e for e in line.edits if e.kind != "page-number"]


def mark_url_repeats_in_body(lines: list[NLine]) -> None:
    """A bare link target standing outside the sentence flow is a link the text layer repeated,
    not text of the document, when something vouches for it: it stands in a run of such lines,
    right after a footnote area, or its link occurs elsewhere in the document."""
    where = [i for i, line in enumerate(lines) if line.text]  # each nonblank line's index in `lines`
    nonblank = [lines[i] for i in where]
    bare = {k for k, line in enumerate(nonblank) if line.role in (BODY, URL_REPEAT) and URL_ONLY.match(line.text)}
    elsewhere: dict[str, int] = {}
    for line in nonblank:
        low = line.text.lower()
        if "http" not in low and "www" not in low:
            continue  # no token of the line can be a link (most lines): skip the token walk
        for token in line.text.split():
            core = token.rstrip(".,;)").lower()
            if core.startswith(("http", "www")):
                elsewhere[core] = elsewhere.get(core, 0) + 1
    for k, line in enumerate(nonblank):
        if k not in bare or line.role != BODY:
            continue
        prev = nonblank[k - 1] if k > 0 else None
        gap = _blank_run_before(lines, where[k])
        if prev is not None and prev.role == BODY and (prev.text.endswith(":") or not (gap >= 2 or _ends(prev.text))):
            continue  # part of the sentence: "... see:" + link
        vouched = (
            (k - 1 in bare or k + 1 in bare)
            or (prev is not None and prev.role in (FOOTNOTE, URL_REPEAT, SEPARATOR))
            or elsewhere.get(line.text.rstrip(".,;)").lower(), 0) >= 2
        )
        if vouched:
            line.role = URL_REPEAT
            line.edit("url-repeat", line.text, "")


def _ends(text: str) -> bool:
    return text.endswith((".", "!", "?", ")")) or bool(URL_ONLY.match(text))


def _blank_run_before(lines: list[NLine], k: int) -> int:
    """How many blank lines stand right before lines[k]."""
    gap = 0
    while k > 0 and not lines[k - 1].text:
        gap += 1
        k -= 1
    return gap


def decide_page_starts(lines: list[NLine], source: str) -> None:
    """Mark the first line of every page after the first and renumber `page` for text input."""
    if source != "text":
        previous = None
        for line in lines:
            if line.text and previous is not None and line.page != previous:
                line.page_start = True
            if line.text:
                previous = line.page
        return
    nonblank = [i for i, line in enumerate(lines) if line.text]
    strong: set[int] = set()
    weak: list[int] = []
    for k, i in enumerate(nonblank):
        line = lines[i]
        if line.page_start:  # already decided (a repeated link that took the page's first place)
            strong.add(i)
            continue
        if k == 0 or line.role != BODY:
            continue
        before = lines[nonblank[k - 1]]
        if before.role == PAGE_NUMBER:
            strong.add(i)  # a page number closes the page before
            continue
        if line.lead != 1:
            continue
        if before.role in (FOOTNOTE, URL_REPEAT, PAGE_NUMBER, SEPARATOR, RUNNING_HEAD):
            strong.add(i)
        else:
            weak.append(i)
    # Typical page length (non-blank lines) from the breaks the footnotes vouch for.
    position = {i: k for k, i in enumerate(nonblank)}
    starts = sorted(strong)
    lengths = [position[b] - position[a] for a, b in zip(nonblank[:1] + starts, starts)]
    typical = statistics.median(lengths) if len(lengths) >= 2 else 2 * _DEFAULT_MIN_PAGE
    min_page = max(8, int(_MIN_PAGE_SHARE * typical))
    accepted = set(strong)
    for i in weak:
        last = max((s for s in accepted if s < i), default=nonblank[0])
        nxt = min((s for s in accepted if s > i), default=None)
        if position[i] - position[last] < min_page:
            continue
        if nxt is not None and position[nxt] - position[i] < min(min_page, 8):
            continue
        accepted.add(i)
    page = 1
    for i, line in enumerate(lines):
        if i in accepted:
            page += 1
            line.page_start = True
        line.page = page
        if i in accepted:
            line.edit("page-break", "", f"page {page}")


def mark_running_heads(lines: list[NLine]) -> None:
    """Short lines that repeat (digits ignored) at the start of most pages (at least three)."""
    firsts: list[NLine] = []
    for line in lines:
        if line.page_start or (not firsts and line.text and line.role == BODY):
            firsts.append(line)  # the first line of every page, the document's first included
    # A running head stands on most pages; a recurring caption ("Key actions:") ends with a colon
    # and recurs on a few pages only.
    key = Counter(re.sub(r"\d+", "#", f.text) for f in firsts if len(f.text) < 80 and not f.text.endswith((":", ".")))
    need = max(3, int(0.4 * (len(firsts) + 1)))
    heads = {k for k, n in key.items() if n >= need}
    if not heads:
        return
    for line in firsts:
        if re.sub(r"\d+", "#", line.text) in heads:
            line.role = RUNNING_HEAD
            line.edit("running-head", line.text, "")


def body_measure(lines: list[NLine]) -> int:
    """The page's measure: a high percentile of body line lengths (lines shorter than it by a good
    margin end a paragraph or are not prose)."""
    lengths = sorted(len(line.text) for line in lines if line.role == BODY and len(line.text) > 20)
    if not lengths:
        return 80
    return lengths[int(0.9 * (len(lengths) - 1))]


def line_pitch(lines: list[NLine]) -> float | None:
    """PDF input: the median distance between the tops of consecutive body lines on a page (a
    larger distance is the space between paragraphs)."""
    steps: list[float] = []
    prev: NLine | None = None
    for line in lines:
        if line.role != BODY or not line.text or line.top is None:
            continue
        if prev is not None and prev.page == line.page and prev.top is not None and line.top > prev.top:
            steps.append(line.top - prev.top)
        prev = line
    return statistics.median(steps) if len(steps) >= 3 else None
