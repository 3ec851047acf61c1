"""AC6xx: meaning. Text left in the wrong language (an untranslated passage)."""

from __future__ import annotations

import re
from typing import Iterator

from aicont.checks.context import Hit, PairContext, block_quote, block_words, without_links
from aicont.checks.registry import ALL_BEADS, check
from aicont.lang.detect import close_relatives, confidence_between, detectable
from aicont.model import Confidence, Kind, Severity
from aicont.text import WORD

# lingua is reliable on a paragraph of this many letters; below it a passage is not judged.
# Only the words that begin in lower case are given to lingua: names ("Destination Earth",
# "Human Brain") and acronyms are the same in every language and make a list of names look English.
MIN_LETTERS = 80
MIN_WORDS = 12
# How sure lingua must be that the passage is in another language than its document's.
MIN_CONFIDENCE = 0.9


def _lower_words(text: str) -> list[str]:
    """The text's words that begin in lower case, outside URLs."""
    return _lower_of(WORD.findall(without_links(text)))


def _lower_of(words: list[str]) -> list[str]:
    return [w for w in words if w[0].islower()]


def _common_words(text: str) -> str:
    """The text's lower-case words, without URLs: what tells its language apart from names."""
    return " ".join(_lower_words(text))


# lingua is the judge, but it costs about 2 ms a passage. A passage most of whose common words
# are among its own version's most frequent words is in that version's language and needs no
# judge: on the action plan every passage has at least 27 % of its lower-case words among the 60
# most frequent; an English passage has 0 %, a Swedish one in the Danish version 12 %.
FREQUENT_WORDS = 60
OWN_LANGUAGE_SHARE = 0.22
MIN_DOCUMENT_WORDS = 1000


def _own_words(text: str) -> list[str]:
    """The text's common words, case-folded: what is counted and compared with the frequent words."""
    return _folded_lower(WORD.findall(without_links(text)))


def _folded_lower(words: list[str]) -> list[str]:
    """`_own_words` of a text's words (`block_words`)."""
    words = _lower_of(words)
    # case-folded together (casefold maps each character alone, and never to a space): one call
    return " ".join(words).casefold().split(" ") if words else []


def _frequent_words(words: list[list[str]]) -> frozenset[str]:
    """The FREQUENT_WORDS most frequent of a document's words (`_own_words` of each block, in order)."""
    from collections import Counter
    from itertools import chain

    counts = Counter(chain.from_iterable(words))
    # a short document has no reliable vocabulary of its own (one passage would dominate it)
    if sum(counts.values()) < MIN_DOCUMENT_WORDS:
        return frozenset()
    return frozenset(w for w, _ in counts.most_common(FREQUENT_WORDS))


def _document_words(doc, side: str) -> tuple[dict[int, list[str]], frozenset[str]]:  # noqa: ANN001 - DocumentContext
    """(id(block) -> its `_own_words`, the frequent words) of one side, computed once per pair:
    every bead's check needs its blocks' words and the whole document's frequent words. (Keyed
    by object identity: the context keeps the blocks alive, so no other block can share an id.)"""

    def compute() -> tuple[dict[int, list[str]], frozenset[str]]:
        blocks = (doc.left if side == "left" else doc.right).blocks
        words = [_folded_lower(w) for w in block_words(doc, side)]
        return {id(b): w for b, w in zip(blocks, words)}, _frequent_words(words)

    return doc.memo(("meaning.words", side), compute)


def _looks_own(words: list[str], frequent: frozenset[str]) -> bool:
    if not words or len(frequent) < FREQUENT_WORDS:
        return False
    return sum(map(frequent.__contains__, words)) / len(words) >= OWN_LANGUAGE_SHARE


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def _language(text: str) -> tuple[str | None, float]:
    from aicont.lang.detect import language_confidences

    words = _common_words(text)
    if len(words.split()) < MIN_WORDS or _letters(words) < MIN_LETTERS:
        return None, 0.0
    conf = language_confidences(words)
    if not conf:
        return None, 0.0
    code = max(sorted(conf), key=lambda c: conf[c])
    return code, conf[code]


