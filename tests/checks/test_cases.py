"""Data-driven check cases: one TOML file per code in cases/, each [[case]] run through the real
segmenter, extractor, aligner and checks (nothing stubbed).

A case: name, left and right (a string, or a list of paragraphs; or left_raw/right_raw, the file's
text verbatim), langs = ["da", "sv"], expect =
codes that must be raised. With expect = [] no default check may raise anything (a false alarm
met on real text stays silent); with codes, every expected code is raised and no other default
check raises, except codes listed in `allow`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from aicont.checks.registry import resolve
from aicont.config import Config
from aicont.model import Confidence
from aicont.pipeline import compare_documents, load_document

CASES = Path(__file__).parent / "cases"


def _cases() -> list:
    out = []
    for path in sorted(CASES.glob("AC*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            out.append(pytest.param(path.stem, case, id=f"{path.stem}::{case['name']}"))
    return out


def write_paragraphs(path: Path, text: str | list[str]) -> Path:
    """Paragraphs as a document has them: lines wrapped at 90 characters, a blank line between."""
    import textwrap

    paragraphs = [text] if isinstance(text, str) else list(text)
    body = "\n\n".join("\n".join(textwrap.wrap(p.strip(), 90, break_on_hyphens=False, break_long_words=False)) for p in paragraphs)
    path.write_text(body + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("code", "case"), _cases())
def test_case(code: str, case: dict, tmp_path: Path) -> None:
    langs = case.get("langs", ["da", "sv"])
    paths = []
    for side, name in (("left", f"{langs[0]}.txt"), ("right", f"r{langs[1]}.txt")):
        if f"{side}_raw" in case:  # verbatim, for layouts such as a footnote area
            (tmp_path / name).write_text(case[f"{side}_raw"], encoding="utf-8")
            paths.append(tmp_path / name)
        else:
            paths.append(write_paragraphs(tmp_path / name, case[side]))
    left = load_document(paths[0], side="left", lang=langs[0])
    right = load_document(paths[1], side="right", lang=langs[1])
    default = {s.code for s in resolve()}
    select = tuple(sorted(default | {code}))
    report = compare_documents(left, right, Config(select=select, min_confidence=Confidence.LOW))
    raised = {f.code for f in report.findings}
    detail = "\n".join(f"{f.code} {f.message}" for f in report.findings)
    expect = set(case["expect"])
    allow = set(case.get("allow", []))
    assert not report.incomplete, detail
    assert expect <= raised, f"expected {sorted(expect)}, got:\n{detail}"
    assert raised <= expect | allow, f"unexpected findings:\n{detail}"
    for f in report.findings:
        if f.code in expect and "message" in case:
            assert case["message"] in f.message, detail
        if "likely_wrong" in case and f.code in expect:
            assert f.likely_wrong == case["likely_wrong"], detail
