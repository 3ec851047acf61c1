"""Bare numbers, number words, durations and years: Block text × LanguagePack → Candidates.

Canonical forms:
  count     "6 800" = "6800", "25000" = "25 000", "syv" = "sju" = "seven" = "7"      → "6800", "7"
            ranges "fem til syv" = "fem till sju" = "5-7"                             → "5/7"
  duration  a count of time units: "48 måneder" = "48 månader"                       → "P48M"
            "fem til syv år" = "fem till sju år"                                      → "P5Y/P7Y"
  year      a four-digit number 1800..2199 on its own: "i 2026"                       → "2026"
`unit` of a count is the noun that follows it, lower case (informative only: it differs
between languages and is never part of the comparison key).

Not values (skipped here, by context, in every language): digits glued to letters ("GenAI4EU",
"AI-företag3", "3D-print"), a number after a letter and hyphen ("Covid-19"), a number glued
after %, a closing bracket or quote (a footnote marker: "15 %18"), a number before "+"
("1+ Million Genomes"), a short number after a CamelCase or upper-case name ("MareNostrum 5",
"DigComp 3.0"), enumerators "1)", parts of slash codes ("CNECT/LUX/2022/0P/0030"), a lone "1"
where the language has a one-letter word OCR reads as "1" ("1 denne sammenhæng"), and the
articles that double as "one" ("en", "et", "ett", "one"). Ordinal words ("første", "andra") are
values only inside quarter and half phrases: on their own they mostly mean "other" or enumerate.
"""

from __future__ import annotations

import re
from itertools import filterfalse
from typing import NamedTuple

from aicont.extract.candidates import (
    per_pack,
    TIER_COUNT,
    TIER_DURATION,
    TIER_YEAR,
    Candidate,
    alternation,
    number_regex,
    number_starts,
    parse_number,
    plain,
)
from aicont.lang.base import LanguagePack, fold_key
from aicont.text import LETTER, LOWER, UPPER

_DASH = r"[-‐‑‒–—]"
_FOOTNOTE_BEFORE = set("%)]”\"’»®?*°+")
# a name before a number: a capital after a lower-case letter ("GenAI 4") or two capitals first ("COVID 19")
_NAME_BEFORE = re.compile(rf"(?:{LETTER}*[{LOWER}][{UPPER}][\w]*|[{UPPER}]{{2,}}[\w]*)\s$")
# a year with a letter OCR read for a digit: "2O25", "20l5" (O/o for 0, l/I for 1), not inside a
# word, with one more digit in the word ([12] first: re then scans for those digits in C; the
# lookbehind and the digit lookahead are tested only there)
_OCR_YEAR = re.compile(r"[12](?<![\w][12])(?=[^\W_]*\d)[\dOolI]{3}(?![\w])")
_OCR_DIGITS = str.maketrans("OolI", "0011")
# a year on its own (a four-digit number 1800..2199), and a hyphen with one letter after a number
# ("3-D"); compiled here, as they are tried for each number
_IS_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_LETTER_AFTER_HYPHEN = re.compile(r"[-‐‑][^\W\d_](?![^\W\d_])")
_WORD_OR_NUMBER = re.compile(r"[\w'’]+")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)")


class _Patterns(NamedTuple):
    """The number patterns and word tables of one language (built once a pack)."""

    number: re.Pattern[str]
    cardinals: dict[str, int]
    cardinal_keys: frozenset[str]
    units: dict[str, str]
    unit: re.Pattern[str]  # a time unit after a number, with its link word ("30 de zile")
    range_sep: re.Pattern[str]
    # "between six and nine": a between-word before the first number, an and-word after it
    between: re.Pattern[str] | None
    between_and: re.Pattern[str] | None
    between_after: re.Pattern[str] | None
    one_confusables: frozenset[str]
    ambiguous: frozenset[str]
    foreign: frozenset[str]
    homonyms: frozenset[str]
    prefix: re.Pattern[str] | None  # an article glued to a number ("sal-2024")
    ordinal: re.Pattern[str] | None  # a numeric ordinal written with letters ("1er", "2nd")


