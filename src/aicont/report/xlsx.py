"""Spreadsheets (XLSX, written with openpyxl): the discrepancy report for review, one row per finding with
empty `status` and `comment` columns, and (for report/alignment.py) any table of rows.

The workbook is made for a reviewer: a header row that stays in view, filters on every column,
wrapped quotes, a drop-down of statuses (report/rows.py STATUSES, free text allowed), and a
second sheet with the inputs, the settings' signature and what to do with the decisions. Every cell
is text (a quote starting with "=" is not a formula). The same report gives the same bytes: the
workbook's dates and the ZIP entries' times are fixed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from aicont.model import Report
from aicont.report.rows import COLUMNS, STATUSES, finding_rows

# Fixed time for the workbook's properties and the ZIP entries (the earliest a ZIP can hold):
# no timestamp, so the output is reproducible.
_EPOCH = (1980, 1, 1, 0, 0, 0)
_WIDE = 60  # characters: the width of a column of quotes or messages
_WRAPPED = {"message", "likely_wrong_because", "left_text", "right_text", "comment"}


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    header: tuple[str, ...]
    rows: list[list[str]]
    widths: dict[str, int] = field(default_factory=dict)
    wrapped: frozenset[str] = frozenset()
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # column -> drop-down values


def workbook_bytes(sheets: list[Sheet]) -> bytes:
    """An .xlsx file of `sheets`, every cell text, reproducible to the byte."""
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(spec.name)
        ws.append(list(spec.header))
        for row in spec.rows:
            ws.append([_text(c) for c in row])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.data_type = "s"  # text, never a formula
        for k, name in enumerate(spec.header, start=1):
            letter = get_column_letter(k)
            ws.column_dimensions[letter].width = spec.widths.get(name, max(10, len(name) + 2))
            if name in spec.wrapped:
                for (cell,) in ws.iter_rows(min_row=2, min_col=k, max_col=k):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            if name in spec.choices and spec.rows:
                dv = DataValidation(type="list", formula1='"' + ",".join(spec.choices[name]) + '"', allow_blank=True,
                                    showErrorMessage=False)
                dv.add(f"{letter}2:{letter}{len(spec.rows) + 1}")
                ws.add_data_validation(dv)
        ws.freeze_panes = "A2"
        if spec.rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.header))}{len(spec.rows) + 1}"
    book.properties.created = book.properties.modified = datetime(*_EPOCH)
    buf = io.BytesIO()
    book.save(buf)
    return _fixed_times(buf.getvalue())


def _text(value: object) -> str:
    # XML 1.0 cannot hold most control characters; openpyxl refuses them
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", str(value))


def _fixed_times(data: bytes) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the time of saving as "modified"
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>1980-01-01T00:00:00Z", data)
            dst.writestr(fixed, data)
    return out.getvalue()


def report_sheets(report: Report) -> list[Sheet]:
    from aicont.report.base import summary_line

    widths = {c: _WIDE for c in ("message", "left_text", "right_text")}
    widths.update({"fingerprint": 18, "comment": 40, "status": 12, "likely_wrong_because": 40})
    findings = Sheet("findings", COLUMNS, finding_rows(report), widths, frozenset(_WRAPPED), {"status": STATUSES})
    about: list[list[str]] = [[info.side, info.path, info.lang or "", info.unit, info.sha256] for info in report.inputs]
    about += [
        ["signature", report.signature, "", "", ""],
        ["summary", summary_line(report), "", "", ""],
        ["review", "status 'accepted' + a comment (the reason), then: aicont baseline --from THIS.xlsx", "", "", ""],
    ]
    inputs = Sheet("report", ("side", "path", "lang", "unit", "sha256"), about, {"path": _WIDE, "sha256": 20})
    return [findings, inputs]


class XlsxRenderer:
    name = "xlsx"
    machine = True
    binary = True

    def render(self, report: Report) -> bytes:
        return workbook_bytes(report_sheets(report))


RENDERER = XlsxRenderer()
