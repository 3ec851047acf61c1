"""The discrepancy report as CSV: one row per finding (report/rows.py), `status` and `comment` empty
for the reviewer.

UTF-8 with a byte-order mark and CRLF line ends (RFC 4180), so spreadsheet programs open it with
its letters intact. A cell that a spreadsheet would take for a formula (it starts with "=", "+",
"-", "@" or a tab: a quote of a list item "- Etablere ...") is written with a leading "'", the
usual guard against formula injection; `aicont baseline --from` takes it off again.
"""

from __future__ import annotations

import csv
from io import StringIO

from aicont.model import Report
from aicont.report.rows import COLUMNS, finding_rows

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render_csv(report: Report) -> str:
    buf = StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in finding_rows(report):
        writer.writerow([_safe(c) for c in row])
    return "\ufeff" + buf.getvalue()


class CsvRenderer:
    name = "csv"
    machine = True

    def render(self, report: Report) -> str:
        return render_csv(report)


RENDERER = CsvRenderer()
