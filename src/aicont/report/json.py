"""The canonical JSON serialisation of a Report (the stable contract; changes are additive only).

`report_to_dict()` is the one place findings are serialised; SARIF and the baseline are built
from the same Finding fields. Output is deterministic: fixed key order, sorted findings, no
timestamp.
"""

from __future__ import annotations

import json as _json
from typing import Any

from aicont.model import Finding, Quote, Report
from aicont.report.base import by_severity, counts

SCHEMA_VERSION = 1


def quote_to_dict(quote: Quote | None) -> dict[str, Any] | None:
    if quote is None:
        return None
    return {
        "block": quote.block,
        "text": quote.text,
        "value": quote.value,
        "lines": [[s.line_start, s.line_end] for s in quote.spans],
    }


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "kind": f.kind.value,
        "severity": f.severity.value,
        "confidence": f.confidence.value,
        "section": f.section,
        "message": f.message,
        "likely_wrong": f.likely_wrong,
        "reason": f.reason,
        "fingerprint": f.fingerprint,
        "left": quote_to_dict(f.left),
        "right": quote_to_dict(f.right),
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    from aicont import __version__

    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "aicont", "version": __version__, "signature": report.signature},
        "inputs": [
            {"side": i.side, "path": i.path, "lang": i.lang, "sha256": i.sha256, "unit": i.unit, "title": i.title}
            for i in report.inputs
        ],
        "findings": [finding_to_dict(f) for f in report.findings],
        "summary": {
            "findings": len(report.findings),
            "by_severity": by_severity(report.findings),
            "by_kind": counts(report.findings),
            "accepted": len(report.accepted),
            "stale": len(report.stale),
        },
        "accepted": [finding_to_dict(f) for f in report.accepted],
        "stale": list(report.stale),
        "stats": {k: v for k, v in report.stats},
        "incomplete": report.incomplete,
        "notices": list(report.notices),
    }


def dumps(data: Any) -> str:
    return _json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class JsonRenderer:
    name = "json"
    machine = True

    def render(self, report: Report) -> str:
        return dumps(report_to_dict(report))


RENDERER = JsonRenderer()


def entry_to_dict(e) -> dict[str, Any]:  # noqa: ANN001 - BaselineEntry
    return {"document": e.document, "pair": e.pair, "fingerprint": e.fingerprint, "code": e.code,
            "left": e.left, "right": e.right, "reason": e.reason}


def corpus_to_dict(corpus) -> dict[str, Any]:  # noqa: ANN001 - CorpusReport
    """`aicont check --format json`: one report per pair (with its document and pair), the files
    skipped and the stale baseline entries of the corpus."""
    return {
        "schema_version": SCHEMA_VERSION,
        "reports": [{"document": p.document, "pair": p.pair, **report_to_dict(p.report)} for p in corpus.pairs],
        "skipped": [{"path": path, "reason": reason} for path, reason in corpus.skipped],
        "stale": [entry_to_dict(e) for e in corpus.stale],
        "signature": corpus.signature,
    }
