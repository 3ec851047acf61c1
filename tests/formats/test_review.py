"""A reviewer's decisions kept: the report as XLSX, CSV or JSON with `status` "accepted" and a comment
filled in becomes baseline entries (`aicont baseline --from`), and the accepted finding is then
accepted by the baseline, with the comment as its reason."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from aicont import baseline as bl
from aicont.config import Config
from aicont.errors import BaselineError
from aicont.model import Report
from aicont.pipeline import apply_baseline, run
from aicont.report.base import get_renderer
from aicont.report.rows import COLUMNS, read_decisions
from tests.conftest import DA, SV

REASON = "Acceptable: 'i genomsnitt' carries the sense of 'ofte over'."


@pytest.fixture(scope="module")
def action_plan() -> Report:
    return run(DA, SV, Config())


def _reviewed_xlsx(report: Report, path: Path) -> None:
    from openpyxl import load_workbook

    path.write_bytes(get_renderer("xlsx").render(report))
    book = load_workbook(path)
    sheet = book["findings"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(header, row))
        accepted = cells["code"].value == "AC302"
        cells["status"].value = "Accepted" if accepted else "to fix"
        cells["comment"].value = REASON if accepted else "ask the translator"
    book.save(path)


def _reviewed_csv(report: Report, path: Path) -> None:
    rows = list(csv.reader(io.StringIO(get_renderer("csv").render(report).lstrip("\ufeff"))))
    for row in rows[1:]:
        if row[0] == "AC302":
            row[COLUMNS.index("status")], row[COLUMNS.index("comment")] = "accepted", REASON
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text("\ufeff" + out.getvalue(), encoding="utf-8")


def _reviewed_json(report: Report, path: Path) -> None:
    data = json.loads(get_renderer("json").render(report))
    for f in data["findings"]:
        if f["code"] == "AC302":
            f["status"], f["comment"] = "accepted", REASON
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "json"])
def test_reviewed_report_becomes_baseline_entries(action_plan: Report, tmp_path: Path, suffix: str) -> None:
    reviewed = tmp_path / f"reviewed.{suffix}"
    {"xlsx": _reviewed_xlsx, "csv": _reviewed_csv, "json": _reviewed_json}[suffix](action_plan, reviewed)
    baseline = tmp_path / "aicont-baseline.json"
    done = subprocess.run([sys.executable, "-m", "aicont", "baseline", "--from", str(reviewed), "--baseline", str(baseline)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "1 accepted" in done.stderr and "1 new entry" in done.stderr
    entries = bl.load(baseline).entries
    f302 = next(f for f in action_plan.findings if f.code == "AC302")
    assert [(e.fingerprint, e.code, e.reason) for e in entries] == [(f302.fingerprint, "AC302", REASON)]
    assert entries[0].left == f302.left.text  # the quotes as the finding stated them (a "'" guard taken off)
    # keyed like `aicont check` keys the pair: the corpus folder and the versions' tags
    key = ("ai-continent-action-plan", "da/sv")
    assert (entries[0].document, entries[0].pair) == key
    again = apply_baseline(run(DA, SV, Config()), bl.load(baseline), key)
    assert [f.code for f in again.accepted] == ["AC302"]
    other = apply_baseline(run(DA, SV, Config()), bl.load(baseline), ("another-document", "da/sv"))
    assert not other.accepted  # a decision on one document does not accept the same words in another
    assert sorted(f.code for f in again.findings) == sorted(f.code for f in action_plan.findings if f.code != "AC302")


def test_decisions_merge_into_an_existing_baseline(action_plan: Report, tmp_path: Path) -> None:
    from aicont.report.rows import with_decisions

    reviewed = tmp_path / "reviewed.xlsx"
    _reviewed_xlsx(action_plan, reviewed)
    decisions = read_decisions(reviewed)
    old = bl.refresh(action_plan.findings, None, action_plan.signature)  # both findings, no reason yet
    new, added, updated = with_decisions(decisions, old, "sig")
    n = len(action_plan.findings)
    assert (added, updated, len(new.entries)) == (0, 1, n)
    assert {e.code: e.reason for e in new.entries} == {f.code: REASON if f.code == "AC302" else "" for f in action_plan.findings}
    again, added, updated = with_decisions(decisions, new, "sig")
    assert (added, updated, len(again.entries)) == (0, 0, n)  # the same decisions twice change nothing


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("r.xlsx", b"not a zip", "not a readable .xlsx workbook"),
        ("r.csv", "code,status\r\nAC201,accepted\r\n", "no column 'fingerprint', 'comment'"),
        ("r.csv", "fingerprint,code,status,comment\r\nabc,AC201,accepted,x\r\n", "row 2 is accepted but has no valid fingerprint"),
        ("r.json", '{"tool": {}}', "not an aicont JSON report"),
        ("r.txt", "anything", "read from .xlsx, .csv or .json"),
    ],
)
def test_bad_reviewed_files_are_one_clear_error(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message):
        read_decisions(path)
