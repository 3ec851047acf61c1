"""Seeded omissions for AC404 (a name or acronym removed from one version) and AC508 (a clause of
three to six content words removed from a sentence), used by tests/corpus/test_name_clause_omission.py
and benchmarks/bench_omissions.py.

A seed edits one language file as a translator's slip would (the other lines kept as they are),
reads it again and compares it with the unmodified other version through the pipeline's own stages
(load_document, compare_documents). Found: a new finding of the check, at the passage, for that name
or clause; every other new finding is a false alarm of the seed.
"""

from __future__ import annotations

import functools
import random
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import babel

from aicont.checks import clauses, names
from aicont.checks.chunks import cut_chunks
from aicont.checks.context import DocumentContext
from aicont.config import Config
from aicont.model import Confidence, Document
from aicont.pipeline import _align, _extract, _pack, compare_documents, load_document

CONFIG = Config(select=("DEFAULT", "AC508"), min_confidence=Confidence.LOW)
CLAUSE_WORDS = (3, 4, 5, 6)
# `clause_seeds(..., words="frequency")`: a content word is any word of CONTENT_MIN letters or more
# (not a name nor a number) outside the COMMON most frequent words of its side of the document,
# whatever the function-word lists say; by default ("lists") it is AC508's own content word.
COMMON = 100
_PLAIN = re.compile(r"[^\W\d_]+(?:[\s,–-]+[^\W\d_]+)*")


@dataclass(frozen=True)
class Pair:
    left: Document
    right: Document
    ctx: DocumentContext
    before: Counter  # fingerprints of the unmodified pair's findings
    codes: Counter  # how many findings of each code the unmodified pair has
    tiers: Counter  # how many findings of each (code, confidence) the unmodified pair has
    known: frozenset = frozenset()  # the unmodified pair's findings as `_same` keys, both sides


def load(left_path: Path, right_path: Path, left_lang: str, right_lang: str) -> Pair:
    left = load_document(left_path, side=left_lang, lang=left_lang)
    right = load_document(right_path, side=right_lang, lang=right_lang)
    ctx = context(left, right)
    report = compare_documents(left, right, CONFIG)
    found = report.findings
    return Pair(left, right, ctx, Counter(f.fingerprint for f in found), Counter(f.code for f in found),
                Counter((f.code, f.confidence.value) for f in found),
                frozenset(_same(f, side) for f in found for side in ("left", "right")))


def context(left: Document, right: Document) -> DocumentContext:
    """The checks' view of a pair of loaded documents, as compare_documents builds it."""
    lv, rv = _extract(left), _extract(right)
    return DocumentContext(left=left, right=right, left_values=lv, right_values=rv,
                           alignment=_align(left, right, lv, rv, CONFIG),
                           left_pack=_pack(left.lang), right_pack=_pack(right.lang))


def _same(finding, side: str) -> tuple:  # noqa: ANN001 - Finding
    """What a finding says about one side: its code, that side's quote (block and text) and its
    message without figures. A seed edits the other side, so a finding the unmodified pair already
    has comes back with a new fingerprint (the edited quote, "shorter by 83%"): it is not the seed's."""
    quote = getattr(finding, side)
    return (finding.code, quote.block if quote else None, quote.text if quote else None,
            re.sub(r"\d+", "#", finding.message))


@dataclass(frozen=True)
class Seed:
    kind: str  # "name" | "clause"
    side: str  # the side whose file loses it
    bead: int
    block: str  # the block that loses it
    other: str  # the block of the other side that keeps it
    removed: str
    text: str  # the edited file


def _lines(doc: Document, block_id: str, text: str) -> tuple[int, int]:
    """[start, end) character offsets in the file `text` of the block's lines."""
    block = doc.block(block_id)
    first, last = block.spans[0].line_start, block.spans[-1].line_end
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[: first - 1])
    end = start + sum(len(x) + 1 for x in lines[first - 1:last])
    return start, end


def _cut(text: str, start: int, end: int) -> str:
    """text without [start, end), a space left where words stood on both sides."""
    before, after = text[:start], text[end:]
    if before[-1:] == " " and after[:1] in (" ", ",", ".", ";", ")"):
        before = before[:-1]
    return before + after


