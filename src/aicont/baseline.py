"""The baseline of accepted findings: fingerprint(), load/save, and split() into new / accepted / stale.

Entries are keyed by document, pair ("en/sv") and fingerprint, so a new version never uses up
another pair's accepted findings. A fingerprint identifies a finding by content, never by position: sha256 of the code, both
canonical values and both quotes (casefolded, letters and digits only). Line numbers and block ids
are left out because re-extracting a PDF shifts both. Entries are matched as a multiset: two
identical findings need two entries. A finding whose passage was edited elsewhere (same code, the
same words around the same difference) still uses its entry: see _same_difference. An entry
matching nothing is stale. A missing, unreadable
or invalid baseline raises BaselineError; it is never ignored silently.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aicont.errors import BaselineError
from aicont.model import BaselineEntry, Finding, Quote

SCHEMA_VERSION = 2
# Schema 1 (entries without document and pair) is still read: its entries match a finding of any
# pair, and the next `aicont baseline` rewrites the file as schema 2 keeping every reason.
READABLE_VERSIONS = (1, 2)


def _norm(text: str | None) -> str:
    # letters and digits only, casefolded: a quote keeps the file's own text, so a line break that
    # moves in a re-extraction ("AI-\nmodeller" / "AI-modeller") must not change the fingerprint
    return "".join(filter(str.isalnum, (text or "").casefold()))


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


Entry = BaselineEntry
Key = tuple[str, str]  # (document, pair)


@dataclass(frozen=True, slots=True)
class Baseline:
    signature: str
    entries: tuple[Entry, ...]
    schema_version: int = SCHEMA_VERSION


def entry_for(finding: Finding, reason: str = "", key: Key | None = None) -> Entry:
    """The entry accepting `finding`; `key` is its (document, pair), None for a lone pair."""
    return Entry(
        fingerprint=finding.fingerprint,
        code=finding.code,
        left=finding.left.text if finding.left else "",
        right=finding.right.text if finding.right else "",
        reason=reason,
        document=key[0] if key else None,
        pair=key[1] if key else None,
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


def _text(item: dict, key: str, where: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise BaselineError(f"{where}: {key!r} must be a string")
    return value


def _entry(item: Any, where: str) -> Entry:
    if not isinstance(item, dict):
        raise BaselineError(f"{where} is not an object")
    fp, code = item.get("fingerprint"), item.get("code")
    if not isinstance(fp, str) or len(fp) != 64 or any(c not in "0123456789abcdef" for c in fp):
        raise BaselineError(f"{where} has no valid 'fingerprint' (64 hex digits)")
    if not isinstance(code, str):
        raise BaselineError(f"{where} has no 'code'")
    reason = _text(item, "reason", where) or ""
    document = _text(item, "document", where) or None
    pair = _text(item, "pair", where) or None
    if (document is None) != (pair is None):
        raise BaselineError(f"{where} has a 'document' without a 'pair' or the other way round")
    return Entry(fp, code, str(item.get("left", "")), str(item.get("right", "")), reason, document, pair)


def from_dict(data: Any, where: str = "baseline") -> Baseline:
    if not isinstance(data, dict):
        raise BaselineError(f"{where}: expected a JSON object")
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS:
        allowed = " or ".join(map(str, READABLE_VERSIONS))
        raise BaselineError(f"{where}: schema_version {version!r} is not {allowed}")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise BaselineError(f"{where}: 'entries' must be a list")
    out = tuple(_entry(item, f"{where}: entry {i}") for i, item in enumerate(entries))
    return Baseline(signature=str(data.get("signature", "")), entries=out, schema_version=version)


def _order(e: Entry) -> tuple[str, str, str, str, str]:
    return (e.document or "", e.pair or "", e.fingerprint, e.code, e.reason)


def to_dict(baseline: Baseline) -> dict[str, Any]:
    """Schema 2: entries sorted by document, pair and fingerprint (unkeyed old entries first)."""
    rows = []
    for e in sorted(baseline.entries, key=_order):
        key = {"document": e.document, "pair": e.pair} if e.document is not None else {}
        rows.append({**key, "fingerprint": e.fingerprint, "code": e.code, "left": e.left, "right": e.right,
                     "reason": e.reason})
    return {"schema_version": SCHEMA_VERSION, "signature": baseline.signature, "entries": rows}


def dumps(baseline: Baseline) -> str:
    return json.dumps(to_dict(baseline), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def known_versions(baseline: Baseline | None) -> frozenset[tuple[str, str]]:
    """(document, tag) of every version the baseline's pairs name."""
    out = set()
    for e in baseline.entries if baseline else ():
        if e.document and e.pair:
            out.update((e.document, tag) for tag in e.pair.split("/"))
    return frozenset(out)


def _matches(entry: Entry, key: Key | None) -> bool:
    return key is None or entry.document is None or (entry.document, entry.pair) == key


# An accepted finding whose passage was edited elsewhere (a typo fixed in the reference version, a
# sentence added) keeps its entry: the same code, the same difference in the same words around it on
# each side, and quotes that are still mostly the same text. Otherwise one fix in the reference
# would bring back every accepted finding of that passage in every pair.
_CONTEXT = 24  # characters of the quote kept on each side of the marked difference
_SIMILAR = 80  # rapidfuzz ratio (0-100) of the normalised quotes


