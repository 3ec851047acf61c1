"""Qualifiers bound to a value: the words right before it ("mere end 6 800", "senest i 2035").

A qualifier phrase of the pack binds to the value that follows it, with only the pack's filler
words between ("senest i 2035", "fra den 2.2.2025"). Temporal qualifiers (by, from, until, before, after) bind
only to dates, months, years, quarters, halves and periods; the others bind to every kind.
Clause qualifiers (da "fra", sv "från") bind only at the start of a clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aicont.extract.candidates import alternation, initials, per_pack
from aicont.lang.base import LanguagePack, fold_key

TEMPORAL_KINDS = frozenset({"date", "month", "year", "quarter", "half", "period"})
TEMPORAL_QUALIFIERS = frozenset({"by", "from", "until", "before", "after"})
_WINDOW = 60


@dataclass(frozen=True, slots=True)
class _Patterns:
    phrase: re.Pattern[str]
    clause: re.Pattern[str] | None
    blocker: re.Pattern[str] | None
    codes: dict[str, str]


def _norm(phrase: str) -> str:
    return fold_key(" ".join(phrase.split()))


@per_pack
def _patterns(pack: LanguagePack) -> _Patterns:
    d = pack.data
    fillers = rf"(?:\s+(?:{alternation(d.qualifier_fillers)}))*" if d.qualifier_fillers else ""
    codes = {_norm(w): c for w, c in d.qualifiers}
    clause_codes = {_norm(w): c for w, c in d.clause_qualifiers}
    words = [w for w, _ in d.qualifiers]
    # (initials(): a fast first test, as the phrase is searched for before every value)
    phrase = re.compile(rf"(?i)(?<![\w.]){initials(words)}(?P<q>{alternation(words)}){fillers}\s+$") if codes else re.compile(r"(?!x)x")
    clause = None
    if clause_codes:
        clause = re.compile(rf"(?i)(?:^|[,;:(]|[.!?]\s)\s*(?P<q>{alternation([w for w, _ in d.clause_qualifiers])}){fillers}\s+$")
    codes.update(clause_codes)
    blocker = None
    if d.qualifier_blockers:
        blocker = re.compile(rf"(?i)(?<![\w])(?:{alternation(d.qualifier_blockers)})\s+$")
    return _Patterns(phrase=phrase, clause=clause, blocker=blocker, codes=codes)


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
        code = p.codes.get(_norm(m.group("q")))
        if code is None:
            continue
        if code in TEMPORAL_QUALIFIERS and kind not in TEMPORAL_KINDS:
            continue
        q_start = lo + m.start("q") - len(pad)
        if p.blocker is not None and p.blocker.search(text, max(0, q_start - 30), q_start):
            continue
        return code, q_start
    return None, start
