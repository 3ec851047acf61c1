"""AC4xx: references (COM documents, EU acts, articles, the Official Journal, URLs) that differ or are missing."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from aicont.checks.context import Hit, PairContext, value_quote
from aicont.checks.dates import describe
from aicont.checks.matching import diff_values, differ_hit, one_side_hits
from aicont.checks.registry import check
from aicont.model import Confidence, Kind, Severity, Value

REFS = frozenset({"reference"})
# Two URLs this similar (after the language segment is folded) differ by OCR noise or a typo in
# the link text, not by pointing elsewhere: "digital-strateqy" vs "digital-strategy".
URL_VARIANT_SIMILARITY = 90.0


def reference_variant(left: Value, right: Value) -> bool:
    """Two references that name the same thing, written differently.

    URLs: one a prefix of the other, or nearly the same text. Acts and documents: the same digits
    in the same order ("90/385/EØF" read by OCR as "90/385/EQF" vs "90/385/EEG"): since 2015 EU acts
    share one numbering, and before it a regulation's "No 45/2001" and a directive's "95/46"
    differ in the order of year and number, so equal digits mean the same act.
    """
    from rapidfuzz.fuzz import ratio

    a, b = left.canonical.rstrip("./").casefold(), right.canonical.rstrip("./").casefold()
    if left.kind == "url" and right.kind == "url":
        return a.startswith(b) or b.startswith(a) or ratio(a, b) >= URL_VARIANT_SIMILARITY
    da, db = re.findall(r"\d+", a), re.findall(r"\d+", b)
    return bool(da) and da == db


@check("AC401", "reference-mismatch", kind=Kind.ENTITY, severity=Severity.HIGH)
def reference_mismatch(pair: PairContext) -> Iterator[Hit]:
    """A reference (COM document, regulation, directive, article, OJ, URL) differs between the versions.

    Example: left "COM(2025) 165" / right "COM(2025) 156".
    Not raised: "forordning (EU) 2024/1689" vs "förordning (EU) 2024/1689"; a URL repeated after a footnote;
    two URLs that differ only by a character or two, or acts with the same number written differently (AC403).
    """
    for group in _differing(pair).values():
        lv, rv, how = group[0]
        if len(group) == 1:
            yield differ_hit(pair, lv, rv, how, f"{lv.kind} differs: {describe(lv)} vs {describe(rv)}")
            continue
        shown = ", ".join(f"{describe(a)} vs {describe(b)}" for a, b, _ in group)
        hit = differ_hit(pair, lv, rv, how, f"{lv.kind}s differ: {shown}")
        yield replace(hit, values=tuple(v for a, b, _ in group for v in (a, b)))


def _differing(pair: PairContext) -> dict[tuple, list[tuple[Value, Value, str]]]:
    """The references that differ (not variants, AC403), grouped by the lines they stand on: one
    change of an article number that two paragraphs share ("9. cikk (2) és (6) bekezdése") is one
    finding."""
    groups: dict[tuple, list[tuple[Value, Value, str]]] = {}
    for lv, rv, how in diff_values(pair, REFS).differ:
        if not reference_variant(lv, rv):
            groups.setdefault((lv.block_id, lv.line, rv.block_id, rv.line), []).append((lv, rv, how))
    return groups


@check("AC402", "reference-one-side", kind=Kind.ENTITY, severity=Severity.MEDIUM)
def reference_one_side(pair: PairContext) -> Iterator[Hit]:
    """A reference stands in one version of a passage and not in the other.

    The references of one line left out together are one finding.
    Example: left "jf. COM(2025) 30" / right "(konkurrenskraftskompassen)".
    Not raised: when the reference stands in the neighbouring passage of the other side; on a line
    where a reference differs (AC401 reports the change: "Articles 1 to 4" vs "articles 1er à 9"); a less
    precise reference on the other side ("Article 12" for "Artikel 12 Absatz 2", "č. 2017/161" for
    "(EC) No 2017/161"); the same articles listed or as a range ("Articles 1 to 3" = "artikelen 1,
    2 en 3").
    """
    differing = _differing(pair)
    lines = {(v.block_id, v.line) for group in differing.values() for lv, rv, _ in group for v in (lv, rv)}
    yield from one_side_hits(pair, REFS, Confidence.MEDIUM, keep=lambda v: (v.block_id, v.line) not in lines, per_line=True)


@check("AC403", "reference-variant", kind=Kind.ENTITY, severity=Severity.LOW, default=False)
def reference_variant_check(pair: PairContext) -> Iterator[Hit]:
    """A reference is written slightly differently: a typo in a link, or the same act number with other letters.

    Off by default: in a scanned version these are mostly OCR noise ("digital-strateqy", "90/385/EQF").
    Example: left "https://digital-strateqy.ec.europa.eu/..." / right "https://digital-strategy.ec.europa.eu/...".
    Not raised: when links differ only by the language segment ("/en/" vs "/sv/").
    """
    diff = diff_values(pair, REFS)
    for lv, rv, _how in diff.differ:
        if reference_variant(lv, rv):
            yield Hit(
                message=f"reference written differently: {describe(lv)} vs {describe(rv)}",
                left=value_quote(lv, pair.left),
                right=value_quote(rv, pair.right),
                confidence=Confidence.LOW,
                values=(lv, rv),
            )
