"""text.py: letters, words, names, sentence ends and folding in every script of the EU languages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicont.text import (
    LOWER,
    NAME,
    UPPER,
    fold,
    fold_key,
    fold_name,
    fold_text,
    learn_abbreviations,
    name_matches,
    names,
    split_sentences,
    strip_marks,
    unify_letters,
    words,
)


def _sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, abbreviations)]


@pytest.mark.parametrize("capital", list("AÆØÅÉŁŚŻŹĆŃŐŰȘŞȚŢĦĠŻČŠŽĐΔΣΩΆЖЩЁЄІ"))
def test_capitals_of_every_script_are_upper(capital: str) -> None:
    assert re.fullmatch(f"[{UPPER}]", capital)
    assert not re.fullmatch(f"[{LOWER}]", capital)
    assert re.fullmatch(f"[{LOWER}]", capital.lower())


@pytest.mark.parametrize(
    "text, expected",
    [
        # Polish: "Ł" starts a sentence like "L"
        ("Kwota wynosi dużo. Łączna kwota jest wyższa.", ["Kwota wynosi dużo.", "Łączna kwota jest wyższa."]),
        # Greek and Cyrillic capitals
        ("Το ποσό αυξάνεται. Ο Κανονισμός ισχύει.", ["Το ποσό αυξάνεται.", "Ο Κανονισμός ισχύει."]),
        ("Сумата расте. Регламентът влиза в сила.", ["Сумата расте.", "Регламентът влиза в сила."]),
        # Maltese ħ/Ħ, Hungarian Ő, Romanian Ș
        ("Dan japplika. Ħafna Stati jaqblu.", ["Dan japplika.", "Ħafna Stati jaqblu."]),
        ("Ez érvényes. Őket is érinti.", ["Ez érvényes.", "Őket is érinti."]),
        ("Se aplică. Ștefan a semnat.", ["Se aplică.", "Ștefan a semnat."]),
        # a lower-case word after the dot: no end; German and Polish opening quotes
        ("Siehe Nr. 5 und ggf. weitere.", ["Siehe Nr. 5 und ggf. weitere."]),
        ("Er sagte dies. „Das gilt.“", ["Er sagte dies.", "„Das gilt.“"]),
    ],
)
def test_sentences_end_before_a_capital_of_any_script(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_abbreviations_are_learnt_from_the_document_in_any_script() -> None:
    doc = "Βλ. σελ. 12 και άρθ. 5. Η σελ. Πρώτη. Zob. str. 4 oraz ust. 2."
    learnt = learn_abbreviations(doc)
    assert {"σελ.", "άρθ.", "str.", "ust."} <= learnt
    # a learnt abbreviation before a capital does not end the sentence
    assert _sentences("Η σελ. Πρώτη ισχύει.", learnt) == ["Η σελ. Πρώτη ισχύει."]
    assert _sentences("Η σελ. Πρώτη ισχύει.") == ["Η σελ.", "Πρώτη ισχύει."]


def test_inner_dot_abbreviations_and_ordinals_never_end_a_sentence() -> None:
    assert len(_sentences("Das gilt z.B. Für alle. Am 5. März.")) == 2
    assert _sentences("τα π.χ. Κράτη μέλη.") == ["τα π.χ. Κράτη μέλη."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EuroHPC and InvestAI, not Article IV", ["EuroHPC", "InvestAI"]),
        ("AI-fabrikker og EU's GenAI4EU", ["AI", "EU", "GenAI4EU"]),
        ("direktiv 90/385/EØF", ["EØF"]),
        ("οδηγία 2000/34/ΕΚ της ΕΕ", ["ΕΚ", "ΕΕ"]),
        ("Регламент (ЕО) № 1234/2007 на ЕС", ["ЕО", "ЕС"]),
        ("ŁKS i ŻSS, nie Łódź", ["ŁKS", "ŻSS"]),
    ],
)
def test_names_and_acronyms_in_every_script(text: str, expected: list[str]) -> None:
    assert names(text) == expected
    assert all(NAME.fullmatch(n) for n in expected)


# letters of every case and script, digits (decimal and not), marks, the characters that part words
_NAME_ALPHABET = "aBcDÉéΣσЖжǅĳ1²Ⅻ_ -'.:/()\u0301\u00a0\t\nAIL"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_NAME_ALPHABET, max_size=40))
def test_name_matches_are_the_matches_of_name(text: str) -> None:
    expected = [(m.start(), m.end()) for m in NAME.finditer(text)]
    assert [(m.start(), m.end()) for m in name_matches(text)] == expected


def test_words_are_letter_runs_of_any_script() -> None:
    assert words("Łączna-kwota: 5 €, ħafna ġurnata; Κανονισμός (ЕО)") == [
        "Łączna", "kwota", "ħafna", "ġurnata", "Κανονισμός", "ЕО",
    ]


@pytest.mark.parametrize(
    "word, folded",
    [
        ("Łączna", "laczna"),  # Polish stroke l and ogonek
        ("Ħafna", "hafna"),  # Maltese ħ (no Unicode decomposition)
        ("ġurnata", "gurnata"),
        ("Żebbuġ", "zebbug"),
        ("hősök", "hosok"),  # Hungarian double acute
        ("műszaki", "muszaki"),
        ("știință", "stiinta"),  # Romanian comma below ...
        ("ştiinţă", "stiinta"),  # ... and the legacy cedilla forms
        ("Đakovo", "dakovo"),  # Croatian
        ("Måneder", "maneder"),
        ("Ørsted", "orsted"),
        ("Æble", "aeble"),
        ("Straße", "strasse"),
        ("Μαρτίου", "μαρτιου"),  # Greek tonos
        ("Йордан", "иордан"),  # Cyrillic breve
    ],
)
def test_fold_removes_marks_and_strokes_in_every_script(word: str, folded: str) -> None:
    assert fold(word) == folded


def test_fold_key_keeps_short_words_apart_and_unifies_romanian_forms() -> None:
    assert fold_key("år") != fold_key("är")
    assert fold_key("şi") == fold_key("și") == "și"
    assert fold_key("Łódź") == "lodz"


def test_unify_letters_and_strip_marks() -> None:
    assert unify_letters("Ţara şi") == "Țara și"
    assert strip_marks("Šefčovič ő ș ş") == "Sefcovic o s s"
    assert strip_marks("Łódź") == "Łodz"  # the stroke is not a mark: fold() handles it


def test_fold_text_and_fold_name_across_scripts() -> None:
    assert fold_text("Łączna kwota, ħafna!") == "laczna kwota hafna"
    assert fold_text("Værdier, økonomi") == "vardier okonomi"
    assert fold_text("Κανονισμός (ΕΚ)") == "κανονισμοσ εκ"  # casefold: final ς is σ
    assert fold_name("InvestAl") == fold_name("InvestAI")
    assert fold_name("ŁKS") == fold_name("LKS") == "iks"  # l/I are one letter in OCR names


def test_skeleton_writes_look_alike_capitals_in_latin() -> None:
    from aicont.text import skeleton

    assert skeleton("EΟΚ") == skeleton("ΕΟΚ") == "EOK"  # Latin E + Greek ΟΚ, all Greek
    assert skeleton("ЕО") == "EO" and skeleton("Δ") == "Δ"


def test_a_heading_in_capitals_has_no_names() -> None:
    assert names("TARIFELE DE AEROPORT") == [] and names("ΠΑΡΑΡΤΗΜΑ") == []
    assert names("Tarifele DE aeroport") == ["DE"]
