"""What a check sees (PairContext for one bead, DocumentContext for the whole pair) and what it yields (Hit).

A check yields Hits: the evidence and the message. `checks.run` turns each Hit into a Finding,
adding the code, name, kind and severity declared in the decorator, the severity override from
the config, the confidence lowered for a weak bead or a suspect value, and the fingerprint. So
the metadata is declared once and no check can get it wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any, Callable

from aicont.model import Alignment, Bead, Block, Confidence, Document, Quote, Value
from aicont.text import LOWER, UPPER, WORD

# A bead whose aligner score is below this is weak: findings on it are one confidence step lower.
# The aligner calibrates score so that >= 0.8 is almost always right (model.Bead).
WEAK_BEAD_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding as a check sees it; `checks.run` completes it into a Finding."""

    message: str
    left: Quote | None
    right: Quote | None
    confidence: Confidence = Confidence.HIGH
    likely_wrong: str | None = None  # "left" | "right"
    reason: str | None = None
    # Values that make the evidence; a suspect one lowers confidence.
    values: tuple[Value, ...] = ()
    section: str | None = None  # default: the left block's section (else the right's)


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """The whole pair: both documents, their values per block, the alignment, the language packs."""

    left: Document
    right: Document
    left_values: dict[str, tuple[Value, ...]] = field(default_factory=dict)
    right_values: dict[str, tuple[Value, ...]] = field(default_factory=dict)
    alignment: Alignment | None = None
    left_pack: Any = None
    right_pack: Any = None
    options: tuple[tuple[str, Any], ...] = ()
    # evidence that the inputs are translations of each other (pipeline.translation_evidence): the
    # share of characters in confident beads and the share of one-sided beads; None = not judged
    quality: float | None = None
    one_sided: float | None = None
    # the beads the checks run on: the alignment's (set in __post_init__)
    beads: tuple[Bead, ...] = field(default=(), compare=False)
    # Facts about the whole pair that a check needs on every bead (each block's names, the
    # document's frequent words): computed once on first use (see `memo`) instead of once per
    # bead. Not an init field, so every context, `replace()`d ones included, starts empty and
    # nothing computed for one pair can be seen by another.
    _memo: dict[Any, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.beads and self.alignment is not None:
            object.__setattr__(self, "beads", self.alignment.beads)

    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """`compute()`, computed once per context under `key` (a tuple naming the fact)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def option(self, key: str, default: Any = None) -> Any:
        return dict(self.options).get(key, default)

    def pairs(self) -> tuple[PairContext, ...]:
        """One PairContext per bead, in document order."""
        return tuple(self.pair(index, bead) for index, bead in enumerate(self.beads))

    def pair(self, index: int, bead: Bead) -> PairContext:
        lb = tuple(self.left.blocks[i] for i in bead.left)
        rb = tuple(self.right.blocks[i] for i in bead.right)
        return PairContext(
            bead=bead,
            index=index,
            left=lb,
            right=rb,
            left_values=_values_of(lb, self.left_values),
            right_values=_values_of(rb, self.right_values),
            left_lang=self.left.lang,
            right_lang=self.right.lang,
            left_pack=self.left_pack,
            right_pack=self.right_pack,
            options=self.options,
            doc=self,
        )


# A token with a slash, an @ or a dot between letters is a link or an address, even when OCR misread
# its scheme ("hitps://"): its letters are not words of the text. Anchored at a token's start, so a
# long run without spaces is scanned once, not once per character (quadratic: 20k characters 20 s).
_LINK = re.compile(r"(?<!\S)\S*(?:/|@|\w\.\w)\S*")
# A dot between two word characters, what every match of _LINK holds unless it has a "/" or an "@":
# a text without any of them has no link (most passages). Written to start with the dot, so that the
# regex engine skips from dot to dot (a fiftieth of the time of r"\w\.\w", tried at every character).
_DOT_IN_WORD = re.compile(r"\.(?<=\w\.)(?=\w)")


def without_links(text: str) -> str:
    """`text` with its links and addresses (see _LINK) replaced by a space each."""
    if "/" in text or "@" in text or _DOT_IN_WORD.search(text):
        return _LINK.sub(" ", text)
    return text


def _values_of(blocks: tuple[Block, ...], values: dict[str, tuple[Value, ...]]) -> tuple[Value, ...]:
    """The values of `blocks`, in block order (the values stage's own tuple for one block)."""
    if len(blocks) == 1:
        return tuple(values.get(blocks[0].id, ()))
    return tuple(chain.from_iterable(values.get(b.id, ()) for b in blocks))


def block_words(doc: DocumentContext, side: str) -> tuple[list[str], ...]:
    """The words (text.WORD: runs of letters) of every block of one side, links and addresses left
    out (`without_links`), found once per pair: AC601 reads the lower-case ones, the structure
    checks count those of two letters or more."""
    blocks = (doc.left if side == "left" else doc.right).blocks
    return doc.memo(("words", side), lambda: tuple(WORD.findall(without_links(b.text)) for b in blocks))


def block_section(block: Block) -> str:
    """The section a finding on `block` is filed under: its section number, or "fn54" for a footnote."""
    if block.kind == "footnote" and block.number:
        return f"fn{block.number}"
    return block.section


@dataclass(frozen=True, slots=True)
class PairContext:
    """One bead: the blocks on each side, their values, the languages, the check's options.

    `doc` gives access to the rest of the pair (neighbouring beads, the other occurrences of a
    value) for checks that need to know what "the rest of the document" does.
    """

    bead: Bead
    left: tuple[Block, ...]
    right: tuple[Block, ...]
    left_values: tuple[Value, ...] = ()
    right_values: tuple[Value, ...] = ()
    left_lang: str | None = None
    right_lang: str | None = None
    left_pack: Any = None
    right_pack: Any = None
    options: tuple[tuple[str, Any], ...] = ()
    index: int = 0
    doc: DocumentContext | None = field(default=None, compare=False, repr=False)
    # What several checks derive from the same bead (the matching of its values): computed once
    # per pair on first use (see `memo`). Not an init field: a copy made by `replace()` or
    # `with_options()` starts empty, so nothing computed for other blocks or values is reused.
    _memo: dict[Any, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def option(self, key: str, default: Any = None) -> Any:
        return dict(self.options).get(key, default)

    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """`compute()`, computed once per pair under `key` (a tuple naming the fact)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    @property
    def weak(self) -> bool:
        """A paired bead the aligner is unsure of (a one-sided bead is judged by its own check)."""
        return bool(self.left and self.right) and self.bead.score < WEAK_BEAD_SCORE

    @property
    def section(self) -> str:
        blocks = self.left or self.right
        return block_section(blocks[0]) if blocks else ""

    def with_options(self, options: tuple[tuple[str, Any], ...]) -> PairContext:
        from dataclasses import replace

        return replace(self, options=options)


# --------------------------------------------------------------------------- quoting helpers

# a sentence ends at . ; : ! ? before a capital or a digit, but not after a short lower-case
# abbreviation before a currency code or a number ("20 mia. EUR", "nr. 178/2002")
_SENTENCE_END_RAW = re.compile(rf"(?<=[.;:!?])\s+(?=[{UPPER}0-9\"'(])")
_ABBREV_BEFORE = re.compile(rf"(?:^|[\s(])[{LOWER}]{{1,3}}\.$")
_CAPS_OR_NUMBER = re.compile(rf"(?:[{UPPER}]{{2,}}|\d)")


class _SentenceEnds:
    """finditer/search over sentence ends, skipping abbreviations (a tiny stand-in for a regex)."""

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):  # noqa: ANN201
        for m in _SENTENCE_END_RAW.finditer(text, pos, len(text) if endpos is None else endpos):
            if _ABBREV_BEFORE.search(text[max(0, m.start() - 5):m.start()]) and _CAPS_OR_NUMBER.match(text, m.end()):
                continue
            yield m

    def search(self, text: str, pos: int = 0):  # noqa: ANN201
        return next(self.finditer(text, pos), None)


_SENTENCE_END = _SentenceEnds()
QUOTE_MAX = 240


def block_quote(block: Block, *, value: str | None = None, limit: int = QUOTE_MAX) -> Quote:
    """The whole block as evidence, as it stands in the file (shortened to `limit` characters)."""
    text = " ".join((block.raw or block.text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return Quote(block=block.id, text=text, spans=block.spans, value=value)


def blocks_quote(blocks: tuple[Block, ...], *, value: str | None = None, limit: int = QUOTE_MAX) -> Quote | None:
    if not blocks:
        return None
    if len(blocks) == 1:
        return block_quote(blocks[0], value=value, limit=limit)
    text = " ".join(" ".join((b.raw or b.text).split()) for b in blocks)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    spans = tuple(s for b in blocks for s in b.spans)
    return Quote(block=blocks[0].id, text=text, spans=spans, value=value)


def sentence_bounds(text: str, start: int, end: int, limit: int = QUOTE_MAX) -> tuple[int, int]:
    """[begin, stop) of the sentence (or a clause window of about `limit` characters) of `text`
    that contains [start, end)."""
    # Only a sentence end less than `limit` (or 20) characters before the value can begin the quote
    # (a longer sentence is cut to a window around the value below), so the search starts there, at
    # the start of a white-space run: quoting every value of a long block is linear, not quadratic.
    window = max(0, start - max(limit, 20) - 1)
    while window > 0 and text[window - 1].isspace():
        window -= 1
    begin = 0
    for m in _SENTENCE_END.finditer(text, window, start):
        begin = m.end()
    # and only one less than that after it can end it: the search stops there (past the white-space
    # run that ends a sentence there, and the character after it)
    reach = min(len(text), end + max(limit, 20) + 1)
    while reach < len(text) and text[reach - 1].isspace():
        reach += 1
    stop = len(text)
    m = next(_SENTENCE_END.finditer(text, end, min(len(text), reach + 1)), None)
    if m:
        stop = m.start()
    if stop - begin > limit:
        half = max(20, (limit - (end - start)) // 2)
        begin = max(begin, start - half)
        stop = min(stop, end + half)
        # do not cut a word in two
        while begin > 0 and begin < start and not text[begin - 1].isspace():
            begin += 1
        while stop < len(text) and stop > end and not text[stop].isspace():
            stop -= 1
    return begin, stop


def _snippet(text: str, begin: int, stop: int, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """text[begin:stop] with whitespace collapsed and ellipses where it is cut, and where [start,
    end) stands in it."""
    k = begin  # the end of the text before the snippet, white space left out (no slice of it)
    while k > 0 and text[k - 1].isspace():
        k -= 1
    prefix = "…" if k > 0 and text[k - 1] not in ".;:!?" else ""
    suffix = "…" if stop < len(text) and text[stop - 1:stop] not in ".;:!?" else ""
    start, end = max(begin, min(start, stop)), max(begin, min(end, stop))
    marked = text[begin:start] + "\x00" + text[start:end] + "\x01" + text[end:stop]
    collapsed = prefix + " ".join(marked.split()).replace("\x00 ", "\x00").replace(" \x01", "\x01")
    a = collapsed.index("\x00")
    b = collapsed.index("\x01") - 1
    return collapsed.replace("\x00", "").replace("\x01", "") + suffix, (a, b)


def sentence_around(text: str, start: int, end: int, limit: int = QUOTE_MAX) -> tuple[str, tuple[int, int]]:
    """The sentence (or a clause window) of `text` containing [start, end), whitespace collapsed,
    and the offsets of [start, end) inside it."""
    begin, stop = sentence_bounds(text, start, end, limit)
    return _snippet(text, begin, stop, start, end)


# Mapping a block's normalised text back to its raw text. Normalisation makes small local changes
# (spaces collapsed, a line end joined, a hyphen or a footnote marker cut, a letter repaired), so
# the two texts agree but for short gaps: walk both, equal runs compared in chunks, and at a gap
# find the nearest point where _ANCHOR characters agree again within _WINDOW characters on each
# side, then pair the gap's characters by their longest common subsequence (both sides are short).
# Linear in the text (difflib's matcher was quadratic: 0.3 s for four quotes of the bundled pair).
_WINDOW = 16
_ANCHOR = 3
_CHUNK = 32
# Every whitespace character counts as a space: a line end in the raw text is a space once joined.
_AS_SPACE = {ord(c): " " for c in "\n\r\t\x0b\x0c\u00a0\u2028\u2029"}


@lru_cache(maxsize=512)
def _raw_offsets(text: str, raw: str) -> tuple[int, ...]:
    """For each offset of a block's normalised text (and its end), the offset in its raw text: the
    characters the walk pairs, the others carried from the last pair (an OCR repair, a cut footnote
    marker, a joined hyphen)."""
    text, raw = text.translate(_AS_SPACE), raw.translate(_AS_SPACE)
    n, m = len(text), len(raw)
    out = [0] * (n + 1)
    i = j = last = 0
    while i < n:
        if j < m and text[i] == raw[j]:
            while i + _CHUNK <= n and j + _CHUNK <= m and text[i : i + _CHUNK] == raw[j : j + _CHUNK]:
                out[i : i + _CHUNK] = range(j, j + _CHUNK)
                i, j = i + _CHUNK, j + _CHUNK
            if i < n and j < m and text[i] == raw[j]:
                out[i] = last = j
                i, j = i + 1, j + 1
            continue
        gap = _resync(text, raw, i, j)
        if gap is None:  # nothing agrees nearby: this character is carried
            out[i] = last
            i += 1
            continue
        last = _pair_gap(out, text[i : i + gap[0]], raw[j : j + gap[1]], i, j, last)
        i, j = i + gap[0], j + gap[1]
    out[n] = m
    return tuple(out)


def _resync(text: str, raw: str, i: int, j: int) -> tuple[int, int] | None:
    """(characters of text, characters of raw) to skip from i and j to where _ANCHOR characters
    agree again, the fewest in all, within _WINDOW; None when there is no such point."""
    best: tuple[int, int] | None = None
    for di in range(_WINDOW + 1):
        if i + di >= len(text) or (best is not None and di >= sum(best)):
            break
        probe = text[i + di : i + di + _ANCHOR]
        k = raw.find(probe, j, j + _WINDOW + len(probe))
        if k != -1 and (best is None or di + k - j < sum(best)):
            best = (di, k - j)
    return best


def _pair_gap(out: list[int], a: str, b: str, i: int, j: int, last: int) -> int:
    """Pair the characters of the gaps a (text from i) and b (raw from j) by their longest common
    subsequence; the others carry the last pair. Returns the last pair."""
    if not b:
        out[i : i + len(a)] = [last] * len(a)
        return last
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for x in range(len(a) - 1, -1, -1):
        row, below = table[x], table[x + 1]
        for y in range(len(b) - 1, -1, -1):
            row[y] = below[y + 1] + 1 if a[x] == b[y] else max(below[y], row[y + 1])
    x = y = 0
    while x < len(a):
        if y < len(b) and a[x] == b[y]:
            out[i + x] = last = j + y
            x, y = x + 1, y + 1
        elif y < len(b) and table[x][y + 1] > table[x + 1][y]:
            y += 1
        else:
            out[i + x] = last
            x += 1
    return last


def to_raw(block: Block, start: int, end: int) -> tuple[int, int]:
    """The raw-text range of the normalised range [start, end) of `block`."""
    if not block.raw or block.raw == block.text:
        return start, end
    offsets = _raw_offsets(block.text, block.raw)
    a = offsets[max(0, min(start, len(block.text)))]
    b = offsets[max(0, min(end, len(block.text)))]
    if end > start and b <= a:
        b = a + (end - start)
    return a, min(max(a, b), len(block.raw))


def value_quote(value: Value, blocks: tuple[Block, ...]) -> Quote:
    """A quote of the sentence a value stands in, with the value's own line as the span."""
    from aicont.model import Span

    block = next((b for b in blocks if b.id == value.block_id), blocks[0])
    start = max(0, min(value.offset, len(block.text)))
    end = min(len(block.text), start + len(value.raw))
    begin, stop = sentence_bounds(block.text, start, end)
    # quoted as it stands in the file (OCR errors included): the sentence mapped to the raw text
    rb, rs = to_raw(block, begin, stop)
    if begin == 0:
        rb = 0  # the block's start as it stands (a footnote's number included)
    if stop == len(block.text):
        rs = len(block.raw or block.text)
    ra, re_ = to_raw(block, start, end)
    text, mark = _snippet(block.raw or block.text, rb, rs, ra, re_)
    line = value.line or block.line_at(start)
    last = max(line, block.line_at(max(start, end - 1)))
    span = block.spans[0]
    for s in block.spans:
        if s.line_start <= line <= s.line_end:
            span = s
            break
    quoted = Span(span.path, line, last, span.page)
    return Quote(block=block.id, text=text, spans=(quoted,), value=value.canonical, mark=mark)
