"""Shared fixtures: paths of the bundled corpus, and the --update-golden option."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DA = CORPUS / "ai-continent-action-plan" / "da.txt"
SV = CORPUS / "ai-continent-action-plan" / "sv.txt"
SINGLE = (
    CORPUS / "genai-startups-communication" / "da.txt",
    CORPUS / "dk-strategic-ai-effort" / "da.txt",
    CORPUS / "apply-ai-strategy-annexes" / "da.txt",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden expected files")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def da_path() -> Path:
    return DA


@pytest.fixture(scope="session")
def sv_path() -> Path:
    return SV


def new_findings(before_fingerprints, findings) -> list:  # noqa: ANN001 - fingerprints, Findings
    """The findings not in `before_fingerprints` (a multiset: two equal findings need two entries),
    as a baseline would see them: what a seeded change added to the unmodified pair's report."""
    from collections import Counter

    seen = Counter(before_fingerprints)
    new = []
    for f in findings:
        if seen[f.fingerprint] > 0:
            seen[f.fingerprint] -= 1
        else:
            new.append(f)
    return new