def _kept_names(ctx: DocumentContext) -> dict[str, dict[str, tuple[int, int]]]:
    """side -> name key -> (paired passages where the side gives the name, of which the other side
    has it too, as a word or the start of one): the seeds' own rule, independent of the check's."""
    table: dict[str, dict[str, list[int]]] = {"left": {}, "right": {}}
    for bead in ctx.beads:
        if not (bead.left and bead.right):
            continue
        ln, rn = names._side_names(ctx, "left", bead.left), names._side_names(ctx, "right", bead.right)
        for side, mine, theirs in (("left", ln, rn), ("right", rn, ln)):
            for key in names._keys(mine):
                entry = table[side].setdefault(key, [0, 0])
                entry[0] += 1
                entry[1] += names._count(theirs, key) > 0
    return {s: {k: (a, b) for k, (a, b) in t.items()} for s, t in table.items()}


def name_seeds(pair: Pair, side: str, rng: random.Random, count: int) -> list[Seed]:
    """Names that the translation keeps in every paired passage where they stand (at least two),
    not among the document's most frequent ones, each removed from one passage of `side`."""
    ctx = pair.ctx
    doc = ctx.left if side == "left" else ctx.right
    stats = _kept_names(ctx)
    paired = sum(1 for b in ctx.beads if b.left and b.right)

    def common(key: str) -> bool:  # in more than a tenth of the paired passages (the check's COMMON_SHARE)
        total = max(stats["left"].get(key, (0, 0))[0], stats["right"].get(key, (0, 0))[0])
        return total > max(names.COMMON_SHARE * paired, names.COMMON_MIN)
    text = Path(doc.path).read_text(encoding="utf-8")
    candidates = []
    for k, bead in enumerate(ctx.beads):
        if not (len(bead.left) == 1 and len(bead.right) == 1):
            continue
        parts = names._side_names(ctx, side, getattr(bead, side))
        for occ in {o.key: o for p in parts for o in p.names}.values():
            total, kept = stats[side].get(occ.key, (0, 0))
            if total >= 2 and kept == total and not common(occ.key) and not parts[0].capitals:
                candidates.append((k, occ))
    rng.shuffle(candidates)
    out = []
    for k, occ in candidates:
        bead = ctx.beads[k]
        block = doc.blocks[getattr(bead, side)[0]]
        other_doc = ctx.right if side == "left" else ctx.left
        other = other_doc.blocks[getattr(bead, "right" if side == "left" else "left")[0]]
        start, end = _lines(doc, block.id, text)
        # the name alone, in brackets, before a compound's hyphen or with an ending; never inside a
        # reference ("COM(2025) 165", "OJ L 28"), whose removal is the reference checks' seed
        pattern = re.compile(rf"\(\s*{re.escape(occ.raw)}\s*\)|(?<![^\W_]){re.escape(occ.raw)}(?:-|[:'’][^\W\d_]+)?(?![^\W_])(?!\s*\(?\s*[A-Z]?\s*\d)")
        hits = list(pattern.finditer(text, start, end))
        if not hits or len(hits) != block.text.count(occ.raw):
            continue
        edited = text
        for m in reversed(hits):
            edited = _cut(edited, m.start(), m.end())
        out.append(Seed("name", side, k, block.id, other.id, occ.raw, edited))
        if len(out) >= count:
            break
    return out[:count]


