"""OCR repair: confusable characters that would invent or change values ("1 2024" for "I 2024",
"S1" for "SI", "Al-forordningen" for "AI-forordningen", "|" for "I").

The rules run only when the document shows that it was OCR'd (`detect_ocr`), so clean text is
never touched, and every repair is an Edit of kind "ocr-repair". The rules are about the shapes
of characters and tokens, not about any language's words:

* "Al" as a token or before a hyphen, and "…Al" closing a camel-case word ("InvestAl"), is the
  acronym AI: an uppercase A followed by a lowercase l is no word in the EU languages.
* A run of capitals ending in a lowercase "l" ("IPCEl'er") ends in a capital I.
* "|" at a sentence start is "I"; "|" between lowercase letters is "l".
* "1" at a sentence start before a lowercase word or a year ("1 denne", "1 2024") is "I"; so is a
  lone "T" or "|" opening a footnote's text before a lowercase word.
* In a row of two-letter country codes, "S1" is "SI" (a digit cannot stand in a code).
* "0" opening a lowercase word ("0g") is "o".
* A lone "1" between a lower-case word and a word ("udbud 1 EU", "intelligens 1 strategiske") is
  the preposition "i" misread, unless the document shows a number in that place elsewhere: the
  word before takes numbers ("artikel 4", "bilag 2") or the word after follows numbers ("2 mio.",
  "15 medlemsstater"), or a number follows ("fra 1 til 3"). That evidence is `NumberContext`,
  gathered from the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

# lower-case letters of the Latin alphabets (Latin-1 and Latin Extended-A), not one language's
_LOW = "a-zß-öø-ÿā-ž"
_AL_TOKEN = re.compile(r"\bAl(?=-|\b)(?![’'][a-z])")
_AL_CAMEL = re.compile(rf"(?<=[{_LOW}])Al(?=\d|\b)")
_CAPS_L = re.compile(r"\b([A-Z]{3,})l(?=\b|['’])")
_PIPE_START = re.compile(r"(?:^|(?<=[.!?:]\s))\|(?=\s+\w)")
_PIPE_IN_WORD = re.compile(rf"(?<=[{_LOW}])\|(?=[{_LOW}])")
_ONE_START = re.compile(rf"(?:(?<=[.!?]\s)|^)1(?=\s+(?:[{_LOW}]|(?:19|20)\d\d\b))")
_ONE_AFTER_STOP = re.compile(rf"(?<=[.!?]\s)1(?=\s+(?:[{_LOW}]|(?:19|20)\d\d\b))")
_FIRST_I = re.compile(rf"^[T|1](?=\s+[{_LOW}])")
_ZERO_WORD = re.compile(rf"\b0(?=[{_LOW}]+\b)")
_CODE_ONE = re.compile(r"\b(?:([A-Z])1|1([A-Z]))\b")


_TOKEN = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"^[A-Z]{2}$")
_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
_MID_ONE = re.compile(rf"(?<=[{_LOW}] )1(?= [^\W\d_])")


class NumberContext(NamedTuple):  # (a NamedTuple: a frozen record without the dataclass machinery's cost at import)
    """Words seen right before and right after a small number (not 1, not a year)."""

    before: frozenset[str]
    after: frozenset[str]

    @classmethod
    def build(cls, texts: Iterable[str]) -> NumberContext:
        before: set[str] = set()
        after: set[str] = set()
        for t in texts:
            if not _DIGIT.search(t):
                continue  # most lines hold no number at all
            tokens = _TOKEN.findall(t)
            for k, tok in enumerate(tokens):
                if len(tok) <= 3 and _SMALL_NUMBER.match(tok) and tok != "1":  # (the length first: most tokens are longer)
                    if k > 0:
                        before.add(tokens[k - 1].lower())
                    if k + 1 < len(tokens):
                        after.add(tokens[k + 1].lower().rstrip(".,;:"))
        return cls(frozenset(before), frozenset(after))


def detect_ocr(texts: Iterable[str]) -> tuple[bool, str]:
    """Does the text show OCR damage? Returns (verdict, the evidence in words)."""
    al = ai = pipes = marks = 0
    for t in texts:
        # (each pattern needs its literal: a substring test first spares most lines the scans)
        if "Al" in t:
            al += len(_AL_TOKEN.findall(t))
        if "AI" in t:
            ai += len(re.findall(r"\bAI\b", t))
        if "|" in t:
            pipes += len(_PIPE_START.findall(t))
        marks += t.count("®")
    verdict = (al >= 3 and al > ai) or pipes >= 3 or marks >= 5
    return verdict, f"'Al' tokens {al} vs 'AI' {ai}, '|' at sentence start {pipes}, '®' {marks}"


def repair(
    text: str, *, sentence_start: bool = False, footnote_text: bool = False, numbers: NumberContext | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Apply the OCR rules to one line. `sentence_start`: the line begins a sentence.
    Returns the new text and the (before, after) token pairs that changed."""
    changes: list[tuple[str, str]] = []

    def sub(pattern: re.Pattern[str], repl: str, s: str, label: str | None = None, *, needs: str = "") -> str:
        # `needs`: a substring the pattern cannot match without; most lines lack it, and testing
        # for it is much cheaper than a scan with the pattern's lookarounds
        if needs not in s:
            return s

        literal = "\\" not in repl  # (a template without a backslash is its own expansion: not parsed per match)

        def one(m: re.Match[str]) -> str:
            new = repl if literal else m.expand(repl)
            if new != m.group(0):
                # quote the token with a little context so an edit can be found again
                a, b = max(0, m.start() - 6), min(len(s), m.end() + 8)
                changes.append((s[a:b], s[a : m.start()] + new + s[m.end() : b]))
            return new

        return pattern.sub(one, s)

    t = text
    t = sub(_AL_TOKEN, "AI", t, needs="Al")
    t = sub(_AL_CAMEL, "AI", t, needs="Al")
    t = sub(_CAPS_L, r"\1I", t, needs="l")
    if sentence_start or footnote_text:
        t = sub(_FIRST_I, "I", t)
    t = sub(_PIPE_START, "I", t, needs="|")
    t = sub(_PIPE_IN_WORD, "l", t, needs="|")
    if sentence_start:
        t = sub(_ONE_START, "I", t, needs="1")
    else:
        t = sub(_ONE_AFTER_STOP, "I", t, needs="1")
    t = sub(_ZERO_WORD, "o", t, needs="0")
    if numbers is not None and "1" in t:  # _MID_ONE needs a "1"
        t = _mid_one(t, numbers, changes)
    if _country_codes(t):
        t = sub(_CODE_ONE, r"\1I\2", t)
    return t, changes


def _country_codes(t: str) -> bool:
    """A line of six or more tokens, most (0.6) of them two capital letters."""
    tokens = t.split()
    pairs = [x for x in tokens if len(x) == 2]  # (few tokens of most lines have two characters)
    return len(tokens) >= 6 and len(pairs) >= 0.6 * len(tokens) and sum(bool(_CODE.match(x)) for x in pairs) >= 0.6 * len(tokens)


def _mid_one(t: str, numbers: NumberContext, changes: list[tuple[str, str]]) -> str:
    out = []
    last = 0
    for m in _MID_ONE.finditer(t):
        before = t[: m.start()].split()[-1].lower()
        rest = t[m.end() :].split()
        after = rest[0].lower().rstrip(".,;:")
        if before in numbers.before or after in numbers.after:
            continue
        if any(x[:1].isdigit() for x in rest[1:3]):
            continue  # a range or a list of numbers: "fra 1 til 3", "1 og 2"
        a, b = max(0, m.start() - 8), min(len(t), m.end() + 8)
        changes.append((t[a:b], t[a : m.start()] + "i" + t[m.end() : b]))
        out.append(t[last : m.start()] + "i")
        last = m.end()
    out.append(t[last:])
    return "".join(out)
