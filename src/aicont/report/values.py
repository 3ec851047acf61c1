"""The values view of one document (`aicont values`): every value of every block with its block
id, original line, raw text, canonical form, qualifier and suspect flag. Plain text or JSON.

Text output is for people (it may change); JSON is stable:
`{"document": {"path", "lang", "sha256", "unit"}, "values": [{"block", "section", "line", "kind", "raw",
"canonical", "qualifier", "unit", "suspect"}], "counts": {kind: n}}`, values in document order; a
value's "line" is a paragraph number when the document's "unit" is "paragraph" (Word, ODT).
"""

from __future__ import annotations

import json
from collections import Counter

from aicont.model import Document, Value


def _rows(doc: Document, values: dict[str, tuple[Value, ...]]) -> list[tuple[str, Value]]:
    return [(b.section, v) for b in doc.blocks for v in values.get(b.id, ())]


def render_values(doc: Document, values: dict[str, tuple[Value, ...]], *, fmt: str = "text") -> str:
    rows = _rows(doc, values)
    counts = Counter(v.kind for _, v in rows)
    if fmt == "json":
        data = {
            "document": {"path": doc.path, "lang": doc.lang, "sha256": doc.sha256, "unit": doc.unit},
            "values": [
                {
                    "block": v.block_id,
                    "section": section,
                    "line": v.line,
                    "kind": v.kind,
                    "raw": v.raw,
                    "canonical": v.canonical,
                    "qualifier": v.qualifier,
                    "unit": v.unit,
                    "suspect": v.suspect,
                }
                for section, v in rows
            ],
            "counts": dict(sorted(counts.items())),
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    summary = ", ".join(f"{k}={n}" for k, n in sorted(counts.items()))
    out = [f"{doc.path}  lang={doc.lang or '?'}  values={len(rows)}  ({summary})"]
    mark = "¶" if doc.unit == "paragraph" else "l"
    for _, v in rows:
        raw = " ".join(v.raw.split())
        extra = "".join(
            [f"  [{v.qualifier}]" if v.qualifier else "", f"  unit={v.unit}" if v.unit else "",
             f"  SUSPECT:{v.suspect}" if v.suspect else ""]
        )
        out.append(f"{v.block_id:<16} {mark}{v.line or '?':<5} {v.kind:<9} {raw!r:<36} → {v.canonical}{extra}")
    return "\n".join(out) + "\n"
