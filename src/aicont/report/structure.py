"""The structure view of one document (`aicont sections`): the section tree, and with --blocks
every block with its kind, id, original line ranges, page and first words. Plain text or JSON.

Text output is for people (it may change); JSON is stable:
`{"document": {"path", "lang", "sha256", "unit"}, "sections": [{"number", "id", "title", "level",
"lines", "page", "counts"}], "blocks": [{"id", "kind", "section", "text", "lines", "page",
"refs", "number"}], "problems": [{"kind", "message", "line"}]}`. Blocks are included when asked
for. The introduction before the first numbered heading has number "" and id "0". "lines" are
paragraph numbers when the document's "unit" is "paragraph" (Word, ODT).
"""

from __future__ import annotations

import json
from collections import Counter

from aicont.model import BlockKind, Document

_FIRST_WORDS = 8


def _counts(doc: Document) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    fn_where: dict[int, str] = {}
    for b in doc.blocks:
        if b.kind == BlockKind.FOOTNOTE:
            continue
        out.setdefault(b.section, Counter())[b.kind.value] += 1
        for r in b.refs:
            fn_where.setdefault(r, b.section)
    for b in doc.blocks:
        if b.kind == BlockKind.FOOTNOTE and b.number is not None and b.number.isdigit():
            sec = fn_where.get(int(b.number))
            if sec is not None:
                out.setdefault(sec, Counter())["footnote"] += 1
    return out


def _section_id(number: str) -> str:
    return number or "0"


def render_sections(doc: Document, *, blocks: bool = False, fmt: str = "text") -> str:
    if fmt == "json":
        return _json(doc, blocks=blocks)
    return _text(doc, blocks=blocks)


def _lines(spans: tuple) -> str:
    return ",".join(f"{s.line_start}-{s.line_end}" if s.line_end != s.line_start else f"{s.line_start}" for s in spans)


def _first_words(text: str) -> str:
    words = text.split()
    out = " ".join(words[:_FIRST_WORDS])
    return out + (" …" if len(words) > _FIRST_WORDS else "")


def _text(doc: Document, *, blocks: bool) -> str:
    counts = _counts(doc)
    out = [f"{doc.path}  lang={doc.lang or '?'}  sections={len(doc.sections)}  blocks={len(doc.blocks)}"]
    for s in doc.sections:
        c = counts.get(s.number, Counter())
        indent = "  " * max(0, s.level - 1)
        label = s.number or "intro"
        title = s.title or ""
        out.append(
            f"{indent}{label:<5} {title}  [p={c['paragraph']} l={c['list_item']} fn={c['footnote']}"
            + (f" t={c['table']}" if c["table"] else "")
            + (f" f={c['figure']}" if c["figure"] else "")
            + (f" b={c['box']}" if c["box"] else "")
            + "]"
        )
    fns = sum(1 for b in doc.blocks if b.kind == BlockKind.FOOTNOTE)
    out.append(f"footnotes: {fns}")
    if blocks:
        out.append("")
        unit = "paras" if doc.unit == "paragraph" else "lines"  # a Word or ODT file has paragraphs, not lines
        for b in doc.blocks:
            out.append(f"{b.kind.value:<9} {b.id:<16} {unit:<5} {_lines(b.spans):<14} p{b.page or '?'}  {_first_words(b.text)}")
    if doc.problems:
        out.append("")
        out.append("problems:")
        for p in doc.problems:
            where = f" ({doc.unit} {p.span.line_start})" if p.span else ""
            out.append(f"  {p.kind}: {p.message}{where}")
    return "\n".join(out) + "\n"


def _json(doc: Document, *, blocks: bool) -> str:
    counts = _counts(doc)
    data: dict[str, object] = {
        "document": {"path": doc.path, "lang": doc.lang, "sha256": doc.sha256, "unit": doc.unit},
        "sections": [
            {
                "number": s.number,
                "id": _section_id(s.number),
                "title": s.title,
                "level": s.level,
                "lines": [s.span.line_start, s.span.line_end] if s.span else None,
                "page": s.span.page if s.span else None,
                "counts": dict(sorted(counts.get(s.number, Counter()).items())),
            }
            for s in doc.sections
        ],
    }
    if blocks:
        data["blocks"] = [
            {
                "id": b.id,
                "kind": b.kind.value,
                "section": b.section,
                "text": b.text,
                "lines": [[s.line_start, s.line_end] for s in b.spans],
                "page": b.page,
                "refs": list(b.refs),
                "number": b.number,
            }
            for b in doc.blocks
        ]
    data["problems"] = [
        {"kind": p.kind, "message": p.message, "line": p.span.line_start if p.span else None} for p in doc.problems
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
