"""The discrepancy report in Markdown: summary table (kind × severity), then each finding by section."""

from __future__ import annotations

import re

from aicont.model import Finding, Quote, Report
from aicont.report.base import (SEVERITY_ORDER, counts, grouped, highlights, lines_text, section_label, side_label,
    summary_line, unit_of)


# Markdown escapes for text from the documents: emphasis and strike-through marks, table pipes, and
# the brackets, backticks and angle brackets that would start a link, an image, a code span, an
# autolink or raw HTML ("<script>", "<img onerror=...>", "[x](javascript:...)"), so no text of a
# document becomes markup. Bare http(s) URLs and e-mail addresses may still be autolinked by a
# renderer; no other scheme is.
_ESCAPES = str.maketrans({
    "\\": "\\\\", "|": "\\|", "*": "\\*", "_": "\\_", "~": "\\~", "[": "\\[", "]": "\\]", "`": "\\`",
    "&": "&amp;", "<": "&lt;", ">": "&gt;",
})


def _cell(text: str) -> str:
    return " ".join(text.split()).translate(_ESCAPES)


def _code(text: str, *, cell: bool = True) -> str:
    """`text` as a code span (nothing inside is markup); in a table `cell`, its pipes escaped."""
    text = " ".join(text.split())
    if cell:
        text = text.replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _quote(report: Report, side: str, f: Finding, quote: Quote | None) -> str:
    if quote is None:
        return "—"
    lang = next((i.lang for i in report.inputs if i.side == side), None)
    marked, pos = "", 0
    for a, b in highlights(f, quote, lang):
        marked += quote.text[pos:a] + "\x00" + quote.text[a:b] + "\x01"
        pos = b
    marked += quote.text[pos:]
    text = "“" + _cell(marked).replace("\x00", "**").replace("\x01", "**") + "”"
    if quote.value:
        text += f" {_code(quote.value)}"
    where = lines_text(quote, unit_of(report, side))
    return f"{text} ({where})" if where else text


def _note(f: Finding) -> str:
    note = _cell(f.message)
    if f.likely_wrong:
        note += f"<br>likely wrong: **{f.likely_wrong}**"
        if f.reason:
            note += f" ({_cell(f.reason)})"
    return note


def render_markdown(report: Report) -> str:
    left, right = side_label(report, "left"), side_label(report, "right")
    out = ["# aicont discrepancy report", ""]
    for info in report.inputs:
        title = f" — {_cell(info.title)}" if info.title else ""
        out.append(f"- **{info.side}** ({info.lang or '?'}): {_code(info.path, cell=False)}{title}, sha256 `{info.sha256[:12]}`")
    out += [f"- signature: {_code(report.signature, cell=False)}", "", f"**{summary_line(report)}**", ""]
    table = counts(report.findings)
    if table:
        out += ["| kind | " + " | ".join(s.value for s in SEVERITY_ORDER) + " |", "|---|---:|---:|---:|"]
        for kind, row in table.items():
            out.append(f"| {kind} | " + " | ".join(str(row[s.value]) for s in SEVERITY_ORDER) + " |")
        out.append("")
    for section, items in grouped(report.findings):
        out += [f"## {_cell(section_label(section, report))}", ""]
        out += [f"| code | severity | {_cell(left)} | {_cell(right)} | note |", "|---|---|---|---|---|"]
        for f in items:
            out.append(
                f"| {f.code} {f.name} | {f.severity.value} ({f.confidence.value} confidence) | "
                f"{_quote(report, 'left', f, f.left)} | {_quote(report, 'right', f, f.right)} | {_note(f)} |"
            )
        out.append("")
    if report.accepted:
        out += [f"<details><summary>{len(report.accepted)} accepted by the baseline</summary>", ""]
        for f in report.accepted:
            out.append(f"- {f.code} {_cell(f.message)} (`{f.fingerprint[:12]}`)")
        out += ["", "</details>", ""]
    if report.stale:
        out += ["## Stale baseline entries", ""]
        out += [f"- `{fp}`" for fp in report.stale]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


class MarkdownRenderer:
    name = "markdown"
    machine = False

    def render(self, report: Report) -> str:
        return render_markdown(report)


RENDERER = MarkdownRenderer()
