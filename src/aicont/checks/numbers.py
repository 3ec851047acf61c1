"""AC1xx: amounts, percentages, counts and ranks that differ or stand on one side only."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import Hit, PairContext
from aicont.checks.dates import describe, elsewhere_verdict
from aicont.checks.matching import diff_values, differ_hit, family, one_side_hits
from aicont.checks.registry import check
from aicont.model import Confidence, Kind, Severity


def _differ(pair: PairContext, fams: frozenset[str], label: str) -> Iterator[Hit]:
    diff = diff_values(pair, fams)
    for lv, rv, how in diff.differ:
        wrong, reason = elsewhere_verdict(pair, lv, rv)
        yield differ_hit(pair, lv, rv, how, f"{label} differs: {describe(lv)} vs {describe(rv)}", wrong, reason)


@check("AC101", "amount-mismatch", kind=Kind.NUMBER, severity=Severity.HIGH)
def amount_mismatch(pair: PairContext) -> Iterator[Hit]:
    """An amount of money differs between the two versions (value, scale or currency).

    Example: left "20 mia. EUR" / right "200 miljarder euro".
    Not raised: "20 mia. EUR" vs "20 miljarder euro"; "EUR 1 mio." vs "1 000 000 euro".
    """
    yield from _differ(pair, frozenset({"amount"}), "amount")


@check("AC102", "percentage-mismatch", kind=Kind.NUMBER, severity=Severity.HIGH)
def percentage_mismatch(pair: PairContext) -> Iterator[Hit]:
    """A percentage differs between the two versions.

    Example: left "mindst 30 %" / right "minst 20 %".
    Not raised: "30 %" vs "30 procent"; "7,5 %" vs "7,5 procent".
    """
    # Percentage points are their own family: "5 procentpoint" never equals "5 %".
    yield from _differ(pair, frozenset({"percent", "points"}), "percentage")


@check("AC103", "count-mismatch", kind=Kind.NUMBER, severity=Severity.MEDIUM)
def count_mismatch(pair: PairContext) -> Iterator[Hit]:
    """A count, number, rank or duration differs between the two versions.

    Example: left "syv AI-fabrikker" / right "åtta AI-fabriker".
    Not raised: "syv" vs "sju"; "6 800" vs "6800"; "13" vs "tretton"; "48 måneder" vs "48 månader".
    """
    yield from _differ(pair, frozenset({"count", "rank", "duration"}), "number")


@check("AC104", "amount-one-side", kind=Kind.NUMBER, severity=Severity.MEDIUM)
def amount_one_side(pair: PairContext) -> Iterator[Hit]:
    """An amount or percentage stands in one version of a passage and not in the other.

    Example: left "med et budget på 200 mio. EUR" / right "med en budget".
    Not raised: when the amount stands in the neighbouring passage of the other side.
    """
    yield from one_side_hits(pair, frozenset({"amount", "percent", "points"}), Confidence.MEDIUM)


@check("AC105", "number-one-side", kind=Kind.NUMBER, severity=Severity.LOW, default=False)
def number_one_side(pair: PairContext) -> Iterator[Hit]:
    """A count or number stands in one version of a passage and not in the other (off by default).

    Translations often say "both" or "the two" for "two", so this is speculation unless selected.

    Example: left "fem nøgleområder" / right "nyckelområden".
    Not raised: "fem" vs "5"; a number whose digits stand in the other side's text.
    """
    yield from one_side_hits(pair, frozenset({"count", "rank", "duration"}), Confidence.LOW)


__all__ = ["family"]
