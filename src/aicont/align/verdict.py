"""The align stage's verdict on the pair as a whole: translations of each other, unrelated, or a
translation that stops early (or starts late) in one version.

One truth: the pipeline decides from it whether passages are compared, AC003 and AC004 report
it, and `aicont align` prints it, so what the align command shows is what the checks use.
"""

from __future__ import annotations

from collections.abc import Sequence

from aicont.align.dp import longest_chain
from aicont.model import Bead, BlockKind, Document, Verdict

# Two inputs are compared passage by passage only when they align as translations: at most this
# share of beads is one-sided, and at least this share of their characters stands in beads the
# aligner is confident of (score >= CONFIDENT_SCORE). Measured on the corpus: the action plan pair
# 0.01 and 0.92; unrelated documents 0.62-0.80 and 0.00-0.17; the 44 DGT EN-X pairs at most 0.08
# one-sided; one DGT act against the other in two languages 0.6 and more one-sided.
MIN_CONFIDENT_SHARE = 0.1
MAX_ONE_SIDED_SHARE = 0.45
CONFIDENT_SCORE = 0.8
# At most this share of one-sided beads is a translation whatever the scores: a short act between
# two distant languages (the hand-made English/Hungarian test act: 18 of 18 passages paired,
# none at score 0.8 but two) has too few words for the lexicon that calibrates its scores, while
# unrelated documents leave 52-81% of their beads one-sided (corpus and DGT).
SURE_ONE_SIDED_SHARE = 0.15
# On a handful of passages one odd pair moves these shares a lot: only documents with at least
# this many blocks on each side are judged by them.
MIN_BLOCKS_FOR_QUALITY = 8
# One input holding less than this share of the other's text (and the other a real document of
# MIN_BLOCKS_FOR_QUALITY blocks or more) is a stub: a one-line or near-empty file is no version of
# a document (the shortest real translation of the corpus and DGT holds 0.8 of its partner's text).
STUB_SHARE = 0.1
# A run of passages at the end (or start) of one version with no counterpart is a version that
# stops early (starts late) when it holds at least this share of that side's text and at least
# MIN_MISSING_BLOCKS blocks: one omission of a long tail, reported once (AC004), not passage by
# passage. (A real omission inside a document is one paragraph or a few: 2-5% of the text.)
MIN_MISSING_SHARE = 0.15
MIN_MISSING_BLOCKS = 3


def _size(doc: Document, indices: Sequence[int]) -> int:
    return sum(len(doc.blocks[i].text) for i in indices)


def evidence(beads: Sequence[Bead], left: Document, right: Document) -> tuple[float, float]:
    """(share of characters in confident paired beads, share of one-sided beads)."""
    total = sum(_size(left, b.left) + _size(right, b.right) for b in beads) or 1
    confident = sum(
        _size(left, b.left) + _size(right, b.right) for b in beads if b.left and b.right and b.score >= CONFIDENT_SCORE
    )
    one_sided = sum(1 for b in beads if not b.left or not b.right) / max(1, len(beads))
    return confident / total, one_sided


def _translation(confident: float, one_sided: float) -> bool:
    if one_sided <= SURE_ONE_SIDED_SHARE:
        return True  # (nearly) every passage paired: position and length vouch where words cannot
    return confident >= MIN_CONFIDENT_SHARE and one_sided <= MAX_ONE_SIDED_SHARE


def _reach(beads: Sequence[Bead], left: Document, right: Document) -> tuple[set[int], set[int]]:
    """The body blocks of each side that the other version reaches: those of the paired beads in
    the longest chain that runs forward on both sides. A stray pair across the document (a
    heading of the missing half paired with one of the first pages) is no evidence of reach."""
    pairs = [
        (b.left[0], b.right[0])
        for b in beads
        if b.left and b.right
        and left.blocks[b.left[0]].kind != BlockKind.FOOTNOTE
        and right.blocks[b.right[0]].kind != BlockKind.FOOTNOTE
    ]
    chain = set(longest_chain(pairs))
    reached_l: set[int] = set()
    reached_r: set[int] = set()
    for b in beads:
        if b.left and b.right and (b.left[0], b.right[0]) in chain:
            reached_l.update(b.left)
            reached_r.update(b.right)
    return reached_l, reached_r


def _body_run(doc: Document, reached: set[int], at_end: bool) -> tuple[int, ...]:
    """The body blocks before the first (after the last) reached body block of `doc`: the
    stretch of that version the other version does not reach."""
    body = [i for i, blk in enumerate(doc.blocks) if blk.kind != BlockKind.FOOTNOTE]
    anchored = [i for i in body if i in reached]
    if not anchored:
        return ()
    edge = anchored[-1] if at_end else anchored[0]
    return tuple(i for i in body if (i > edge if at_end else i < edge))


def _missing_run(beads: Sequence[Bead], left: Document, right: Document) -> tuple[str, tuple[int, ...], bool] | None:
    """(side, blocks, at the end) of the longest unreached stretch, when it is a real one."""
    best: tuple[str, tuple[int, ...], bool] | None = None
    best_share = 0.0
    reached_l, reached_r = _reach(beads, left, right)
    for side, doc, reached in (("left", left, reached_l), ("right", right, reached_r)):
        total = sum(len(b.text) for b in doc.blocks) or 1
        for at_end in (True, False):
            run = _body_run(doc, reached, at_end)
            share = _size(doc, run) / total
            if len(run) >= MIN_MISSING_BLOCKS and share >= MIN_MISSING_SHARE and share > best_share:
                best, best_share = (side, run, at_end), share
    return best


def judge(beads: Sequence[Bead], left: Document, right: Document) -> Verdict:
    """The verdict on a pair from its beads (see the module docstring and the thresholds)."""
    lt, rt = sum(len(b.text) for b in left.blocks), sum(len(b.text) for b in right.blocks)
    confident, one_sided = evidence(beads, left, right)
    big = max(len(left.blocks), len(right.blocks)) >= MIN_BLOCKS_FOR_QUALITY
    if big and min(lt, rt) < STUB_SHARE * max(lt, rt):
        short, n, other, m = ("left", lt, rt, len(left.blocks)) if lt < rt else ("right", rt, lt, len(right.blocks))
        return Verdict(
            "unrelated",
            confident,
            one_sided,
            f"the {short} input holds {n} characters in {m} passage{'s' if m != 1 else ''} against {other} "
            "on the other side: it is no version of the same document",
        )
    if min(len(left.blocks), len(right.blocks)) < MIN_BLOCKS_FOR_QUALITY:
        return Verdict("unjudged", None, None)
    run = _missing_run(beads, left, right)
    if run is not None:
        side, missing, at_end = run
        gone = set(missing)
        rest = [b for b in beads if not gone.intersection(getattr(b, side))]
        c, o = evidence(rest, left, right)
        if _translation(c, o):
            doc = left if side == "left" else right
            other = "right" if side == "left" else "left"
            where = "stops early" if at_end else "starts late"
            reason = (
                f"the {other} version {where}: {len(missing)} of the {len(doc.blocks)} passages of the {side} "
                f"({_size(doc, missing) * 100 // max(1, sum(len(b.text) for b in doc.blocks))}% of its text) have no counterpart"
            )
            return Verdict("partial", c, o, reason, side, missing)
    if not _translation(confident, one_sided):
        return Verdict(
            "unrelated",
            confident,
            one_sided,
            f"the inputs do not align as translations of each other: {confident:.0%} of the text pairs with "
            f"confidence, {one_sided:.0%} of the passages have no counterpart",
        )
    return Verdict("translation", confident, one_sided)
