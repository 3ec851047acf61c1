"""Hand-made cases in every EU language: each phrase (written for these tests, not taken from any
corpus) must extract to the listed (kind, canonical, qualifier) values, in text order.

The cases of one language are the contract of its data file (src/aicont/lang/<code>.py): adding a
language is adding its file and its rows here.
"""

from __future__ import annotations

import pytest

from aicont.extract import extract_text
from aicont.lang import get_pack, supported_languages

EU = tuple("bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split())


def keys(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(v.kind, v.canonical, v.qualifier) for v in extract_text(text, get_pack(lang))]


D = "date"
CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- long dates in every order and case, with "from" where the language marks it
    ("bg", "Решението се прилага от 3 март 2024 г.", [(D, "2024-03-03", None)]),
    ("cs", "Nařízení se použije ode dne 3. března 2024.", [(D, "2024-03-03", "from")]),
    ("da", "Forordningen anvendes fra den 3. marts 2024.", [(D, "2024-03-03", "from")]),
    ("de", "Die Verordnung gilt ab dem 3. März 2024.", [(D, "2024-03-03", "from")]),
    ("el", "Ο κανονισμός εφαρμόζεται από την 3η Μαρτίου 2024.", [(D, "2024-03-03", "from")]),
    ("en", "The Regulation applies from 3 March 2024.", [(D, "2024-03-03", None)]),
    ("en", "It entered into force on March 3, 2024.", [(D, "2024-03-03", None)]),
    ("es", "El Reglamento se aplicará a partir del 3 de marzo de 2024.", [(D, "2024-03-03", "from")]),
    ("et", "Määrust kohaldatakse alates 3. märtsist 2024.", [(D, "2024-03-03", "from")]),
    ("fi", "Asetusta sovelletaan 3 päivästä maaliskuuta 2024.", [(D, "2024-03-03", "from")]),
    ("fr", "Le règlement s'applique à partir du 1er mars 2024.", [(D, "2024-03-01", "from")]),
    ("ga", "Beidh feidhm aige ón 3 Márta 2024.", [(D, "2024-03-03", None)]),
    ("hr", "Uredba se primjenjuje od 3. ožujka 2024.", [(D, "2024-03-03", None)]),
    ("hu", "A rendeletet 2024. március 3-ától kell alkalmazni.", [(D, "2024-03-03", "from")]),
    ("it", "Il regolamento si applica a decorrere dal 1º marzo 2024.", [(D, "2024-03-01", "from")]),
    ("lt", "Reglamentas taikomas nuo 2024 m. kovo 3 d.", [(D, "2024-03-03", "from")]),
    ("lv", "Regulu piemēro no 2024. gada 3. marta.", [(D, "2024-03-03", "from")]),
    ("mt", "Ir-Regolament japplika mit-3 ta' Marzu 2024.", [(D, "2024-03-03", "from")]),
    ("nl", "De verordening is van toepassing met ingang van 3 maart 2024.", [(D, "2024-03-03", "from")]),
    ("pl", "Rozporządzenie stosuje się od dnia 3 marca 2024 r.", [(D, "2024-03-03", "from")]),
    ("pt", "O regulamento é aplicável a partir de 3 de março de 2024.", [(D, "2024-03-03", "from")]),
    ("ro", "Regulamentul se aplică de la 3 martie 2024.", [(D, "2024-03-03", "from")]),
    ("sk", "Nariadenie sa uplatňuje od 3. marca 2024.", [(D, "2024-03-03", "from")]),
    ("sl", "Uredba se uporablja od 3. marca 2024.", [(D, "2024-03-03", "from")]),
    ("sv", "Förordningen ska tillämpas från och med den 3 mars 2024.", [(D, "2024-03-03", "from")]),
    # --- numeric dates in each language's notation
    ("hu", "a 2024.3.3. napján", [(D, "2024-03-03", None)]),
    # inside an Official Journal citation the date is part of one reference
    ("hu", "(HL L 12., 2024.3.3., 5. o.)", [("reference", "OJ L 12, 2024-03-03, p. 5", None)]),
    ("lt", "priimta 2024 03 03", [(D, "2024-03-03", None)]),
    ("fr", "le 03/03/2024", [(D, "2024-03-03", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_case(lang: str, text: str, expected: list) -> None:
    assert keys(text, lang) == expected


def test_every_eu_language_has_a_data_file_and_cases() -> None:
    assert set(supported_languages()) == set(EU)
    assert {lang for lang, _, _ in CASES} == set(EU)


@pytest.mark.parametrize("lang", EU)
def test_pack_joins_cldr_and_hand_data(lang: str) -> None:
    pack = get_pack(lang)
    assert len({n for _, n in pack.months}) == 12
    assert {u for _, u in pack.time_units} == {"Y", "M", "W", "D"}
    assert pack.data.qualifiers, f"{lang} has no qualifiers"
    assert pack.notice() is None, pack.notice()


def test_unknown_language_says_what_it_lacks() -> None:
    notice = get_pack("xx").notice()
    assert notice is not None and "qualifiers" in notice and "'xx'" in notice
