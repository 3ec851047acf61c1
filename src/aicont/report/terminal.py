"""The translator's view in the terminal (rich): which files are compared, a kind × severity summary,
then the findings by section, a blank line between them, both quotes side by side with the words
that differ marked, and `path:line` locations an editor can open; a summary line at the end.

Colour only when asked (cli.py decides from --color, FORCE_COLOR/NO_COLOR and the terminal);
without colour the words that differ stand in [brackets], so the view says the same in a pipe, a
file or a log. The quotes share the width the terminal has. The settings' signature is shown with
-v only (it is in every machine-readable report).
"""

from __future__ import annotations

from io import StringIO

from aicont.model import Finding, Quote, Report
from aicont.report.base import (SEVERITY_ORDER, counts, grouped, highlights, lines_text, section_label, side_label,
    summary_line, unit_of)

STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
MARK_STYLE = "bold reverse"
# Without colour, the words that differ are set between these.
OPEN, CLOSE = "[", "]"


def location(report: Report, side: str, quote: Quote) -> str:
    """Where the quote stands, as an editor takes it: "path:line" ("path ¶12" for a Word file)."""
    if not quote.spans:
        return ""
    span = quote.spans[0]
    if unit_of(report, side) == "paragraph":
        return f"{span.path} {lines_text(quote, 'paragraph')}"
    return f"{span.path}:{span.line_start}"


def _text(report: Report, side: str, f: Finding, quote: Quote | None, color: bool):  # noqa: ANN202 - rich Text
    from rich.text import Text

    if quote is None:
        return Text("(nothing corresponding)", style="dim italic")
    marks = highlights(f, quote, next((i.lang for i in report.inputs if i.side == side), None))
    t = Text()
    pos = 0
    for a, b in marks:
        t.append(quote.text[pos:a])
        t.append(quote.text[a:b] if color else f"{OPEN}{quote.text[a:b]}{CLOSE}", style=MARK_STYLE if color else "")
        pos = b
    t.append(quote.text[pos:])
    # the location on a line of its own (an editor or a terminal opens it), then block and value
    where = f"\n{location(report, side, quote)}\n{quote.block}"
    if quote.value:
        where += f"  → {quote.value}"
    t.append(where, style="dim")
    return t


def render_terminal(report: Report, *, color: bool = False, width: int = 120, verbose: bool = False) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = StringIO()
    console = Console(
        file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
        no_color=not color, highlight=False, emoji=False, legacy_windows=False, soft_wrap=False,
    )
    names = " vs ".join(f"{i.path} ({i.lang or '?'})" for i in report.inputs)
    console.print(Text(f"aicont: {names}", style="bold"), soft_wrap=True)
    if verbose:
        console.print(Text(f"settings {report.signature}", style="dim"), soft_wrap=True)
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
        console.print()
        console.print(Text(section_label(section, report), style="bold underline"))
        for f in items:
            console.print()
            _finding(console, report, f, color)
    console.print()
    if report.accepted:
        console.print(Text(f"{len(report.accepted)} finding(s) accepted by the baseline (not shown)", style="dim"))
    for fp in report.stale:
        console.print(Text(f"stale baseline entry {fp}", style="yellow"))
    console.print(Text(summary_line(report), style="bold"))
    return buf.getvalue()


def _finding(console, report: Report, f: Finding, color: bool) -> None:  # noqa: ANN001
    from rich import box
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append(f"{f.code} ", style="bold")
    head.append(f"{f.name} ")
    head.append(f.severity.value, style=STYLE[f.severity.value])
    head.append(f" ({f.confidence.value} confidence)", style="dim")
    head.append(f"\n{f.message}")
    if f.likely_wrong:
        head.append(f"\nlikely wrong: {f.likely_wrong}" + (f" ({f.reason})" if f.reason else ""), style="italic")
    console.print(head)
    left, right = side_label(report, "left"), side_label(report, "right")
    grid = Table(box=box.SIMPLE, show_header=True, expand=True, pad_edge=False, show_edge=False)
    grid.add_column(left + (" ✗" if f.likely_wrong == "left" else ""), ratio=1, overflow="fold")
    grid.add_column(right + (" ✗" if f.likely_wrong == "right" else ""), ratio=1, overflow="fold")
    grid.add_row(_text(report, "left", f, f.left, color), _text(report, "right", f, f.right, color))
    console.print(grid)


class TerminalRenderer:
    name = "terminal"
    machine = False

    def __init__(self, color: bool = False, width: int = 120, verbose: bool = False) -> None:
        self.color = color
        self.width = width
        self.verbose = verbose

    def render(self, report: Report) -> str:
        return render_terminal(report, color=self.color, width=self.width, verbose=self.verbose)


RENDERER = TerminalRenderer()
