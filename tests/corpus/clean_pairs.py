"""The reviewed real differences between the language versions of the shared DGT acts
(tests/corpus/expected/dgt_clean.toml) and whether a finding of a default report is one of them.

Used by tests/corpus/test_clean_reports.py (a sample of pairs) and benchmarks/bench_dgt_values.py
(EN-X and 30 X-Y pairs). An entry names the versions that differ from the others on a line (segment
k stands on line 2k+1 of every version), so it explains a finding of that code on that line in any
pair where one side is one of them."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

EXPECTED = Path(__file__).resolve().parent / "expected" / "dgt_clean.toml"
# At most this many findings per document and pair in the default report (issue 9), each a real
# difference. Pairs of two versions that each differ from the others in several places exceed it
# with real differences only (the benchmark lists them).
MAX_FINDINGS = 3


@lru_cache(maxsize=1)
def reviewed() -> tuple[dict, ...]:
    return tuple(tomllib.loads(EXPECTED.read_text(encoding="utf-8"))["real"])


def _line(quote) -> int | None:  # noqa: ANN001 - model.Quote
    return quote.spans[0].line_start if quote is not None and quote.spans else None


def is_real(finding, document: str, left: str, right: str) -> bool:  # noqa: ANN001 - model.Finding
    """The finding is a listed real difference of `document` between versions `left` and `right`."""
    lines = {_line(finding.left), _line(finding.right)} - {None}
    return any(
        entry["document"] == document
        and finding.code in entry["codes"]
        and entry["line"] in lines
        and (left in entry["langs"] or right in entry["langs"])
        for entry in reviewed()
    )


def describe(finding) -> str:  # noqa: ANN001
    return f"{finding.code} L{_line(finding.left)} R{_line(finding.right)} {finding.message[:140]}"
