"""Dates, months, quarters, halves and periods (year ranges): Block text × LanguagePack → Candidates.

Canonical forms (ISO 8601 where it has one):
  date     "2.2.2025", "1. november 2024", "2 augusti 2027", "April 9, 2025"   → "2025-02-02"
  month    "marts 2025", "mars 2025", "august 2026"                             → "2025-03"
  quarter  "2. kvartal 2025", "andra kvartalet 2025", "Q2 2025"                 → "2025-Q2"
           ranges "2./3. kvartal 2025", "tredje och fjärde kvartalet 2025"      → "2025-Q2/2025-Q3"
           "4. kvartal 2025 — 1. kvartal 2026"                                  → "2025-Q4/2026-Q1"
           a quarter with no year anywhere in its phrase                        → "Q2"
  half     "anden halvdel af 2025", "andra halvåret 2025"                       → "2025-H2"
  period   "2021-2027", "2021–2027", "2025/26"                                  → "2021/2027", "2025/2026"
A year with digits glued on ("mars 20258": year 2025 + footnote 8) keeps the year and is marked
suspect "glued-footnote".
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

from aicont.extract.candidates import (
    Candidate, TIER_TEMPORAL, alternation, compiled, ends_before_number, first_digit, holds_any, initials,
    number_starts, per_pack, probe_words, reversed_alternation,
)
from aicont.lang.base import LanguagePack, fold_key

YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DASH = r"[-‐‑‒–—]"
_HAS_YEAR = re.compile(rf"{YEAR}")


def _year(not_after: str) -> str:
    """YEAR not after a character of the class contents `not_after`: the test comes after the
    first digit (see candidates.first_digit: a pattern that begins with a digit is scanned fast)."""
    return rf"(?:1(?<![{not_after}]1)[89]|2(?<![{not_after}]2)[01])\d\d"


# a long-date pattern, and whether it has the month right before the year
_Dated = tuple[re.Pattern[str], bool]


class _Patterns(NamedTuple):
    """The date patterns of one language (built once a pack)."""

    numeric: tuple[re.Pattern[str], ...]  # groups day, month, year
    iso: re.Pattern[str]
    long: tuple[_Dated, ...]  # groups day (day1), month, year (glue), weekday
    month_year: tuple[_Dated, ...]  # groups month (month1), year (glue)
    # a month name (then a dot, a comma, a date link) read backwards from the white space before a
    # year (ends_before_number): what the long dates that have the month right before the year
    # cannot match without (few of the blocks with a year have a month name)
    month_end: re.Pattern[str]
    period: re.Pattern[str]
    word_period: re.Pattern[str] | None
    part: re.Pattern[str]  # quarter or half phrase
    qnotation: re.Pattern[str]
    numeric_ordinal: re.Pattern[str]
    continuation: re.Pattern[str]
    between: str  # (compiled on first use: a quarter without its year is rare)
    year: re.Pattern[str]
    # what a quarter or half phrase is not without: a quarter or half noun (holds_any), or a
    # letter and digit ("Q2")
    noun_probe: tuple[str, ...]
    letter_probe: re.Pattern[str]
    ordinals: dict[str, int]
    months: dict[str, int]
    weekdays: dict[str, int]
    quarter_nouns: frozenset[str]
    half_nouns: frozenset[str]
    quarter_letters: frozenset[str]


# Numeric date notations (LanguageData.numeric_dates) → regex with groups day, month, year.
# A day or month may be followed by one space ("16. 10. 2006", as cs and sk texts write it).
_NUMERIC = {
    "d.m.y": r"(?P<day>" + first_digit(r"\d.,") + r"\d?)\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})(?!\d)(?!\.\d)",
    "d/m/y": r"(?P<day>" + first_digit(r"\d/.,") + r"\d?)/(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])",
    "y.m.d": r"(?P<year>" + _year(r"\d.,/") + r")\.\s?(?P<month>\d{1,2})\.\s?(?P<day>\d{1,2})(?![\d])(?!\.\d)",
    "y m d": r"(?P<year>" + _year(r"\d.,/") + r")[ \u00a0](?P<month>\d{1,2})[ \u00a0](?P<day>\d{1,2})(?![\d])(?![.,]\d)",
}
# Quarters and halves numbered in roman numerals ("II. negyedév", "II kwartał", "II ketvirtis").
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _words(words: list[str] | tuple[str, ...]) -> str:
    """A case-insensitive alternation of `words` that ends at a word end (or after a final dot)."""
    return rf"(?i:{alternation(words)})(?:(?<=[.'’])|(?![\w]))"


def _long_dates(pack: LanguagePack, month: str, year: str) -> tuple[list[_Dated], list[_Dated]]:
    """(full long dates, month-and-year dates) in every order the language writes them, each with
    whether it has the month right before the year ("5. april 2017", "april 2017": see
    _Patterns.month_end)."""
    d = pack.data
    links = rf"(?:\s+{_words(d.date_links)})?" if d.date_links else ""
    tail = rf"(?:\.?\s*{_words(d.year_words)})?" if d.year_words else ""
    # a year that opens a date: "2019. július", "2019 m. liepos", "2019. gada 31."
    head = rf"{year}(?:\.?\s*{_words(d.year_words)}|\.)?\s+" if d.year_words else rf"{year}\.?\s+"
    weekday = ""
    if pack.weekdays:
        articles = rf"(?:{_words(d.date_articles)}\s+)?" if d.date_articles else ""
        weekday = rf"(?:(?P<weekday>{_words([w for w, _ in pack.weekdays])}),?\s+{articles})?"
    suffix = rf"(?:{d.day_suffix})"
    day = rf"(?:(?P<day1>\d{{1,2}})(?!\d){suffix}\s*{_DASH}\s*)?(?P<day>\d{{1,2}})(?!\d){suffix}"
    months_range = r"(?:(?P<month1>{m})\.?\s*{dash}\s*)?".format(m=month.replace("(?P<month>", "(?:", 1), dash=_DASH)
    full, partial = [], []
    for order in d.date_orders:
        if order == "dmy":
            full.append((rf"(?<![\w.]){weekday}{day}{links}\s+{month}(?:\s*,)?{links}\s+{year}{tail}", True))
        elif order == "mdy":
            full.append((rf"(?<![\w]){weekday}{month}\s+{day}(?:\s*,)?{links}\s+{year}{tail}", False))
        elif order == "ymd":
            full.append((rf"(?<![\w.]){head}{month}{links}\s*{day}", False))
        elif order == "ydm":
            full.append((rf"(?<![\w.]){head}{day}{links}\s+{month}", False))
        if order in ("dmy", "mdy"):
            partial.append((rf"(?<![\w]){months_range}{month}(?:\s*,)?{links}\s+{year}{tail}", True))
        else:
            partial.append((rf"(?<![\w.]){head}{months_range}{month}(?![\w])", False))
    month_words = [m for m, _ in pack.months]
    first = initials(month_words + [fold_key(m) for m in month_words])
    return (
        [(re.compile(rx), anchored) for rx, anchored in dict.fromkeys(full)],
        # (initials(): a fast first test; a month-and-year pattern scans every block with a year)
        [
            (re.compile(rx if rx.startswith(r"(?<![\w.])") else rx.replace(r"(?<![\w])", rf"(?<![\w]){first}", 1)), anchored)
            for rx, anchored in dict.fromkeys(partial)
        ],
    )


@per_pack
def _patterns(pack: LanguagePack) -> _Patterns:
    d = pack.data
    month_words = [m for m, _ in pack.months] + [fold_key(m) for m, _ in pack.months]
    months = alternation(month_words)
    month = rf"(?P<month>(?i:{months}))\.?"
    year = rf"(?P<year>{YEAR})(?P<glue>\d{{1,2}})?(?!\d)"
    ords = {w: n for w, n in pack.ordinals if n <= 4}
    ords.update({fold_key(w): n for w, n in list(ords.items())})
    ord_words = alternation(list(ords))
    numord = d.numeric_ordinal
    ord_re = rf"(?:{numord}|(?:IV|I{{1,3}})\.?(?=\s)|(?i:{ord_words})(?![\w]))"
    qnouns = set(pack.quarter_nouns)
    hnouns = set(d.half_nouns)
    noun_words = sorted(qnouns | hnouns | {fold_key(n) for n in qnouns | hnouns})
    nouns = alternation(noun_words)
    sep = rf"(?:\s*[/]\s*|\s*{_DASH}\s*|\s+(?i:{alternation(d.and_words + d.range_words)})\s+)"
    link = rf"(?:\s+(?i:{alternation(d.year_links)}))?" if d.year_links else ""
    part = (
        rf"(?<![\w.:])(?P<o1>{ord_re})(?:{sep}(?P<o2>{ord_re}))?\s+(?P<noun>(?i:{nouns}))(?![\w])"
        rf"(?:{link}\s+{year})?"
    )
    letters = "".join(sorted(set(pack.quarter_letters) | {"Q", "H"}))
    qnot = rf"(?<![\w])(?P<letter>[{letters}])(?P<n1>[1-4])(?:\s*(?:/|{_DASH})\s*[{letters}]?(?P<n2>[1-4]))?\s+{year}"
    long_dates, month_years = _long_dates(pack, month, year)
    period_year = _year(r"\w./-")
    word_period = None
    if d.range_words or d.between_words:
        opener = alternation(d.from_words)
        between = alternation(d.between_words)
        # a word ending in a hyphen is glued to the year (mt "mill-2015 sal-2019"); a year may carry
        # its dot (hr "od 2015. do 2019. godine", lv "no 2015. līdz 2019. gadam")
        glue = r"(?:(?<=-)|\s+)"
        word_period = re.compile(
            rf"(?i:(?:(?:{opener}){glue})?)(?P<y1>{YEAR})\.?\s+(?i:{alternation(d.range_words)}){glue}(?P<y2>{YEAR})(?![\w])"
            + (rf"|(?i:(?:{between}))\s+(?P<b1>{YEAR})\.?\s+(?i:{alternation(d.and_words)})\s+(?P<b2>{YEAR})(?![\w])" if d.between_words else "")
        )
    return _Patterns(
        numeric=tuple(re.compile(_NUMERIC[n]) for n in d.numeric_dates if n in _NUMERIC),
        iso=re.compile("(" + _year(r"\w-") + r")-(\d\d)-(\d\d)(?![\w])"),
        long=tuple(long_dates),
        month_year=tuple(month_years),
        month_end=re.compile(
            rf"(?i:(?:(?:{reversed_alternation(d.date_links)})\s+)?(?:,\s*)?\.?(?:{reversed_alternation(month_words)}))"
        ),
        period=re.compile(rf"(?P<y1>{period_year})\s*(?P<sep>/|{_DASH})\s*(?P<y2>\d{{4}}|\d\d)(?![\w])(?!\.\d)"),
        word_period=word_period,
        part=re.compile(part),
        qnotation=re.compile(qnot),
        numeric_ordinal=re.compile(numord),
        continuation=re.compile(rf"\s*{_DASH}\s*"),
        between=rf"(?:[\s,]|{ord_re}|{sep}|(?i:{nouns})|{link})*",
        year=re.compile(rf"(?<![\w.]){year}"),
        noun_probe=probe_words(noun_words),
        letter_probe=re.compile(rf"[{letters}][1-4]"),
        ordinals=ords,
        months={fold_key(name): number for name, number in pack.months},
        weekdays={fold_key(name): number for name, number in pack.weekdays},
        quarter_nouns=frozenset(fold_key(n) for n in qnouns),
        half_nouns=frozenset(fold_key(n) for n in hnouns),
        quarter_letters=frozenset(pack.quarter_letters) | {"Q"},
    )


def _glued(m: re.Match[str]) -> str | None:
    return "glued-footnote" if m.group("glue") else None


def _ordinal(text: str, p: _Patterns) -> int | None:
    m = p.numeric_ordinal.fullmatch(text)
    if m:
        return int(m.group(1))
    if text.rstrip(".") in ("I", "II", "III", "IV"):
        return _ROMAN[text.rstrip(".").lower()]
    return p.ordinals.get(text.lower(), p.ordinals.get(fold_key(text)))


def _valid_date(y: int, mo: int, d: int) -> bool:
    try:
        _dt.date(y, mo, d)
    except ValueError:
        return False
    return 1800 <= y <= 2199


def _parts(text: str, pack: LanguagePack, p: _Patterns) -> list[Candidate]:
    """Quarter and half phrases, with ranges and a year that follows later in the same phrase."""
    out: list[Candidate] = []
    for m in p.part.finditer(text):
        noun = fold_key(m.group("noun"))
        letter, limit = ("Q", 4) if noun in p.quarter_nouns else ("H", 2)
        n1 = _ordinal(m.group("o1"), p)
        n2 = _ordinal(m.group("o2"), p) if m.group("o2") else None
        if n1 is None or not 1 <= n1 <= limit or (n2 is not None and not (1 <= n2 <= limit)):
            continue
        end = m.end()
        suspect = None
        year: int | None = None
        if m.group("year"):
            year = int(m.group("year"))
            suspect = _glued(m)
        else:
            # "2. og 3. kvartal 2025" style: the year further on, with only ordinals and nouns between
            ym = p.year.search(text, end, min(len(text), end + 60))
            if ym and compiled(p.between).fullmatch(text, end, ym.start()):
                year = int(ym.group("year"))
        first = f"{year}-{letter}{n1}" if year else f"{letter}{n1}"
        last = f"{year}-{letter}{n2}" if (year and n2) else (f"{letter}{n2}" if n2 else None)
        # "4. kvartal 2025 — 1. kvartal 2026" and "4. kvartal 2025-2026"
        if year and n2 is None:
            c = p.continuation.match(text, end)
            if c:
                m2 = p.part.match(text, c.end())
                if m2 and m2.group("year") and m2.group("o2") is None:
                    k = _ordinal(m2.group("o1"), p)
                    same = (fold_key(m2.group("noun")) in p.quarter_nouns) == (letter == "Q")
                    if k and same and 1 <= k <= limit:
                        last = f"{int(m2.group('year'))}-{letter}{k}"
                        end = m2.end()
                        suspect = suspect or _glued(m2)
                else:
                    y2 = re.compile(rf"({YEAR})(?![\d\w])").match(text, c.end())
                    if y2 and int(y2.group(1)) > year:
                        last = y2.group(1)
                        end = y2.end()
        canonical = first if last is None else f"{first}/{last}"
        kind = "quarter" if letter == "Q" else "half"
        out.append(Candidate(m.start(), end, kind, canonical, TIER_TEMPORAL, suspect=suspect))
    for m in p.qnotation.finditer(text):
        letter = "Q" if m.group("letter") in p.quarter_letters else "H"
        limit = 4 if letter == "Q" else 2
        n1, n2 = int(m.group("n1")), (int(m.group("n2")) if m.group("n2") else None)
        if n1 > limit or (n2 and n2 > limit):
            continue
        y = m.group("year")
        canonical = f"{y}-{letter}{n1}" + (f"/{y}-{letter}{n2}" if n2 else "")
        kind = "quarter" if letter == "Q" else "half"
        out.append(Candidate(m.start(), m.end(), kind, canonical, TIER_TEMPORAL, suspect=_glued(m)))
    return out


def _long_date(m: re.Match[str], p: _Patterns) -> list[Candidate]:
    """The date of a long-date match ("5. april 2017", "2017. április 5.", "1.-3. april 2025"),
    suspect when a weekday names another day than the date's ("Monday 6 May 2025")."""
    mo = p.months.get(fold_key(m.group("month").rstrip(".")))
    y, d = int(m.group("year")), int(m.group("day"))
    if not mo or not _valid_date(y, mo, d):
        return []
    canonical = f"{y:04d}-{mo:02d}-{d:02d}"
    d1 = int(m.group("day1")) if m.group("day1") else None
    if d1 is not None and d1 < d and _valid_date(y, mo, d1):  # "1.-3. april 2025"
        canonical = f"{y:04d}-{mo:02d}-{d1:02d}/{canonical}"
    suspect = _glued(m)
    weekday = m.groupdict().get("weekday")
    if weekday and p.weekdays.get(fold_key(weekday)) not in (None, _dt.date(y, mo, d).isoweekday()):
        suspect = "weekday"
    return [Candidate(m.start(), m.end(), "date", canonical, TIER_TEMPORAL, suspect=suspect)]


