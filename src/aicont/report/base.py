"""The Renderer protocol, the RENDERERS table and what every renderer shares (summary counts, grouping).

Renderer modules are imported lazily: `get_renderer("html")` imports report/html.py only when
asked, so start-up stays fast and the typer choice is built from the keys of RENDERERS.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from aicont.model import Finding, Kind, Quote, Report, Severity

SEVERITY_ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
KIND_ORDER = tuple(Kind)


class Renderer(Protocol):
    name: str
    machine: bool

    def render(self, report: Report) -> str: ...


# name -> (module, machine-readable?)
RENDERERS: dict[str, tuple[str, bool]] = {
    "terminal": ("aicont.report.terminal", False),
    "markdown": ("aicont.report.markdown", False),
    "html": ("aicont.report.html", False),
    "json": ("aicont.report.json", True),
    "sarif": ("aicont.report.sarif", True),
    "csv": ("aicont.report.csv", True),
    "xlsx": ("aicont.report.xlsx", True),
}


def get_renderer(name: str) -> Renderer:
    module, _ = RENDERERS[name]
    return importlib.import_module(module).RENDERER


def counts(findings: tuple[Finding, ...]) -> dict[str, dict[str, int]]:
    """kind -> severity -> number of findings, for every kind that has one (kinds in model order)."""
    table: dict[str, dict[str, int]] = {}
    for kind in KIND_ORDER:
        row = {s.value: sum(1 for f in findings if f.kind == kind and f.severity == s) for s in SEVERITY_ORDER}
        if any(row.values()):
            table[kind.value] = row
    return table


def by_severity(findings: tuple[Finding, ...]) -> dict[str, int]:
    return {s.value: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ORDER}


def grouped(findings: tuple[Finding, ...]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by section, sections in the order they first appear (findings are sorted)."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.section, []).append(f)
    return list(groups.items())


def section_label(section: str, report: Report | None = None) -> str:
    """"Section 1.3", "Footnote 54", "Introduction"; with the report, a section's title follows
    ("Section 1.3 Etablering af ..."), as the left version gives it."""
    if not section:
        return "Introduction"
    if section.startswith("fn"):
        return f"Footnote {section[2:]}" if section[2:] else "Footnotes"
    title = dict(report.section_titles).get(section, "") if report is not None else ""
    return f"Section {section} {title}".rstrip()


def side_label(report: Report, side: str) -> str:
    for info in report.inputs:
        if info.side == side:
            return f"{side} ({info.lang})" if info.lang else side
    return side


# How a location is written: "L12-13" for lines of a file, "¶12" for paragraphs of a Word file.
UNIT_PREFIX = {"line": "L", "paragraph": "¶"}


def lines_text(quote, unit: str = "line") -> str:  # noqa: ANN001 - Quote | None
    if quote is None or not quote.spans:
        return ""
    parts = []
    for s in quote.spans:
        parts.append(f"{s.line_start}" if s.line_start == s.line_end else f"{s.line_start}-{s.line_end}")
    return UNIT_PREFIX.get(unit, "L") + ",".join(parts)


def unit_of(report: Report, side: str) -> str:
    """What the line numbers of `side` count: "line" or "paragraph" (a Word file)."""
    return next((info.unit for info in report.inputs if info.side == side), "line")


def summary_line(report: Report) -> str:
    sev = by_severity(report.findings)
    total = len(report.findings)
    text = f"{total} finding{'s' if total != 1 else ''} ({sev['high']} high, {sev['medium']} medium, {sev['low']} low)"
    hidden = dict(report.stats).get("hidden_by_filters", 0)
    if isinstance(hidden, int) and hidden > 0:
        text += f", {hidden} more below the severity/confidence filters"
    if report.accepted:
        text += f", {len(report.accepted)} accepted by the baseline"
    if report.stale:
        text += f", {len(report.stale)} stale baseline entr{'ies' if len(report.stale) != 1 else 'y'}"
    if report.incomplete:
        text += "; INCOMPLETE: a check crashed (see AC001)"
    return text


def highlights(finding: Finding, quote: Quote, lang: str | None) -> list[tuple[int, int]]:
    """The (start, end) ranges of `quote.text` that hold what differs, in order: the value; for a
    qualifier finding also the qualifier phrase before it ("over 48 måneder", not only "48
    måneder"), found with the language's qualifier words."""
    if quote.mark is None or not 0 <= quote.mark[0] <= quote.mark[1] <= len(quote.text):
        return []
    a, b = quote.mark
    if finding.kind == Kind.QUALIFIER and lang:
        from aicont.extract.qualifiers import qualifier_before
        from aicont.lang import get_pack

        pack = get_pack(lang)
        # the value's kind only decides whether a temporal qualifier binds ("senest", "fra"):
        # a duration takes both kinds of qualifier
        code, start = qualifier_before(quote.text, a, "duration", pack)
        if code is not None:
            a = start
    return [(a, b)]
