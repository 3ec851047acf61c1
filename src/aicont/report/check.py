"""The CI view of a corpus run (`aicont check`): one line per finding as `path:line`, and the
helpers every CI format shares: where a finding stands, primary location first.

The primary location is the side the finding says is likely wrong (the majority's verdict or the
check's own reason); without a verdict, the left (reference) side, or the only side there is.
Paths are the files as the user gave them, so editors and CI annotations can jump to them.
"""

from __future__ import annotations

from typing import Iterator

from aicont.model import CorpusReport, Finding, PairReport, Quote, Report


def primary_side(f: Finding) -> str:
    if f.likely_wrong in ("left", "right") and getattr(f, f.likely_wrong) is not None:
        return f.likely_wrong
    return "left" if f.left is not None else "right"


def path_of(report: Report, side: str) -> str:
    return next((i.path for i in report.inputs if i.side == side), "")


def places(report: Report, f: Finding) -> list[tuple[str, str, Quote]]:
    """(side, path, quote) of the finding's sides, the primary one first."""
    first = primary_side(f)
    order = (first, "right" if first == "left" else "left")
    return [(side, path_of(report, side), q) for side in order if (q := getattr(f, side)) is not None]


def line_of(quote: Quote) -> tuple[int, int] | None:
    """(first, last) line of a quote's evidence, or None (a whole-document notice)."""
    if not quote.spans:
        return None
    return quote.spans[0].line_start, quote.spans[0].line_end


def located(path: str, quote: Quote) -> str:
    lines = line_of(quote)
    return f"{path}:{lines[0]}" if lines else path


def verdict(pair: PairReport, f: Finding) -> str:
    """'likely wrong: sv (reason)' naming the version by its tag, or ''."""
    if f.likely_wrong not in ("left", "right"):
        return ""
    tag = pair.left if f.likely_wrong == "left" else pair.right
    return f"likely wrong: {tag}" + (f" ({f.reason})" if f.reason else "")


def findings(corpus: CorpusReport) -> Iterator[tuple[PairReport, Finding]]:
    for pair in corpus.pairs:
        for f in pair.report.findings:
            yield pair, f


def stale_line(e) -> str:  # noqa: ANN001 - BaselineEntry
    where = f"{e.document} {e.pair}" if e.document else "any pair"
    quotes = " | ".join(f'"{q[:80]}"' for q in (e.left, e.right) if q)
    return f"stale baseline entry: {e.code} {where}: {quotes} (fingerprint {e.fingerprint[:12]})"


def summary(corpus: CorpusReport) -> str:
    from aicont.report.base import by_severity

    new = [f for _, f in findings(corpus)]
    sev = by_severity(tuple(new))
    accepted = sum(len(p.report.accepted) for p in corpus.pairs)
    documents = len({p.document for p in corpus.pairs})
    text = (
        f"{len(corpus.pairs)} pair{'s' if len(corpus.pairs) != 1 else ''} in {documents} "
        f"document{'s' if documents != 1 else ''}: {len(new)} new finding{'s' if len(new) != 1 else ''} "
        f"({sev['high']} high, {sev['medium']} medium, {sev['low']} low), {accepted} accepted by the baseline"
    )
    if corpus.stale:
        text += f", {len(corpus.stale)} stale baseline entr{'ies' if len(corpus.stale) != 1 else 'y'}"
    if corpus.incomplete:
        text += "; INCOMPLETE: a check crashed (see AC001)"
    return text


def render_check(corpus: CorpusReport) -> str:
    from aicont.report.base import summary_line

    out = []
    for pair in corpus.pairs:
        out.append(f"{pair.document} {pair.pair}: {summary_line(pair.report)}")
        for f in pair.report.findings:
            (side, path, quote), *rest = places(pair.report, f)
            head = f"  {located(path, quote)}: {f.code} {f.name} [{f.severity.value}, {f.confidence.value} confidence] {f.message}"
            out.append(head)
            if v := verdict(pair, f):
                out.append(f"      {v}")
            for _, other_path, other in rest:
                out.append(f"      vs {located(other_path, other)}")
    for path, reason in corpus.skipped:
        out.append(f"skipped {path}: {reason}")
    for e in corpus.stale:
        out.append(stale_line(e))
    out.append(summary(corpus))
    return "\n".join(out) + "\n"
