"""Segmentation of structured inputs: the paragraphs a DOCX, HTML, XLIFF or TMX file declares →
sections and blocks.

A structured file says where its paragraphs, headings, list items, tables and footnotes begin and
end, so nothing here guesses block boundaries from line lengths or blank lines (segment.py does
that for text and PDF): each declared paragraph is one block, except that the consecutive
paragraphs of a title make one title block. What is still decided from the text:

* **Sections.** A heading's number is the number the file gives it (Word's automatic numbering)
  or the one it starts with ("1.3 Title"); a numbered heading opens that section. A document
  that declares no heading at all (an XLIFF or TMX file, a Word file written without heading
  styles) has its headings recognised as segment.py does: a short, capitalised, numbered
  paragraph that is the next number in sequence.
* **OCR damage.** A Word file exported by an OCR program carries the same damage as an OCR'd text
  ("Al-forordningen"); when the text shows it, the same repairs run, each one an Edit, and the
  quotes keep the text as it stands in the file.

Block ids follow segment.py (`da:3.2:p4`, `da:1.1:l3`, `da:fn54`), so reports and baselines read
the same whatever the input format. With `one_block_each` (bilingual files, whose alignment is
given segment by segment) every paragraph stays its own block, in order.
"""

from __future__ import annotations

from dataclasses import dataclass

from aicont.model import Block, BlockKind, Document, Edit, Paragraph, Problem, RawDocument, Section, Span

# An undeclared heading (text alone) is at most this long: a title, not a numbered sentence.
_MAX_HEADING_CHARS = 200


@dataclass(slots=True)
class _Item:
    kind: BlockKind
    paragraphs: list[Paragraph]
    texts: list[str]
    section: str = ""
    number: str | None = None
    title: str = ""


def build_from_paragraphs(
    raw: RawDocument, *, side: str, lang: str | None, ocr_repair: bool = True, one_block_each: bool = False
) -> Document:
    """Turn the declared paragraphs of `raw` into a Document of sections and blocks."""
    from aicont.normalize.lines import clean_characters

    paragraphs = [p for p in raw.paragraphs if p.text.strip()]
    # white space collapsed within each line (a table's rows keep their line ends)
    texts = ["\n".join(" ".join(row.split()) for row in clean_characters(p.text).split("\n")) for p in paragraphs]
    texts, repairs, notices = _ocr(raw, paragraphs, texts, ocr_repair)
    body = [(p, t) for p, t in zip(paragraphs, texts) if p.kind != BlockKind.FOOTNOTE]
    notes = [(p, t) for p, t in zip(paragraphs, texts) if p.kind == BlockKind.FOOTNOTE]
    items = _items(body, one_block_each)
    sections = _sections(items, raw)
    from aicont.segment import block_ids

    blocks = [
        _block(item, f"{side}:{ident}", raw.path, repairs)
        for item, ident in zip(items, block_ids([(i.kind, i.section) for i in items]))
    ]
    blocks.extend(_footnotes(notes, side, raw.path, repairs))
    edits = tuple(sorted((e for b in blocks for e in b.edits), key=lambda e: (e.span.line_start, e.kind, e.before)))
    problems = _missing_notes(blocks, raw.unit)
    return Document(side, lang, raw.path, raw.sha256, tuple(sections), tuple(blocks), edits, problems,
                    tuple(raw.notices) + notices, unit=raw.unit)


def _missing_notes(blocks: list[Block], unit: str) -> tuple[Problem, ...]:
    """Footnotes the text refers to whose text the file does not hold (an empty footnote)."""
    have = {b.number for b in blocks if b.kind == BlockKind.FOOTNOTE}
    problems: list[Problem] = []
    seen: set[int] = set()
    for b in blocks:
        for r in b.refs:
            if str(r) not in have and r not in seen:
                seen.add(r)
                problems.append(
                    Problem("footnote-missing", f"footnote {r} is referenced on {unit} {b.span.line_start} but its text is missing", b.span)
                )
    return tuple(problems)


def _span(p: Paragraph, path: str) -> Span:
    return Span(path, p.line, p.line_end, p.page)


def _ocr(
    raw: RawDocument, paragraphs: list[Paragraph], texts: list[str], ocr_repair: bool
) -> tuple[list[str], dict[int, list[Edit]], tuple[str, ...]]:
    """OCR repair of every paragraph when the text shows OCR damage: (texts, edits by paragraph
    position in `paragraphs`, notices)."""
    from aicont.normalize.ocr import NumberContext, detect_ocr, repair

    ocr, evidence = detect_ocr(texts)
    if not ocr:
        return texts, {}, ()
    done = "OCR repair applied" if ocr_repair else "OCR repair switched off"
    notices = (f"{raw.path}: OCR damage detected ({evidence}); {done}",)
    if not ocr_repair:
        return texts, {}, notices
    numbers = NumberContext.build(texts)
    out: list[str] = []
    edits: dict[int, list[Edit]] = {}
    for k, (p, text) in enumerate(zip(paragraphs, texts)):
        note = p.kind == BlockKind.FOOTNOTE
        new, changes = repair(text, sentence_start=not note, footnote_text=note, numbers=numbers)
        out.append(new)
        if changes:
            edits[id(p)] = [Edit("ocr-repair", _span(p, raw.path), before, after) for before, after in changes]
    return out, edits, notices


