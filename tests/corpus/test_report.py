"""The discrepancy report on the real corpus: the reviewed findings of the action-plan pair and
nothing else, unrelated documents, determinism (the HTML page in a headless browser: tests/formats).

Every finding of the default report was reviewed by hand against both texts; REVIEWED holds them
with the reason each is real. A new finding makes the test fail: review it, and either add it
here (a real divergence) or make it a silent case in tests/checks/cases (a false alarm).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aicont.config import Config
from aicont.model import Report
from aicont.pipeline import compare_documents, load_document, run
from aicont.report.base import get_renderer

# (code, section, left value, right value): why a legal reviewer agrees it is real
REVIEWED = {
    ("AC201", "fn54", "2025-02-02", "2026-02-02"): (
        "AI Act prohibitions: Danish 'fandt anvendelse fra den 2.2.2025', Swedish 'börjar tillämpas den "
        "2 februari 2026'; the regulation says 2 February 2025, the Swedish breaks the ascending phase dates"
    ),
    ("AC302", "1.3", "P48M", "P48M"): (
        "permits for data centres: Danish 'ofte over 48 måneder' (often more than), Swedish '48 månader' "
        "(exactly); the qualifier is lost in the Swedish"
    ),
    ("AC404", "fn41", "ARISA", None): (
        "footnote 41: Danish 'den europæiske alliance for AI-færdigheder (ARISA)', Swedish 'den europeiska "
        "alliansen för kompetens inom artificiell intelligens.' without the acronym, which the Swedish gives "
        "in footnote 42 ('(Arisa)') as the Danish does: the Swedish reader of footnote 41 is not told the "
        "alliance's name"
    ),
}


@pytest.fixture(scope="module")
def action_plan(da_path: Path, sv_path: Path) -> Report:
    return run(da_path, sv_path, Config())


def test_default_report_is_the_reviewed_list(action_plan: Report) -> None:
    got = {(f.code, f.section, f.left.value if f.left else None, f.right.value if f.right else None): f
           for f in action_plan.findings}
    assert len(got) == len(action_plan.findings)
    unexpected = {k: f.message for k, f in got.items() if k not in REVIEWED}
    assert not unexpected, f"unreviewed findings (false alarms?): {unexpected}"
    missing = set(REVIEWED) - set(got)
    assert not missing, f"reviewed divergences no longer found: {missing}"
    assert not action_plan.incomplete


def test_footnote_54_is_high_with_lines_and_likely_wrong_side(action_plan: Report) -> None:
    f = next(f for f in action_plan.findings if f.code == "AC201")
    assert f.severity.value == "high" and f.confidence.value == "high"
    assert f.message == 'date differs: "2.2.2025" (2025-02-02) vs "2 februari 2026" (2026-02-02)'
    assert f.likely_wrong == "right" and "order" in (f.reason or "")
    assert f.left.spans[0].line_start == 1110 and f.right.spans[0].line_start == 1951
    da_line = Path(f.left.spans[0].path).read_text(encoding="utf-8").splitlines()[1109]
    sv_line = Path(f.right.spans[0].path).read_text(encoding="utf-8").splitlines()[1950]
    assert "2.2.2025" in da_line and "2 februari 2026" in sv_line  # the evidence stands on those lines
    assert "2.2.2025" in f.left.text and "2 februari 2026" in f.right.text
    assert "Al-modeller" in f.left.text  # quoted as it stands in the OCR'd file, not as repaired
    a, b = f.right.mark
    assert f.right.text[a:b] == "2 februari 2026"


def test_report_formats_are_deterministic(action_plan: Report, da_path: Path, sv_path: Path) -> None:
    again = run(da_path, sv_path, Config())
    for fmt in ("json", "sarif", "markdown", "html"):
        assert get_renderer(fmt).render(again) == get_renderer(fmt).render(action_plan)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("ai-continent-action-plan/da.txt", "genai-startups-communication/da.txt"),
        ("ai-continent-action-plan/sv.txt", "dk-strategic-ai-effort/da.txt"),
        ("dk-strategic-ai-effort/da.txt", "apply-ai-strategy-annexes/da.txt"),
    ],
)
def test_unrelated_documents_give_one_notice_and_no_passage_findings(left: str, right: str) -> None:
    corpus = Path(__file__).resolve().parent.parent.parent / "corpus"
    a = load_document(corpus / left, side="left", lang=None)
    b = load_document(corpus / right, side="right", lang=None)
    report = compare_documents(a, b, Config())
    assert [f.code for f in report.findings] == ["AC003"]


# The HTML report in a real headless browser: tests/formats/test_html_report.py
