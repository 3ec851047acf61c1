"""Amounts of money and percentages: Block text × LanguagePack → Candidates.

Canonical forms:
  amount   "200 mia. EUR", "200 miljarder euro", "EUR 200 billion", "€200bn"   → "EUR 2E+11"
           "2,4-4,0 bio. EUR" (da bio. = 10¹²)                                 → "EUR 2.4E+12/4E+12"
  percent  "13,5 %", "85 procent", "85 %"                                     → "13.5", "85"
  points   percentage points "2 procentpoint" = "2 procentenheter"              → "2" (never equal to a percent)
  count    a scaled number with no currency ("10 miljarder")                   → "1E+10"
The currency is in `unit` as an ISO 4217 code; percentages have unit "%".
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from aicont.extract.candidates import (
    Candidate, TIER_AMOUNT, alternation, compiled, holds_any, initials, number_regex, parse_number, per_pack, plain,
    ends_before_number, number_starts, probe_words, reversed_alternation, scientific,
)
from aicont.lang.base import LanguagePack, fold_key

_DASH = r"[-‐‑‒–—]"


class _Patterns(NamedTuple):
    """The amount patterns of one language (built once a pack; a NamedTuple, as every private record here: a tenth of a frozen dataclass's cost to define at import)."""

    after: re.Pattern[str]  # 200 mia. EUR / 200 miljarder euro / 200 billion
    before: str  # EUR 200 billion / €200bn (compiled where currency_end finds a currency before a number)
    # a currency word, reversed, matched in the reversed text from where the word ends (None: the
    # language has a currency word that ends in a digit, and the test is not made)
    currency_end: re.Pattern[str] | None
    percent: re.Pattern[str]
    points: str | None  # (compiled where points_probe finds a word)
    scales: dict[str, int]
    currencies: dict[str, str]
    # The words without which a pattern yields nothing: searched for first, once per block,
    # because most blocks with digits hold no percentage or points, and each pattern tries every
    # digit of the block. (A probe for the scale and currency words costs more than it saves.)
    percent_probe: tuple[str, ...]  # (holds_any)
    points_probe: tuple[str, ...] | None


@per_pack
def _patterns(pack: LanguagePack) -> _Patterns:
    d = pack.data
    num = number_regex(pack)
    rng = rf"(?:\s*{_DASH}\s*|\s+(?i:{alternation(d.range_words)})\s+)"
    # a number not inside a word or a number, then maybe a range
    first = number_regex(pack, not_after=r"\w.,")
    nums = rf"(?P<n1>{first})(?:{rng}(?P<n2>{num}))?"
    scales = {fold_key(w): e for w, e in pack.scales}
    currencies = {fold_key(w): c for w, c in pack.currencies}
    # (the alternations list the words as written; alternation() adds their folded spellings)
    scale = rf"(?P<scale>(?i:{alternation([w for w, _ in pack.scales])}))(?:(?<=\.)|(?![\w]))"
    cur_words = alternation([w for w, _ in pack.currencies])
    # "200 milliards d'euros", "5 millones de euros": a link word before the currency
    link = rf"(?:(?i:{alternation(d.currency_links)})\s*)?" if d.currency_links else ""
    cur = rf"(?P<cur>(?i:{cur_words}))(?:(?<=[.€$£])|(?![\w]))"
    pct = alternation(["%"] + list(pack.percent_words))
    return _Patterns(
        after=re.compile(rf"{nums}(?:\s*{scale})?(?:\s*{link}{cur})?(?![\w])"),
        before=rf"(?<![\w]){initials([w for w, _ in pack.currencies])}{cur}\s?(?P<n1>{num})(?:{rng}(?P<n2>{num}))?(?:\s*{scale})?(?![\w])",
        currency_end=(
            None if any(w[-1:].isdigit() for w, _ in pack.currencies)
            else re.compile(rf"(?i:{reversed_alternation([w for w, _ in pack.currencies])})")
        ),
        percent=re.compile(rf"{nums}\s?(?P<pct>(?i:{pct}))(?:(?<=[%.])|(?![\w]))"),
        points=(
            rf"{nums}\s?(?P<pct>(?i:{alternation(d.point_words)}))(?:(?<=\.)|(?![\w]))"
            if d.point_words else None
        ),
        scales=scales,
        currencies=currencies,
        percent_probe=probe_words(["%"] + list(pack.percent_words)),
        points_probe=probe_words(d.point_words) if d.point_words else None,
    )


def _currency_before_number(text: str, p: _Patterns) -> bool:
    """A currency word ends right before a number or one white space before it: what `before`
    cannot match without."""
    return p.currency_end is None or ends_before_number(text, p.currency_end)


def _values(m: re.Match[str], pack: LanguagePack, factor: int) -> list[Decimal] | None:
    out = []
    for g in ("n1", "n2"):
        if m.group(g) is None:
            continue
        v = parse_number(m.group(g), pack)
        if v is None:
            return None
        out.append(v * (Decimal(10) ** factor))
    if len(out) == 2 and out[1] < out[0]:
        return None
    return out


def _matches(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Like finditer, but a match whose range is not a range ("i 2022 til 24 mia. EUR": 2022 > 24)
    is retried from its second number, so that the real amount after it is still found."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        out.append(m)
        n2 = m.group("n2")
        if n2 is not None and m.group("n1") is not None and _bad_range(m.group("n1"), n2):
            pos = m.start("n2")
        else:
            pos = max(m.end(), pos + 1)
    return out


_NOT_DIGIT = re.compile(r"\D")


def _bad_range(a: str, b: str) -> bool:
    da, db = _NOT_DIGIT.sub("", a), _NOT_DIGIT.sub("", b)
    return len(da) > len(db) or (len(da) == len(db) and da > db)


def extract_amounts(text: str, pack: LanguagePack) -> list[Candidate]:
    """Every amount (number + scale and/or currency) and percentage candidate in `text`."""
    out: list[Candidate] = []
    if not number_starts(text):
        return out
    p = _patterns(pack)
    for rx in (p.after, compiled(p.before)) if _currency_before_number(text, p) else (p.after,):
        for m in _matches(rx, text):
            scale, cur = m.group("scale"), m.group("cur")
            if scale is None and cur is None:
                continue
            factor = p.scales[fold_key(scale)] if scale else 0
            values = _values(m, pack, factor)
            if not values:
                continue
            canonical = "/".join(scientific(v) for v in values)
            if cur:
                code = p.currencies[fold_key(cur)]
                out.append(Candidate(m.start(), m.end(), "amount", f"{code} {canonical}", TIER_AMOUNT, unit=code))
            else:
                out.append(Candidate(m.start(), m.end(), "count", canonical, TIER_AMOUNT))
    if p.points is not None and p.points_probe is not None and holds_any(text, p.points_probe):
        for m in _matches(compiled(p.points), text):
            values = _values(m, pack, 0)
            if values:
                out.append(Candidate(m.start(), m.end(), "points", "/".join(plain(v) for v in values), TIER_AMOUNT, unit="pp"))
    for m in _matches(p.percent, text) if holds_any(text, p.percent_probe) else ():
        values = _values(m, pack, 0)
        if values:
            out.append(Candidate(m.start(), m.end(), "percent", "/".join(plain(v) for v in values), TIER_AMOUNT, unit="%"))
    return out
