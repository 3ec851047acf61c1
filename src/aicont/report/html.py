"""The discrepancy report as one self-contained HTML page: inline CSS, no JS, side by side, printable.

What a legal reviewer opens: the two documents (title, language, path), the summary, a contents
list by section with counts, a table of every finding linking to its card, then the cards by
section with both quotes side by side and the words that differ marked (<mark>: the value, and for
a qualifier finding the qualifier too: "over 48 måneder", not only "48 måneder"). Every text is
escaped; long words and URLs wrap instead of widening the page (no horizontal scroll at 1400 px,
checked in headless Chromium by the tests); on paper, cards are not split and colours are kept.
"""

from __future__ import annotations

from html import escape

from aicont.model import Finding, Quote, Report
from aicont.report.base import (SEVERITY_ORDER, by_severity, counts, grouped, highlights, lines_text, section_label,
    side_label, summary_line, unit_of)

CSS = """
:root { --high: #b00020; --medium: #8a5300; --low: #3f6281; --line: #d0d4da; --soft: #f5f6f8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1b1f24; margin: 2rem auto; max-width: 1180px; padding: 0 1.2rem; overflow-wrap: anywhere; }
h1 { font-size: 1.55rem; margin: 0 0 .6rem; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
a { color: #0b4f8a; }
code, .mono { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; }
table { border-collapse: collapse; width: 100%; overflow-wrap: normal; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { white-space: nowrap; }
th { background: var(--soft); }
table.docs td:nth-child(2) { font-weight: 600; }
table.docs td:last-child, table.docs td:nth-child(4) { word-break: break-all; }
table.docs td:first-child, table.docs td:nth-child(3), table.list td:nth-child(-n+3) { white-space: nowrap; }
table.list td:nth-child(4) { overflow-wrap: anywhere; }
.summary { font-weight: 600; font-size: 1.05rem; margin: 1rem 0; }
.meta { color: #555; font-size: .8rem; }
nav.contents { display: flex; gap: 2rem; flex-wrap: wrap; align-items: flex-start; }
nav.contents ol { margin: 0; padding-left: 1.3rem; }
nav.contents li { margin: .15rem 0; }
.count { color: #555; font-size: .85rem; }
table.counts { width: auto; }
table.counts td { text-align: right; min-width: 4.2rem; }
table.counts td:first-child { text-align: left; }
table.list td:nth-child(4) { width: 55%; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--low); margin: 1rem 0; break-inside: avoid;
           page-break-inside: avoid; }
.finding.high { border-left-color: var(--high); }
.finding.medium { border-left-color: var(--medium); }
.finding header { background: var(--soft); padding: .4rem .7rem; display: flex; gap: .8rem; flex-wrap: wrap;
                  align-items: baseline; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 700; }
.sev { text-transform: uppercase; font-size: .72rem; font-weight: 700; padding: .05rem .4rem; border-radius: 3px;
       color: #fff; background: var(--low); }
.sev.high { background: var(--high); } .sev.medium { background: var(--medium); }
.conf, .kind { font-size: .8rem; color: #555; }
.message { padding: .45rem .7rem; font-weight: 600; }
.why { padding: 0 .7rem .45rem; color: #333; }
.sides { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); border-top: 1px solid var(--line); }
.side { padding: .45rem .7rem; min-width: 0; }
.side + .side { border-left: 1px solid var(--line); }
.side .label { font-size: .75rem; color: #555; text-transform: uppercase; letter-spacing: .03em; }
.side .where { font-size: .78rem; color: #555; }
.side blockquote { margin: .25rem 0; }
.side.missing blockquote { color: #777; font-style: italic; }
.side.wrong { background: #fff4f4; }
mark { background: #ffe27a; padding: 0 .1em; border-radius: 2px; }
.value { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; color: #333; }
.top { font-size: .8rem; }
details { margin-top: 2rem; }
@media (max-width: 700px) { .sides { grid-template-columns: minmax(0, 1fr); } .side + .side { border-left: 0;
  border-top: 1px solid var(--line); } }
@page { margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .top { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .finding header, th, mark, .side.wrong, .sev { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details > * { display: block; }
}
""".strip()


def _section_id(section: str) -> str:
    return "s-" + (section or "intro")


def _finding_id(f: Finding) -> str:
    return "f-" + f.fingerprint[:12]


def _marked(f: Finding, quote: Quote, lang: str | None) -> str:
    text, out, pos = quote.text, [], 0
    for a, b in highlights(f, quote, lang):
        out.append(escape(text[pos:a]) + "<mark>" + escape(text[a:b]) + "</mark>")
        pos = b
    return "".join(out) + escape(text[pos:])


def _side(report: Report, side: str, f: Finding, quote: Quote | None) -> str:
    wrong = f.likely_wrong == side
    cls = "side" + (" missing" if quote is None else "") + (" wrong" if wrong else "")
    label = side_label(report, side) + (" — likely wrong" if wrong else "")
    parts = [f'<div class="{cls}"><div class="label">{escape(label)}</div>']
    if quote is None:
        parts.append("<blockquote>(nothing corresponding)</blockquote>")
    else:
        lang = next((i.lang for i in report.inputs if i.side == side), None)
        parts.append(f"<blockquote>{_marked(f, quote, lang)}</blockquote>")
        where = lines_text(quote, unit_of(report, side))
        value = f' <span class="value">{escape(quote.value)}</span>' if quote.value else ""
        parts.append(f'<div class="where"><span class="mono">{escape(quote.block)} {escape(where)}</span>{value}</div>')
    parts.append("</div>")
    return "".join(parts)


