"""The CI gate cannot be bypassed, and the baseline file is written as any output is.

Issue 11's cases, through the real console script on the bundled pair: a stub or a half version
as a new version of a corpus with a baseline fails `aicont check` (never exit 0); the AC003
finding of a stub has the same fingerprint however its paths are spelt or wherever the corpus
lies; `aicont baseline` creates its file by the umask and keeps an existing file's mode, with no
temporary file left.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.robust.cli import ROOT, run_cli

PAIR = ROOT / "corpus" / "ai-continent-action-plan"
STUB = "This page intentionally left blank.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A corpus of one document in Danish and Swedish with its baseline (the bundled pair's three
    real findings accepted)."""
    doc = tmp_path / "corpus" / "plan"
    doc.mkdir(parents=True)
    for lang in ("da", "sv"):
        shutil.copy(PAIR / f"{lang}.txt", doc / f"{lang}.txt")
    made = run_cli(["baseline", "corpus"], tmp_path)
    assert made.returncode == 0, made.stderr
    assert run_cli(["check", "corpus"], tmp_path).returncode == 0
    return tmp_path


def _half(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[: len(lines) // 2])


@pytest.mark.parametrize("kind", ["stub", "half"])
@pytest.mark.parametrize("how", ["new-version", "replaced-version"])
def test_a_stub_or_half_version_never_passes_the_gate(corpus: Path, kind: str, how: str) -> None:
    name = "sv-FI.txt" if how == "new-version" else "sv.txt"
    text = STUB if kind == "stub" else _half(PAIR / "sv.txt")
    (corpus / "corpus" / "plan" / name).write_text(text, encoding="utf-8")
    result = run_cli(["check", "corpus", "--format", "json"], corpus)
    assert result.returncode == 1, (result.returncode, result.stderr[-1000:])
    pair = "da/sv-FI" if how == "new-version" else "da/sv"
    report = next(r for r in json.loads(result.stdout)["reports"] if r["pair"] == pair)
    codes = {f["code"] for f in report["findings"]}
    # a stub is not a version of the document (AC003); half a version is an incomplete one (AC004)
    assert ("AC003" if kind == "stub" else "AC004") in codes, codes
    assert any(f["severity"] == "high" for f in report["findings"])


def test_the_stub_finding_has_no_path_in_its_fingerprint(corpus: Path) -> None:
    plan = corpus / "corpus" / "plan"
    (plan / "sv.txt").write_text(STUB, encoding="utf-8")
    moved = corpus / "elsewhere" / "another name"
    shutil.copytree(plan, moved)
    spellings = [
        (corpus, ["corpus/plan/da.txt", "corpus/plan/sv.txt"]),
        (plan, ["./da.txt", "../plan/sv.txt"]),
        (corpus, [str(plan / "da.txt"), str(plan / "sv.txt")]),
        (corpus, [str(moved / "da.txt"), str(moved / "sv.txt")]),
    ]
    prints = []
    for cwd, files in spellings:
        result = run_cli(["report", *files, "--format", "json"], cwd)
        assert result.returncode == 1, result.stderr
        findings = json.loads(result.stdout)["findings"]
        assert [f["code"] for f in findings] == ["AC003"]
        prints.append(findings[0]["fingerprint"])
        for part in ("corpus", "plan", "elsewhere", "another name", "da.txt", "sv.txt"):
            assert part not in findings[0]["fingerprint"]
    assert len(set(prints)) == 1, prints


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_the_baseline_file_follows_the_umask_and_keeps_a_mode(corpus: Path, umask: int) -> None:
    baseline = corpus / "corpus" / "aicont-baseline.json"
    baseline.unlink()
    result = run_cli(["baseline", "corpus"], corpus, preexec_fn=lambda: os.umask(umask))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(baseline.stat().st_mode) == 0o666 & ~umask
    baseline.chmod(0o640)
    assert run_cli(["baseline", "corpus"], corpus, preexec_fn=lambda: os.umask(umask)).returncode == 0
    assert stat.S_IMODE(baseline.stat().st_mode) == 0o640
    leftovers = [p.name for p in (corpus / "corpus").iterdir() if p.name.endswith(".tmp")]
    assert not leftovers
