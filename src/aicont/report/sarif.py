"""SARIF 2.1.0: one run, driver.rules from the checks that produced or could produce results.

Each result has ruleId = code, a level from severity (high→error, medium→warning, low→note),
the left span as location, the right span as a related location and our fingerprint in
partialFingerprints. Built from the same Finding fields as the JSON report.
"""

from __future__ import annotations

from typing import Any

from aicont.model import Finding, Quote, Report, Severity
from aicont.report.json import dumps

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.HIGH: "error", Severity.MEDIUM: "warning", Severity.LOW: "note"}


def _location(quote: Quote, path: str, ident: int | None = None) -> dict[str, Any]:
    span = quote.spans[0] if quote.spans else None
    region: dict[str, Any] = {}
    if span is not None:
        region = {"startLine": span.line_start, "endLine": span.line_end}
    loc: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": path}, "region": {**region, "snippet": {"text": quote.text}}},
        "logicalLocations": [{"name": quote.block, "kind": "element"}],
    }
    if ident is not None:
        loc = {"id": ident, **loc}
    return loc


def _result(f: Finding, paths: dict[str, str], rule_index: dict[str, int]) -> dict[str, Any]:
    primary, other = (f.left, f.right) if f.left is not None else (f.right, None)
    primary_side = "left" if f.left is not None else "right"
    res: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index[f.code],
        "level": LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [_location(primary, paths.get(primary_side, ""))] if primary else [],
        "partialFingerprints": {"aicont/v1": f.fingerprint},
        "properties": {
            "kind": f.kind.value,
            "severity": f.severity.value,
            "confidence": f.confidence.value,
            "section": f.section,
            "likely_wrong": f.likely_wrong,
        },
    }
    if other is not None:
        res["relatedLocations"] = [_location(other, paths.get("right", ""), 1)]
    return res


def report_to_sarif(report: Report) -> dict[str, Any]:
    from aicont import __version__
    from aicont.checks.registry import REGISTRY, ensure_loaded

    ensure_loaded()
    codes = sorted({f.code for f in report.findings} | {f.code for f in report.accepted})
    rules = []
    for code in codes:
        spec = REGISTRY.get(code)
        rules.append(
            {
                "id": code,
                "name": spec.name if spec else code,
                "shortDescription": {"text": spec.summary if spec else code},
                "fullDescription": {"text": spec.doc if spec else code},
                "defaultConfiguration": {"level": LEVEL[spec.severity] if spec else "warning"},
                "properties": {"kind": spec.kind.value if spec else ""},
            }
        )
    rule_index = {code: i for i, code in enumerate(codes)}
    paths = {i.side: i.path for i in report.inputs}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "aicont",
                        "version": __version__,
                        "informationUri": "https://github.com/aicont/aicont",
                        "rules": rules,
                    }
                },
                "artifacts": [{"location": {"uri": i.path}, "hashes": {"sha-256": i.sha256}} for i in report.inputs],
                "results": [_result(f, paths, rule_index) for f in report.findings],
                "invocations": [{"executionSuccessful": not report.incomplete}],
                "properties": {"signature": report.signature, "stale": list(report.stale)},
            }
        ],
    }


class SarifRenderer:
    name = "sarif"
    machine = True

    def render(self, report: Report) -> str:
        return dumps(report_to_sarif(report))


RENDERER = SarifRenderer()
