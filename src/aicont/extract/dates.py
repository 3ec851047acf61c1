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
from dataclasses import dataclass

from aicont.extract.candidates import Candidate, TIER_TEMPORAL, alternation, initials, per_pack
from aicont.lang.base import LanguagePack, fold_key

YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DASH = r"[-‐‑‒–—]"
_HAS_YEAR = re.compile(rf"{YEAR}")


@dataclass(frozen=True, slots=True)
class _Patterns:
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    day_month_year: re.Pattern[str]
    month_day_year: re.Pattern[str] | None
    month_year: re.Pattern[str]
    period: re.Pattern[str]
    word_period: re.Pattern[str] | None
    part: re.Pattern[str]  # quarter or half phrase
    qnotation: re.Pattern[str]
    numeric_ordinal: re.Pattern[str]
    continuation: re.Pattern[str]
    between: re.Pattern[str]
    year: re.Pattern[str]
    noun_probe: re.Pattern[str]
    ordinals: dict[str, int]
    months: dict[str, int]
    quarter_nouns: frozenset[str]
    half_nouns: frozenset[str]


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
    ord_re = rf"(?:{numord}|(?i:{ord_words})(?![\w]))"
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
    qnot = rf"(?<![\w])(?P<letter>[QH])(?P<n1>[1-4])(?:\s*(?:/|{_DASH})\s*[QH]?(?P<n2>[1-4]))?\s+{year}"
    day = r"(?:(?P<day1>\d{1,2})(?:\.|:[ae]|st|nd|rd|th)?\s*[-–—]\s*)?(?P<day>\d{1,2})(?:\.|:[ae]|st|nd|rd|th)?"
    month_range = rf"(?:(?P<month1>(?i:{months}))\.?\s*[-–—]\s*)?"
    word_period = None
    if d.range_words or d.between_words:
        opener = alternation(d.from_words)
        between = alternation(d.between_words)
        word_period = re.compile(
            rf"(?i:(?:(?:{opener})\s+)?)(?P<y1>{YEAR})\s+(?i:{alternation(d.range_words)})\s+(?P<y2>{YEAR})(?![\w])"
            + (rf"|(?i:(?:{between}))\s+(?P<b1>{YEAR})\s+(?i:{alternation(d.and_words)})\s+(?P<b2>{YEAR})(?![\w])" if d.between_words else "")
        )
    return _Patterns(
        numeric=re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)(?!\.\d)"),
        iso=re.compile(rf"(?<![\w-])({YEAR})-(\d\d)-(\d\d)(?![\w])"),
        day_month_year=re.compile(rf"(?<![\w.]){day}\s+{month}(?:\s+|\s*,\s*){year}"),
        month_day_year=(
            re.compile(rf"(?<![\w]){month}\s+{day},?\s+{year}") if d.month_first_dates else None
        ),
        # (initials(): a fast first test; month_year and noun_probe scan every block with a year)
        month_year=re.compile(rf"(?<![\w]){initials(month_words)}{month_range}{month}(?:\s+(?i:of))?\s+{year}"),
        period=re.compile(rf"(?<![\w./-])(?P<y1>{YEAR})\s*(?P<sep>/|{_DASH})\s*(?P<y2>\d{{4}}|\d\d)(?![\w])(?!\.\d)"),
        word_period=word_period,
        part=re.compile(part),
        qnotation=re.compile(qnot),
        numeric_ordinal=re.compile(numord),
        continuation=re.compile(rf"\s*{_DASH}\s*"),
        between=re.compile(rf"(?:[\s,]|{ord_re}|{sep}|(?i:{nouns})|{link})*"),
        year=re.compile(rf"(?<![\w.]){year}"),
        noun_probe=re.compile(rf"{initials(noun_words)}(?i:{nouns})|[QH][1-4]"),
        ordinals=ords,
        months={fold_key(name): number for name, number in pack.months},
        quarter_nouns=frozenset(fold_key(n) for n in qnouns),
        half_nouns=frozenset(fold_key(n) for n in hnouns),
    )


def _glued(m: re.Match[str]) -> str | None:
    return "glued-footnote" if m.group("glue") else None


def _ordinal(text: str, p: _Patterns) -> int | None:
    m = p.numeric_ordinal.fullmatch(text)
    if m:
        return int(m.group(1))
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
            if ym and p.between.fullmatch(text, end, ym.start()):
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
        letter = m.group("letter")
        limit = 4 if letter == "Q" else 2
        n1, n2 = int(m.group("n1")), (int(m.group("n2")) if m.group("n2") else None)
        if n1 > limit or (n2 and n2 > limit):
            continue
        y = m.group("year")
        canonical = f"{y}-{letter}{n1}" + (f"/{y}-{letter}{n2}" if n2 else "")
        kind = "quarter" if letter == "Q" else "half"
        out.append(Candidate(m.start(), m.end(), kind, canonical, TIER_TEMPORAL, suspect=_glued(m)))
    return out


def extract_dates(text: str, pack: LanguagePack) -> list[Candidate]:
    """Every date, month, quarter, half and period candidate in `text`."""
    p = _patterns(pack)
    out: list[Candidate] = []
    if p.noun_probe.search(text):
        out.extend(_parts(text, pack, p))
    if not _HAS_YEAR.search(text):
        return out  # every other form has a four-digit year
    for m in p.numeric.finditer(text):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid_date(y, mo, d):
            out.append(Candidate(m.start(), m.end(), "date", f"{y:04d}-{mo:02d}-{d:02d}", TIER_TEMPORAL))
    for m in p.iso.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid_date(y, mo, d):
            out.append(Candidate(m.start(), m.end(), "date", f"{y:04d}-{mo:02d}-{d:02d}", TIER_TEMPORAL))
    for rx in (p.day_month_year, p.month_day_year):
        if rx is None:
            continue
        for m in rx.finditer(text):
            mo = p.months.get(fold_key(m.group("month").rstrip(".")))
            y, d = int(m.group("year")), int(m.group("day"))
            if mo and _valid_date(y, mo, d):
                canonical = f"{y:04d}-{mo:02d}-{d:02d}"
                d1 = int(m.group("day1")) if m.groupdict().get("day1") else None
                if d1 is not None and d1 < d and _valid_date(y, mo, d1):  # "1.-3. april 2025"
                    canonical = f"{y:04d}-{mo:02d}-{d1:02d}/{canonical}"
                out.append(Candidate(m.start(), m.end(), "date", canonical, TIER_TEMPORAL, suspect=_glued(m)))
    for m in p.month_year.finditer(text):
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
    if p.word_period is not None:
        for m in p.word_period.finditer(text):
            a, b = (m.group("y1"), m.group("y2")) if m.group("y1") else (m.group("b1"), m.group("b2"))
            if int(a) < int(b):  # "fra 2025 til 2027", "mellem 2025 og 2027"
                out.append(Candidate(m.start(), m.end(), "period", f"{a}/{b}", TIER_TEMPORAL))
    return out
