"""exit_code(report, policy): 0 clean, 1 findings at or above fail_on/min_confidence or strict stale, 2 incomplete."""

from __future__ import annotations

import pytest

from aicont.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, exit_code
from aicont.config import Config
from aicont.model import Confidence, Finding, Kind, Report, Severity


def _f(sev: Severity, conf: Confidence = Confidence.HIGH) -> Finding:
    return Finding("AC201", "date-mismatch", Kind.DATE, sev, conf, "m", "1", None, None, fingerprint="f" * 64)


def _r(*findings: Finding, incomplete: bool = False, stale: tuple[str, ...] = ()) -> Report:
    return Report("sig", (), tuple(findings), stale=stale, incomplete=incomplete)


@pytest.mark.parametrize(
    ("report", "policy", "code"),
    [
        (_r(), Config(), EXIT_OK),
        (_r(_f(Severity.HIGH)), Config(), EXIT_FINDINGS),
        (_r(_f(Severity.MEDIUM)), Config(), EXIT_OK),
        (_r(_f(Severity.MEDIUM)), Config(fail_on=Severity.MEDIUM), EXIT_FINDINGS),
        (_r(_f(Severity.LOW)), Config(fail_on=Severity.MEDIUM), EXIT_OK),
        (_r(_f(Severity.HIGH, Confidence.LOW)), Config(min_confidence=Confidence.MEDIUM), EXIT_OK),
        (_r(_f(Severity.HIGH, Confidence.MEDIUM)), Config(min_confidence=Confidence.MEDIUM), EXIT_FINDINGS),
        (_r(_f(Severity.HIGH)), Config(exit_zero=True), EXIT_OK),
        (_r(incomplete=True), Config(), EXIT_ERROR),
        (_r(incomplete=True), Config(exit_zero=True), EXIT_ERROR),  # an incomplete run never exits 0
        (_r(stale=("a" * 64,)), Config(), EXIT_OK),
        (_r(stale=("a" * 64,)), Config(strict_baseline=True), EXIT_FINDINGS),
    ],
)
def test_exit_code(report: Report, policy: Config, code: int) -> None:
    assert exit_code(report, policy) == code
