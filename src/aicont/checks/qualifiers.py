"""AC3xx: the same value with a different qualifier ("op til fem" vs "fem"; "senest" vs "från och med")."""

from __future__ import annotations

from typing import Iterator

from aicont.checks.context import Hit, PairContext, value_quote
from aicont.checks.matching import diff_values
from aicont.checks.registry import check
from aicont.model import Confidence, Kind, Severity

WORDS = {
    "gt": "more than",
    "ge": "at least",
    "lt": "less than",
    "le": "up to",
    "approx": "about",
    "by": "by (at the latest)",
    "from": "from",
    "until": "until",
}
# Qualifiers that state opposite bounds: a deadline against a start date, a ceiling against a floor.
OPPOSITE = {
    frozenset({"by", "from"}),
    frozenset({"until", "from"}),
    frozenset({"gt", "lt"}),
    frozenset({"gt", "le"}),
    frozenset({"ge", "lt"}),
    frozenset({"ge", "le"}),
    # "før/inden/före" (before) and "efter/efter" (after), as the values stage canonicalises them
    frozenset({"before", "after"}),
    frozenset({"before", "from"}),
    frozenset({"by", "after"}),
    frozenset({"until", "after"}),
}
# Qualifiers a translation may state with different words but the same sense.
SAME_SENSE = {
    frozenset({"by", "until"}),
    frozenset({"by", "before"}),
    frozenset({"until", "before"}),
    frozenset({"from", "after"}),
    frozenset({"gt", "ge"}),
    frozenset({"lt", "le"}),
    # "up to three months" and "within three months" bound a duration the same way
    frozenset({"le", "by"}),
    frozenset({"le", "until"}),
}


# Qualifiers of a number's size; the others (by, from, until) bound dates and are AC303's.
SIZE_QUALIFIERS = frozenset({"gt", "ge", "lt", "le", "approx"})
# How close (rapidfuzz ratio) the words before an unqualified value must be to one of its
# language's qualifier phrases for the qualifier to count as there but unread (OCR: "naesten" for
# "næsten").
UNREAD_QUALIFIER_SIMILARITY = 80.0


def _unread_qualifier(value, blocks, pack, code: str) -> bool:  # noqa: ANN001
    """The words just before `value` look like one of the pack's phrases for `code`, misspelt."""
    if pack is None:
        return False
    from rapidfuzz.fuzz import ratio

    block = next((b for b in blocks if b.id == value.block_id), None)
    if block is None:
        return False
    before = block.text[max(0, value.offset - 40):value.offset].split()
    phrases = [p for p, c in getattr(pack, "qualifiers", ()) if c == code]
    phrases += [p for p, c in getattr(getattr(pack, "data", None), "clause_qualifiers", ()) if c == code]
    for phrase in phrases:
        n = len(phrase.split())
        for k in range(1, 3):  # the phrase may stand one filler word before the value
            if len(before) < n + k - 1:
                break
            window = " ".join(before[len(before) - n - k + 1:len(before) - k + 1]).casefold()
            if ratio(window, phrase.casefold()) >= UNREAD_QUALIFIER_SIMILARITY:
                return True
    return False


def _q(q: str | None) -> str:
    return WORDS.get(q, q) if q else "no qualifier"


def _pairs(pair: PairContext):  # noqa: ANN202
    diff = diff_values(pair)
    for lv, rv in diff.matched:
        if lv.qualifier == rv.qualifier:
            continue
        if lv.qualifier and rv.qualifier and frozenset({lv.qualifier, rv.qualifier}) in SAME_SENSE:
            continue
        yield lv, rv


@check("AC301", "qualifier-conflict", kind=Kind.QUALIFIER, severity=Severity.HIGH)
def qualifier_conflict(pair: PairContext) -> Iterator[Hit]:
    """The same value carries opposite qualifiers: a deadline against a start date, a ceiling against a floor.

    Example: left "senest den 1. juli 2025" / right "från och med den 1 juli 2025".
    Not raised: "senest den 1. juli" vs "senast den 1 juli"; "mindst 5" vs "minst 5".
    """
    for lv, rv in _pairs(pair):
        if lv.qualifier and rv.qualifier and frozenset({lv.qualifier, rv.qualifier}) in OPPOSITE:
            yield Hit(
                message=(
                    f'qualifier differs: "{lv.raw}" ({_q(lv.qualifier)}) vs "{rv.raw}" ({_q(rv.qualifier)}), '
                    f"value {lv.canonical}"
                ),
                left=value_quote(lv, pair.left),
                right=value_quote(rv, pair.right),
                confidence=Confidence.HIGH,
                values=(lv, rv),
            )


@check("AC302", "qualifier-mismatch", kind=Kind.QUALIFIER, severity=Severity.MEDIUM)
def qualifier_mismatch(pair: PairContext) -> Iterator[Hit]:
    """The same number is qualified on one side and not (or differently) on the other.

    Example: left "op til fem" / right "fem"; left "omkring 200" / right "200".
    Not raised: "mere end 6 800" vs "fler än 6 800"; a qualifier misspelt by OCR ("naesten" for
    "næsten"); date bounds such as "senest" (AC303).
    """
    for lv, rv in _pairs(pair):
        ql, qr = lv.qualifier, rv.qualifier
        if ql and qr and frozenset({ql, qr}) in OPPOSITE:
            continue  # AC301
        if not ({ql, qr} - {None}) <= SIZE_QUALIFIERS:
            continue  # AC303
        if ql is None and _unread_qualifier(lv, pair.left, pair.left_pack, qr):
            continue
        if qr is None and _unread_qualifier(rv, pair.right, pair.right_pack, ql):
            continue
        yield Hit(
            message=(
                f'qualifier differs: "{lv.raw}" ({_q(ql)}) vs "{rv.raw}" ({_q(qr)}), value {lv.canonical}'
            ),
            left=value_quote(lv, pair.left),
            right=value_quote(rv, pair.right),
            confidence=Confidence.MEDIUM,
            values=(lv, rv),
        )


@check("AC303", "date-bound-mismatch", kind=Kind.QUALIFIER, severity=Severity.LOW, default=False)
def date_bound_mismatch(pair: PairContext) -> Iterator[Hit]:
    """The same date is a bound on one side ("senest", "fra") and a plain date on the other.

    Off by default: translations often drop "by"/"from" where the sense is clear from the verb.
    Example: left "med fuld anvendelse senest den 2. august 2027" / right "tillämpas fullt ut den 2 augusti 2027".
    Not raised: "senest den 1. juli" vs "senast den 1 juli"; opposite bounds (AC301).
    """
    for lv, rv in _pairs(pair):
        ql, qr = lv.qualifier, rv.qualifier
        if ql and qr and frozenset({ql, qr}) in OPPOSITE:
            continue
        if ({ql, qr} - {None}) <= SIZE_QUALIFIERS:
            continue
        if ql is None and _unread_qualifier(lv, pair.left, pair.left_pack, qr):
            continue
        if qr is None and _unread_qualifier(rv, pair.right, pair.right_pack, ql):
            continue
        yield Hit(
            message=f'date bound differs: "{lv.raw}" ({_q(ql)}) vs "{rv.raw}" ({_q(qr)}), date {lv.canonical}',
            left=value_quote(lv, pair.left),
            right=value_quote(rv, pair.right),
            confidence=Confidence.LOW,
            values=(lv, rv),
        )
