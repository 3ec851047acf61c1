"""AC508's chunk evidence: the passage's sentences cut further at the punctuation and list structure
translations keep (, ; : brackets, dashes), and a run's chunks paired with the other side's.

A clause removed inside a long sentence changes the sentence's length by less than the pair's own
noise over a sentence ("comptes rendus, l'analyse et le suivi d'événements" in a title of 60 words),
but the chunk it stood in (between two commas, or between a reference and a bracket) is much shorter
on the other side than the pair's chunks ever are. A run's chunks are paired with the other side's by
the word links they share (the smallest groups of chunks on each side whose links close: a chunk the
translation splits or merges, words moved across a comma), and the group pair's Gale–Church deviation
is judged against the deviations of the pair's own confident passages' chunk groups (a percentile,
not a constant per language).
"""

from __future__ import annotations

import re

from aicont.checks.clauses import (
    SKIPPED_KINDS,
    Run,
    SentenceEvidence,
    Side,
    _deviation,
    _ratio,
    _side_sentences,
    _size,
    close_spans,
    confident_beads,
    deviation_threshold,
    length_evidence,
    passage_links,
)
from aicont.checks.context import DocumentContext

# chunks end at a sentence end and at these (a comma between digits is a decimal sign, a colon
# inside a word, the Finnish "N:o", is part of it: not cuts)
_CUT = re.compile(r",(?!\d)|:(?!\w)|[;()\[\]—–]|\s-\s")

# A run's chunk group must deviate beyond this quantile of the pair's confident chunk groups (both
# directions), and at least CHUNK_MIN_Z; groups beyond CHUNK_MAX_Z are pairs the links mismatched,
# left out of the threshold; fewer than CHUNK_MIN_PAIRS groups: no chunk evidence.
CHUNK_QUANTILE = 0.95
CHUNK_MIN_Z = 2.0
CHUNK_MAX_Z = 10.0
CHUNK_MIN_PAIRS = 20


def side_chunks(doc: DocumentContext, side: Side, which: str) -> list[tuple[int, int]]:
    """The chunks of one side of a passage, as (start, end) in the side's text."""
    return cut_chunks(side.text, _side_sentences(doc, side, which))


def cut_chunks(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The `sentences` of `text` cut at `_CUT`, white space trimmed, empty pieces dropped."""
    bounds = []
    for s, e in sentences:
        cuts = [m.span() for m in _CUT.finditer(text, s, e)]
        bounds += zip([s] + [end for _, end in cuts], [start for start, _ in cuts] + [e])
    out = []
    for a, b in bounds:
        piece = text[a:b]
        a, b = a + len(piece) - len(piece.lstrip()), b - len(piece) + len(piece.rstrip())
        if b > a:
            out.append((a, b))
    return out


def chunk_group(
    doc: DocumentContext, start: int, end: int, a: Side, b: Side, which: str, links: dict[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The character ranges ((a1, a2), (b1, b2)) of the chunks of `a` holding [start, end) and
    their counterpart on `b` (widened by a chunk on each side while none of them is linked), or None."""
    ca = side_chunks(doc, a, which)
    cb = side_chunks(doc, b, "right" if which == "left" else "left")
    ks = [k for k, (s, e) in enumerate(ca) if s < end and start < e]
    if not ks or not cb:
        return None
    lo, hi = ks[0], ks[-1]
    while True:
        got = close_spans(ca, cb, lo, hi, a, b, links)
        if got is not None or (lo == 0 and hi == len(ca) - 1):
            break
        lo, hi = max(0, lo - 1), min(len(ca) - 1, hi + 1)
    if got is None:
        return None
    (la, ha), (lb, hb) = got
    return (ca[la][0], ca[ha][1]), (cb[lb][0], cb[hb][1])


def chunk_evidence(doc: DocumentContext, run: Run, a: Side, b: Side, links: dict[int, int]) -> SentenceEvidence | None:
    """The length evidence of the run's chunk group and its counterpart (`links`: a's word index ->
    b's), or None."""
    got = chunk_group(doc, run.start, run.end, a, b, run.side, links)
    return None if got is None else length_evidence(doc, run, a, b, links, *got)


def chunk_threshold(doc: DocumentContext) -> float:
    """The CHUNK_QUANTILE of the |deviation| of the chunk groups of the pair's confident passages
    (every chunk of each side paired by its links, both directions), at least CHUNK_MIN_Z."""

    def compute() -> float:
        c = _ratio(doc)
        found: list[float] = []
        for k in confident_beads(doc):
            pair = doc.pair(k, doc.beads[k])
            if any(x.kind in SKIPPED_KINDS for x in (*pair.left, *pair.right)):
                continue
            left, right, links = passage_links(pair)
            ca, cb = side_chunks(doc, left, "left"), side_chunks(doc, right, "right")
            seen = set()
            for n in range(len(ca)):
                got = close_spans(ca, cb, n, n, left, right, links)
                if got is None or got in seen:
                    continue
                seen.add(got)
                (la, ha), (lb, hb) = got
                ll, lr = _size(left.text[ca[la][0]:ca[ha][1]]), _size(right.text[cb[lb][0]:cb[hb][1]])
                found += [abs(_deviation(c, ll, lr)), abs(_deviation(1.0 / c, lr, ll))]
        return deviation_threshold(found, CHUNK_QUANTILE, CHUNK_MIN_Z, CHUNK_MAX_Z, CHUNK_MIN_PAIRS)

    return doc.memo(("chunks.threshold",), compute)