def clause_seeds(pair: Pair, side: str, rng: random.Random, count: int, words: str = "lists",
                 shape: str = "span") -> list[Seed]:
    """Runs of consecutive words inside one sentence of a confident passage of `side`, holding
    three to six content words (no name, no number) and not the passage's every content word, each
    removed. Content words: AC508's (`words="lists"`: the language's function-word list decides), or
    those outside the side's COMMON most frequent words (`words="frequency"`: a definition that does
    not follow the lists, the English one of which holds "information", "provided", "necessary").
    `shape="span"`: any such run, from a content word to a content word (it may cut a phrase in two:
    "ensure that the national supervisory"); `shape="constituent"`: a part of the sentence a
    translator can leave out whole (`_constituent`)."""
    ctx = pair.ctx
    doc = ctx.left if side == "left" else ctx.right
    other_doc = ctx.right if side == "left" else ctx.left
    typed = clauses._side_words(ctx, side)
    seed_words = frequency_words(typed) if words == "frequency" else typed
    text = Path(doc.path).read_text(encoding="utf-8")
    beads = [k for k, b in enumerate(ctx.beads) if len(b.left) == 1 and len(b.right) == 1 and b.score >= clauses.CONFIDENT_SCORE]
    rng.shuffle(beads)
    out = []
    for k in beads:
        bi = getattr(ctx.beads[k], side)[0]
        block = doc.blocks[bi]
        if block.kind in clauses.SKIPPED_KINDS:
            continue
        if shape == "constituent":
            sentences = clauses._side_sentences(ctx, clauses.Side(block.text, (), (block,), (0,)), side)
            span = _constituent(block.text, seed_words[bi], sentences, doc.lang, rng)
        else:
            span = _clause(block.text, seed_words[bi], rng.choice(CLAUSE_WORDS), rng)
        if span is None:
            continue
        a, e = span
        start, end = _lines(doc, block.id, text)
        pattern = re.compile(r"\s+".join(re.escape(w) for w in block.text[a:e].split()))
        hits = list(pattern.finditer(text, start, end))
        if len(hits) != 1:
            continue
        other = other_doc.blocks[getattr(ctx.beads[k], "right" if side == "left" else "left")[0]]
        out.append(Seed("clause", side, k, block.id, other.id, block.text[a:e], _cut(text, hits[0].start(), hits[0].end())))
        if len(out) >= count:
            break
    return out[:count]


def frequency_words(blocks: tuple[tuple[clauses.Word, ...], ...]) -> tuple[tuple[clauses.Word, ...], ...]:
    """The words of every block, each word of CONTENT_MIN letters or more (not a name nor a number)
    that is not among the COMMON most frequent of all the blocks a content word, every other such
    word a function word."""
    plain = (clauses.FUNCTION, clauses.CONTENT)
    counts = Counter(w.key for ws in blocks for w in ws if w.kind in plain)
    common = {key for key, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:COMMON]}

    def kind(w: clauses.Word) -> str:
        return clauses.CONTENT if len(w.key) >= clauses.CONTENT_MIN and w.key not in common else clauses.FUNCTION

    return tuple(tuple(replace(w, kind=kind(w)) if w.kind in plain else w for w in ws) for ws in blocks)


def _clause(text: str, words: tuple, m: int, rng: random.Random) -> tuple[int, int] | None:
    starts = [i for i, w in enumerate(words) if w.kind == clauses.CONTENT]
    rng.shuffle(starts)
    for s in starts:
        n = 0
        for e in range(s, len(words)):
            w = words[e]
            if e > s and clauses._STOP.search(text, words[e - 1].end, w.start) or w.kind in (clauses.NAME_WORD, clauses.NUMBER):
                break
            n += w.kind == clauses.CONTENT
            if n == m:
                # words, spaces, commas and hyphens only: not a link or a reference; and a clause, not
                # the passage's every content word (a passage left empty is AC501's)
                plain = _PLAIN.fullmatch(text[words[s].start:w.end])
                rest = any(x.kind == clauses.CONTENT for k, x in enumerate(words) if not s <= k <= e)
                return (words[s].start, w.end) if plain and rest else None
    return None


_CLOSING = re.compile(r"[\s.!?\"”’»)\]]*")  # what may follow a chunk's last word
_DELIMITER = re.compile(r"\s*(?:[,;–—]|\s-)\s*$")  # what may precede a chunk removed with it


@functools.cache
def _conjunctions(lang: str | None) -> frozenset[str]:
    """The language's "and" and "or", from CLDR's list patterns ("{0} och {1}")."""
    try:
        patterns = babel.Locale.parse(lang or "en").list_patterns
    except (ValueError, babel.UnknownLocaleError):
        return frozenset()
    out = set()
    for style in ("standard", "or"):
        end = patterns.get(style, {}).get("end", "")
        word = end.replace("{0}", "").replace("{1}", "").strip(" ,\u00a0")
        if word.isalpha():
            out.add(word.casefold())
    return frozenset(out)


def _constituent(text: str, words: tuple, sentences: list[tuple[int, int]], lang: str | None,
                 rng: random.Random) -> tuple[int, int] | None:
    """One of `constituents`, or None."""
    found = constituents(text, words, sentences, lang)
    return rng.choice(found) if found else None