@check("AC601", "wrong-language", kind=Kind.MEANING, severity=Severity.HIGH, beads=ALL_BEADS)
def wrong_language(pair: PairContext) -> Iterator[Hit]:
    """A passage is written in another language than the rest of its version (left untranslated).

    Example: an English paragraph in the Swedish version where the Danish version has Danish.
    Not raised: for short passages (under 12 lower-case words), lists of names ("Destination Earth,
    Human Brain"), links, or when both sides carry the same foreign-language passage (a quotation).
    """
    doc = pair.doc
    for side, blocks, expected, other in (
        ("left", pair.left, pair.left_lang, pair.right),
        ("right", pair.right, pair.right_lang, pair.left),
    ):
        if not expected:
            continue
        words, frequent = _document_words(doc, side) if doc else ({}, frozenset())
        if len(frequent) < FREQUENT_WORDS and expected not in detectable():
            continue  # lingua cannot tell this language (Maltese), nor a short version's vocabulary
        for block in blocks:
            if len(frequent) >= FREQUENT_WORDS:
                own = words.get(id(block))
                if _looks_own(own if own is not None else _own_words(block.text), frequent):
                    continue
            lang, conf = _language(block.text)
            if lang is None or lang == expected or conf < MIN_CONFIDENCE:
                continue
            if close_relatives(lang, expected):
                # Slovenian read as Croatian: only the high-accuracy models of the two can tell
                conf = min(conf, confidence_between(_common_words(block.text), lang, expected))
                if conf < MIN_CONFIDENCE:
                    continue
            # the same foreign passage on both sides is a quotation, not a missed translation
            if any(_language(b.text)[0] == lang for b in other):
                continue
            q = block_quote(block)
            yield Hit(
                message=f"{side} passage is in {lang}, not {expected}: left untranslated?",
                left=q if side == "left" else None,
                right=q if side == "right" else None,
                confidence=Confidence.HIGH if conf >= 0.97 else Confidence.MEDIUM,
                likely_wrong=side,
                reason=f"the rest of the {side} version is in {expected}",
            )


# --------------------------------------------------------------------------- terminology

# A term is a content word of at least TERM_MIN_LETTERS letters, compared by its first
# TERM_STEM letters so that inflection ("fabrikker", "fabrikkerne") does not split it. A left term
# and a right term are each other's translation when they stand together in at least
# TERM_MIN_TOGETHER paired passages and their Dice coefficient is at least TERM_MIN_DICE: learned
# from the pair, no dictionary.
TERM_MIN_LETTERS = 7
TERM_STEM = 6
TERM_MIN_TOGETHER = 5
TERM_MIN_DICE = 0.8
_TERMS: list[tuple[object, dict]] = []


def _stems(text: str) -> set[str]:
    return {w.casefold()[:TERM_STEM] for w in WORD.findall(without_links(text)) if len(w) >= TERM_MIN_LETTERS}


def _term_table(doc) -> dict[str, tuple[str, int, int]]:  # noqa: ANN001 - DocumentContext
    """left stem -> (right stem, passages together, passages with the left stem)."""
    for key, table in _TERMS:
        if key is doc.alignment:
            return table
    from collections import Counter

    lcount: Counter = Counter()
    rcount: Counter = Counter()
    both: Counter = Counter()
    for bead in doc.beads:
        if not (bead.left and bead.right):
            continue
        ls = _stems(" ".join(doc.left.blocks[i].text for i in bead.left))
        rs = _stems(" ".join(doc.right.blocks[j].text for j in bead.right))
        lcount.update(ls)
        rcount.update(rs)
        both.update((a, b) for a in ls for b in rs)
    table: dict[str, tuple[str, int, int]] = {}
    for (a, b), n in sorted(both.items()):
        if n < TERM_MIN_TOGETHER:
            continue
        dice = 2 * n / (lcount[a] + rcount[b])
        if dice >= TERM_MIN_DICE and (a not in table or n > table[a][1]):
            table[a] = (b, n, lcount[a])
    _TERMS[:] = [(doc.alignment, table)]
    return table


@check("AC602", "term-inconsistency", kind=Kind.MEANING, severity=Severity.LOW, default=False)
def term_inconsistency(pair: PairContext) -> Iterator[Hit]:
    """A term rendered the same way throughout the pair is rendered differently (or not at all) here.

    Learned from the pair itself: a left term and a right term that stand together in nearly every
    passage where either stands (Dice >= 0.8, at least five passages). Off by default: a synonym is
    not always an error.
    Example: "AI-gigafabrikker" is "AI-gigafabriker" in 12 passages and "stordatacenter" in one.
    Not raised: in passages where the usual rendering stands, also inside a compound
    ("stödekosystem"); for words under seven letters.
    """
    doc = pair.doc
    if doc is None or not pair.left or not pair.right:
        return
    table = _term_table(doc)
    ltext = " ".join(b.text for b in pair.left)
    rtext = " ".join(b.text for b in pair.right).casefold()
    for stem in sorted(_stems(ltext)):
        if stem not in table:
            continue
        target, together, total = table[stem]
        # inside a compound counts too ("ekosystem" in "stödekosystem")
        if target in rtext or together < total - 1:
            continue  # usual rendering here, or the term is not kept consistently elsewhere
        word = next(w for w in WORD.findall(ltext) if w.casefold().startswith(stem) and len(w) >= TERM_MIN_LETTERS)
        block = next(b for b in pair.left if word in b.text)
        start = block.text.index(word)
        from aicont.checks.context import blocks_quote, value_quote
        from aicont.model import Value

        yield Hit(
            message=(
                f'term "{word}" is rendered with "{target}…" in {together} other passages, not here'
            ),
            left=value_quote(Value("term", word, stem, block_id=block.id, offset=start, line=block.line_at(start)), pair.left),
            right=blocks_quote(pair.right),
            confidence=Confidence.LOW,
        )
