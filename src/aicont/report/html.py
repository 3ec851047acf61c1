"""The discrepancy report as one self-contained HTML page: inline CSS, no JS, side by side, printable.

Every text is escaped. The differing value in each quote is marked (<mark>), so a reviewer sees
what differs at a glance, on screen and on paper.
"""

from __future__ import annotations

from html import escape

from aicont.model import Finding, Quote, Report
from aicont.report.base import SEVERITY_ORDER, counts, grouped, lines_text, section_label, side_label, summary_line

CSS = """
:root { --high: #b00020; --medium: #b26a00; --low: #476b8a; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #1b1f24; margin: 2rem auto; max-width: 1150px; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
.meta { color: #555; font-size: .85rem; margin: 0 0 1rem; }
.meta code { font-size: .8rem; word-break: break-all; }
.summary { font-weight: 600; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #f3f5f7; }
table.counts { width: auto; margin-bottom: 1rem; }
table.counts td { text-align: right; min-width: 4rem; }
table.counts td:first-child { text-align: left; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--low); margin: .8rem 0; page-break-inside: avoid;
           break-inside: avoid; }
.finding.high { border-left-color: var(--high); }
.finding.medium { border-left-color: var(--medium); }
.finding header { background: #f7f8fa; padding: .4rem .6rem; display: flex; gap: .8rem; flex-wrap: wrap; align-items: baseline; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 700; }
.sev { text-transform: uppercase; font-size: .75rem; font-weight: 700; padding: .05rem .35rem; border-radius: 3px; color: #fff;
       background: var(--low); }
.sev.high { background: var(--high); } .sev.medium { background: var(--medium); }
.conf { font-size: .8rem; color: #555; }
.message { padding: .4rem .6rem; font-weight: 600; }
.why { padding: 0 .6rem .4rem; color: #333; }
.sides { display: grid; grid-template-columns: 1fr 1fr; border-top: 1px solid var(--line); }
.side { padding: .4rem .6rem; }
.side + .side { border-left: 1px solid var(--line); }
.side .label { font-size: .75rem; color: #555; text-transform: uppercase; letter-spacing: .03em; }
.side .where { font-size: .75rem; color: #555; font-family: ui-monospace, Menlo, Consolas, monospace; }
.side blockquote { margin: .2rem 0; }
.side.missing blockquote { color: #777; font-style: italic; }
.side.wrong { background: #fff4f4; }
mark { background: #ffe27a; padding: 0 .1em; }
.value { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; color: #333; }
details { margin-top: 2rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .finding header, th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details { display: block; } details > * { display: block; }
}
""".strip()


def _marked(quote: Quote) -> str:
    text = quote.text
    if quote.mark is not None:
        a, b = quote.mark
        if 0 <= a <= b <= len(text):
            return escape(text[:a]) + "<mark>" + escape(text[a:b]) + "</mark>" + escape(text[b:])
    return escape(text)


def _side(label: str, quote: Quote | None, wrong: bool) -> str:
    cls = "side" + (" missing" if quote is None else "") + (" wrong" if wrong else "")
    parts = [f'<div class="{cls}"><div class="label">{escape(label)}' + (" — likely wrong" if wrong else "") + "</div>"]
    if quote is None:
        parts.append("<blockquote>(nothing corresponding)</blockquote>")
    else:
        parts.append(f"<blockquote>{_marked(quote)}</blockquote>")
        where = lines_text(quote)
        value = f' <span class="value">{escape(quote.value)}</span>' if quote.value else ""
        parts.append(f'<div class="where">{escape(quote.block)} {escape(where)}{value}</div>')
    parts.append("</div>")
    return "".join(parts)


def _finding(f: Finding, left: str, right: str) -> str:
    sev = f.severity.value
    out = [
        f'<article class="finding {sev}" id="f-{escape(f.fingerprint[:12])}">',
        f'<header><span class="code">{escape(f.code)}</span><span>{escape(f.name)}</span>'
        f'<span class="sev {sev}">{sev}</span><span class="conf">{escape(f.confidence.value)} confidence</span>'
        f'<span class="conf">{escape(f.kind.value)}</span></header>',
        f'<div class="message">{escape(f.message)}</div>',
    ]
    if f.likely_wrong:
        why = f"likely wrong: {f.likely_wrong}" + (f" — {f.reason}" if f.reason else "")
        out.append(f'<div class="why">{escape(why)}</div>')
    out.append('<div class="sides">')
    out.append(_side(left, f.left, f.likely_wrong == "left"))
    out.append(_side(right, f.right, f.likely_wrong == "right"))
    out.append("</div></article>")
    return "\n".join(out)


def render_html(report: Report) -> str:
    left, right = side_label(report, "left"), side_label(report, "right")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>aicont discrepancy report</title>",
        f"<style>{CSS}</style></head><body>",
        "<h1>aicont discrepancy report</h1>",
        '<div class="meta">',
    ]
    for info in report.inputs:
        out.append(
            f"<div><b>{escape(info.side)}</b> ({escape(info.lang or '?')}): <code>{escape(info.path)}</code> "
            f"sha256 <code>{escape(info.sha256[:12])}</code></div>"
        )
    out.append(f"<div>signature <code>{escape(report.signature)}</code></div></div>")
    out.append(f'<p class="summary">{escape(summary_line(report))}</p>')
    table = counts(report.findings)
    if table:
        out.append('<table class="counts"><thead><tr><th>kind</th>')
        out.append("".join(f"<th>{s.value}</th>" for s in SEVERITY_ORDER) + "</tr></thead><tbody>")
        for kind, row in table.items():
            out.append(f"<tr><td>{escape(kind)}</td>" + "".join(f"<td>{row[s.value]}</td>" for s in SEVERITY_ORDER) + "</tr>")
        out.append("</tbody></table>")
    for section, items in grouped(report.findings):
        out.append(f"<section><h2>{escape(section_label(section))}</h2>")
        out.extend(_finding(f, left, right) for f in items)
        out.append("</section>")
    if report.accepted:
        out.append(f"<details><summary>{len(report.accepted)} accepted by the baseline</summary><ul>")
        out.extend(f"<li>{escape(f.code)} {escape(f.message)}</li>" for f in report.accepted)
        out.append("</ul></details>")
    if report.stale:
        out.append("<h2>Stale baseline entries</h2><ul>")
        out.extend(f"<li><code>{escape(fp)}</code></li>" for fp in report.stale)
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


class HtmlRenderer:
    name = "html"
    machine = False

    def render(self, report: Report) -> str:
        return render_html(report)


RENDERER = HtmlRenderer()