def constituents(text: str, words: tuple, sentences: list[tuple[int, int]], lang: str | None) -> list[tuple[int, int]]:
    """The parts of the sentences that a translator can leave out whole, each holding CLAUSE_WORDS
    content words and no name nor number, its sentence keeping two content words at least (else it
    is a sentence left out, AC507's), as (start, end) to remove:
    - a chunk (`chunks.cut_chunks`: between commas, semicolons, dashes, brackets) with the
      delimiter before it (", which the Agency shall publish") or its brackets; not a sentence's
      first chunk, which is as often its main clause ("Som et næste skridt vil Kommissionen bygge
      videre på de erfaringer, der ..." would leave a relative clause hanging);
    - a coordinated tail: the language's "and" / "or" (CLDR) after a content word, to the end of
      its chunk ("and to ensure their consistent application")."""
    conj = _conjunctions(lang)
    found = []
    for s, e in sentences:
        inside = [w for w in words if s <= w.start and w.end <= e]
        for cs, ce in cut_chunks(text, [(s, e)]):
            ws = [w for w in inside if cs <= w.start and w.end <= ce]
            before, after = text[s:cs], text[ce:e]
            if not ws or not _CLOSING.fullmatch(text[ws[-1].end:ce]) or after.startswith(":"):
                continue  # the chunk ends in something else than a word, or a colon ("https" of "https://")
            cands = []
            if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
                a = s + len(before.rstrip()) - 1
                cands.append((a - (a > 0 and text[a - 1] == " "), ce + after.index(")") + 1, ws))
            elif _DELIMITER.search(before):
                cands.append((s + _DELIMITER.search(before).start(), ws[-1].end, ws))
            for k in range(1, len(ws)):
                if ws[k - 1].kind == clauses.CONTENT and text[ws[k].start:ws[k].end].casefold() in conj:
                    cands.append((ws[k - 1].end, ws[-1].end, ws[k + 1:]))
            for a, b, held in cands:
                n = sum(w.kind == clauses.CONTENT for w in held)
                kept = sum(w.kind == clauses.CONTENT for w in inside if not a <= w.start < b)
                if (n in CLAUSE_WORDS and kept >= 2 and held
                        and not any(w.kind in (clauses.NAME_WORD, clauses.NUMBER) for w in held)
                        and _PLAIN.fullmatch(text[held[0].start:held[-1].end])):
                    found.append((a, b))
    return found


def run_seed(pair: Pair, seed: Seed, tmp: Path) -> tuple[bool, list]:
    """(found at its passage, the other new findings)."""
    hit, rest = seed_findings(pair, seed, tmp)
    return bool(hit), rest


def at_passage(finding, seed: Seed) -> bool:  # noqa: ANN001 - Finding
    """The finding quotes the seed's passage: the block that lost the seed or the other side's block
    that keeps it."""
    keep_side = "right" if seed.side == "left" else "left"
    mine, other = getattr(finding, seed.side), getattr(finding, keep_side)
    return (mine is not None and mine.block == seed.block) or (other is not None and other.block == seed.other)


def edited(pair: Pair, seed: Seed, tmp: Path) -> tuple[Document, Document]:
    """The pair's two documents with the seed's side read again from its edited text (written in `tmp`)."""
    doc = pair.left if seed.side == "left" else pair.right
    path = tmp / Path(doc.path).name
    path.write_text(seed.text, encoding="utf-8")
    new_doc = load_document(path, side=doc.side, lang=doc.lang)
    return (new_doc, pair.right) if seed.side == "left" else (pair.left, new_doc)


def seed_findings(pair: Pair, seed: Seed, tmp: Path) -> tuple[list, list]:
    """(the new findings that find the seed at its passage, the other new findings)."""
    left, right = edited(pair, seed, tmp)
    report = compare_documents(left, right, CONFIG)
    code = "AC404" if seed.kind == "name" else "AC508"
    keep_side = "right" if seed.side == "left" else "left"
    seen = Counter(pair.before)
    new = []
    for f in report.findings:
        if seen[f.fingerprint] > 0:
            seen[f.fingerprint] -= 1
        else:
            new.append(f)
    new = [f for f in new if _same(f, keep_side) not in pair.known]  # the unmodified pair's, its edited quote new

    def found(f) -> bool:  # noqa: ANN001 - Finding
        quote = getattr(f, keep_side)
        if f.code != code or quote is None or quote.block != seed.other:
            return False
        return seed.kind == "clause" or f'"{seed.removed}"' in f.message or f'"({seed.removed})"' in f.message

    hit = [f for f in new if found(f)]
    return hit, [f for f in new if f not in hit]