def _heading(text: str) -> tuple[str, str] | None:
    """(number, title) of a text that opens with a section number ("1.3 Title", "2. Title")."""
    from aicont.segment import _HEADING

    m = _HEADING.match(text)
    return (m["num"], m["title"]) if m else None


def _undeclared_heading(text: str, current: tuple[int, ...]) -> tuple[str, str] | None:
    """A numbered title in sequence, recognised from its text alone (segment.py's rules, where
    the paragraph boundaries are already known)."""
    from aicont.normalize.footnotes import ends_sentence
    from aicont.segment import _heading_next

    found = _heading(text)
    if found is None or len(text) > _MAX_HEADING_CHARS:
        return None
    number, title = found
    words = title.split()
    if not title[:1].isupper() or title.endswith(";") or (ends_sentence(title) and len(words) > 8):
        return None
    if tuple(int(x) for x in number.split(".")) not in _heading_next(current):
        return None
    return number, title


def _items(body: list[tuple[Paragraph, str]], one_block_each: bool) -> list[_Item]:
    declared = any(p.kind == BlockKind.HEADING for p, _ in body)
    items: list[_Item] = []
    section = ""
    current: tuple[int, ...] = ()
    for p, text in body:
        kind, number, title = p.kind, None, ""
        if kind == BlockKind.HEADING:
            found = (p.number, text) if p.number else _heading(text)
            if found:
                number, title = found
        elif kind == BlockKind.PARAGRAPH and not declared:
            found = _undeclared_heading(text, current)
            if found:
                kind, (number, title) = BlockKind.HEADING, found
        if number:
            section = number.rstrip(".")
            current = tuple(int(x) for x in section.split(".") if x.isdigit())
        if kind == BlockKind.TITLE and items and items[-1].kind == BlockKind.TITLE and not one_block_each:
            items[-1].paragraphs.append(p)
            items[-1].texts.append(text)
            continue
        items.append(_Item(kind, [p], [title or text], section, section if number else None, title))
    return items


def _sections(items: list[_Item], raw: RawDocument) -> list[Section]:
    path = raw.path
    last = max((p.line_end for p in raw.paragraphs), default=1)
    starts = [(i.number or "", i.title, i.paragraphs[0]) for i in items if i.kind == BlockKind.HEADING and i.number]
    title = next((" ".join(i.texts) for i in items if i.kind == BlockKind.TITLE), "")
    out: list[Section] = []
    first = items[0].paragraphs[0].line if items else 1
    if not starts or any(i.section == "" for i in items):
        end = starts[0][2].line - 1 if starts else last
        out.append(Section("", title, 0, Span(path, first, max(first, end), 1)))
    for k, (num, ttl, p) in enumerate(starts):
        end = starts[k + 1][2].line - 1 if k + 1 < len(starts) else last
        out.append(Section(num, ttl, num.count(".") + 1, Span(path, p.line, max(p.line, end), p.page)))
    return out


def _joined(paragraphs: list[Paragraph], texts: list[str], sep: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The texts joined, and (offset, line) wherever a paragraph or a line of the file begins."""
    text = ""
    offsets: list[tuple[int, int]] = []
    for p, t in zip(paragraphs, texts):
        if text:
            text += sep
        base = len(text)
        offsets.append((base, p.line))
        offsets.extend((base + o, line) for o, line in p.offsets if 0 < o < len(t))
        text += t
    return text, tuple(offsets)


def _block(item: _Item, ident: str, path: str, repairs: dict[int, list[Edit]]) -> Block:
    sep = "\n" if item.kind == BlockKind.TABLE else " "
    text, offsets = _joined(item.paragraphs, item.texts, sep)
    raw = "\n".join(p.text for p in item.paragraphs)
    refs: list[int] = []
    for p in item.paragraphs:
        refs.extend(r for r in p.refs if r not in refs)
    return Block(
        id=ident,
        kind=item.kind,
        section=item.section,
        text=text,
        raw=raw,
        spans=tuple(_span(p, path) for p in item.paragraphs),
        refs=tuple(refs),
        number=item.number,
        edits=tuple(e for p in item.paragraphs for e in repairs.get(id(p), ())),
        line_offsets=offsets,
    )


def _footnotes(notes: list[tuple[Paragraph, str]], side: str, path: str, repairs: dict[int, list[Edit]]) -> list[Block]:
    blocks: list[Block] = []
    seen: dict[str, int] = {}
    for p, text in notes:
        number = p.number or str(len(blocks) + 1)
        seen[number] = seen.get(number, 0) + 1
        ident = f"{side}:fn{number}" if seen[number] == 1 else f"{side}:fn{number}.{seen[number]}"
        blocks.append(_block(_Item(BlockKind.FOOTNOTE, [p], [text], "fn", number), ident, path, repairs))
    return blocks
