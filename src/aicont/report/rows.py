"""One row per finding: the columns of the spreadsheet reports (XLSX, CSV), and a reviewed sheet read back.

A reviewer fills in `status` and `comment`; `aicont baseline --from reviewed.xlsx` (or .csv, or
the JSON report with "status"/"comment" added to its findings) turns every row whose status is
"accepted" into a baseline entry whose reason is the comment, so the decision is kept. The entry is
keyed by the report's document and pair (`document`, `pair`: the corpus folder and "da/sv", as
`aicont check` keys them) when its inputs are two versions of a corpus folder, else it matches any
pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aicont.errors import BaselineError
from aicont.model import Finding, Quote, Report
from aicont.report.base import lines_text, unit_of

COLUMNS = (
    "code", "name", "severity", "confidence", "kind", "section", "message", "likely_wrong", "likely_wrong_because",
    "left_block", "left_lines", "left_text", "left_value",
    "right_block", "right_lines", "right_text", "right_value",
    "fingerprint", "document", "pair", "status", "comment",
)
# What a reviewer may write in the status column (anything else is kept but means "not accepted").
STATUSES = ("accepted", "to fix", "fixed")
ACCEPTED = "accepted"
# The columns a reviewed sheet needs to become baseline entries.
NEEDED = ("fingerprint", "code", "status", "comment")


def _quote_cells(quote: Quote | None, unit: str) -> list[str]:
    if quote is None:
        return ["", "", "", ""]
    return [quote.block, lines_text(quote, unit), quote.text, quote.value or ""]


def finding_row(f: Finding, units: dict[str, str], key: tuple[str, str] | None = None) -> list[str]:
    return [
        f.code, f.name, f.severity.value, f.confidence.value, f.kind.value, f.section, f.message,
        f.likely_wrong or "", f.reason or "",
        *_quote_cells(f.left, units.get("left", "line")),
        *_quote_cells(f.right, units.get("right", "line")),
        f.fingerprint, *(key or ("", "")), "", "",
    ]


def report_key(inputs: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(document, pair) of a report whose inputs, as (side, path), are two versions of a corpus
    folder; None otherwise (a lone pair, a bilingual file)."""
    from aicont.pipeline import pair_key

    paths = dict(inputs)
    if "left" not in paths or "right" not in paths or paths["left"] == paths["right"]:
        return None
    return pair_key(paths["left"], paths["right"])


def finding_rows(report: Report) -> list[list[str]]:
    """The rows of the report's findings, in report order, `status` and `comment` empty."""
    units = {side: unit_of(report, side) for side in ("left", "right")}
    key = report_key([(i.side, i.path) for i in report.inputs])
    return [finding_row(f, units, key) for f in report.findings]


# --------------------------------------------------------------------------- reading decisions back


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's decision on one finding: its fingerprint and code, its quotes, the comment, and
    the (document, pair) of its report (None: any pair)."""

    fingerprint: str
    code: str
    left: str
    right: str
    comment: str
    document: str | None = None
    pair: str | None = None


def _decisions(rows: list[dict[str, Any]], where: str) -> list[Decision]:
    out = []
    for n, row in rows:
        status = str(row.get("status") or "").strip().casefold()
        if status != ACCEPTED:
            continue
        fp = str(row.get("fingerprint") or "").strip().lower()
        if len(fp) != 64 or any(c not in "0123456789abcdef" for c in fp):
            raise BaselineError(f"{where}: row {n} is accepted but has no valid fingerprint (64 hex digits)")
        document, pair = (str(row.get(k) or "").strip() or None for k in ("document", "pair"))
        if (document is None) != (pair is None):
            raise BaselineError(f"{where}: row {n} has a document without a pair or the other way round")
        out.append(
            Decision(fp, str(row.get("code") or ""), str(row.get("left_text") or row.get("left") or ""),
                     str(row.get("right_text") or row.get("right") or ""), str(row.get("comment") or "").strip(),
                     document, pair)
        )
    return out


def _table(header: list[Any], body: list[list[Any]], where: str) -> list[tuple[int, dict[str, Any]]]:
    names = [str(h or "").strip().lower().replace(" ", "_") for h in header]
    missing = [c for c in NEEDED if c not in names]
    if missing:
        raise BaselineError(f"{where}: the sheet has no column {', '.join(repr(m) for m in missing)} (export it with `aicont report --format xlsx`)")
    return [(n, dict(zip(names, row))) for n, row in enumerate(body, start=2)]


def read_decisions(path: Path) -> list[Decision]:
    """The accepted findings of a reviewed report: .xlsx, .csv, or the JSON report (findings with
    "status" and "comment" added). Raises BaselineError on anything else."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            return _from_xlsx(path)
        if suffix == ".csv":
            return _from_csv(path)
        if suffix == ".json":
            return _from_json(path)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read: {exc.strerror or exc}") from None
    raise BaselineError(f"{path}: reviewed decisions are read from .xlsx, .csv or .json (a report with a status column)")


