"""Golden reports of a mini pair (tests/golden/mini.*.txt): every format, byte for byte.

The version is normalised so that a release does not rewrite them. Regenerate with
`pytest tests/golden --update-golden` (or `make golden`) and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from aicont import __version__
from aicont.config import Config
from aicont.model import Report
from aicont.pipeline import run
from aicont.report.base import get_renderer
from aicont.report.terminal import render_terminal

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
FORMATS = {"txt": "terminal", "md": "markdown", "html": "html", "json": "json", "sarif": "sarif"}


@pytest.fixture(scope="module")
def mini_report() -> Report:
    cwd = os.getcwd()
    os.chdir(ROOT)  # input paths in the report are as given: relative, the same on every machine
    try:
        return run(Path("tests/golden/mini.left.txt"), Path("tests/golden/mini.right.txt"), Config())
    finally:
        os.chdir(cwd)


# The aligner's own scores are tuned by its owner; the golden files pin the findings and the
# formats, not those numbers.
VOLATILE = re.compile(r'("(?:alignment_quality|confident_share|one_sided_share)": )[0-9.]+')


def _render(report: Report, fmt: str) -> str:
    if fmt == "terminal":
        text = render_terminal(report, color=False, width=120)
    else:
        text = get_renderer(fmt).render(report)
    return VOLATILE.sub(r'\1"*"', text.replace(__version__, "VERSION"))


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_golden(mini_report: Report, ext: str, update_golden: bool) -> None:
    text = _render(mini_report, FORMATS[ext])
    path = HERE / f"report.{ext}"
    if update_golden or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs; run pytest --update-golden and review"


def test_mini_pair_findings(mini_report: Report) -> None:
    """The three differences planted in the mini pair, and nothing else."""
    got = sorted((f.code, f.severity.value, f.section) for f in mini_report.findings)
    assert got == [("AC101", "high", "1"), ("AC201", "high", "fn1"), ("AC302", "medium", "1")]
    date = next(f for f in mini_report.findings if f.code == "AC201")
    assert date.message == 'date differs: "2.2.2025" (2025-02-02) vs "2 februari 2026" (2026-02-02)'
    assert date.left.spans[0].line_start == 33 and date.right.spans[0].line_start == 32
    assert not mini_report.incomplete


def test_same_input_same_bytes(mini_report: Report) -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        again = run(Path("tests/golden/mini.left.txt"), Path("tests/golden/mini.right.txt"), Config())
    finally:
        os.chdir(cwd)
    for fmt in FORMATS.values():
        assert _render(again, fmt) == _render(mini_report, fmt)


def test_a_third_language() -> None:
    """English against each mini version: the English agrees with the Danish, so only the three
    Swedish divergences appear (other language pair, same findings)."""
    en = HERE / "mini.en.txt"
    assert run(en, HERE / "mini.left.txt", Config()).findings == ()
    got = run(en, HERE / "mini.right.txt", Config())
    assert sorted(f.code for f in got.findings) == ["AC101", "AC201", "AC302"]
    date = next(f for f in got.findings if f.code == "AC201")
    assert date.message == 'date differs: "2 February 2025" (2025-02-02) vs "2 februari 2026" (2026-02-02)'


def test_pdf_inputs_give_the_same_findings(tmp_path: Path) -> None:
    """The mini pair typeset as PDFs (a uniform layout: headings not set apart) against the text
    versions: the same three findings, whatever the input format."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("pdfmake", HERE.parent / "pdf" / "make.py")
    make = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    import sys

    sys.modules.setdefault("pdfmake", make)  # dataclasses look their module up there
    spec.loader.exec_module(make)
    pdfs = {}
    for side in ("left", "right"):
        lines = (HERE / f"mini.{side}.txt").read_text(encoding="utf-8").split("\n")
        pdfs[side] = tmp_path / f"mini.{side}.pdf"
        pdfs[side].write_bytes(make.text_pdf(lines))
    for left, right in ((pdfs["left"], pdfs["right"]), (pdfs["left"], HERE / "mini.right.txt"),
                        (HERE / "mini.left.txt", pdfs["right"])):
        got = run(left, right, Config())
        assert sorted(f.code for f in got.findings) == ["AC101", "AC201", "AC302"], (left.name, right.name)
