"""The translator's view in the terminal (rich): a kind × severity summary, then findings by section,
both quotes side by side with the differing value highlighted, and a summary line.

Colour only when asked (cli.py decides: a TTY and no NO_COLOR); otherwise plain text, so the
output is the same in a pipe, a file or a test.
"""

from __future__ import annotations

from io import StringIO

from aicont.model import Finding, Quote, Report
from aicont.report.base import SEVERITY_ORDER, counts, grouped, lines_text, section_label, side_label, summary_line

STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def _text(quote: Quote | None):  # noqa: ANN202 - rich Text
    from rich.text import Text

    if quote is None:
        return Text("(nothing corresponding)", style="dim italic")
    t = Text(quote.text)
    if quote.mark is not None:
        a, b = quote.mark
        if 0 <= a <= b <= len(quote.text):
            t.stylize("bold reverse", a, b)
    where = lines_text(quote)
    t.append(f"\n{quote.block} {where}" + (f"  [{quote.value}]" if quote.value else ""), style="dim")
    return t


def render_terminal(report: Report, *, color: bool = False, width: int = 120) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = StringIO()
    console = Console(
        file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
        no_color=not color, highlight=False, emoji=False, legacy_windows=False, soft_wrap=False,
    )
    left, right = side_label(report, "left"), side_label(report, "right")
    console.print(Text(f"aicont  {report.signature}", style="dim"))
    table = counts(report.findings)
    if table:
        summary = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
        summary.add_column("kind")
        for s in SEVERITY_ORDER:
            summary.add_column(s.value, justify="right", style=STYLE[s.value])
        for kind, row in table.items():
            summary.add_row(kind, *(str(row[s.value]) for s in SEVERITY_ORDER))
        console.print(summary)
    for section, items in grouped(report.findings):
        console.print(Text(section_label(section), style="bold underline"))
        for f in items:
            _finding(console, f, left, right)
    if report.accepted:
        console.print(Text(f"{len(report.accepted)} finding(s) accepted by the baseline (not shown)", style="dim"))
    for fp in report.stale:
        console.print(Text(f"stale baseline entry {fp}", style="yellow"))
    console.print(Text(summary_line(report), style="bold"))
    return buf.getvalue()


def _finding(console, f: Finding, left: str, right: str) -> None:  # noqa: ANN001
    from rich import box
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append(f"{f.code} ", style="bold")
    head.append(f"{f.name} ")
    head.append(f.severity.value, style=STYLE[f.severity.value])
    head.append(f" ({f.confidence.value} confidence)  ", style="dim")
    head.append(f.message)
    if f.likely_wrong:
        head.append(f"\n  likely wrong: {f.likely_wrong}" + (f" ({f.reason})" if f.reason else ""), style="italic")
    console.print(head)
    grid = Table(box=box.SIMPLE, show_header=True, expand=True, pad_edge=False, show_edge=False)
    grid.add_column(left + (" ✗" if f.likely_wrong == "left" else ""), ratio=1, overflow="fold")
    grid.add_column(right + (" ✗" if f.likely_wrong == "right" else ""), ratio=1, overflow="fold")
    grid.add_row(_text(f.left), _text(f.right))
    console.print(grid)


class TerminalRenderer:
    name = "terminal"
    machine = False

    def __init__(self, color: bool = False, width: int = 120) -> None:
        self.color = color
        self.width = width

    def render(self, report: Report) -> str:
        return render_terminal(report, color=self.color, width=self.width)


RENDERER = TerminalRenderer()
