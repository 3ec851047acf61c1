"""AC404: names and acronyms (EuroHPC, InvestAI, ARISA) that one version of a passage gives and the other does not.

Part of the entities family (AC4xx); in its own module because it reads words and names, not the
reference values of checks/entities.py.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from aicont.checks.context import Hit, PairContext, blocks_quote, value_quote
from aicont.checks.registry import check
from aicont.model import Confidence, Kind, Severity, Value
from aicont.text import NAME, WORD
from aicont.text import names as text_names

# A name counts as kept in translation when, in the beads where it stands on one side, it also
# stands on the other in at least this share (and at least twice), this bead left out.
KEPT_SHARE = 0.9
KEPT_MIN = 2
# A name in more than this share of the passages is the document's vocabulary ("EU", "AI"), which a
# translator may write out or leave implicit; only rarer, distinctive names are checked.
COMMON_SHARE = 0.1
COMMON_MIN = 3



def spelled_out(acronym: str, text: str) -> bool:
    """`text` writes the acronym out: consecutive words (or hyphen parts) whose initials give at
    least three quarters of its capitals in order ("Marie Skłodowska-Curie" for "MSCA",
    "artificiell intelligens" for "AI")."""
    if not acronym.isupper():
        return False  # a name such as "InvestAI" or "EuroHPC" is not an abbreviation of words
    caps = [c.casefold() for c in acronym if c.isupper()]
    if len(caps) < 2:
        return False
    initials = [(m.start(), m.group()[0].casefold()) for m in WORD.finditer(text)]
    need = max(2, -(-3 * len(caps) // 4))
    for k in range(len(initials)):
        got = 0
        for (pos, letter), want in zip(initials[k:], caps):
            if letter != want:
                break
            got += 1
        if got >= need:
            return True
    return False


def names(text: str) -> Counter:
    """The names and acronyms of `text` (text.names: any script, Roman numerals left out), counted."""
    return Counter(text_names(text))


def _block_names(doc, side: str) -> tuple[Counter, ...]:  # noqa: ANN001 - DocumentContext
    """`names` of every block of one side, computed once per pair: the check needs them for every
    bead and its two neighbours, and for the statistics over all beads."""
    blocks = (doc.left if side == "left" else doc.right).blocks
    return doc.memo(("entities.names", side), lambda: tuple(names(b.text) for b in blocks))


def _names_of(doc, side: str, indices: tuple[int, ...]) -> Counter:  # noqa: ANN001 - DocumentContext
    """`names` of the blocks `indices` of one side joined with spaces, from the per-block counts: a
    name cannot span the space between two blocks, so the counts of the joined text are their sum
    (added in text order, so that the Counter's order is the joined text's too). Kept per bead
    side, because a bead is looked at again as each neighbour's neighbour; callers only read it."""

    def compute() -> Counter:
        per_block = _block_names(doc, side)
        out: Counter = Counter()
        for i in indices:
            out.update(per_block[i])
        return out

    return doc.memo(("entities.names_of", side, tuple(indices)), compute)


def _name_stats(doc) -> dict[str, dict[str, tuple[int, int]]]:  # noqa: ANN001 - DocumentContext
    """side -> name -> (beads where it stands on that side, beads where it stands on both sides)."""
    return doc.memo(("entities.name_stats",), lambda: _compute_name_stats(doc))


def _compute_name_stats(doc) -> dict[str, dict[str, tuple[int, int]]]:  # noqa: ANN001 - DocumentContext
    stats: dict[str, dict[str, list[int]]] = {"left": {}, "right": {}}
    for bead in doc.beads:
        if not (bead.left and bead.right):
            continue
        ln = set(_names_of(doc, "left", bead.left))
        rn = set(_names_of(doc, "right", bead.right))
        for side, mine, theirs in (("left", ln, rn), ("right", rn, ln)):
            for n in mine:
                entry = stats[side].setdefault(n, [0, 0])
                entry[0] += 1
                entry[1] += n in theirs
    return {side: {n: (a, b) for n, (a, b) in table.items()} for side, table in stats.items()}


