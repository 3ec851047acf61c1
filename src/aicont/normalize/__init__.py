"""Normalisation: page structure, footnotes, OCR repair and line joining; every change is an Edit.

`normalize(raw, roles)` returns the document's lines (`NLine`, a mutable working type that the
normalisers annotate in place, each change recorded as an Edit on the line) with their role
(body, footnote, repeated link, page number, running head, separator, blank), their page, the
footnote they start and the footnote markers cut from them (`refs`). Segmentation (segment.py)
turns the body lines into blocks. The order matters: footnote areas are found on the text as
printed (their numbers may look like OCR damage), then OCR repair runs, then markers are cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aicont.model import Problem, RawDocument
from aicont.normalize.footnotes import cut_markers, ends_sentence, find_footnotes, footnote_problems
from aicont.normalize.hyphenation import Vocabulary
from aicont.normalize.lines import BODY, FOOTNOTE, PAGE_NUMBER, RUNNING_HEAD, NLine, make_lines
from aicont.normalize.ocr import NumberContext, detect_ocr, repair
from aicont.normalize.pages import (
    body_measure,
    confirm_page_numbers,
    decide_page_starts,
    is_double_spaced,
    line_pitch,
    mark_blank_lines,
    mark_page_numbers,
    mark_running_heads,
    mark_url_repeats_in_body,
)


@dataclass(slots=True)
class Normalized:
    lines: list[NLine]
    ocr: bool
    double_spaced: bool
    measure: int
    vocab: Vocabulary
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    index: dict[int, int] = field(default_factory=dict)  # line number → position in `lines`
    pitch: float | None = None  # PDF: the usual distance between the tops of two body lines
    # a text file that holds one passage per line, not wrapped at a measure (set by segment.py)
    one_per_line: bool = False


def normalize(raw: RawDocument, roles: dict[int, str] | None = None, *, ocr_repair: bool = True) -> Normalized:
    """Annotate the lines of `raw`; `roles` are layout roles of PDF lines (empty for text)."""
    roles = roles or {}
    lines = make_lines(raw)
    text_source = raw.source == "text" or not roles
    mark_blank_lines(lines)
    layout_fn: set[int] = set()
    for line in lines:
        role = roles.get(line.number)
        if not line.text or role is None:
            continue
        line.layout = role
        if role in (PAGE_NUMBER, RUNNING_HEAD):
            line.role = role
            line.edit(role, line.text, "")
        elif role == FOOTNOTE:
            layout_fn.add(line.number)
    double = is_double_spaced(lines)
    ocr, evidence = detect_ocr(line.text for line in lines if line.text)
    notices: list[str] = []
    if ocr:
        done = "OCR repair applied" if ocr_repair else "OCR repair switched off"
        notices.append(f"{raw.path}: OCR damage detected ({evidence}); {done}")
    if text_source:
        mark_page_numbers(lines)
    find_footnotes(lines, ocr=ocr, double_spaced=double, text_source=text_source, layout_fn=layout_fn)
    mark_url_repeats_in_body(lines)
    if text_source:
        confirm_page_numbers(lines)
    decide_page_starts(lines, raw.source if roles or raw.source != "text" else "text")
    if text_source:
        mark_running_heads(lines)
    if ocr and ocr_repair:
        _repair(lines)
    cut_markers(lines, ocr=ocr)
    vocab = Vocabulary.build(line.text for line in lines if line.role in (BODY, FOOTNOTE) and line.text)
    body = [line.text for line in lines if line.role == BODY and line.text]
    vocab = vocab.with_split_evidence(zip(body, body[1:]))
    measure = body_measure(lines)
    problems = footnote_problems(lines)
    norm = Normalized(lines, ocr, double, measure, vocab, problems, notices)
    norm.pitch = line_pitch(lines)
    return norm


def _repair(lines: list[NLine]) -> None:
    numbers = NumberContext.build(line.text for line in lines if line.text and line.role in (BODY, FOOTNOTE))
    previous_body: NLine | None = None
    for line in lines:
        if not line.text or line.role not in (BODY, FOOTNOTE):
            continue
        if line.role == FOOTNOTE:
            new, changes = repair(line.text, footnote_text=line.fn is not None, sentence_start=line.fn is not None, numbers=numbers)
        else:
            start = previous_body is None or ends_sentence(previous_body.text)
            new, changes = repair(line.text, sentence_start=start, numbers=numbers)
            previous_body = line
        for before, after in changes:
            line.edit("ocr-repair", before, after)
        line.text = new
