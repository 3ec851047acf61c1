"""Qualifiers bound to a value: the words around it ("mere end 6 800", "senest i 2035",
"három hónapon belül", "2019. szeptember 1-jétől").

Three places, most specific first:
1. an ending glued to a word of a date or duration (hu "1-jétől" from, "31-ig" until; fi
   "1 päivästä" from; et "1. septembrist" from): `LanguageData.suffix_qualifiers`;
2. a phrase right before the value, with only the pack's filler words between ("senest i 2035",
   "fra den 2.2.2025"), a comma ("a, pelo menos, 100") or nothing at all after a phrase that ends
   in a hyphen or an apostrophe (mt "mill-1 ta' Settembru", it "dall'11 settembre");
3. a phrase right after the value (postpositions: fi "kolmen kuukauden kuluessa", es "100 francos
   suizos como mínimo").
Temporal qualifiers (by, from, until, before, after) bind only to dates, months, years, quarters,
halves, periods and durations ("no later than 20 days"); the others bind to every kind. A phrase
may carry two codes, "le|until": the first for sizes and durations ("jusqu'à 5", "bis zu fünf
Jahren"), the second for dates ("jusqu'au 31 décembre"); or three, "le|by|until", when durations
take their own (cs "do 100 osob" up to, "do tří měsíců" within, "do 31. prosince" until). Clause qualifiers (da "fra", sv "från",
hr "od") bind only at the start of a clause.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from aicont.extract.candidates import alternation, initials, per_pack
from aicont.lang.base import LanguagePack, fold, fold_key

TEMPORAL_KINDS = frozenset({"date", "month", "year", "quarter", "half", "period"})
TEMPORAL_QUALIFIERS = frozenset({"by", "from", "until", "before", "after"})
# kinds a temporal qualifier binds to: a deadline can be a date or a duration
BOUNDED_KINDS = TEMPORAL_KINDS | {"duration"}
_WINDOW = 60
_NUMBER_BEFORE = re.compile(r"\d[.)]?\s+$")
_GLUED_TAIL = re.compile(r"[-‐‑]([^\W\d_]{1,8})(?![\w])")


class _Patterns(NamedTuple):
    """The qualifier patterns and phrase tables of one language (built once a pack)."""

    phrase: re.Pattern[str]
    clause: re.Pattern[str] | None
    post: re.Pattern[str] | None
    blocker: re.Pattern[str] | None
    codes: dict[str, str]
    post_codes: dict[str, str]
    suffixes: tuple[tuple[str, str], ...]
    range_words: frozenset[str]


def _norm(phrase: str) -> str:
    return fold_key(" ".join(phrase.split()).replace("’", "'"))


@per_pack
def _patterns(pack: LanguagePack) -> _Patterns:
    d = pack.data
    fillers = rf"(?:\s+(?:{alternation(d.qualifier_fillers)}))*" if d.qualifier_fillers else ""
    codes = {_norm(w): c for w, c in d.qualifiers}
    clause_codes = {_norm(w): c for w, c in d.clause_qualifiers}
    words = [w for w, _ in d.qualifiers]
    # the phrase, then a comma or fillers, then the space before the value; a phrase ending in a
    # hyphen is glued to its value ("mill-1")
    end = rf"(?:(?<=[-'’])|,?{fillers}\s+)$"
    # (initials(): a fast first test, as the phrase is searched for before every value)
    phrase = re.compile(rf"(?i)(?<![\w.]){initials(words)}(?P<q>{alternation(words)}){end}") if codes else re.compile(r"(?!x)x")
    clause = None
    if clause_codes:
        clause = re.compile(rf"(?i)(?:^|[,;:(]|[.!?]\s)\s*(?P<q>{alternation([w for w, _ in d.clause_qualifiers])}){end}")
    codes.update(clause_codes)
    post = None
    if d.post_qualifiers:
        # a short unit may stand between ("5700 kg or less")
        post = re.compile(rf"(?i)(?:\s+[^\W\d_]{{1,3}}\.?)?,?\s+(?P<q>{alternation([w for w, _ in d.post_qualifiers])})(?![\w])")
    blocker = None
    if d.qualifier_blockers:
        blocker = re.compile(rf"(?i)(?<![\w])(?:{alternation(d.qualifier_blockers)})\s+$")
    suffixes = tuple(sorted(((fold(s), c) for s, c in d.suffix_qualifiers), key=lambda sc: -len(sc[0])))
    return _Patterns(
        phrase=phrase, clause=clause, post=post, blocker=blocker, codes=codes,
        post_codes={_norm(w): c for w, c in d.post_qualifiers}, suffixes=suffixes,
        range_words=frozenset(_norm(w) for w in d.range_words),
    )


# kinds no qualifier binds to: "up to Article 4" is the end of a range of articles
UNQUALIFIED_KINDS = frozenset({"reference", "url"})


def _for_kind(code: str | None, kind: str) -> str | None:
    """The code a qualifier carries for a value of `kind` (None when it does not bind to it)."""
    if code is None or kind in UNQUALIFIED_KINDS:
        return None
    if "|" in code:
        parts = code.split("|")
        size, duration, date = (parts[0], parts[0], parts[1]) if len(parts) == 2 else parts[:3]
        code = date if kind in TEMPORAL_KINDS else duration if kind == "duration" else size
    if code in TEMPORAL_QUALIFIERS and kind not in BOUNDED_KINDS:
        return None
    return code


def _suffix(raw: str, kind: str, p: _Patterns) -> str | None:
    """A qualifier ending glued to a word of a date or duration ("1-jétől", "päivästä")."""
    if not p.suffixes or kind not in BOUNDED_KINDS:
        return None
    # a whole word is an ending only where it is glued with a hyphen ("-ig"): "ig" alone is no word
    for glued, word in re.findall(r"(-?)([^\W\d_]+)", raw):
        key = fold(word)
        for suffix, code in p.suffixes:
            if key.endswith(suffix) and (glued or len(key) > len(suffix)):
                return _for_kind(code, kind)
    return None


def qualifier_before(text: str, start: int, kind: str, pack: LanguagePack) -> tuple[str | None, int]:
    """(qualifier code, start of the qualifier phrase) for a value of `kind` at text[start:]."""
    p = _patterns(pack)
    lo = max(0, start - _WINDOW)
    # a sentinel stops "^" (block start) from matching in the middle of the text
    pad = "" if lo == 0 else "\x00"
    window = pad + text[lo:start]
    for rx in (p.phrase, p.clause):
        if rx is None:
            continue
        m = rx.search(window)
        if m is None:
            continue
        code = _for_kind(p.codes.get(_norm(m.group("q"))), kind)
        if code is None:
            continue
        q_start = lo + m.start("q") - len(pad)
        if p.blocker is not None and p.blocker.search(text, max(0, q_start - 30), q_start):
            continue
        if _NUMBER_BEFORE.search(text, max(0, q_start - 12), q_start) and _norm(m.group("q")) in p.range_words:
            continue  # "1 až 4", "členi 1 do 4": the second end of a range, not "up to 4"
        return code, q_start
    return None, start


def qualifier_after(text: str, end: int, kind: str, pack: LanguagePack) -> str | None:
    """The qualifier of a postposition right after a value of `kind` ending at text[:end]."""
    p = _patterns(pack)
    if p.post is None:
        return None
    m = p.post.match(text, end)
    return _for_kind(p.post_codes.get(_norm(m.group("q"))), kind) if m else None


def qualifier_of(text: str, start: int, end: int, kind: str, pack: LanguagePack) -> str | None:
    """The qualifier of the value text[start:end]: a glued ending, else a phrase before, else after."""
    # the ending may also be glued to the value with a hyphen: hu "2024-ig", "2019. január 1-jétől"
    tail = _GLUED_TAIL.match(text, end)
    code = _suffix(text[start:end] + (" -" + tail.group(1) if tail else ""), kind, _patterns(pack))
    if code is None:
        code, _ = qualifier_before(text, start, kind, pack)
    if code is None:
        code = qualifier_after(text, end, kind, pack)
    return code