@per_pack
def _patterns(pack: LanguagePack) -> _Patterns:
    d = pack.data
    num = number_regex(pack, not_after=r"\w.,")
    card = {w: n for w, n in pack.cardinals}
    card.update({fold_key(w): n for w, n in pack.cardinals if fold_key(w) not in card})
    for stop in d.cardinal_stopwords:
        card.pop(stop, None)
        card.pop(fold_key(stop), None)
    return _Patterns(
        number=re.compile(rf"{num}(?![\w])"),
        cardinals=card,
        cardinal_keys=frozenset(card),
        units={fold_key(w): u for w, u in pack.time_units},
        unit=re.compile(
            rf"\s+(?:(?i:{alternation(d.unit_links)})\s+)?(?P<u>(?i:{alternation([w for w, _ in pack.time_units])}))(?![\w])"
        ),
        range_sep=re.compile(rf"(?:\s*{_DASH}\s*|\s+(?i:{alternation(d.range_words)})\s+)"),
        between=re.compile(rf"(?i)(?<![\w])(?:{alternation(d.between_words)})\s+$") if d.between_words else None,
        between_and=re.compile(rf"\s+(?i:{alternation(d.and_words)})\s+") if d.and_words else None,
        between_after=re.compile(rf"(?i)\s+(?:{alternation(d.between_after)})(?![\w])") if d.between_after else None,
        one_confusables=frozenset(d.one_confusables),
        ambiguous=frozenset(fold_key(w) for w in d.ambiguous_cardinals),
        foreign=frozenset(fold_key(w) for w in d.foreign_words),
        homonyms=frozenset(fold_key(w) for w in d.homonym_cardinals),
        prefix=re.compile(rf"(?i)(?<![\w])(?:{d.number_prefix})[-‐‑]$") if d.number_prefix else None,
        ordinal=(
            re.compile(rf"(?<![\w.,])(?:{d.numeric_ordinal})(?![\w])")
            if re.search(r"[^\W\d_]", d.numeric_ordinal.replace("\\d", "")) else None
        ),
    )


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _word_hits(text: str, p: _Patterns) -> list[re.Match[str]]:
    """The words of `text` that may be number words (a set test first: most blocks have none)."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    # (set operations over C iterators: a block has hundreds of words and seldom a number word)
    keys = p.cardinal_keys
    hits = keys.intersection(words) | keys.intersection(map(fold_key, set(filterfalse(str.isascii, words))))
    if not hits:
        return []
    return [m for m in _WORD.finditer(text) if (w := m.group(0).lower().replace("’", "'")) in hits or fold_key(w) in hits]


def _in_foreign_quote(text: str, start: int, end: int, p: _Patterns) -> bool:
    """An ambiguous number word with a function word of a quoted language within six words."""
    before = _WORD.findall(text, max(0, start - 80), start)[-6:]
    after = _WORD.findall(text, end, end + 80)[:6]
    return any(fold_key(w) in p.foreign for w in before + after)


# nothing but white space to the end (matched in place: a slice of the rest of a long block for
# each of its numbers was quadratic)
_ONLY_SPACE_LEFT = re.compile(r"\s*\Z")


def _skip_digits(text: str, start: int, end: int, value_text: str, p: _Patterns) -> bool:
    """True when the digits at text[start:end] are not a value (see the module docstring)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before in _FOOTNOTE_BEFORE:
        return True
    if before in "-‐‑" and start >= 2 and text[start - 2].isalpha():
        if p.prefix is None or not p.prefix.search(text, max(0, start - 8), start):
            return True  # "Covid-19" (but not mt "sal-2024": an article glued to the number)
    if before == "/" and start >= 2 and text[start - 2].isalpha():
        return True
    if after == "/" and end + 1 < len(text) and text[end + 1].isalpha():
        return True
    if after == "+":
        return True
    if after in ".," and end + 1 < len(text) and text[end + 1].isdigit():
        return True  # "Web 4.0", "1.3": a version or section number this notation does not read
    if after in "-‐‑" and _LETTER_AFTER_HYPHEN.match(text, end, end + 3):
        return True  # "3-D-printning"
    if _ONLY_SPACE_LEFT.match(text, end) and text[:start].rstrip()[-1:] in (".", "!", "?"):
        return True  # a number alone after the last sentence of a block: a footnote marker
    if after == ")" and len(value_text) <= 3 and not _opens_before(text, start):
        return True  # an enumerator "1)" (a year before a bracket is a year: "(second edition 1988)")
    if len(value_text.replace(" ", "")) <= 4 and _NAME_BEFORE.search(text, max(0, start - 40), start):
        if not _IS_YEAR.fullmatch(value_text):
            return True
    if value_text == "1" and p.one_confusables:
        nxt = _WORD_AFTER.match(text, end)
        if nxt and fold_key(nxt.group(1)) not in p.units:
            return True
    return False


def _lost_date_dots(digits: str) -> bool:
    """A 6-8 digit number that reads as a d.m.yyyy date with its dots lost ("1142025" = 11.4.2025)."""
    import datetime as _dt

    if not (6 <= len(digits) <= 8 and digits.isdigit()) or not re.search(r"(?:19|20)\d\d$", digits):
        return False
    head, year = digits[:-4], int(digits[-4:])
    for cut in range(1, len(head)):
        day, month = head[:cut], head[cut:]
        if len(day) > 2 or len(month) > 2:
            continue
        try:
            _dt.date(year, int(month), int(day))
        except ValueError:
            continue
        return True
    return False


def _opens_before(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] == "("