def _from_xlsx(path: Path) -> list[Decision]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BaselineError(f"{path}: not a readable .xlsx workbook ({exc})") from None
    sheet = book["findings"] if "findings" in book.sheetnames else book.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    book.close()
    if not rows:
        raise BaselineError(f"{path}: the sheet is empty")
    return _decisions(_table(rows[0], rows[1:], str(path)), str(path))


def _from_csv(path: Path) -> list[Decision]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        raise BaselineError(f"{path}: the file is empty")
    body = [[c[1:] if c.startswith("'") else c for c in row] for row in rows[1:]]  # see report/csv.py
    return _decisions(_table(rows[0], body, str(path)), str(path))


def _from_json(path: Path) -> list[Decision]:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not valid JSON: {exc}") from None
    reports = data.get("reports", [data]) if isinstance(data, dict) else None
    if not isinstance(reports, list) or not all(isinstance(r, dict) and isinstance(r.get("findings"), list) for r in reports):
        raise BaselineError(f"{path}: not an aicont JSON report (no 'findings')")
    rows = []
    for report in reports:
        inputs = [(i.get("side"), i.get("path")) for i in report.get("inputs", []) if isinstance(i, dict)]
        key = report_key([(side, path) for side, path in inputs if isinstance(side, str) and isinstance(path, str)])
        for f in report["findings"]:
            if isinstance(f, dict):
                left, right = f.get("left") or {}, f.get("right") or {}
                keyed = {"document": key[0], "pair": key[1]} if key else {}
                rows.append({**f, **keyed, "left_text": left.get("text", ""), "right_text": right.get("text", "")})
    return _decisions(list(enumerate(rows, start=1)), str(path))


def with_decisions(decisions: list[Decision], old, signature: str):  # noqa: ANN001, ANN201 - Baseline | None -> (Baseline, added, updated)
    """`old` (or a new baseline) accepting every decision: an entry already there for the same
    finding (same fingerprint, and the same document and pair, or an entry of any pair) takes the
    reviewer's comment as its reason (an empty comment keeps the old reason); a finding it does not
    hold yet is added, keyed like the decision. Returns (baseline, entries added, reasons updated)."""
    from dataclasses import replace

    from aicont.baseline import Baseline, Entry

    entries = list(old.entries) if old is not None else []
    claimed: set[int] = set()
    added = updated = 0
    for d in decisions:
        k = next((k for k, e in enumerate(entries) if k not in claimed and e.fingerprint == d.fingerprint
                  and (e.document is None or (e.document, e.pair) == (d.document, d.pair))), None)
        if k is None:
            entries.append(Entry(fingerprint=d.fingerprint, code=d.code, left=d.left, right=d.right, reason=d.comment,
                                 document=d.document, pair=d.pair))
            claimed.add(len(entries) - 1)
            added += 1
            continue
        claimed.add(k)
        if d.comment and d.comment != entries[k].reason:
            entries[k] = replace(entries[k], reason=d.comment)
            updated += 1
    return Baseline(signature=old.signature if old is not None and old.signature else signature, entries=tuple(entries)), added, updated
