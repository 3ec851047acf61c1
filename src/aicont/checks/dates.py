"""AC2xx: dates, months, quarters, halves, periods and years that differ or stand on one side only."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import Hit, PairContext
from aicont.checks.matching import diff_values, differ_hit, family, one_side_hits
from aicont.checks.registry import check
from aicont.model import Confidence, Kind, Severity, Value

DATES = frozenset({"date"})
# one-sided values of these kinds are reported; a bare year on one side is usually a rephrasing
# ("i år" / "2025") and too weak to show by default.
STRONG_ONE_SIDED = ("date", "quarter", "month", "half")


def describe(v: Value) -> str:
    return f'"{v.raw}" ({v.canonical})'


def _order_key(v: Value) -> str:
    # an ISO-like canonical sorts chronologically as text; a quarter "2025-Q2" sorts after the
    # months of the quarter's first month, close enough for spotting an inversion
    return v.canonical


def _inversions(seq: list[Value]) -> int:
    keys = [_order_key(v) for v in seq if v.qualifier not in ("until", "by")]
    return sum(1 for a, b in zip(keys, keys[1:]) if a > b)


def timeline_verdict(pair: PairContext, left: Value, right: Value) -> tuple[str | None, str | None]:
    """Which side breaks an ascending timeline that the other side keeps (phased dates in one block)."""
    lseq = [v for v in pair.left_values if family(v) == "date" and v.kind in ("date", "month", "quarter")]
    rseq = [v for v in pair.right_values if family(v) == "date" and v.kind in ("date", "month", "quarter")]
    if len(lseq) < 3 or len(rseq) < 3:
        return None, None
    li, ri = _inversions(lseq), _inversions(rseq)
    if li == ri:
        return None, None
    if li < ri:
        return "right", f"{right.raw} breaks the order of the phased dates that the left side keeps"
    return "left", f"{left.raw} breaks the order of the phased dates that the right side keeps"


def _occurrences(pair: PairContext, side: str, canonical: str) -> int:
    """How often `canonical` stands on `side` outside this bead."""
    doc = pair.doc
    if doc is None:
        return 0
    here = {b.id for b in (pair.left if side == "left" else pair.right)}
    values = doc.left_values if side == "left" else doc.right_values
    return sum(1 for bid, vs in values.items() if bid not in here for v in vs if v.canonical == canonical)


def elsewhere_verdict(pair: PairContext, left: Value, right: Value) -> tuple[str | None, str | None]:
    """Which side is odd: one value also stands elsewhere in both versions, the other nowhere else."""
    if left.kind not in ("date", "amount") or right.kind not in ("date", "amount"):
        return None, None
    l_in_l, l_in_r = _occurrences(pair, "left", left.canonical), _occurrences(pair, "right", left.canonical)
    r_in_l, r_in_r = _occurrences(pair, "left", right.canonical), _occurrences(pair, "right", right.canonical)
    if l_in_l and l_in_r and not r_in_l and not r_in_r:
        return "right", f"{left.canonical} stands elsewhere in both versions, {right.canonical} only here"
    if r_in_l and r_in_r and not l_in_l and not l_in_r:
        return "left", f"{right.canonical} stands elsewhere in both versions, {left.canonical} only here"
    return None, None


def verdict(pair: PairContext, left: Value, right: Value) -> tuple[str | None, str | None]:
    wrong, reason = timeline_verdict(pair, left, right)
    if wrong is None:
        wrong, reason = elsewhere_verdict(pair, left, right)
    return wrong, reason


@check("AC201", "date-mismatch", kind=Kind.DATE, severity=Severity.HIGH)
def date_mismatch(pair: PairContext) -> Iterator[Hit]:
    """A date, month, quarter, period or year differs between the two versions of a passage.

    Example: left "fra den 2.2.2025" / right "från den 2 februari 2026".
    Not raised: "9.4.2025" vs "9 april 2025"; "2. kvartal 2025" vs "andra kvartalet 2025";
    "februar 2025" vs "den 2 februari 2025" (one is only less precise).
    """
    diff = diff_values(pair, DATES)
    for lv, rv, how in diff.differ:
        wrong, reason = verdict(pair, lv, rv)
        label = lv.kind if lv.kind == rv.kind else "date"
        yield differ_hit(pair, lv, rv, how, f"{label} differs: {describe(lv)} vs {describe(rv)}", wrong, reason)


@check("AC202", "date-one-side", kind=Kind.DATE, severity=Severity.MEDIUM)
def date_one_side(pair: PairContext) -> Iterator[Hit]:
    """A date, month, quarter or half-year stands in one version of a passage and not in the other.

    Example: left "inden udgangen af 2. kvartal 2025" / right "så snart som möjligt".
    Not raised: when the date stands in the neighbouring passage of the other side (an alignment
    slip), or for a bare year.
    """
    yield from one_side_hits(pair, DATES, Confidence.MEDIUM, keep=lambda v: v.kind in STRONG_ONE_SIDED)
