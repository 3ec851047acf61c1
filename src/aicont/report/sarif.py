"""SARIF 2.1.0: one run, driver.rules from the checks that produced results.

Each result has ruleId = code, a level from severity (high→error, medium→warning, low→note), the
likely-wrong side as its location (else the left side), the other side as a related location and
our fingerprint in partialFingerprints. Built from the same Finding fields as the JSON report.
For a corpus run (`aicont check --format sarif`) the artifact URIs are relative to the corpus root
(`uriBaseId` CORPUSROOT, itself given in `originalUriBaseIds` as the folder the user named,
relative to %SRCROOT% when that was a relative path).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any, Callable
from urllib.parse import quote as url_quote

from aicont.model import CorpusReport, Finding, Quote, Report, Severity
from aicont.report.check import places
from aicont.report.json import dumps

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.HIGH: "error", Severity.MEDIUM: "warning", Severity.LOW: "note"}
ROOT_ID = "CORPUSROOT"

Artifact = Callable[[str], dict[str, Any]]  # a path → its artifactLocation


def _given(path: str) -> dict[str, Any]:
    return {"uri": Path(path).as_posix()}


def _location(quote: Quote, where: dict[str, Any], ident: int | None = None) -> dict[str, Any]:
    span = quote.spans[0] if quote.spans else None
    region: dict[str, Any] = {}
    if span is not None:
        region = {"startLine": span.line_start, "endLine": span.line_end}
    loc: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": where, "region": {**region, "snippet": {"text": quote.text}}},
        "logicalLocations": [{"name": quote.block, "kind": "element"}],
    }
    if ident is not None:
        loc = {"id": ident, **loc}
    return loc


def _result(report: Report, f: Finding, rule_index: dict[str, int], artifact: Artifact,
            extra: dict[str, Any] | None = None) -> dict[str, Any]:
    (_, path, primary), *rest = places(report, f)
    res: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index[f.code],
        "level": LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [_location(primary, artifact(path))],
        "partialFingerprints": {"aicont/v1": f.fingerprint},
        "properties": {
            "kind": f.kind.value,
            "severity": f.severity.value,
            "confidence": f.confidence.value,
            "section": f.section,
            "likely_wrong": f.likely_wrong,
            "reason": f.reason,
            **(extra or {}),
        },
    }
    if rest:
        res["relatedLocations"] = [_location(q, artifact(p), n + 1) for n, (_, p, q) in enumerate(rest)]
    return res


def _rules(codes: list[str]) -> list[dict[str, Any]]:
    from aicont.checks.registry import REGISTRY, ensure_loaded

    ensure_loaded()
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
    return rules


def _run(rules: list[dict[str, Any]], artifacts: list, results: list, incomplete: bool, properties: dict) -> dict:
    from aicont import __version__

    return {
        "tool": {
            "driver": {
                "name": "aicont",
                "version": __version__,
                "informationUri": "https://github.com/aicont/aicont",
                "rules": rules,
            }
        },
        "artifacts": artifacts,
        "results": results,
        "invocations": [{"executionSuccessful": not incomplete}],
        "properties": properties,
    }


def report_to_sarif(report: Report) -> dict[str, Any]:
    codes = sorted({f.code for f in report.findings} | {f.code for f in report.accepted})
    rule_index = {code: i for i, code in enumerate(codes)}
    artifacts = [{"location": _given(i.path), "hashes": {"sha-256": i.sha256}} for i in report.inputs]
    results = [_result(report, f, rule_index, _given) for f in report.findings]
    run = _run(_rules(codes), artifacts, results, report.incomplete,
               {"signature": report.signature, "stale": list(report.stale)})
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _root_uri(root: str) -> dict[str, Any]:
    path = Path(root)
    if path.is_absolute():
        return {"uri": path.as_uri().rstrip("/") + "/"}
    posix = PurePosixPath(path.as_posix())
    text = "" if str(posix) == "." else url_quote(str(posix)) + "/"
    return {"uri": text, "uriBaseId": "%SRCROOT%"} if text else {"uriBaseId": "%SRCROOT%"}


def _under_root(root: str) -> Artifact:
    base = Path(root)

    def artifact(path: str) -> dict[str, Any]:
        try:
            rel = Path(path).relative_to(base)
        except ValueError:
            return _given(path)
        return {"uri": url_quote(rel.as_posix()), "uriBaseId": ROOT_ID}

    return artifact


def corpus_to_sarif(corpus: CorpusReport) -> dict[str, Any]:
    codes = sorted({f.code for p in corpus.pairs for f in (*p.report.findings, *p.report.accepted)})
    rule_index = {code: i for i, code in enumerate(codes)}
    artifact = _under_root(corpus.root)
    inputs = {i.path: i.sha256 for p in corpus.pairs for i in p.report.inputs}
    artifacts = [{"location": artifact(path), "hashes": {"sha-256": sha}} for path, sha in sorted(inputs.items())]
    results = [
        _result(p.report, f, rule_index, artifact, {"document": p.document, "pair": p.pair})
        for p in corpus.pairs for f in p.report.findings
    ]
    stale = [{"document": e.document, "pair": e.pair, "code": e.code, "fingerprint": e.fingerprint}
             for e in corpus.stale]
    run = _run(_rules(codes), artifacts, results, corpus.incomplete, {"signature": corpus.signature, "stale": stale})
    run["originalUriBaseIds"] = {ROOT_ID: _root_uri(corpus.root)}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifRenderer:
    name = "sarif"
    machine = True

    def render(self, report: Report) -> str:
        return dumps(report_to_sarif(report))

    def render_corpus(self, corpus: CorpusReport) -> str:
        return dumps(corpus_to_sarif(corpus))


RENDERER = SarifRenderer()
