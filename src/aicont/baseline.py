"""The baseline of accepted findings: fingerprint(), load/save, and split() into new / accepted / stale.

A fingerprint identifies a finding by content, never by position: sha256 of the code, both
canonical values and both quotes (casefolded, letters and digits only). Line numbers and block ids
are left out because re-extracting a PDF shifts both. Entries are matched as a multiset: two
identical findings need two entries. An entry matching nothing is stale. A missing, unreadable
or invalid baseline raises BaselineError; it is never ignored silently.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aicont.errors import BaselineError
from aicont.model import Finding, Quote

SCHEMA_VERSION = 1


def _norm(text: str | None) -> str:
    # letters and digits only, casefolded: a quote keeps the file's own text, so a line break that
    # moves in a re-extraction ("AI-\nmodeller" / "AI-modeller") must not change the fingerprint
    return "".join(c for c in (text or "").casefold() if c.isalnum())


def fingerprint(code: str, left: Quote | None, right: Quote | None) -> str:
    """sha256 hex of (code, left value, right value, left quote, right quote), normalised."""
    parts = [
        code,
        _norm(left.value if left else None),
        _norm(right.value if right else None),
        _norm(left.text if left else None),
        _norm(right.text if right else None),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Entry:
    fingerprint: str
    code: str
    left: str
    right: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Baseline:
    signature: str
    entries: tuple[Entry, ...]


def entry_for(finding: Finding, reason: str = "") -> Entry:
    return Entry(
        fingerprint=finding.fingerprint,
        code=finding.code,
        left=finding.left.text if finding.left else "",
        right=finding.right.text if finding.right else "",
        reason=reason,
    )


def load(path: Path | str) -> Baseline:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline not found (create it with `aicont baseline`)") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: the baseline is not valid JSON: {exc}") from None
    except RecursionError:
        raise BaselineError(f"{path}: the baseline is not valid: JSON nested too deeply") from None
    return from_dict(data, str(path))


def from_dict(data: Any, where: str = "baseline") -> Baseline:
    if not isinstance(data, dict):
        raise BaselineError(f"{where}: expected a JSON object")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise BaselineError(f"{where}: schema_version {data.get('schema_version')!r} is not {SCHEMA_VERSION}")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise BaselineError(f"{where}: 'entries' must be a list")
    out = []
    for i, item in enumerate(entries):
        if not isinstance(item, dict):
            raise BaselineError(f"{where}: entry {i} is not an object")
        fp, code = item.get("fingerprint"), item.get("code")
        if not isinstance(fp, str) or len(fp) != 64 or any(c not in "0123456789abcdef" for c in fp):
            raise BaselineError(f"{where}: entry {i} has no valid 'fingerprint' (64 hex digits)")
        if not isinstance(code, str):
            raise BaselineError(f"{where}: entry {i} has no 'code'")
        reason = item.get("reason", "")
        if reason is None:
            reason = ""
        if not isinstance(reason, str):
            raise BaselineError(f"{where}: entry {i}: 'reason' must be a string")
        out.append(Entry(fp, code, str(item.get("left", "")), str(item.get("right", "")), reason))
    return Baseline(signature=str(data.get("signature", "")), entries=tuple(out))


def to_dict(baseline: Baseline) -> dict[str, Any]:
    entries = sorted(baseline.entries, key=lambda e: (e.fingerprint, e.code, e.reason))
    return {
        "schema_version": SCHEMA_VERSION,
        "signature": baseline.signature,
        "entries": [
            {"fingerprint": e.fingerprint, "code": e.code, "left": e.left, "right": e.right, "reason": e.reason}
            for e in entries
        ],
    }


def dumps(baseline: Baseline) -> str:
    return json.dumps(to_dict(baseline), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def split(
    findings: tuple[Finding, ...], baseline: Baseline
) -> tuple[tuple[Finding, ...], tuple[Finding, ...], tuple[str, ...]]:
    """(new, accepted, stale fingerprints). Entries are a multiset; order of findings is kept."""
    budget = Counter(e.fingerprint for e in baseline.entries)
    new: list[Finding] = []
    accepted: list[Finding] = []
    for f in findings:
        if budget[f.fingerprint] > 0:
            budget[f.fingerprint] -= 1
            accepted.append(f)
        else:
            new.append(f)
    stale = tuple(sorted(fp for fp, n in budget.items() for _ in range(n) if n > 0))
    return tuple(new), tuple(accepted), stale


def refresh(findings: tuple[Finding, ...], old: Baseline | None, signature: str) -> Baseline:
    """A baseline accepting exactly `findings`, keeping the reasons people wrote for the same fingerprints.

    Reasons are kept per fingerprint in order, so two identical findings keep their two reasons.
    """
    reasons: dict[str, list[str]] = {}
    for e in old.entries if old else ():
        reasons.setdefault(e.fingerprint, []).append(e.reason)
    entries = []
    for f in findings:
        kept = reasons.get(f.fingerprint)
        reason = kept.pop(0) if kept else ""
        entries.append(entry_for(f, reason))
    return Baseline(signature=signature, entries=tuple(sorted(entries, key=lambda e: (e.fingerprint, e.reason))))
