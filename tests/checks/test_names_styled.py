"""AC404's test for a name inside a phrase set in capitals (names._styled) and for a title set in
capitals (names._in_capitals), against their plain definitions."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aicont.checks import names as N

_RUN = re.compile(r"[^\W\d_]{2,}")


def _styled_by_definition(text: str, m: re.Match[str]) -> bool:
    """The nearest run of two letters or more within NEAR characters before and after the name (the
    last before it, the first after it) is in capitals, GAP characters or fewer away, no bracket
    between."""
    before = list(_RUN.finditer(text, max(0, m.start() - N.NEAR), m.start()))
    after = _RUN.search(text, m.end(), min(len(text), m.end() + N.NEAR))
    near = ([before[-1]] if before else []) + ([after] if after else [])

    def gap(w: re.Match[str]) -> str:
        return text[w.end():m.start()] if w.end() <= m.start() else text[m.end():w.start()]

    return any(w.group().isupper() and len(gap(w)) <= N.GAP and not set(gap(w)) & set("()[]") for w in near)


_PIECES = ("EU", "HAR ENATS OM", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN", "abc", "Ab", " ", "(", ")", "-", "/",
           "x", "1", "²", "_", "É", "\u0301", "ΣΑ", "ЖЖ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_styled_is_its_definition(text: str) -> None:
    for m in re.finditer(r"\S+", text):
        assert N._styled(text, m) == _styled_by_definition(text, m)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_in_capitals_is_its_definition(text: str) -> None:
    letters = [c for c in text if c.isalpha()]
    expected = sum(c.isupper() for c in letters) >= N.CAPITALS_SHARE * max(1, len(letters))
    assert N._in_capitals(text) == expected


def test_a_name_beside_a_word_in_capitals_is_styled() -> None:
    text = "EU/SCHWEIZ HAR ENATS OM (SESAR) (OJ L 64) the EU rules"
    styled = {m.group(): N._styled(text, m) for m in re.finditer(r"[A-Z]{2,}", text)}
    assert styled["SCHWEIZ"] and styled["HAR"] and not styled["SESAR"] and not styled["OJ"]