def _unit_after(text: str, end: int, p: _Patterns) -> tuple[str | None, str | None, int]:
    """(duration designator, following noun, end of the noun) for the word after a number."""
    u = p.unit.match(text, end)
    if u:
        return p.units.get(fold_key(" ".join(u.group("u").split()))), u.group("u").lower(), u.end()
    m = _WORD_AFTER.match(text, end)
    if not m:
        return None, None, end
    word = m.group(1)
    return p.units.get(fold_key(word)), word.lower(), m.end()


# A number token: start, end, value text, written as a word, a homonym (a value only in a range or
# before a time unit: fr "neuf" = new)
_Token = tuple[int, int, str, bool, bool]


def _digit_tokens(text: str, pack: LanguagePack, p: _Patterns) -> list[_Token]:
    tokens: list[_Token] = []
    for m in p.number.finditer(text):
        raw = m.group(0)
        if _skip_digits(text, m.start(), m.end(), raw, p):
            continue
        value = parse_number(raw, pack)
        if value is not None:
            tokens.append((m.start(), m.end(), plain(value), False, False))
    # numeric ordinals with letters ("1er", "2e", "1º", "2nd"): the number they write
    for m in p.ordinal.finditer(text) if p.ordinal is not None else ():
        tokens.append((m.start(), m.end(), str(int(m.group(1))), False, False))
    return tokens


def _word_tokens(text: str, p: _Patterns) -> list[_Token]:
    tokens: list[_Token] = []
    for m in _word_hits(text, p):
        word = m.group(0)
        if "-" in word or "'" in word[:-1]:
            continue  # compounds ("to-tre", "AI-fabrikker") are not number words (mt "erba'" is)
        lower = word.lower().replace("’", "'")
        n = p.cardinals.get(lower)
        if n is None and not lower.isascii():
            n = p.cardinals.get(fold_key(lower))
        if n is None:
            continue
        if fold_key(word) in p.ambiguous and _in_foreign_quote(text, m.start(), m.end(), p):
            continue
        tokens.append((m.start(), m.end(), str(n), True, fold_key(word) in p.homonyms))
    return tokens


def _ocr_years(text: str) -> list[Candidate]:
    out = []
    for m in _OCR_YEAR.finditer(text):
        raw = m.group(0)
        year = raw.translate(_OCR_DIGITS)
        if not raw.isdigit() and _IS_YEAR.fullmatch(year):
            out.append(Candidate(m.start(), m.end(), "year", year, TIER_YEAR, suspect="ocr-digit"))
    return out


def _between_and(text: str, start: int, end: int, p: _Patterns) -> re.Match[str] | None:
    """The "and" of "between six and nine" (or hu "hat és kilenc között") after the number
    text[start:end] (None elsewhere)."""
    if p.between_and is None:
        return None
    sep = p.between_and.match(text, end)
    if sep is None:
        return None
    if p.between is not None and p.between.search(text, max(0, start - 20), start):
        return sep
    if p.between_after is not None:
        second = _WORD_OR_NUMBER.match(text, sep.end())
        if second and p.between_after.match(text, second.end()):
            return sep
    return None


def extract_numbers(text: str, pack: LanguagePack) -> list[Candidate]:
    """Counts, ranges, durations and years, written in digits or in words."""
    p = _patterns(pack)
    # half the blocks have no digit: then only number words can be values
    has_digit = bool(number_starts(text))
    tokens = sorted((_digit_tokens(text, pack, p) if has_digit else []) + _word_tokens(text, p))
    out: list[Candidate] = _ocr_years(text) if has_digit else []
    i = 0
    while i < len(tokens):
        start, end, value, is_word, weak = tokens[i]
        last = value
        # a range "fem til syv", "5-7": the next token right after a range separator
        if i + 1 < len(tokens):
            nstart, nend, nvalue, nword, _ = tokens[i + 1]
            sep = p.range_sep.match(text, end) or _between_and(text, start, end, p)
            if sep and sep.end() == nstart and nword == is_word and float(nvalue) > float(value):
                if not (_IS_YEAR.fullmatch(value) and not is_word):
                    last, end, weak = nvalue, nend, False
                    i += 1
        i += 1
        canonical = value if last == value else f"{value}/{last}"
        designator, noun, noun_end = _unit_after(text, end, p)
        is_year = not is_word and last == value and _IS_YEAR.fullmatch(value) is not None
        if designator and not is_year:
            dur = f"P{value}{designator}" + (f"/P{last}{designator}" if last != value else "")
            out.append(Candidate(start, noun_end, "duration", dur, TIER_DURATION, unit=designator))
        elif is_year:
            out.append(Candidate(start, end, "year", value, TIER_YEAR))
        elif not weak:  # a homonym alone ("neuf", "viis läbi") is the other word
            suspect = "ocr-date" if last == value and text[start:end].isdigit() and _lost_date_dots(value) else None
            out.append(Candidate(start, end, "count", canonical, TIER_COUNT, unit=noun, suspect=suspect))
    return out
