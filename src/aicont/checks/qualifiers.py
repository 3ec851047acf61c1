"""AC3xx: the same value with a different qualifier ("op til fem" vs "fem"; "senest" vs "från och med")."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import Hit, PairContext, value_quote
from aicont.checks.matching import diff_values
from aicont.checks.registry import check
from aicont.model import Confidence, Kind, Severity

WORDS = {
    "gt": "more than",
    "ge": "at least",
    "lt": "less than",
    "le": "up to",
    "approx": "about",
    "by": "by (at the latest)",
    "from": "from",
    "until": "until",
}
# Qualifiers that state opposite bounds: a deadline against a start date, a ceiling against a floor.
OPPOSITE = {
    frozenset({"by", "from"}),
    frozenset({"until", "from"}),
    frozenset({"gt", "lt"}),
    frozenset({"gt", "le"}),
    frozenset({"ge", "lt"}),
    frozenset({"ge", "le"}),
}
# Qualifiers a translation may state with different words but the same sense.
SAME_SENSE = {frozenset({"by", "until"}), frozenset({"gt", "ge"}), frozenset({"lt", "le"})}


def _q(q: str | None) -> str:
    return WORDS.get(q, q) if q else "no qualifier"


def _pairs(pair: PairContext):  # noqa: ANN202
    diff = diff_values(pair)
    for lv, rv in diff.matched:
        if lv.qualifier == rv.qualifier:
            continue
        if lv.qualifier and rv.qualifier and frozenset({lv.qualifier, rv.qualifier}) in SAME_SENSE:
            continue
        yield lv, rv


@check("AC301", "qualifier-conflict", kind=Kind.QUALIFIER, severity=Severity.HIGH)
def qualifier_conflict(pair: PairContext) -> Iterator[Hit]:
    """The same value carries opposite qualifiers: a deadline against a start date, a ceiling against a floor.

    Example: left "senest den 1. juli 2025" / right "från och med den 1 juli 2025".
    Not raised: "senest den 1. juli" vs "senast den 1 juli"; "mindst 5" vs "minst 5".
    """
    for lv, rv in _pairs(pair):
        if lv.qualifier and rv.qualifier and frozenset({lv.qualifier, rv.qualifier}) in OPPOSITE:
            yield Hit(
                message=(
                    f'qualifier differs on {lv.canonical}: "{lv.raw}" ({_q(lv.qualifier)}) vs '
                    f'"{rv.raw}" ({_q(rv.qualifier)})'
                ),
                left=value_quote(lv, pair.left),
                right=value_quote(rv, pair.right),
                confidence=Confidence.HIGH,
                values=(lv, rv),
            )


@check("AC302", "qualifier-mismatch", kind=Kind.QUALIFIER, severity=Severity.MEDIUM)
def qualifier_mismatch(pair: PairContext) -> Iterator[Hit]:
    """The same value is qualified on one side and not (or differently) on the other.

    Example: left "op til fem" / right "fem"; left "omkring 200" / right "200".
    Not raised: "mere end 6 800" vs "fler än 6 800"; "senest" vs "senast".
    """
    for lv, rv in _pairs(pair):
        if lv.qualifier and rv.qualifier and frozenset({lv.qualifier, rv.qualifier}) in OPPOSITE:
            continue  # AC301
        yield Hit(
            message=(
                f'qualifier differs on {lv.canonical}: "{lv.raw}" ({_q(lv.qualifier)}) vs '
                f'"{rv.raw}" ({_q(rv.qualifier)})'
            ),
            left=value_quote(lv, pair.left),
            right=value_quote(rv, pair.right),
            confidence=Confidence.MEDIUM,
            values=(lv, rv),
        )