def _finding(report: Report, f: Finding) -> str:
    sev = f.severity.value
    out = [
        f'<article class="finding {sev}" id="{escape(_finding_id(f))}">',
        f'<header><span class="code">{escape(f.code)}</span><span>{escape(f.name)}</span>'
        f'<span class="sev {sev}">{sev}</span><span class="conf">{escape(f.confidence.value)} confidence</span>'
        f'<span class="kind">{escape(f.kind.value)}</span><a class="top" href="#findings">↑ all findings</a></header>',
        f'<div class="message">{escape(f.message)}</div>',
    ]
    if f.likely_wrong:
        why = f"likely wrong: {f.likely_wrong}" + (f" — {f.reason}" if f.reason else "")
        out.append(f'<div class="why">{escape(why)}</div>')
    out.append('<div class="sides">')
    out.append(_side(report, "left", f, f.left))
    out.append(_side(report, "right", f, f.right))
    out.append("</div></article>")
    return "\n".join(out)


def _documents(report: Report) -> list[str]:
    out = ['<table class="docs"><thead><tr><th>side</th><th>title</th><th>language</th><th>path</th>'
           "<th>sha256</th></tr></thead><tbody>"]
    for i in report.inputs:
        out.append(
            f"<tr><td>{escape(i.side)}</td><td>{escape(i.title or '(untitled)')}</td><td>{escape(i.lang or '?')}</td>"
            f"<td><code>{escape(i.path)}</code></td><td><code>{escape(i.sha256[:16])}</code></td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _contents(report: Report, groups: list[tuple[str, list[Finding]]]) -> list[str]:
    out = ['<nav class="contents" aria-label="contents"><div><h2 id="contents">Contents</h2><ol>']
    out.append('<li><a href="#findings">All findings</a></li>')
    for section, items in groups:
        sev = by_severity(tuple(items))
        detail = ", ".join(f"{sev[s.value]} {s.value}" for s in SEVERITY_ORDER if sev[s.value])
        out.append(
            f'<li><a href="#{escape(_section_id(section))}">{escape(section_label(section, report))}</a> '
            f'<span class="count">{len(items)} ({escape(detail)})</span></li>'
        )
    if report.accepted:
        out.append('<li><a href="#accepted">Accepted by the baseline</a></li>')
    out.append("</ol></div>")
    table = counts(report.findings)
    if table:
        out.append('<div><h2>By kind</h2><table class="counts"><thead><tr><th>kind</th>')
        out.append("".join(f"<th>{s.value}</th>" for s in SEVERITY_ORDER) + "</tr></thead><tbody>")
        for kind, row in table.items():
            out.append(f"<tr><td>{escape(kind)}</td>" + "".join(f"<td>{row[s.value]}</td>" for s in SEVERITY_ORDER) + "</tr>")
        out.append("</tbody></table></div>")
    out.append("</nav>")
    return out


def _list(report: Report) -> list[str]:
    out = ['<h2 id="findings">All findings</h2>']
    if not report.findings:
        return [*out, "<p>No finding.</p>"]
    out.append('<table class="list"><thead><tr><th>code</th><th>severity</th><th>section</th><th>finding</th>'
               "<th>left</th><th>right</th></tr></thead><tbody>")
    for f in report.findings:
        out.append(
            f'<tr><td class="code">{escape(f.code)}</td><td><span class="sev {f.severity.value}">{f.severity.value}</span></td>'
            f'<td>{escape(section_label(f.section))}</td>'
            f'<td><a href="#{escape(_finding_id(f))}">{escape(f.message)}</a></td>'
            f'<td class="mono">{escape(lines_text(f.left, unit_of(report, "left")))}</td>'
            f'<td class="mono">{escape(lines_text(f.right, unit_of(report, "right")))}</td></tr>'
        )
    out.append("</tbody></table>")
    return out


def render_html(report: Report) -> str:
    groups = grouped(report.findings)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>aicont discrepancy report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>Discrepancy report</h1>",
        *_documents(report),
        f'<p class="summary">{escape(summary_line(report))}</p>',
        *_contents(report, groups),
        *_list(report),
    ]
    for section, items in groups:
        out.append(f'<section id="{escape(_section_id(section))}"><h2>{escape(section_label(section, report))}</h2>')
        out.extend(_finding(report, f) for f in items)
        out.append("</section>")
    if report.accepted:
        out.append(f'<details id="accepted"><summary>{len(report.accepted)} accepted by the baseline</summary><ul>')
        out.extend(f"<li>{escape(f.code)} {escape(f.message)}</li>" for f in report.accepted)
        out.append("</ul></details>")
    if report.stale:
        out.append("<h2>Stale baseline entries</h2><ul>")
        out.extend(f"<li><code>{escape(fp)}</code></li>" for fp in report.stale)
        out.append("</ul>")
    out.append(f'<p class="meta">aicont, settings <code>{escape(report.signature)}</code></p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


class HtmlRenderer:
    name = "html"
    machine = False

    def render(self, report: Report) -> str:
        return render_html(report)


RENDERER = HtmlRenderer()