@check("AC404", "name-one-side", kind=Kind.ENTITY, severity=Severity.MEDIUM)
def name_one_side(pair: PairContext) -> Iterator[Hit]:
    """A name or acronym that the translation keeps everywhere else is missing from one passage.

    Learned from the pair: a name counts only when it stands on both sides in at least 90 % of
    the other passages where it occurs (at least twice).
    Example: left "EuroHPC har iværksat DARE-initiativet" / right "Initiativet har lanserats".
    Not raised: "SMV" vs "SMF" (each version's own acronym never stands on the other side), a name
    in the neighbouring passage of the other side, a name the translation often leaves out ("EU"),
    an acronym written out ("MSCA" vs "Marie Skłodowska-Curie-åtgärderna").
    """
    doc = pair.doc
    if doc is None or not pair.left or not pair.right:
        return
    stats = _name_stats(doc)
    paired = doc.memo(("entities.paired",), lambda: sum(1 for b in doc.beads if b.left and b.right)) or 1
    ltext = " ".join(b.text for b in pair.left)
    rtext = " ".join(b.text for b in pair.right)
    ln, rn = _pair_names(pair, "left", ltext), _pair_names(pair, "right", rtext)
    for side, mine, theirs, blocks in (("left", ln, rn, pair.left), ("right", rn, ln, pair.right)):
        other = "right" if side == "left" else "left"
        near = _neighbour_surplus(pair, other)
        for name in sorted(set(mine) - set(theirs)):
            total, both = stats[side].get(name, (0, 0))
            total -= 1  # this bead
            if both < KEPT_MIN or both / max(total, 1) < KEPT_SHARE or name in near:
                continue
            if total + 1 > max(COMMON_SHARE * paired, COMMON_MIN):
                continue
            if spelled_out(name, rtext if side == "left" else ltext):
                continue
            block = next(b for b in blocks if name in names(b.text))
            start = next(m.start() for m in NAME.finditer(block.text) if m.group() == name)
            q = value_quote(
                Value(kind="name", raw=name, canonical=name, block_id=block.id, offset=start,
                      line=block.line_at(start)),
                blocks,
            )
            other_q = blocks_quote(pair.right if side == "left" else pair.left)
            yield Hit(
                message=f'name on the {side} only: "{name}" (kept on both sides in {both} other passages)',
                left=q if side == "left" else other_q,
                right=other_q if side == "left" else q,
                confidence=Confidence.MEDIUM,
            )


def _pair_names(pair: PairContext, side: str, text: str) -> Counter:
    """`names(text)` of one side of the bead (`text` its blocks joined), from the per-block counts
    when the bead's blocks are the document's."""
    doc = pair.doc
    blocks = pair.left if side == "left" else pair.right
    indices = getattr(pair.bead, side)
    if doc is not None and len(indices) == len(blocks):
        doc_blocks = (doc.left if side == "left" else doc.right).blocks
        if all(i < len(doc_blocks) and doc_blocks[i] is b for i, b in zip(indices, blocks)):
            return _names_of(doc, side, indices)
    return names(text)


def _neighbour_surplus(pair: PairContext, side: str) -> set[str]:
    """Names that a bead next to this one has more often on `side` than on the other side: where a
    name missing here went when the aligner drew the border between two passages differently."""
    doc = pair.doc
    out: set[str] = set()
    if doc is None:
        return out
    other = "right" if side == "left" else "left"
    for k in (pair.index - 1, pair.index + 1):
        if not 0 <= k < len(doc.beads):
            continue
        bead = doc.beads[k]
        mine = _names_of(doc, side, getattr(bead, side))
        theirs = _names_of(doc, other, getattr(bead, other))
        out.update(n for n, c in mine.items() if c > theirs.get(n, 0))
    return out
