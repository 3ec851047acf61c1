"""AC5xx: structure. Passages and footnotes present in one version only, clauses missing inside a
paired passage, lists with a different number of items, sections that differ."""

from __future__ import annotations

import math
import re
from statistics import median
from typing import Iterator

from aicont.checks.context import DocumentContext, Hit, PairContext, block_quote, block_words, blocks_quote, without_links
from aicont.checks.registry import ONE_SIDED_BEADS, check
from aicont.model import Block, BlockKind, Confidence, Kind, Severity
from aicont.text import names

# A passage counts as real content from this many words with letters (a running head, a page
# number, a stray OCR fragment has fewer).
MIN_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")


def words(text: str) -> int:
    """The words of two letters or more of `text`, links and addresses left out."""
    return len(_WORD.findall(without_links(text)))


def _block_word_counts(doc: DocumentContext, side: str) -> tuple[int, ...]:
    """`words` of every block of one side, from the pair's `block_words` (those of one letter left out)."""
    return doc.memo(("structure.words", side), lambda: tuple(len(w) - list(map(len, w)).count(1) for w in block_words(doc, side)))


def _is_content(block: Block) -> bool:
    return words(block.text) >= MIN_WORDS


def _kind_label(block: Block) -> str:
    return {
        BlockKind.HEADING: "heading",
        BlockKind.LIST_ITEM: "list item",
        BlockKind.FOOTNOTE: "footnote",
        BlockKind.TABLE: "table",
        BlockKind.TITLE: "title",
        BlockKind.BOX: "box",
        BlockKind.FIGURE: "figure",
    }.get(block.kind, "passage")


# An unpaired block with an unpaired block of similar size on the other side within this many
# beads is an alignment failure (both versions have the passage), not an omission.
COUNTERPART_RADIUS = 3
COUNTERPART_RATIO = (0.4, 2.5)
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def anchors(block: Block, values: tuple = ()) -> frozenset[str]:
    """What identifies a passage across languages: its values, numbers and acronyms/names."""
    out = {f"v:{v.canonical}" for v in values}
    out.update(f"n:{m.group()}" for m in _NUMBER.finditer(block.text) if len(m.group()) >= 2)
    out.update(f"a:{name}" for name in names(block.text))
    return frozenset(out)


def _stream(block: Block) -> str:
    return "fn" if block.kind == BlockKind.FOOTNOTE else "body"


def _explained(pair: PairContext, side: str, block: Block) -> str | None:
    """Why an unpaired block is probably not an omission (None: it probably is one)."""
    doc = pair.doc
    if doc is None or doc.alignment is None:
        return None
    other = "right" if side == "left" else "left"
    o_blocks = doc.right.blocks if side == "left" else doc.left.blocks
    o_values = doc.right_values if side == "left" else doc.left_values
    s_values = doc.left_values if side == "left" else doc.right_values
    beads = doc.beads
    size = max(len(block.text), 1)
    # 1. an unpaired passage of similar size nearby on the other side: the aligner missed a pair
    # (much larger: this passage is a part of it that the aligner could not pair; the larger one is
    # reported)
    for k in range(max(0, pair.index - COUNTERPART_RADIUS), min(len(beads), pair.index + COUNTERPART_RADIUS + 1)):
        bead = beads[k]
        if getattr(bead, side):
            continue
        for j in getattr(bead, other):
            ob = o_blocks[j]
            if _stream(ob) != _stream(block) or not _is_content(ob):
                continue
            if len(ob.text) / size >= COUNTERPART_RATIO[0]:
                return f"unpaired counterpart {ob.id}" if len(ob.text) / size <= COUNTERPART_RATIO[1] else (
                    f"part of the larger unpaired {ob.id}"
                )
    # 3. the same footnote number unpaired on the other side
    if block.kind == BlockKind.FOOTNOTE and block.number:
        unpaired = doc.memo(("unpaired-footnotes", other), lambda: _unpaired_footnotes(doc, other))
        if block.number in unpaired:
            return f"unpaired footnote {unpaired[block.number]}"
    # 4. what identifies the passage stands in one block of the other side, and that block has more
    # text than its own counterpart: segmentation merged the passage into it (a footnote that
    # swallowed the body text after it, two list items read as one)
    mine = anchors(block, s_values.get(block.id, ()))
    if len(mine) >= SWALLOW_MIN_ANCHORS:
        need = math.ceil(SWALLOW_SHARE * len(mine))
        theirs, postings = doc.memo(("anchors", other), lambda: _anchor_index(o_blocks, o_values))
        # A block holding `need` of these anchors holds one of any len(mine) - need + 1 of them:
        # only the blocks of the rarest ones are candidates (linear where a scan of every block per
        # unpaired passage was quadratic in the document).
        rarest = sorted(mine, key=lambda a: (len(postings.get(a, ())), a))[: len(mine) - need + 1]
        for j in sorted({j for a in rarest for j in postings.get(a, ())}):
            if len(mine & theirs[j]) >= need and _has_surplus(doc, other, j):
                return f"its numbers and names stand in {o_blocks[j].id}"
    return None


