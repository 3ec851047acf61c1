"""CI mode on the real corpus: the reviewed baseline accepts the known divergences, and a new one fails."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS


def aicont(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aicont", *args], capture_output=True, text=True, timeout=120)


def _copy_corpus(tmp_path: Path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS / "ai-continent-action-plan", dest / "ai-continent-action-plan")
    shutil.copy(CORPUS / "aicont-baseline.json", dest / "aicont-baseline.json")
    return dest


def test_bundled_baseline_is_reviewed_and_current() -> None:
    baseline = json.loads((CORPUS / "aicont-baseline.json").read_text(encoding="utf-8"))
    assert baseline["entries"], "the bundled pair has known divergences"
    assert all(e["reason"].startswith("Reviewed:") for e in baseline["entries"])
    proc = aicont("check", str(CORPUS), "--strict-baseline")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 accepted by the baseline" in proc.stderr + proc.stdout


def test_new_divergence_in_a_language_version_fails_ci(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    sv = corpus / "ai-continent-action-plan" / "sv.txt"
    text = sv.read_text(encoding="utf-8")
    assert text.count("200 miljarder euro") == 1
    sv.write_text(text.replace("200 miljarder euro", "300 miljarder euro"), encoding="utf-8")
    proc = aicont("check", str(corpus), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["reports"][0]["findings"]
    assert [(f["code"], f["left"]["value"], f["right"]["value"]) for f in findings] == [
        ("AC101", "EUR 2E+11", "EUR 3E+11")
    ]


def test_fixed_divergence_leaves_a_stale_entry(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    sv = corpus / "ai-continent-action-plan" / "sv.txt"
    text = sv.read_text(encoding="utf-8")
    sv.write_text(text.replace("2 februari 2026", "2 februari 2025"), encoding="utf-8")
    assert aicont("check", str(corpus)).returncode == 0
    strict = aicont("check", str(corpus), "--strict-baseline")
    assert strict.returncode == 1
    assert "stale" in (strict.stdout + strict.stderr).lower()
