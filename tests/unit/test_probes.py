"""The cheap tests the extractors make before a pattern (extract/candidates.py): they may say yes
where the pattern then finds nothing, never no where it would find something."""

from __future__ import annotations

import re

import pytest

from aicont.extract import extract_text
from aicont.extract.candidates import (
    alternation,
    ends_before_number,
    holds_any,
    number_starts,
    probe_words,
    reversed_alternation,
    variants,
)
from aicont.lang import get_pack, supported_languages

DA = get_pack("da")
SV = get_pack("sv")


def _pack_words(code: str) -> set[str]:
    p = get_pack(code)
    d = p.data
    out: set[str] = set()
    for table in (p.months, p.currencies, p.scales, p.cardinals, p.ordinals, p.weekdays, p.time_units,
                  d.qualifiers, d.label_words, d.label_after_words):
        out |= {w for w, _ in table}
    for words in (p.quarter_nouns, d.half_nouns, d.article_words, d.rank_words, d.paragraph_words,
                  p.percent_words, d.point_words, d.date_links, d.journal_names):
        out |= set(words)
    return out


def test_case_folding_keeps_what_re_matches_ignoring_case() -> None:
    """holds_any() rests on this: where re ignoring case matches a character of a pack's words, the
    case-folded text has the case-folded character; the only exceptions are İ and ı (re matches
    both with i), and a text holding one of them is never ruled out."""
    chars = {ch for code in supported_languages() for w in variants(sorted(_pack_words(code))) for ch in w}
    bmp = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000)
    broken = {
        (ch, other) for ch in chars for other in re.findall("(?i)" + re.escape(ch), bmp)
        if other.casefold() != ch.casefold() and other not in "İı"
    }
    assert broken == set()
    assert holds_any("İstanbul", ("zzz",))


@pytest.mark.parametrize("code", supported_languages())
def test_probe_words_are_in_every_match(code: str) -> None:
    """Every spelling of a pack's words that their alternation matches (in any case, with either
    apostrophe) passes holds_any() for the list, and the reversed alternation finds it by where it
    ends."""
    words = sorted(_pack_words(code))
    probe = probe_words(words)
    forwards = re.compile(f"(?i:{alternation(words)})")
    backwards = re.compile(f"(?i:{reversed_alternation(words)})")
    for word in variants(words):
        for text in (word, word.upper(), word.replace("'", "’")):
            if forwards.fullmatch(text):
                assert holds_any(f"x {text} y", probe), (code, text)
                assert backwards.match(text[::-1]), (code, text)


def test_number_starts() -> None:
    assert number_starts("EUR 200, 2025 og 3,5") == (4, 9, 17, 19)  # "3,5" is two runs
    assert number_starts("ingen tal") == ()


@pytest.mark.parametrize(
    ("text", "gap", "found"),
    [
        ("EUR 200", "?", True),
        ("EUR200", "?", True),
        ("EUR  200", "?", False),  # two spaces: not what "\s?" takes
        ("EUR  200", "*", True),
        ("EUR200", "+", False),
        ("200 EUR", "?", False),
        ("euro 5 og 7 SEK", "?", True),
        ("ikke en valuta 5", "*", False),
    ],
)
def test_ends_before_number(text: str, gap: str, found: bool) -> None:
    word_end = re.compile(f"(?i:{reversed_alternation(['EUR', 'euro', 'SEK'])})")
    assert ends_before_number(text, word_end, gap) is found


@pytest.mark.parametrize(
    ("pack", "text", "expected"),
    [
        (DA, "i alt EUR 200 mia. til formålet", [("amount", "EUR 2E+11")]),
        (SV, "totalt €200 miljarder", [("amount", "EUR 2E+11")]),
        (DA, "senest nr. 8 på listen", [("rank", "8")]),
        (DA, "den 5. april 2025 og i april ,  2026", [("date", "2025-04-05"), ("month", "2026-04")]),
        (SV, "under andra kvartalet 2025 och Q3 2026", [("quarter", "2025-Q2"), ("quarter", "2026-Q3")]),
        (DA, "EUT L 117 af 5.5.2017, s. 1", [("reference", "OJ L 117, 2017-05-05, p. 1")]),
        (DA, "85 PROCENT af de 2 procentpoint", [("percent", "85"), ("points", "2")]),
    ],
)
def test_values_behind_a_probe_are_found(pack, text: str, expected: list) -> None:  # noqa: ANN001
    assert [(v.kind, v.canonical) for v in extract_text(text, pack)] == expected


def test_literal_is_re_escape_with_either_apostrophe() -> None:
    from aicont.extract.candidates import _literal

    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000 and chr(i) not in "'’")
    assert _literal(every) == re.escape(every)
    assert _literal("d'l’a.b") == "d['’]l['’]a\\.b"
