"""Hand-made documents, values and alignments for testing checks and renderers without the real stages."""

from __future__ import annotations

from aicont.checks.context import DocumentContext
from aicont.model import Alignment, Bead, Block, BlockKind, Document, Span, Value


def doc(side: str, lang: str, texts: list[str], *, kinds: list[BlockKind] | None = None, path: str | None = None) -> Document:
    path = path or f"{side}.txt"
    blocks = []
    line = 1
    for i, text in enumerate(texts):
        kind = kinds[i] if kinds else BlockKind.PARAGRAPH
        n = max(1, text.count("\n") + 1)
        blocks.append(
            Block(
                id=f"{side}:1:p{i + 1}",
                kind=kind,
                section="1",
                text=" ".join(text.split()),
                raw=text,
                spans=(Span(path, line, line + n - 1, 1),),
            )
        )
        line += n + 1
    return Document(side=side, lang=lang, path=path, sha256="0" * 64, sections=(), blocks=tuple(blocks))


def value(block: Block, raw: str, kind: str, canonical: str, qualifier: str | None = None, suspect: str | None = None, nth: int = 0) -> Value:
    start = -1
    for _ in range(nth + 1):
        start = block.text.index(raw, start + 1)
    return Value(
        kind=kind, raw=raw, canonical=canonical, qualifier=qualifier, block_id=block.id, offset=start,
        line=block.spans[0].line_start, suspect=suspect,
    )


def one_to_one(left: Document, right: Document, score: float = 0.95) -> Alignment:
    n = min(len(left.blocks), len(right.blocks))
    beads = [Bead((i,), (i,), 0.5, score) for i in range(n)]
    beads += [Bead((i,), (), 1.1, 0.3) for i in range(n, len(left.blocks))]
    beads += [Bead((), (j,), 1.1, 0.3) for j in range(n, len(right.blocks))]
    return Alignment(beads=tuple(beads))


def context(left: Document, right: Document, lv: list[Value] = (), rv: list[Value] = (), alignment: Alignment | None = None) -> DocumentContext:
    def by_block(values):
        out: dict[str, tuple[Value, ...]] = {}
        for v in values:
            out[v.block_id] = out.get(v.block_id, ()) + (v,)
        return out

    return DocumentContext(
        left=left, right=right, left_values=by_block(lv), right_values=by_block(rv),
        alignment=alignment or one_to_one(left, right), quality=0.9,
    )
