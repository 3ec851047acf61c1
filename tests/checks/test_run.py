"""run_checks on hand-made pairs: completion of Hits, crash isolation (AC001), confidence rules, order."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import Hit, PairContext, block_quote
from aicont.checks.registry import REGISTRY, CheckSpec, resolve
from aicont.checks.run import run_checks
from aicont.model import Confidence, Kind, Severity

from .handmade import context, doc, one_to_one, value


def _boom(pair: PairContext) -> Iterator[Hit]:
    """Crashes on the second bead.

    Example: -. Not raised: -.
    """
    if pair.index == 1:
        raise ZeroDivisionError("division by zero")
    yield Hit("fine", block_quote(pair.left[0]), block_quote(pair.right[0]))


def test_a_crash_becomes_ac001_and_marks_incomplete() -> None:
    left = doc("da", "da", ["en to tre fire fem seks syv", "otte ni ti", "elleve tolv"])
    right = doc("sv", "sv", ["ett två tre fyra fem sex sju", "åtta nio tio", "elva tolv"])
    spec = CheckSpec("AC299", "boom", Kind.DATE, Severity.LOW, _boom)
    findings, incomplete = run_checks(context(left, right), (spec,))
    assert incomplete
    codes = [f.code for f in findings]
    assert codes.count("AC299") == 2  # the other beads still ran
    crash = [f for f in findings if f.code == "AC001"]
    assert len(crash) == 1
    assert crash[0].message == "AC299 crashed on da:1:p2: ZeroDivisionError: division by zero"
    assert crash[0].severity == Severity.HIGH and crash[0].left.block == "da:1:p2"


def test_weak_bead_and_suspect_value_lower_confidence_never_hide() -> None:
    left = doc("da", "da", ["Forbuddene gælder fra den 2.2.2025."])
    right = doc("sv", "sv", ["Förbuden tillämpas från den 2 februari 2026."])
    lv = value(left.blocks[0], "2.2.2025", "date", "2025-02-02")
    rv = value(right.blocks[0], "2 februari 2026", "date", "2026-02-02")
    strong = run_checks(context(left, right, [lv], [rv]), resolve(("AC201",)))[0]
    assert [f.confidence for f in strong] == [Confidence.HIGH]
    weak = run_checks(context(left, right, [lv], [rv], one_to_one(left, right, score=0.2)), resolve(("AC201",)))[0]
    assert [f.confidence for f in weak] == [Confidence.MEDIUM]
    assert weak[0].severity == Severity.HIGH  # severity never changes
    sus = value(left.blocks[0], "2.2.2025", "date", "2025-02-02", suspect="ocr-digit")
    both = run_checks(context(left, right, [sus], [rv], one_to_one(left, right, score=0.2)), resolve(("AC201",)))[0]
    assert [f.confidence for f in both] == [Confidence.LOW]


def test_severity_override_and_options_reach_the_finding() -> None:
    left = doc("da", "da", ["Forbuddene gælder fra den 2.2.2025."])
    right = doc("sv", "sv", ["Förbuden tillämpas från den 2 februari 2026."])
    lv = value(left.blocks[0], "2.2.2025", "date", "2025-02-02")
    rv = value(right.blocks[0], "2 februari 2026", "date", "2026-02-02")
    f = run_checks(context(left, right, [lv], [rv]), resolve(("AC201",)), severity={"AC201": Severity.LOW})[0]
    assert f[0].severity == Severity.LOW
    assert f[0].name == "date-mismatch" and f[0].kind == Kind.DATE
    assert f[0].message == 'date differs: "2.2.2025" (2025-02-02) vs "2 februari 2026" (2026-02-02)'


def test_findings_sorted_in_reading_order() -> None:
    texts_l = [f"Afsnit {i}: fristen er den {i}.3.2025 for alle." for i in range(1, 6)]
    texts_r = [f"Avsnitt {i}: fristen är den {i} april 2025 för alla." for i in range(1, 6)]
    left, right = doc("da", "da", texts_l), doc("sv", "sv", texts_r)
    lv = [value(b, f"{i}.3.2025", "date", f"2025-03-0{i}") for i, b in enumerate(left.blocks, 1)]
    rv = [value(b, f"{i} april 2025", "date", f"2025-04-0{i}") for i, b in enumerate(right.blocks, 1)]
    findings, incomplete = run_checks(context(left, right, lv, rv), resolve(("ALL",)))
    assert not incomplete
    assert [f.left.block for f in findings if f.code == "AC201"] == [b.id for b in left.blocks]
    assert all(f.fingerprint and len(f.fingerprint) == 64 for f in findings)
    assert "AC001" in REGISTRY


def test_findings_at_one_place_read_down_the_files() -> None:
    """Right-only findings in one gap (or with no known block) are ordered by their lines, whatever
    their fingerprints: a reviewer reads them in the order of the file."""
    from aicont.checks.run import sort_findings
    from aicont.model import Finding, Quote, Span

    def right_only(line: int, fingerprint: str) -> Finding:
        quote = Quote("sv:9:p1", "text", (Span("sv.txt", line, line),))
        return Finding("AC502", "passage-right-only", Kind.ADDITION, Severity.MEDIUM, Confidence.MEDIUM,
                       "m", "9", None, quote, fingerprint=fingerprint)

    findings = [right_only(30, "a"), right_only(10, "c"), right_only(20, "b")]
    assert [f.right.spans[0].line_start for f in sort_findings(findings)] == [10, 20, 30]
