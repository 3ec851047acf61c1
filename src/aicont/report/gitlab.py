"""GitLab code quality report (the JSON array of `artifacts:reports:codequality`).

One issue per new finding: description, check_name (the code), a fingerprint unique in the report
(our content fingerprint with the document, pair and occurrence), severity (high → critical,
medium → major, low → minor) and location {path, lines.begin} at the likely-wrong side.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from aicont.model import CorpusReport, Severity
from aicont.report.check import findings, line_of, places, stale_line, verdict

SEVERITY = {Severity.HIGH: "critical", Severity.MEDIUM: "major", Severity.LOW: "minor"}


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def corpus_to_gitlab(corpus: CorpusReport, baseline_path: str = "") -> list[dict[str, Any]]:
    issues = []
    seen: Counter[str] = Counter()
    for pair, f in findings(corpus):
        _, path, quote = places(pair.report, f)[0]
        lines = line_of(quote)
        key = f"{pair.document}\x1f{pair.pair}\x1f{f.fingerprint}"
        seen[key] += 1
        issues.append({
            "description": f"{f.code} {f.name}: {f.message}" + (f"; {v}" if (v := verdict(pair, f)) else ""),
            "check_name": f.code,
            "fingerprint": _fingerprint(key, str(seen[key])),
            "severity": SEVERITY[f.severity],
            "location": {"path": path, "lines": {"begin": lines[0] if lines else 1}},
        })
    for e in corpus.stale:
        issues.append({
            "description": stale_line(e),
            "check_name": "stale-baseline-entry",
            "fingerprint": _fingerprint("stale", e.document or "", e.pair or "", e.fingerprint),
            "severity": "info",
            "location": {"path": baseline_path, "lines": {"begin": 1}},
        })
    return issues


def render_gitlab(corpus: CorpusReport, baseline_path: str = "") -> str:
    return json.dumps(corpus_to_gitlab(corpus, baseline_path), ensure_ascii=False, indent=2) + "\n"
