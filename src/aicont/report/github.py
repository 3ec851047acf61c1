"""GitHub Actions workflow commands: one `::error file=…,line=…::message` line per new finding.

GitHub turns these lines of a job's log into annotations on the files of a pull request. Level
from severity (high → error, medium → warning, low → notice); the file and line are the primary
location (the likely-wrong side). Stale baseline entries become warnings on the baseline file.
Escaping follows GitHub's toolkit: `%`, CR and LF in the message; also `:` and `,` in properties.
"""

from __future__ import annotations

from aicont.model import CorpusReport, Severity
from aicont.report.check import findings, line_of, places, stale_line, verdict

LEVEL = {Severity.HIGH: "error", Severity.MEDIUM: "warning", Severity.LOW: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: str | int) -> str:
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v not in (None, ""))
    return f"::{level}{' ' + given if given else ''}::{escape_data(message)}"


def render_github(corpus: CorpusReport, baseline_path: str = "") -> str:
    out = []
    for pair, f in findings(corpus):
        _, path, quote = places(pair.report, f)[0]
        lines = line_of(quote)
        props: dict[str, str | int] = {"file": path}
        if lines:
            props.update(line=lines[0], endLine=lines[1])
        props["title"] = f"{f.code} {f.name} ({pair.document} {pair.pair})"
        message = f.message + (f"; {v}" if (v := verdict(pair, f)) else "")
        out.append(command(LEVEL[f.severity], message, **props))
    for e in corpus.stale:
        out.append(command("warning", stale_line(e), file=baseline_path, title="aicont stale baseline entry"))
    return "\n".join(out) + "\n" if out else ""
