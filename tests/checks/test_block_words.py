"""The words the checks share per block (context.block_words, without_links) against their plain
definitions: the link test that spares most passages the link pattern, and the word counts the
structure checks take from AC601's word lists."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from aicont.checks import structure
from aicont.checks.context import _LINK, without_links
from aicont.text import WORD

_PIECES = ("https://eur-lex.europa.eu/a_b", "info@ec.europa.eu", "f.eks.", "bl.a.", "2.2.2025", "a.", ".b", "/", "@",
           "x", "Ab", "ord", "Σύμβαση", " ", "\u00a0", "\n", ".", ",", "1", "_", "é", "e\u0301")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_without_links_and_word_counts_are_their_definitions(text: str) -> None:
    assert without_links(text) == _LINK.sub(" ", text)
    words = WORD.findall(without_links(text))
    assert structure.words(text) == len(re.findall(r"[^\W\d_]{2,}", _LINK.sub(" ", text)))
    assert structure.words(text) == len(words) - list(map(len, words)).count(1)


def test_a_link_or_an_address_is_no_words() -> None:
    assert structure.words("Se https://eur-lex.europa.eu/x for detaljer, skriv til info@ec.europa.eu") == 5
