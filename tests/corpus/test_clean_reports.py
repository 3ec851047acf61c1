"""Clean reports on real translations (issue 9): the default report of a pair of versions of a
shared DGT-TM act (../shared/dgt) has at most MAX_FINDINGS findings, each a reviewed real
difference between the texts (tests/corpus/expected/dgt_clean.toml, with why it is real).

A sample of pairs, EN-X and X-Y, in every script and family; benchmarks/bench_dgt_values.py runs
EN-X for all 22 languages and 30 X-Y pairs on both acts and counts what is not listed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from aicont.config import DEFAULT
from aicont.pipeline import run

from clean_pairs import MAX_FINDINGS, describe, is_real, reviewed

SAMPLE = (
    ("ecaa-annex", "en", "de"), ("ecaa-annex", "en", "fi"), ("ecaa-annex", "en", "hu"),
    ("ecaa-annex", "en", "ro"), ("ecaa-annex", "en", "it"), ("ecaa-annex", "el", "bg"),
    ("eu-ch-air-transport", "en", "de"), ("eu-ch-air-transport", "en", "it"), ("eu-ch-air-transport", "en", "mt"),
    ("eu-ch-air-transport", "en", "et"), ("eu-ch-air-transport", "es", "et"), ("eu-ch-air-transport", "fr", "hr"),
    # pairs whose aligner left runs of passages unpaired (AC501/AC502) or whose Slovenian passage
    # lingua read as Croatian (AC601)
    ("eu-ch-air-transport", "en", "fr"), ("eu-ch-air-transport", "fi", "fr"), ("eu-ch-air-transport", "sk", "sl"),
    ("eu-ch-air-transport", "en", "sl"), ("ecaa-annex", "en", "bg"),
    # a local acronym in brackets, the Greek "(ΔΕΚ)" where the other version has "(ATM)" (AC404:
    # el-it); a sentence the other version writes as a clause of its neighbour (AC507: cs-lt,
    # mt-nl); a short title in few German words against many Maltese ones (AC504: de-mt)
    ("eu-ch-air-transport", "el", "it"), ("eu-ch-air-transport", "cs", "lt"), ("eu-ch-air-transport", "mt", "nl"),
    ("eu-ch-air-transport", "de", "mt"),
)


@pytest.mark.parametrize(("document", "left", "right"), SAMPLE, ids=[f"{d[:4]}-{a}-{b}" for d, a, b in SAMPLE])
def test_default_report_holds_only_real_differences(dgt_dir: Path, document: str, left: str, right: str) -> None:
    config = replace(DEFAULT, left_lang=left, right_lang=right)
    report = run(dgt_dir / document / f"{left}.txt", dgt_dir / document / f"{right}.txt", config)
    unlisted = [describe(f) for f in report.findings if not is_real(f, document, left, right)]
    assert not unlisted, "findings that are no reviewed real difference (dgt_clean.toml):\n" + "\n".join(unlisted)
    assert len(report.findings) <= MAX_FINDINGS, [describe(f) for f in report.findings]


def test_every_listed_difference_says_why() -> None:
    for entry in reviewed():
        assert entry["reason"].strip() and entry["langs"] and entry["codes"], entry
        assert entry["line"] % 2 == 1, f"segments stand on odd lines: {entry}"