def _unpaired_footnotes(doc: DocumentContext, side: str) -> dict[str, str]:
    """Footnote number -> id of the first footnote of `side` left unpaired by the alignment."""
    blocks = doc.left.blocks if side == "left" else doc.right.blocks
    out: dict[str, str] = {}
    for bead in doc.beads:
        if bead.left and bead.right:
            continue
        for j in getattr(bead, side):
            if blocks[j].kind == BlockKind.FOOTNOTE and blocks[j].number:
                out.setdefault(blocks[j].number, blocks[j].id)
    return out


def _anchor_index(blocks: tuple[Block, ...], values: dict) -> tuple[list[frozenset[str]], dict[str, list[int]]]:
    """Each block's anchors, and the blocks (indices) that hold each anchor."""
    each = [anchors(b, values.get(b.id, ())) for b in blocks]
    postings: dict[str, list[int]] = {}
    for j, found in enumerate(each):
        for a in found:
            postings.setdefault(a, []).append(j)
    return each, postings


SWALLOW_MIN_ANCHORS = 3
SWALLOW_SHARE = 0.8
# a block has surplus text when it is this much longer than its counterpart predicts
SURPLUS_FACTOR = 1.3


def _has_surplus(doc: DocumentContext, side: str, index: int) -> bool:
    bead_of = doc.memo(("bead-of", side), lambda: {i: b for b in reversed(doc.beads) for i in getattr(b, side)})
    bead = bead_of.get(index)
    if bead is not None:
        mine = getattr(bead, side)
        theirs = bead.right if side == "left" else bead.left
        if not theirs:
            return True
        own_blocks = doc.left.blocks if side == "left" else doc.right.blocks
        other_blocks = doc.right.blocks if side == "left" else doc.left.blocks
        own = sum(len(own_blocks[i].text) for i in mine)
        other = sum(len(other_blocks[i].text) for i in theirs)
        return own > SURPLUS_FACTOR * other
    return False


def _input_loss(pair: PairContext, side: str, block: Block) -> str | None:
    """The other input is OCR'd and its reader found this footnote's marker but not its text: the
    text may have been lost in conversion rather than in translation."""
    doc = pair.doc
    if doc is None or block.kind != BlockKind.FOOTNOTE or not block.number:
        return None
    other = "right" if side == "left" else "left"
    other_doc = doc.right if side == "left" else doc.left
    if not any(e.kind == "ocr-repair" for e in other_doc.edits):
        return None
    for problem in other_doc.problems:
        if problem.kind == "footnote-missing" and re.match(rf"footnote {re.escape(block.number)}\b", problem.message):
            return f"the {other} input is OCR'd and its reader found footnote {block.number}'s marker but not its text"
    return None


def _in_missing_run(pair: PairContext, side: str) -> frozenset[int]:
    """The blocks of `side` in the stretch the other version does not reach (AC004 reports them
    once, as one finding)."""
    alignment = pair.doc.alignment if pair.doc is not None else None
    if alignment is None or alignment.verdict.missing_side != side:
        return frozenset()
    return frozenset(alignment.verdict.missing)