def _around(quote: Quote) -> str:
    if quote.mark is None:
        return _norm(quote.text)
    a, b = quote.mark
    return _norm(quote.text[max(0, a - _CONTEXT):b + _CONTEXT])


def _same_side(text: str, quote: Quote | None) -> bool:
    from rapidfuzz.fuzz import ratio

    if quote is None:
        return not text
    had = _norm(text)
    return bool(had) and _around(quote) in had and ratio(had, _norm(quote.text)) >= _SIMILAR


def _same_difference(entry: Entry, finding: Finding) -> bool:
    return (entry.code == finding.code and (finding.left or finding.right) is not None
            and _same_side(entry.left, finding.left) and _same_side(entry.right, finding.right))


class Matcher:
    """The baseline as a multiset being used up, pair by pair: an entry accepts one finding of its
    own document and pair (an old unkeyed entry: of any pair; when no key is given: any entry).
    Keyed entries are used before unkeyed ones."""

    def __init__(self, baseline: Baseline) -> None:
        self.entries = sorted(baseline.entries, key=lambda e: (e.document is None, _order(e)))
        self.used = [False] * len(self.entries)
        self.by_fp: dict[str, list[int]] = {}
        for n, e in enumerate(self.entries):
            self.by_fp.setdefault(e.fingerprint, []).append(n)

    def take(self, finding: Finding, key: Key | None, *, edited: bool = False) -> bool:
        """Use up an entry for `finding`: one of its fingerprint, or with `edited`, one whose passage
        was edited around the same difference (see _same_difference)."""
        candidates = range(len(self.entries)) if edited else self.by_fp.get(finding.fingerprint, ())
        for n in candidates:
            entry = self.entries[n]
            if self.used[n] or not _matches(entry, key):
                continue
            if entry.fingerprint == finding.fingerprint if not edited else _same_difference(entry, finding):
                self.used[n] = True
                return True
        return False

    def split(self, findings: tuple[Finding, ...], key: Key | None = None) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        """(new, accepted), in the findings' order. Fingerprints are matched first, over all the
        findings, so that an edited-passage match never takes an entry an exact one needs."""
        exact = [self.take(f, key) for f in findings]
        accepted = [hit or self.take(f, key, edited=True) for f, hit in zip(findings, exact)]
        return (tuple(f for f, ok in zip(findings, accepted) if not ok),
                tuple(f for f, ok in zip(findings, accepted) if ok))

    def unused(self, documents: frozenset[str] | None = None) -> tuple[Entry, ...]:
        """Entries that matched nothing: every unkeyed one and those of `documents` (None: all)."""
        return tuple(
            e for e, used in zip(self.entries, self.used)
            if not used and (documents is None or e.document is None or e.document in documents)
        )


def split(
    findings: tuple[Finding, ...], baseline: Baseline, key: Key | None = None
) -> tuple[tuple[Finding, ...], tuple[Finding, ...], tuple[str, ...]]:
    """(new, accepted, stale fingerprints) of one pair: `key` = (document, pair), or None for any.

    Entries are a multiset; the order of findings is kept. Stale are the unused entries that
    could have matched this pair."""
    matcher = Matcher(Baseline(baseline.signature, tuple(e for e in baseline.entries if _matches(e, key))))
    new, accepted = matcher.split(findings, key)
    return new, accepted, tuple(sorted(e.fingerprint for e in matcher.unused()))


def _take_reason(pool: dict[str, list[Entry]], key: Key | None, f: Finding, *, edited: bool) -> Entry | None:
    """The old entry (with a reason) `f` inherits, removed from `pool`: of its fingerprint, its own
    pair's first; with `edited`, one of the same difference in an edited passage."""
    if edited:
        kept = next((e for es in pool.values() for e in es if _matches(e, key) and _same_difference(e, f)), None)
    else:
        same = pool.get(f.fingerprint, [])
        kept = next((e for e in same if key is not None and (e.document, e.pair) == key), same[0] if same else None)
    if kept is not None:
        pool[kept.fingerprint].remove(kept)
    return kept


def refresh(findings: tuple, old: Baseline | None, signature: str, *, checked: frozenset[str] | None = None) -> Baseline:
    """A baseline accepting exactly `findings` (Findings, or (key, Finding) pairs with key =
    (document, pair)), keeping the reasons people wrote: first from an old entry of the same
    document, pair and fingerprint, then (a schema 1 file being migrated, a renamed document) from
    one of the same fingerprint anywhere, last from one of the same difference in a passage edited since.
    Two identical findings keep their two reasons. With `checked` (the documents
    this run looked at), old entries of other documents are kept as they are."""
    pool: dict[str, list[Entry]] = {}
    for e in old.entries if old else ():
        if e.reason:
            pool.setdefault(e.fingerprint, []).append(e)
    items = [item if isinstance(item, tuple) else (None, item) for item in findings]
    kept: list[Entry | None] = [_take_reason(pool, key, f, edited=False) for key, f in items]
    # then the findings whose passage was edited since: the reason follows the same difference
    kept = [k or _take_reason(pool, key, f, edited=True) for k, (key, f) in zip(kept, items)]
    entries = [entry_for(f, k.reason if k else "", key) for k, (key, f) in zip(kept, items)]
    if checked is not None and old is not None:
        entries.extend(e for e in old.entries if e.document is not None and e.document not in checked)
    return Baseline(signature=signature, entries=tuple(sorted(entries, key=_order)))
