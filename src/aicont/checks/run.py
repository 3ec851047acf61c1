"""Running the selected checks over a document pair, isolating crashes, and completing Hits into Findings.

A check that raises does not stop the run: its exception becomes an AC001 finding naming the
check and the bead, and the report is marked incomplete (exit code 2, never a silent 0).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Iterable

from aicont.baseline import fingerprint
from aicont.checks.context import DocumentContext, Hit, PairContext, block_section, blocks_quote
from aicont.checks.registry import REGISTRY, CheckSpec, ensure_loaded
from aicont.model import Confidence, Finding, Kind, Severity

log = logging.getLogger(__name__)

CRASH_CODE = "AC001"


def _options(spec: CheckSpec, overrides: dict[str, dict[str, Any]]) -> tuple[tuple[str, Any], ...]:
    merged = dict(spec.options)
    merged.update(overrides.get(spec.code, {}))
    return tuple(sorted(merged.items()))


def complete(
    spec: CheckSpec,
    hit: Hit,
    *,
    severity: Severity,
    section: str,
    weak: bool = False,
) -> Finding:
    """A Hit plus the check's metadata: the Finding a report shows."""
    confidence = hit.confidence
    if weak:
        confidence = confidence.lowered()
    if any(v.suspect for v in hit.values):
        confidence = confidence.lowered()
    return Finding(
        code=spec.code,
        name=spec.name,
        kind=spec.kind,
        severity=severity,
        confidence=confidence,
        message=hit.message,
        section=hit.section if hit.section is not None else section,
        left=hit.left,
        right=hit.right,
        likely_wrong=hit.likely_wrong,
        reason=hit.reason,
        fingerprint=fingerprint(spec.code, hit.left, hit.right),
    )


def crash_finding(spec: CheckSpec, where: str, exc: BaseException, pair: PairContext | None) -> Finding:
    crash = REGISTRY.get(CRASH_CODE)
    message = f"{spec.code} crashed on {where}: {type(exc).__name__}: {exc}"
    left = blocks_quote(pair.left) if pair is not None else None
    right = blocks_quote(pair.right) if pair is not None else None
    return Finding(
        code=CRASH_CODE,
        name=crash.name if crash else "check-crashed",
        kind=Kind.INPUT,
        severity=Severity.HIGH,
        confidence=Confidence.HIGH,
        message=message,
        section=pair.section if pair is not None else "",
        left=left,
        right=right,
        fingerprint=fingerprint(CRASH_CODE, left, right) if pair is not None else fingerprint(CRASH_CODE, None, None),
    )


def _section_of(ctx: DocumentContext, block_id: str | None) -> str:
    if not block_id:
        return ""
    for doc in (ctx.left, ctx.right):
        for b in doc.blocks:
            if b.id == block_id:
                return block_section(b)
    return ""


def run_checks(
    ctx: DocumentContext,
    specs: Iterable[CheckSpec],
    *,
    severity: dict[str, Severity] | None = None,
    options: dict[str, dict[str, Any]] | None = None,
) -> tuple[tuple[Finding, ...], bool]:
    """All findings of `specs` on the pair (sorted), and whether the run is incomplete."""
    ensure_loaded()
    severity = severity or {}
    options = options or {}
    findings: list[Finding] = []
    incomplete = False
    specs = tuple(specs)
    pairs = ctx.pairs()
    types = [pair.bead.type for pair in pairs]  # (a property that formats a string: asked once a bead)
    for spec in specs:
        if spec.func is None or spec.scope == "pipeline":
            continue
        sev = severity.get(spec.code, spec.severity)
        opts = _options(spec, options)
        if spec.scope == "document":
            dctx = replace(ctx, options=opts)
            try:
                for hit in spec.func(dctx):
                    block = (hit.left or hit.right).block if (hit.left or hit.right) else None
                    findings.append(complete(spec, hit, severity=sev, section=_section_of(ctx, block)))
            except Exception as exc:  # crash isolation is the point here
                log.debug("check %s crashed", spec.code, exc_info=True)
                findings.append(crash_finding(spec, "the document pair", exc, None))
                incomplete = True
            continue
        for pair, bead_type in zip(pairs, types):
            if bead_type not in spec.beads:
                continue
            # most checks have no options: the pair as built then already carries them (a copy of
            # every pair for every check was a tenth of the checks' time)
            p = pair if pair.options == opts else pair.with_options(opts)
            try:
                produced = [
                    complete(spec, hit, severity=sev, section=p.section, weak=p.weak) for hit in spec.func(p)
                ]
            except Exception as exc:  # crash isolation is the point here
                log.debug("check %s crashed", spec.code, exc_info=True)
                where = (p.left or p.right)[0].id if (p.left or p.right) else f"bead {p.index}"
                findings.append(crash_finding(spec, where, exc, p))
                incomplete = True
                continue
            findings.extend(produced)
    return sort_findings(findings, ctx), incomplete


def sort_findings(findings: Iterable[Finding], ctx: DocumentContext | None = None) -> tuple[Finding, ...]:
    """Sort by the position in the left document (right-only findings where their bead stands),
    then code, then fingerprint: deterministic and in reading order."""
    position: dict[str, float] = {}
    if ctx is not None:
        for i, b in enumerate(ctx.left.blocks):
            position[b.id] = float(i)
        last = -1.0
        if ctx.beads:
            for bead in ctx.beads:
                if bead.left:
                    last = float(max(bead.left))
                for j in bead.right:
                    if j < len(ctx.right.blocks):
                        position.setdefault(ctx.right.blocks[j].id, last + 0.5)

    def key(f: Finding) -> tuple[float, int, int, str, str]:
        pos = 1e12
        for q in (f.left, f.right):
            if q is not None and q.block in position:
                pos = position[q.block]
                break
        # several findings at one place (right-only passages in one gap, or no known block): in the
        # order of their lines, left side first, so the report reads down both files
        return (pos, first_line(f.left), first_line(f.right), f.code, f.fingerprint)

    return tuple(sorted(findings, key=key))


def first_line(quote) -> int:  # noqa: ANN001 - Quote | None
    """The first line a quote stands on (0 without one)."""
    return quote.spans[0].line_start if quote is not None and quote.spans else 0