def _one_side(pair: PairContext, side: str, footnotes: bool) -> Iterator[Hit]:
    blocks = pair.left if side == "left" else pair.right
    values = pair.left_values if side == "left" else pair.right_values
    missing = _in_missing_run(pair, side)
    for index, block in zip(pair.bead.left if side == "left" else pair.bead.right, blocks):
        if (block.kind == BlockKind.FOOTNOTE) != footnotes or index in missing:
            continue
        # a footnote that is only a link or a reference is content too
        cites = footnotes and any(v.block_id == block.id and v.kind in ("url", "reference") for v in values)
        if not (_is_content(block) or cites):
            continue
        if block.kind == BlockKind.FIGURE:
            continue  # text inside figures depends on the PDF/OCR layer, not on the translation
        if _explained(pair, side, block):
            continue
        label = _kind_label(block)
        if footnotes and block.number:
            label = f"footnote {block.number}"
        q = block_quote(block)
        loss = _input_loss(pair, side, block)
        yield Hit(
            message=f"{label} on the {side} only ({words(block.text)} words): nothing corresponds on the "
            f"{'right' if side == 'left' else 'left'}",
            left=q if side == "left" else None,
            right=q if side == "right" else None,
            confidence=Confidence.LOW if loss else Confidence.MEDIUM,
            likely_wrong=None if loss else ("right" if side == "left" else "left"),
            reason=loss or f"the {'right' if side == 'left' else 'left'} side lacks this {label}",
        )


@check("AC501", "passage-left-only", kind=Kind.OMISSION, severity=Severity.MEDIUM, beads=ONE_SIDED_BEADS)
def passage_left_only(pair: PairContext) -> Iterator[Hit]:
    """A passage (paragraph, list item, heading, table) of the left version has no counterpart on the right.

    Example: a paragraph of 40 words on the left that the aligner could pair with nothing.
    Not raised: for running heads, page numbers and fragments under six words; for footnotes (AC503).
    """
    yield from _one_side(pair, "left", footnotes=False)


@check("AC502", "passage-right-only", kind=Kind.ADDITION, severity=Severity.MEDIUM, beads=ONE_SIDED_BEADS)
def passage_right_only(pair: PairContext) -> Iterator[Hit]:
    """A passage of the right version has no counterpart on the left.

    Example: a sentence added as its own paragraph on the right.
    Not raised: for running heads, page numbers and fragments under six words; for footnotes (AC503).
    """
    yield from _one_side(pair, "right", footnotes=False)


@check("AC503", "footnote-one-side", kind=Kind.OMISSION, severity=Severity.MEDIUM, beads=ONE_SIDED_BEADS)
def footnote_one_side(pair: PairContext) -> Iterator[Hit]:
    """A footnote of one version has no counterpart in the other.

    Example: left footnote 12 "COM(2024) 28" and no footnote with that content on the right.
    Not raised: when the footnote stands on another page in the other version (the aligner pairs it).
    Low confidence when the other input is OCR'd and its reader found the footnote's marker but not
    its text (lost in conversion rather than in translation, AC002).
    """
    yield from _one_side(pair, "left", footnotes=True)
    yield from _one_side(pair, "right", footnotes=True)


# --------------------------------------------------------------------------- clause missing

# Length imbalance: log(right/left) of a paired passage against the document's own distribution.
# A passage is flagged when its log-ratio lies more than IMBALANCE_MADS robust deviations (and at
# least IMBALANCE_MIN_FACTOR) from the median, and the shorter side lacks at least
# IMBALANCE_MIN_WORDS of its own words (by the pair's median ratio of words). The floors keep
# short passages (where one rephrasing is a big ratio) quiet.
IMBALANCE_MADS = 5.0
IMBALANCE_MIN_FACTOR = 1.3
IMBALANCE_MIN_WORDS = 12


def _ratio_stats(doc: DocumentContext) -> tuple[float, float, float] | None:
    """Median and robust spread (MAD × 1.4826) of log(right/left length) over the paired beads,
    and the median of log(right/left words) over the same beads: languages differ in words per
    character (German compounds, Maltese articles written apart: "Pauschalreisen" / "il-vjaġġi
    kollox kompriż"), so the words a side lacks are counted with the pair's own word ratio."""
    if doc.alignment is None:
        return None
    logs, word_logs = [], []
    left_words, right_words = _block_word_counts(doc, "left"), _block_word_counts(doc, "right")
    for bead in doc.beads:
        if bead.left and bead.right:
            lt = sum(len(doc.left.blocks[i].text) for i in bead.left)
            rt = sum(len(doc.right.blocks[j].text) for j in bead.right)
            if lt >= 80 and rt >= 80:
                logs.append(math.log(rt / lt))
                lw = sum(left_words[i] for i in bead.left)
                rw = sum(right_words[j] for j in bead.right)
                word_logs.append(math.log(max(rw, 1) / max(lw, 1)))
    if len(logs) < 3:
        return None
    m = median(logs)
    mad = median(abs(x - m) for x in logs) * 1.4826
    return m, mad, median(word_logs)


