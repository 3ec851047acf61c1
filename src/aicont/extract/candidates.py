"""Candidate values found by the extractor families, and the rule that picks among overlaps.

Every family (references, dates, amounts, numbers) scans the whole block text and proposes
Candidates; `resolve` keeps the most specific non-overlapping ones: a lower tier wins (a URL beats
the year inside it, a date beats its day number), then the longer match, then the earlier one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import NamedTuple, TypeVar

from aicont.lang.base import LanguagePack, fold_key

# Tiers: lower wins an overlap.
TIER_URL = 0
TIER_REFERENCE = 1
TIER_RANK = 2
TIER_TEMPORAL = 3
# a numbered part of a document ("Annex II", "stk. 1"): below the references, so that an article's
# own paragraph ("artículo 14, apartado 1, letra b), y apartado 2") stays the article's, and below
# dates (fi "liitteellä 1 päivästä syyskuuta 2019": the annex, then the date 1 September 2019)
TIER_LABEL = 4
TIER_AMOUNT = 5
TIER_DURATION = 6
TIER_YEAR = 7
TIER_COUNT = 8


class Candidate(NamedTuple):
    """A value one family proposes: its span, kind, canonical form and tier (a NamedTuple: a
    block makes dozens, and it is a tenth of a frozen dataclass's cost to define)."""

    start: int
    end: int
    kind: str
    canonical: str
    tier: int
    unit: str | None = None
    suspect: str | None = None


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """The non-overlapping candidates, most specific first, returned in text order."""
    chosen: list[Candidate] = []
    # The characters already taken, one byte each: an overlap test costs the candidate's length, not
    # the number of candidates chosen so far (which made a table of thousands of values quadratic).
    taken = bytearray(max((c.end for c in candidates), default=0))
    for cand in sorted(candidates, key=lambda c: (c.tier, -(c.end - c.start), c.start, c.kind, c.canonical)):
        if cand.end > cand.start and taken.find(1, cand.start, cand.end) != -1:
            continue
        chosen.append(cand)
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    chosen.sort(key=lambda c: (c.start, c.end, c.kind, c.canonical))
    return chosen


_B = TypeVar("_B")


def per_pack(builder: Callable[[LanguagePack], _B]) -> Callable[[LanguagePack], _B]:
    """Cache `builder(pack)` per pack object (compiled regexes are built once per language).

    Keyed by identity, not by hash: hashing a pack's word tables on every block costs more than
    the extraction itself. The cache keeps a reference to the pack, so an id is never reused.
    """
    cache: dict[int, tuple[LanguagePack, _B]] = {}

    @functools.wraps(builder)
    def get(pack: LanguagePack) -> _B:
        hit = cache.get(id(pack))
        if hit is None or hit[0] is not pack:
            hit = (pack, builder(pack))
            cache[id(pack)] = hit
        return hit[1]

    get.cache_clear = cache.clear  # type: ignore[attr-defined]
    return get


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """re.compile(pattern), once. For the patterns of a pack that few texts need: the pack keeps
    their text, and they are compiled where a cheap test first finds what they cannot match
    without (compiling a pattern costs as much as scanning many blocks with it)."""
    return re.compile(pattern)


@functools.lru_cache(maxsize=4)
def _folded(text: str) -> str | None:
    # case-folded; None for a text with the Turkish dotted İ or dotless ı, which re ignoring case
    # matches with i where case-folding does not
    return None if "İ" in text or "ı" in text else text.casefold()


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` may hold one of `words` (case-folded): a cheap test made before a
    case-insensitive pattern looks for them. Where re ignoring case matches a word, the
    case-folded text holds the case-folded word (tests/unit/test_probes.py checks it for every
    character of the packs' words): a False is certain; a text with İ or ı is always True."""
    folded = _folded(text)
    return folded is None or any(w in folded for w in words)


def probe_words(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """What `holds_any` looks for, so that a text without them has no match of
    `alternation(words)`: the first word of each word and folded spelling, case-folded, up to an
    apostrophe (the alternation takes either apostrophe)."""
    return tuple(sorted({re.split("['’]", w.split()[0])[0].casefold() for w in variants(words)}))


# the first digit of a number (not after a digit)
_NUMBER_START = re.compile(r"\d(?<!\d\d)")


@functools.lru_cache(maxsize=4)
def number_starts(text: str) -> tuple[int, ...]:
    """Where the runs of digits of `text` begin: found once for a block, for every family
    (most blocks have none, and then no pattern that needs a digit is tried)."""
    return tuple(m.start() for m in _NUMBER_START.finditer(text))


def ends_before_number(text: str, word_end: re.Pattern[str], gap: str = "?") -> bool:
    """Whether a word ends before a number of `text`, with white space between as the regex
    quantifier `gap` of white space says ("?", "*" or "+"): a cheap test made before a pattern
    that looks for the word before the number. `word_end` matches the words backwards (built
    from `reversed_alternation`; none may end in a digit or white space) in the reversed text
    from where a word would end: a few tests a block, where a scan of the block for the words
    tests every word start."""
    reverse = None
    for start in number_starts(text):
        end = start
        while end and text[end - 1].isspace():
            end -= 1
        if (gap == "?" and start - end > 1) or (gap == "+" and start == end):
            continue
        reverse = reverse or text[::-1]
        if word_end.match(reverse, len(text) - end):
            return True
    return False


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first, with any whitespace between their words.

    Each word with diacritics also matches its folded spelling ("næsten" / "naesten", "år" / "ar"),
    because OCR drops or splits them; match the alternation case-insensitively and look the hit up
    by `fold_key()`.
    """
    return "|".join(r"\s+".join(_literal(part) for part in w.split()) for w in variants(words)) or r"(?!x)x"


def reversed_alternation(words: list[str] | tuple[str, ...]) -> str:
    """`alternation(words)` read backwards (each word and folded spelling reversed): matched in a
    reversed text, it finds a word by where it ends."""
    return "|".join(r"\s+".join(_literal(part) for part in w[::-1].split()) for w in variants(words)) or r"(?!x)x"


def variants(words: list[str] | tuple[str, ...]) -> list[str]:
    """The words and their folded spellings, longest first: what `alternation(words)` lists."""
    out = set(w for w in words if w)
    out |= {fold_key(w) for w in out if fold_key(w) != w.lower()}
    return sorted(out, key=lambda w: (-len(w), w))


# re.escape() as a table, and either apostrophe for an apostrophe (mt "ta'" / "ta’", fr "d'" / "d’")
_LITERAL = str.maketrans({**{c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}, "'": "['’]", "’": "['’]"})


def _literal(word: str) -> str:
    return word.translate(_LITERAL)


def initials(words: list[str] | tuple[str, ...]) -> str:
    """A lookahead for the first character of any word of `alternation(words)`, matched
    case-insensitively as the alternation is: put before a case-insensitive alternation that
    begins a pattern, it gives the same matches much faster. Python's re tries every word of
    such an alternation at every position of the text (it has no fast scan for case-insensitive
    words); the lookahead turns most positions away with one test. ("" for no words.)"""
    firsts = sorted({w.split()[0][0] for w in variants(words) if w.split()})
    return f"(?=(?i:[{''.join(re.escape(c) for c in firsts)}]))" if firsts else ""


def number_regex(pack: LanguagePack, not_after: str = "") -> str:
    r"""A digit number in the pack's notation: "6 800", "25000", "13,5" (da/sv), "1,000.5" (en).

    `not_after`: the characters (class contents, e.g. r"\w.,") that may not stand before the
    number. That test comes after the first digit (`first_digit`), so that a pattern beginning with
    the number begins with a digit."""
    dec = re.escape(pack.decimal)
    groups = "".join(re.escape(g) for g in pack.groups if g != pack.decimal)
    return rf"{first_digit(not_after)}(?:\d{{0,2}}(?:[{groups}]\d{{3}})+(?![\d])|\d*)(?:{dec}\d+)?"


def first_digit(not_after: str = "") -> str:
    r"""One digit, not after a character of the class contents `not_after` ("" for any).

    `(?<![…])\d` written as `\d(?<![…]\d)`: the same matches, but a pattern that begins with a
    digit lets Python's re scan the text for digits in C, where one that begins with a lookbehind
    (or a lookahead, or a repeat) enters its matcher at every position of the text."""
    return rf"\d(?<![{not_after}]\d)" if not_after else r"\d"


def parse_number(text: str, pack: LanguagePack) -> Decimal | None:
    """The Decimal of a digit number written in the pack's notation (None if it is not one)."""
    s = text
    for g in pack.groups:
        if g != pack.decimal:
            s = s.replace(g, "")
    s = s.replace(pack.decimal, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def plain(d: Decimal) -> str:
    """Canonical plain decimal: "6800", "13.5", "0.25" (no exponent, no trailing zeros)."""
    d = d.normalize()
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def scientific(d: Decimal) -> str:
    """Canonical scaled amount: 200·10⁹ → "2E+11", 240·10⁶ → "2.4E+8", 485 → "4.85E+2"."""
    d = d.normalize()
    if d == 0:
        return "0"
    exp = d.adjusted()
    mant = (d.scaleb(-exp)).normalize()
    return f"{plain(mant)}E+{exp}" if exp >= 0 else f"{plain(mant)}E{exp}"
