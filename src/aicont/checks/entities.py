"""AC4xx: references (COM documents, EU acts, articles, the Official Journal, URLs) that differ or are missing."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import Hit, PairContext, blocks_quote, value_quote
from aicont.checks.dates import describe
from aicont.checks.matching import diff_values
from aicont.checks.registry import check
from aicont.model import Confidence, Kind, Severity

REFS = frozenset({"reference"})


@check("AC401", "reference-mismatch", kind=Kind.ENTITY, severity=Severity.HIGH)
def reference_mismatch(pair: PairContext) -> Iterator[Hit]:
    """A reference (COM document, regulation, directive, article, OJ, URL) differs between the versions.

    Example: left "COM(2025) 165" / right "COM(2025) 156".
    Not raised: "forordning (EU) 2024/1689" vs "förordning (EU) 2024/1689"; a URL repeated after a footnote.
    """
    diff = diff_values(pair, REFS)
    for lv, rv, how in diff.differ:
        yield Hit(
            message=f"{lv.kind} differs: {describe(lv)} vs {describe(rv)}",
            left=value_quote(lv, pair.left),
            right=value_quote(rv, pair.right),
            confidence=Confidence.HIGH if how == "order" else Confidence.MEDIUM,
            values=(lv, rv),
        )


@check("AC402", "reference-one-side", kind=Kind.ENTITY, severity=Severity.MEDIUM)
def reference_one_side(pair: PairContext) -> Iterator[Hit]:
    """A reference stands in one version of a passage and not in the other.

    Example: left "jf. COM(2025) 30" / right "(konkurrenskraftskompassen)".
    Not raised: when the reference stands in the neighbouring passage of the other side.
    """
    diff = diff_values(pair, REFS)
    for v in diff.left_only:
        yield Hit(
            message=f"{v.kind} on the left only: {describe(v)}",
            left=value_quote(v, pair.left),
            right=blocks_quote(pair.right),
            confidence=Confidence.MEDIUM,
            values=(v,),
        )
    for v in diff.right_only:
        yield Hit(
            message=f"{v.kind} on the right only: {describe(v)}",
            left=blocks_quote(pair.left),
            right=value_quote(v, pair.right),
            confidence=Confidence.MEDIUM,
            values=(v,),
        )