def _between_confident_pairs(pair: PairContext) -> bool:
    """The beads before and after this one are confident pairs: position supports this pairing
    even when its own score is low (its imbalance is what lowered the score)."""
    from aicont.checks.context import WEAK_BEAD_SCORE

    doc = pair.doc
    if doc is None:
        return False
    for k in (pair.index - 1, pair.index + 1):
        if not 0 <= k < len(doc.beads):
            continue  # the document's edge is as good as a confident neighbour
        bead = doc.beads[k]
        if not (bead.left and bead.right) or bead.score < WEAK_BEAD_SCORE:
            return False
    return True


def _swapped(pair: PairContext, m: float, limit: float) -> bool:
    """This passage and a neighbour fit each other's counterparts: two passages (footnotes whose
    numbers trade places between the versions) paired crosswise, not a missing clause."""
    doc = pair.doc
    if doc is None or len(pair.bead.left) != 1 or len(pair.bead.right) != 1:
        return False
    li, ri = pair.bead.left[0], pair.bead.right[0]
    for k in (pair.index - 1, pair.index + 1):
        if not 0 <= k < len(doc.beads):
            continue
        bead = doc.beads[k]
        if len(bead.left) != 1 or len(bead.right) != 1:
            continue
        lk, rk = bead.left[0], bead.right[0]
        a = math.log(max(len(doc.right.blocks[rk].text), 1) / max(len(doc.left.blocks[li].text), 1)) - m
        b = math.log(max(len(doc.right.blocks[ri].text), 1) / max(len(doc.left.blocks[lk].text), 1)) - m
        if abs(a) <= limit and abs(b) <= limit:
            return True
    return False


_CACHE: list[tuple[object, tuple[float, float, float] | None]] = []


def _cached_stats(doc: DocumentContext) -> tuple[float, float, float] | None:
    # one document pair's statistics, computed once per run (checks get a fresh PairContext per bead)
    if _CACHE and _CACHE[0][0] is doc.alignment:
        return _CACHE[0][1]
    stats = _ratio_stats(doc)
    _CACHE[:] = [(doc.alignment, stats)]
    return stats


@check(
    "AC504",
    "length-imbalance",
    kind=Kind.OMISSION,
    severity=Severity.MEDIUM,
    options={"mads": IMBALANCE_MADS, "min_factor": IMBALANCE_MIN_FACTOR, "min_words": IMBALANCE_MIN_WORDS},
)
def length_imbalance(pair: PairContext) -> Iterator[Hit]:
    """A paired passage is much shorter on one side than the document's usual ratio predicts.

    A clause or sentence may be missing on the shorter side.

    Example: left has three sentences, right only the first two (right is 40 % shorter, where the
    document's right side is usually 5 % longer).
    The words that may be missing are counted with the pair's own ratio of words (German
    "über Pauschalreisen" against Maltese "dwar il-vjaġġi kollox kompriż" is no missing clause).
    Not raised: for short passages, imbalances within what the document shows elsewhere, two
    neighbouring passages paired crosswise (footnotes whose numbers trade places between the
    versions), or a weak pair among weak pairs (the imbalance is then the aligner's doubt).
    """
    doc = pair.doc
    if doc is None or not pair.left or not pair.right:
        return
    if pair.weak and not _between_confident_pairs(pair):
        return  # a weak bead among weak beads: the imbalance is the aligner's doubt, not evidence
    stats = _cached_stats(doc)
    if stats is None:
        return
    m, mad, mw = stats
    lt = " ".join(b.text for b in pair.left)
    rt = " ".join(b.text for b in pair.right)
    if len(lt) < 80 and len(rt) < 80:
        return
    x = math.log(max(len(rt), 1) / max(len(lt), 1))
    limit = max(float(pair.option("mads", IMBALANCE_MADS)) * mad, math.log(float(pair.option("min_factor", IMBALANCE_MIN_FACTOR))))
    dev = x - m
    if abs(dev) <= limit:
        return
    if _swapped(pair, m, limit):
        return
    lw, rw = words(lt), words(rt)
    if dev < 0:
        short, missing = "right", lw * math.exp(mw) - rw
    else:
        short, missing = "left", rw / math.exp(mw) - lw
    if missing < float(pair.option("min_words", IMBALANCE_MIN_WORDS)):
        return
    yield Hit(
        message=(
            f"the {short} side is {(1 - math.exp(-abs(dev))) * 100:.0f}% shorter than "
            f"the document's usual ratio predicts ({lw} vs {rw} words): about {missing:.0f} words may be missing "
            f"on the {short}"
        ),
        left=blocks_quote(pair.left),
        right=blocks_quote(pair.right),
        confidence=Confidence.MEDIUM,
        likely_wrong=short,
        reason=f"the {short} side is shorter than the rest of the document predicts",
    )


