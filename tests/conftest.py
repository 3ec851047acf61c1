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


# The shared DGT-TM acts (../shared/dgt/<document>/<lang>.txt: one segment per line, segment k on
# line 2k+1 in every language, so the true alignment is known). Read in place, never copied into
# the repository; absent outside the development machine and CI, where the tests that need them skip.
DGT = ROOT.parent / "shared" / "dgt"
DGT_LANGS = tuple("bg cs da de el en es et fi fr hr hu it lt lv mt nl pl pt ro sk sl sv".split())


@pytest.fixture(scope="session")
def dgt_dir() -> Path:
    if not (DGT / "ecaa-annex" / "en.txt").is_file():
        pytest.skip(f"the shared DGT-TM acts are not at {DGT} (they live beside the repository, in ../shared/dgt)")
    return DGT
