"""AC6xx: meaning. Text left in the wrong language (an untranslated passage)."""

from __future__ import annotations

import re
from typing import Iterator

from aicont.checks.context import Hit, PairContext, block_quote
from aicont.checks.registry import ALL_BEADS, check
from aicont.model import Confidence, Kind, Severity

# lingua is reliable on a paragraph of this many letters; below it a passage is not judged.
# Only the words that begin in lower case are given to lingua: names ("Destination Earth",
# "Human Brain") and acronyms are the same in every language and make a list of names look English.
MIN_LETTERS = 80
MIN_WORDS = 12
# a token with a slash, an @ or a dot between letters is a link or an address, even when OCR
# misread its scheme ("hitps://")
_URL = re.compile(r"\S*(?:/|@|\w\.\w)\S*")
_WORD = re.compile(r"[^\W\d_]+")
# How sure lingua must be that the passage is in another language than its document's.
MIN_CONFIDENCE = 0.9


def _common_words(text: str) -> str:
    """The text's lower-case words, without URLs: what tells its language apart from names."""
    return " ".join(w for w in _WORD.findall(_URL.sub(" ", text)) if w[:1].islower())


# lingua is the judge, but it costs about 2 ms a passage. A passage most of whose common words
# are among its own version's most frequent words is in that version's language and needs no
# judge: on the action plan every passage has at least 27 % of its lower-case words among the 60
# most frequent; an English passage has 0 %, a Swedish one in the Danish version 12 %.
FREQUENT_WORDS = 60
OWN_LANGUAGE_SHARE = 0.22
MIN_DOCUMENT_WORDS = 2000
_FREQUENT: list[tuple[object, frozenset[str]]] = []


def _frequent_words(blocks: tuple) -> frozenset[str]:  # noqa: ANN001 - tuple[Block, ...]
    for key, words in _FREQUENT:
        if key is blocks:
            return words
    from collections import Counter

    counts = Counter(w.casefold() for b in blocks for w in _common_words(b.text).split())
    # a short document has no reliable vocabulary of its own (one passage would dominate it)
    if sum(counts.values()) < MIN_DOCUMENT_WORDS:
        words: frozenset[str] = frozenset()
    else:
        words = frozenset(w for w, _ in counts.most_common(FREQUENT_WORDS))
    _FREQUENT[:] = [e for e in _FREQUENT[-1:]] + [(blocks, words)]
    return words


def _looks_own(text: str, frequent: frozenset[str]) -> bool:
    words = [w.casefold() for w in _common_words(text).split()]
    if not words or len(frequent) < FREQUENT_WORDS:
        return False
    return sum(w in frequent for w in words) / len(words) >= OWN_LANGUAGE_SHARE


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
        frequent = _frequent_words((doc.left if side == "left" else doc.right).blocks) if doc else frozenset()
        for block in blocks:
            if _looks_own(block.text, frequent):
                continue
            lang, conf = _language(block.text)
            if lang is None or lang == expected or conf < MIN_CONFIDENCE:
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