# --------------------------------------------------------------------------- lists and sections


@check("AC505", "list-item-count", kind=Kind.OMISSION, severity=Severity.MEDIUM)
def list_item_count(pair: PairContext) -> Iterator[Hit]:
    """Several list items on one side are paired with fewer list items on the other.

    An item was merged away or lost.

    Example: left items "a", "b", "c" paired with right items "a b", "c" (one bullet missing).
    Not raised: a list item split over two paragraphs on one side (the extra part is not an item),
    or a list item whose continuation the segmenter took as a paragraph.
    """
    ls = [b for b in pair.left if b.kind == BlockKind.LIST_ITEM]
    rs = [b for b in pair.right if b.kind == BlockKind.LIST_ITEM]
    if len(ls) == len(pair.left) and len(rs) == len(pair.right) and ls and rs and len(ls) != len(rs):
        more = "left" if len(ls) > len(rs) else "right"
        yield Hit(
            message=f"list items differ in number: {len(ls)} on the left, {len(rs)} on the right",
            left=blocks_quote(pair.left),
            right=blocks_quote(pair.right),
            confidence=Confidence.MEDIUM,
            likely_wrong="right" if more == "left" else "left",
            reason=f"the {more} side has {max(len(ls), len(rs)) - min(len(ls), len(rs))} more item(s) here",
        )


def _numbered_opposite(doc: DocumentContext, side: str, i: int, number: str) -> bool:
    """The heading's counterpart (in its bead) has the same number before a title."""
    other = "right" if side == "left" else "left"
    blocks = doc.right.blocks if side == "left" else doc.left.blocks
    for bead in doc.beads:
        if i in getattr(bead, side):
            return any(
                re.search(rf"(?:^|\s){re.escape(number)}\.?\s+[^\W\d_]", blocks[j].text) for j in getattr(bead, other)
            )
    return False


@check("AC506", "section-structure", kind=Kind.OMISSION, severity=Severity.MEDIUM, scope="document")
def section_structure(doc: DocumentContext) -> Iterator[Hit]:
    """A numbered section heading exists in one version and not in the other.

    Example: left has sections 1-6, right has 1-5 and "6." is missing.
    Not raised: when headings differ only in wording, when neither side numbers its sections, or
    when the other side has the numbered title but it was read as a paragraph (layout, not content).
    """
    def numbered(blocks: tuple[Block, ...]) -> dict[str, Block]:
        out: dict[str, Block] = {}
        for b in blocks:
            if b.kind == BlockKind.HEADING and b.number and re.fullmatch(r"\d+(\.\d+)*", b.number):
                out.setdefault(b.number, b)
        return out

    left, right = numbered(doc.left.blocks), numbered(doc.right.blocks)
    if not left or not right:
        return
    index = {b.id: i for i, b in enumerate(doc.left.blocks)} | {b.id: i for i, b in enumerate(doc.right.blocks)}
    for number in sorted(set(left) ^ set(right), key=lambda n: [int(p) for p in n.split(".")]):
        side = "left" if number in left else "right"
        block = left.get(number) or right[number]
        if _numbered_opposite(doc, side, index[block.id], number):
            continue  # the other side has the numbered title as text: read as a paragraph, not missing
        q = block_quote(block)
        yield Hit(
            message=f"section {number} is numbered on the {side} only",
            left=q if side == "left" else None,
            right=q if side == "right" else None,
            confidence=Confidence.MEDIUM,
            section=number,
        )
