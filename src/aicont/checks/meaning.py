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
    for side, blocks, expected, other in (
        ("left", pair.left, pair.left_lang, pair.right),
        ("right", pair.right, pair.right_lang, pair.left),
    ):
        if not expected:
            continue
        for block in blocks:
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