def extract_dates(text: str, pack: LanguagePack) -> list[Candidate]:
    """Every date, month, quarter, half and period candidate in `text`."""
    p = _patterns(pack)
    out: list[Candidate] = []
    if holds_any(text, p.noun_probe) or p.letter_probe.search(text):
        out.extend(_parts(text, pack, p))
    if not number_starts(text) or not _HAS_YEAR.search(text):
        return out  # every other form has a four-digit year
    for rx in p.numeric:
        for m in rx.finditer(text):
            d, mo, y = int(m.group("day")), int(m.group("month")), int(m.group("year"))
            if _valid_date(y, mo, d):
                out.append(Candidate(m.start(), m.end(), "date", f"{y:04d}-{mo:02d}-{d:02d}", TIER_TEMPORAL))
    for m in p.iso.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid_date(y, mo, d):
            out.append(Candidate(m.start(), m.end(), "date", f"{y:04d}-{mo:02d}-{d:02d}", TIER_TEMPORAL))
    month_before_year = ends_before_number(text, p.month_end, gap="+")
    for rx, anchored in p.long:
        for m in rx.finditer(text) if month_before_year or not anchored else ():
            out.extend(_long_date(m, p))
    for rx, anchored in p.month_year:
        for m in rx.finditer(text) if month_before_year or not anchored else ():
            mo = p.months.get(fold_key(m.group("month").rstrip(".")))
            if mo:
                y = int(m.group("year"))
                canonical = f"{y:04d}-{mo:02d}"
                mo1 = p.months.get(fold_key(m.group("month1").rstrip("."))) if m.group("month1") else None
                if mo1 is not None and mo1 < mo:  # "juli-september 2025"
                    canonical = f"{y:04d}-{mo1:02d}/{canonical}"
                out.append(Candidate(m.start(), m.end(), "month", canonical, TIER_TEMPORAL, suspect=_glued(m)))
    for m in p.period.finditer(text):
        y1 = int(m.group("y1"))
        raw2 = m.group("y2")
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if y1 < y2 <= y1 + 100 and 1800 <= y2 <= 2199:
            out.append(Candidate(m.start(), m.end(), "period", f"{y1}/{y2}", TIER_TEMPORAL))
    if p.word_period is not None and len(_HAS_YEAR.findall(text)) > 1:  # "fra 2025 til 2027" needs two years
        for m in p.word_period.finditer(text):
            a, b = (m.group("y1"), m.group("y2")) if m.group("y1") else (m.group("b1"), m.group("b2"))
            if int(a) < int(b):  # "fra 2025 til 2027", "mellem 2025 og 2027"
                out.append(Candidate(m.start(), m.end(), "period", f"{a}/{b}", TIER_TEMPORAL))
    return out
