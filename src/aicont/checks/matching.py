"""Matching the values of a bead's two sides: same, differing, one side only.

Shared by the value checks (numbers, dates, qualifiers, references) so that every check sees the
same pairing. The rules, most certain first:
1. the same canonical value of the same family (a "count" 5 and a "number" 5 are the same) matches;
2. a less precise value matches a more precise one it contains ("februar 2025" ⊂ "2.2.2025");
3. a value that stands in a neighbouring bead on the other side is an alignment slip, not a
   difference, and is dropped (so is a number whose digits stand in the other side's text but
   which the extractor did not read there);
4. what is left on both sides is paired by kind: in text order when both sides have the same
   number of them, otherwise by similarity; what is still left is on one side only.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from collections.abc import Callable, Iterator

from aicont.checks.context import Hit, PairContext, blocks_quote, value_quote
from aicont.model import Confidence, Value

FAMILY = {
    "date": "date",
    "month": "date",
    "quarter": "date",
    "half": "date",
    "period": "date",
    "year": "date",
    "season": "date",
    "amount": "amount",
    "percent": "percent",
    "count": "count",
    "number": "count",
    # a number after "No", "nr.", "č." is the same number as a plain one ("Resolution 1244" =
    # "Resolution No 1244", "paragraph 2" = "n.º 2")
    "rank": "count",
    "ordinal": "count",
    "reference": "reference",
    "url": "reference",
}

# How far (in beads) an unmatched value may stand from its counterpart and still count as an
# alignment slip. The aligner's 2-1/1-2 beads absorb most splits; 2 covers a split it missed.
SLIP_RADIUS = 2


def family(value: Value) -> str:
    return FAMILY.get(value.kind, value.kind)


@dataclass(slots=True)
class ValueDiff:
    """The values of a bead matched across the sides: equal pairs, pairs that differ (and how), and
    the values of each side left without a partner."""

    matched: list[tuple[Value, Value]] = field(default_factory=list)
    differ: list[tuple[Value, Value, str]] = field(default_factory=list)  # (left, right, "order"|"similar")
    left_only: list[Value] = field(default_factory=list)
    right_only: list[Value] = field(default_factory=list)


def _contains(broad: Value, narrow: Value) -> bool:
    """`broad` is a less precise statement of `narrow` (a year or month of a date, a quarter's year;
    an article of one of its paragraphs, "the second paragraph of Article 12" = "Artikel 12 Absatz 2";
    an Official Journal issue of a citation with its page, "OJ L 71, 2018-03-14" of "..., p. 1"; an
    act number without its community, "č. 2017/161", of "(EC) No 2017/161")."""
    if broad.kind == narrow.kind == "reference":
        b, n = broad.canonical, narrow.canonical
        if b[:1].isdigit():
            return n.endswith(" " + b)
        return b.startswith(("Art. ", "OJ ")) and n.startswith(b) and n[len(b):len(b) + 1] in ("(", ",")
    if family(broad) != "date" or family(narrow) != "date" or broad.kind == narrow.kind:
        return False
    b, n = broad.canonical, narrow.canonical
    if len(b) >= len(n):
        return False
    if broad.kind in ("year", "month") and n.startswith(b) and n[len(b):len(b) + 1] in ("-", ""):
        return True
    return False


def _nearest(positions: list[float], where: float, ordered: bool) -> int:
    """The index of the position nearest `where`, the first of equally near ones (by bisection
    when the positions ascend, as a bead's values do: many equal values are not a quadratic search)."""
    if not ordered:
        return min(range(len(positions)), key=lambda c: abs(positions[c] - where))
    i = bisect_left(positions, where)
    if i == len(positions):
        return bisect_left(positions, positions[-1])
    if i == 0:
        return 0
    before = bisect_left(positions, positions[i - 1])
    return before if where - positions[i - 1] <= positions[i] - where else i


def _nests(value: Value) -> bool:
    """Can `_contains` hold with `value` on either side (a date or a reference)?"""
    return value.kind == "reference" or family(value) == "date"


def _digits(text: str) -> str:
    # "6 800" / "6.800" / "6,800" → "6800": thousands separators of the EU languages.
    return re.sub(r"(?<=\d)[\s\u00a0\u202f.,'](?=\d{3}\b)", "", text)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


# a label reference: "annex:2", "chapter:1-10" (extract/references.py)
_LABEL = re.compile(r"[a-z]+:(\d+)(?:-(\d+))?")


def _plain_numbers(value: Value) -> list[str]:
    """The numbers a count, a rank or a label reference states ("annex:1-10" → 1 and 10)."""
    if family(value) in ("count", "rank"):
        return [value.canonical] if value.canonical.isdigit() else []
    m = _LABEL.fullmatch(value.canonical) if value.kind == "reference" else None
    return [n for n in m.groups() if n] if m else []


def _number_in_text(value: Value, text: str, pack=None) -> bool:  # noqa: ANN001 - LanguagePack
    """The extractor missed a plain number (or a label's: "Annex 16" where the other side's
    label word is not known) that is there in the other side's text: in digits, in roman numerals
    ("Volume 1" = "tom I"), or as an ordinal word of that side's language ("wydanie 2" = "second
    edition", "Part II" = "deuxième partie")."""
    numbers = _plain_numbers(value)
    cardinals = _is_label(value)  # "Del 1" = "Part One" (a count "1" is not any "en", "one")
    return bool(numbers) and all(_one_number_in_text(n, text, pack, cardinals) for n in numbers)


_WHOLE_NUMBER = re.compile(r"(?<![\d,.])\d+(?![\d]|[.,]\d)")


@functools.lru_cache(maxsize=16)
def _text_index(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """What _one_number_in_text looks up in `text`, read once per text (a passage has many values
    to look up): its whole numbers (thousands separators removed), its word tokens (roman
    numerals among them), its words folded as keys and those folded once more ("een" for nl "één")."""
    from aicont.text import fold, fold_key

    numbers = frozenset(_WHOLE_NUMBER.findall(_digits(text)))
    tokens = frozenset(re.findall(r"\w+", text))
    words = frozenset(fold_key(w) for w in re.findall(r"[^\W\d_]+", text))
    return numbers, tokens, words, frozenset(fold(w) for w in words)


def _one_number_in_text(canon: str, text: str, pack=None, cardinals: bool = False) -> bool:  # noqa: ANN001 - LanguagePack
    numbers, tokens, words, plain = _text_index(text)
    if canon in numbers:
        return True
    n = int(canon)
    if 1 <= n <= len(_ROMAN) and _ROMAN[n - 1] in tokens:
        return True
    if pack is not None:
        from aicont.text import fold_key

        if any(k == n and fold_key(w) in words for w, k in pack.ordinals):
            return True
        if cardinals:
            from aicont.lang.base import all_cardinals
            from aicont.text import fold

            return any(k == n and fold(w) in plain for w, k in all_cardinals(pack.code, pack.data.number_cases))
    return False


_ARTICLE_PARAGRAPH = re.compile(r"Art\. \w+\((\d+)\)")


def _paragraph_numbers(values: tuple[Value, ...]) -> set[str]:
    """The paragraphs of the articles among `values` ("Art. 16(3)" → "3")."""
    return {m.group(1) for v in values if v.kind == "reference" and (m := _ARTICLE_PARAGRAPH.fullmatch(v.canonical))}


def _article_paragraph(value: Value, paragraphs: set[str]) -> bool:
    """A paragraph label that the other side gives as an article's paragraph: nl "In artikel 16
    wordt lid 3 vervangen" (Art. 16, paragraph:3) = "Article 16(3) is replaced"."""
    return value.kind == "reference" and value.canonical.startswith("paragraph:") and value.canonical[10:] in paragraphs


def _unread_text(blocks, values) -> str:  # noqa: ANN001 - tuple[Block, ...], list[Value]
    """The blocks' text with every value the extractor read blanked out: what is left of a
    number there is one it missed ("Article 4(2)" is read, so its "4" is no unread four)."""
    by_block: dict[str, list[Value]] = {}
    for v in values:
        by_block.setdefault(v.block_id, []).append(v)
    out = []
    for b in blocks:
        text = list(b.text)
        for v in by_block.get(b.id, ()):
            text[v.offset:v.offset + len(v.raw)] = " " * len(text[v.offset:v.offset + len(v.raw)])
        out.append("".join(text))
    return " ".join(out)


def _is_label(value: Value) -> bool:
    return value.kind == "reference" and _LABEL.fullmatch(value.canonical) is not None


def _unread_texts(blocks, values) -> tuple[str, str]:  # noqa: ANN001 - tuple[Block, ...], list[Value]
    """The blocks' text with every value blanked out (for a count: a number the extractor
    missed), and with only the non-counts blanked out (for a label: its number may stand there
    as a count or a rank, where the language's label word is not known or is also its word for
    "number": pt "n.o 1" = "paragraph 1")."""
    return _unread_text(blocks, values), _unread_text(blocks, [v for v in values if family(v) != "count"])


def _neighbour_canonicals(pair: PairContext, side: str) -> set[tuple[str, str]]:
    """(family, canonical) of values that a bead around this one has more often on `side` than on
    the other side: where a value missing here went when the aligner drew a border differently.
    (A value that its own bead has on both sides explains nothing.)"""
    from collections import Counter

    out: set[tuple[str, str]] = set()
    doc = pair.doc
    if doc is None or doc.alignment is None:
        return out
    beads = doc.beads
    other = "right" if side == "left" else "left"
    for k in range(max(0, pair.index - SLIP_RADIUS), min(len(beads), pair.index + SLIP_RADIUS + 1)):
        if k == pair.index:
            continue
        counts = {}
        for s in (side, other):
            blocks = doc.left.blocks if s == "left" else doc.right.blocks
            values = doc.left_values if s == "left" else doc.right_values
            counts[s] = Counter((family(v), v.canonical) for i in getattr(beads[k], s) for v in values.get(blocks[i].id, ()))
        out.update(key for key, n in counts[side].items() if n > counts[other].get(key, 0))
    return out


def _similarity(a: Value, b: Value) -> float:
    """How plausibly `b` is a changed `a` (same kind assumed): shared date parts, same magnitude."""
    if family(a) == "date":
        pa, pb = re.split(r"[-/]", a.canonical), re.split(r"[-/]", b.canonical)
        shared = sum(1 for x, y in zip(pa, pb) if x == y)
        return shared / max(len(pa), len(pb), 1) + (0.01 if a.kind == b.kind else 0)
    if family(a) in ("amount", "percent", "count", "rank"):
        try:
            x = float(a.canonical.split()[-1])
            y = float(b.canonical.split()[-1])
        except ValueError:
            return 0.1 if a.unit == b.unit else 0.0
        if x == 0 or y == 0:
            return 0.1
        ratio = min(abs(x), abs(y)) / max(abs(x), abs(y))
        return 0.2 + 0.8 * ratio if a.unit == b.unit else 0.1 * ratio
    return 0.5 if a.kind == b.kind else 0.1


def _positions(blocks):  # noqa: ANN001, ANN202 - tuple[Block, ...] -> (Value -> float)
    """A value's relative position in a bead's text, 0..1 (blocks in order, offset within)."""
    index = {b.id: (k, max(1, len(b.text))) for k, b in enumerate(blocks)}
    n = max(1, len(blocks))

    def pos(v: Value) -> float:
        k, size = index.get(v.block_id, (0, 1))
        return (k + min(v.offset, size) / size) / n

    return pos


def _kind_key(v: Value) -> str:
    # count/number are one kind for pairing; the rest pair only with their own kind
    return "count" if v.kind in ("count", "number") else v.kind


def diff_values(pair: PairContext, families: frozenset[str] | None = None) -> ValueDiff:
    """Pair the values of the bead's two sides (restricted to `families` if given).

    Computed once per pair and family set: up to ten checks ask for the same matching of a bead
    (the callers only read the result).
    """
    return pair.memo(("matching.diff_values", families), lambda: _diff_values(pair, families))


def _diff_values(pair: PairContext, families: frozenset[str] | None) -> ValueDiff:
    left = [v for v in pair.left_values if families is None or family(v) in families]
    right = [v for v in pair.right_values if families is None or family(v) in families]
    out = ValueDiff()
    if not left and not right:
        return out  # most beads and families: nothing to match
    # 1. same canonical value; of several equal ones, the one at the nearest relative position
    # (a date stated twice in a passage pairs first with first, last with last)
    lpos, rpos = _positions(pair.left), _positions(pair.right)
    # the right values by (family, canonical), in order: a table of a thousand values is matched
    # in linear time, not by comparing every value with every other
    same: dict[tuple[str, str], tuple[list[Value], list[float]]] = {}
    for rv in right:
        values, positions = same.setdefault((family(rv), rv.canonical), ([], []))
        values.append(rv)
        positions.append(rpos(rv))
    ordered = {key: all(a <= b for a, b in zip(p, p[1:])) for key, (_, p) in same.items()}
    rest_left = []
    taken: set[int] = set()
    for lv in left:
        key = (family(lv), lv.canonical)
        values, positions = same.get(key, ((), ()))
        if not values:
            rest_left.append(lv)
            continue
        k = _nearest(positions, lpos(lv), ordered[key])
        hit = values.pop(k)
        positions.pop(k)
        taken.add(id(hit))
        out.matched.append((lv, hit))
    rest_right = [rv for rv in right if id(rv) not in taken]
    # 2. a less precise statement of the same date
    # (only dates and references can be: the others skip the search)
    still_left = []
    nesting = [rv for rv in rest_right if _nests(rv)]
    nested: set[int] = set()  # id() of the right values taken here (list.remove compared each value before it field by field: quadratic)
    for lv in rest_left:
        k = next((k for k, rv in enumerate(nesting) if _contains(lv, rv) or _contains(rv, lv)), None) if _nests(lv) else None
        if k is None:
            still_left.append(lv)
        else:
            nested.add(id(nesting.pop(k)))
    rest_left = still_left
    rest_right = [rv for rv in rest_right if id(rv) not in nested]
    # also: a bare year that repeats a year already stated by a matched/other value on the other side
    # 3. alignment slips and numbers the extractor missed
    if rest_left or rest_right:
        near_right = _neighbour_canonicals(pair, "right") if rest_left else set()
        near_left = _neighbour_canonicals(pair, "left") if rest_right else set()
        right_text = _unread_texts(pair.right, pair.right_values)
        left_text = _unread_texts(pair.left, pair.left_values)
        right_paragraphs, left_paragraphs = _paragraph_numbers(pair.right_values), _paragraph_numbers(pair.left_values)
        rest_left = [
            v for v in rest_left
            if (family(v), v.canonical) not in near_right and not _number_in_text(v, right_text[_is_label(v)], pair.right_pack)
            and not _article_paragraph(v, right_paragraphs)
        ]
        rest_right = [
            v for v in rest_right
            if (family(v), v.canonical) not in near_left and not _number_in_text(v, left_text[_is_label(v)], pair.left_pack)
            and not _article_paragraph(v, left_paragraphs)
        ]
    # 4. pair what is left by kind
    kinds = sorted({_kind_key(v) for v in rest_left} | {_kind_key(v) for v in rest_right})
    for kind in kinds:
        ls = [v for v in rest_left if _kind_key(v) == kind]
        rs = [v for v in rest_right if _kind_key(v) == kind]
        if len(ls) == len(rs):
            out.differ.extend((a, b, "order") for a, b in zip(ls, rs))
            continue
        pool = list(rs)
        for a in ls:
            best = max(pool, key=lambda b: _similarity(a, b), default=None)
            if best is not None and _similarity(a, best) >= 0.5:
                pool.remove(best)
                out.differ.append((a, best, "similar"))
            else:
                out.left_only.append(a)
        out.right_only.extend(pool)
    # 5. a value on one side only that stands in a block the aligner left unpaired on the other
    # side was moved by segmentation (a footnote that swallowed body text, a merged list), not dropped
    if out.left_only:
        moved = unpaired_canonicals(pair, "right")
        out.left_only = [v for v in out.left_only if (family(v), v.canonical) not in moved]
    if out.right_only:
        moved = unpaired_canonicals(pair, "left")
        out.right_only = [v for v in out.right_only if (family(v), v.canonical) not in moved]
    out.differ.sort(key=lambda t: (t[0].offset, t[1].offset))
    return out


_UNPAIRED: list[tuple[object, str, frozenset[tuple[str, str]]]] = []


def unpaired_canonicals(pair: PairContext, side: str) -> frozenset[tuple[str, str]]:
    """(family, canonical) of every value on `side` that stands in a block of a one-sided bead."""
    doc = pair.doc
    if doc is None or doc.alignment is None:
        return frozenset()
    for key, s, cached in _UNPAIRED:
        if key is doc.alignment and s == side:
            return cached
    blocks = doc.left.blocks if side == "left" else doc.right.blocks
    values = doc.left_values if side == "left" else doc.right_values
    out = set()
    for bead in doc.beads:
        if bead.left and bead.right:
            continue
        for i in getattr(bead, side):
            out.update((family(v), v.canonical) for v in values.get(blocks[i].id, ()))
    result = frozenset(out)
    _UNPAIRED[:] = [e for e in _UNPAIRED if e[0] is doc.alignment][-1:] + [(doc.alignment, side, result)]
    return result


def one_side_hits(
    pair: PairContext,
    families: frozenset[str],
    confidence: Confidence,
    keep: Callable[[Value], bool] | None = None,
    per_line: bool = False,
) -> Iterator[Hit]:
    """One hit per value of `families` that stands on one side of the bead only (and passes
    `keep`): the value quoted on its side, the other side's passage quoted whole. With `per_line`,
    one hit for all such values of one side on one line (a list of references left out together is
    one omission)."""
    diff = diff_values(pair, families)
    for side, values in (("left", diff.left_only), ("right", diff.right_only)):
        groups: dict[tuple[str, int | None], list[Value]] = {}
        for v in values:
            if keep is None or keep(v):
                groups.setdefault((v.block_id, v.line) if per_line else (v.block_id, id(v)), []).append(v)
        for group in groups.values():
            v = group[0]
            shown = ", ".join(f'"{x.raw}" ({x.canonical})' for x in group)
            kind = v.kind if len(group) == 1 else f"{v.kind}s"
            own = value_quote(v, pair.left if side == "left" else pair.right)
            other = blocks_quote(pair.right if side == "left" else pair.left)
            yield Hit(
                message=f"{kind} on the {side} only: {shown}",
                left=own if side == "left" else other,
                right=other if side == "left" else own,
                confidence=confidence,
                values=tuple(group),
            )


def differ_hit(
    pair: PairContext,
    lv: Value,
    rv: Value,
    how: str,
    message: str,
    likely_wrong: str | None = None,
    reason: str | None = None,
) -> Hit:
    """The hit for two values that differ: both quoted where they stand. A pair matched by its
    order among the bead's values of that kind ("order") is surer than one matched by likeness."""
    return Hit(
        message=message,
        left=value_quote(lv, pair.left),
        right=value_quote(rv, pair.right),
        confidence=Confidence.HIGH if how == "order" else Confidence.MEDIUM,
        likely_wrong=likely_wrong,
        reason=reason,
        values=(lv, rv),
    )
