"""Labels in every EU language: a number that names a part of a document (annex, appendix, part,
title, chapter, section, volume, paragraph/point, table, figure) is a reference "annex:2", not a
count, whether the label word stands before it ("Annex II", "bilag 1 og 2") or after it (hu "II.
melléklet", fi "II osan", lt "16 priedo"), in digits or in Roman numerals. Hand-made phrases in the
forms the DGT acts use (no shared data needed): each gives exactly these references, no count."""

from __future__ import annotations

import pytest

from aicont.extract import extract_text
from aicont.extract.references import roman_value
from aicont.lang import get_pack

ANNEXES_1_2 = ["annex:1", "annex:2"]
ICAO = ["part:2", "chapter:3", "volume:1", "annex:16"]

CASES: list[tuple[str, str, list[str]]] = [
    ("bg", "приложения I и II; част II, глава 3, том 1 от приложение 16", ANNEXES_1_2 + ICAO),
    ("bg", "в точка 2 и раздел 4", ["paragraph:2", "section:4"]),
    ("cs", "přílohy I až X; části II kapitoly 3 svazku 1 přílohy 16", ["annex:1-10"] + ICAO),
    ("cs", "v bodu 2 oddílu 4", ["paragraph:2", "section:4"]),
    ("da", "samt bilag 1 og 2; bind 1, del II, kapitel 3, i bilag 16", ANNEXES_1_2 + ["volume:1", "part:2", "chapter:3", "annex:16"]),
    ("da", "I stk. 1 og stk. 6 indsættes; afsnit 2 og punkt 3", ["paragraph:1", "paragraph:6", "section:2", "paragraph:3"]),
    ("de", "Anhänge I bis X; des Teils II Kapitel 3 Band 1 des Anhangs 16", ["annex:1-10"] + ICAO),
    ("de", "der in Absatz 1 bezeichneten Personen; Ziffer 2; Abschnitt 4", ["paragraph:1", "paragraph:2", "section:4"]),
    ("el", "παραρτήματα I έως Χ", ["annex:1-10"]),  # a Greek capital chi for the ten
    ("el", "των παραρτημάτων του Ι και ΙΙ· κεφάλαιο 3, σημείο 2", ANNEXES_1_2 + ["chapter:3", "paragraph:2"]),
    ("en", "Applicable provisions: Articles 1 to 5, Annexes 1 and 2.", ["Art. 1-5"] + ANNEXES_1_2),
    ("en", "covered by Part II, Chapter 3, Volume 1 of Annex 16", ICAO),
    ("en", "In paragraph 1 and paragraph 6; within the meaning of point 1 above; CHAPTER IV", ["paragraph:1", "paragraph:6", "paragraph:1", "chapter:4"]),
    ("es", "y anexos I a X; volumen 1, capítulo 3, del anexo 16", ["annex:1-10", "volume:1", "chapter:3", "annex:16"]),
    # a paragraph after its article, or before it, is the article's
    ("es", "en el artículo 16, el apartado 3; la aplicación del apartado 3 del artículo 81", ["Art. 16(3)", "Art. 81(3)"]),
    ("et", "artiklid 1–140, välja arvatud artiklid 127 ja 128, I–X lisa", ["Art. 1-140", "Art. 127", "Art. 128", "annex:1-10"]),
    ("et", "16. lisa 1. köite 3. peatüki II osas", ["annex:16", "volume:1", "chapter:3", "part:2"]),
    ("fi", "liitteet I–X; liitteen 16 niteessä I olevan II osan 3 luvun", ["annex:1-10", "annex:16", "volume:1", "part:2", "chapter:3"]),
    ("fi", "asetuksen luvussa II tarkoitetusta", ["chapter:2"]),
    ("fr", "et les annexes I à X; volume 1, partie II, chapitre 3 de l'annexe 16", ["annex:1-10", "volume:1", "part:2", "chapter:3", "annex:16"]),
    ("fr", "le paragraphe 3 de l'article 81; au point 2", ["Art. 81(3)", "paragraph:2"]),
    ("ga", "Iarscríbhinn II agus Caibidil 3", ["annex:2", "chapter:3"]),
    ("hr", "i prilozi od I. do X.; dijelom II. poglavljem 3. sveskom 1. Priloga 16.", ["annex:1-10"] + ICAO),
    ("hu", "1–140. cikk a 127. és a 128. cikk kivételével, I–X. melléklet", ["Art. 1-140", "Art. 127", "Art. 128", "annex:1-10"]),
    ("hu", "16. függeléke 1. kötete II. részének 3. fejezete", ["appendix:16", "volume:1", "part:2", "chapter:3"]),
    ("it", "e gli allegati da I a X; volume 1, parte II, capitolo 3 dell'allegato 16", ["annex:1-10", "volume:1", "part:2", "chapter:3", "annex:16"]),
    ("it", "all'articolo 16, il paragrafo 3 è sostituito; al punto 2", ["Art. 16(3)", "paragraph:2"]),
    ("lt", "I–X priedai; 16 priedo 1 tomo 3 skyriaus", ["annex:1-10", "annex:16", "volume:1", "chapter:3"]),
    ("lv", "I–X pielikums; 16. pielikuma 1. sējuma 3. nodaļas", ["annex:1-10", "annex:16", "volume:1", "chapter:3"]),
    ("mt", "l-Annessi I sa X; mill-Parti II, il-Kapitolu 3, il-Volum 1 tal-Anness 16", ["annex:1-10"] + ICAO),
    ("nl", "en bijlagen I tot en met X; boekdeel 1, deel II, hoofdstuk 3 van bijlage 16", ["annex:1-10", "volume:1", "part:2", "chapter:3", "annex:16"]),
    ("pl", "załączniki I–X; częścią II rozdział 3 tom I załącznika 16", ["annex:1-10"] + ICAO),
    ("pl", "sekcja 4 pkt 2", ["section:4", "paragraph:2"]),
    ("pt", "e anexos I a X; volume 1, capítulo 3 do anexo 16", ["annex:1-10", "volume:1", "chapter:3", "annex:16"]),
    ("ro", "anexele I-X; capitolul 3, volumul 1 din anexa 16", ["annex:1-10", "chapter:3", "volume:1", "annex:16"]),
    ("sk", "prílohy I až X; časti II kapitoly 3 zväzku I prílohy 16", ["annex:1-10"] + ICAO),
    ("sl", "priloge I do X; del II poglavja 3 zvezka 1 Priloge 16", ["annex:1-10"] + ICAO),
    ("sv", "bilagorna 1 och 2; volym 1, del II, kapitel 3 i bilaga 16", ANNEXES_1_2 + ["volume:1", "part:2", "chapter:3", "annex:16"]),
    ("sv", "I punkterna 1 och 6 ska; avsnitt 4", ["paragraph:1", "paragraph:6", "section:4"]),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_labels_in_every_language(lang: str, text: str, expected: list[str]) -> None:
    values = extract_text(text, get_pack(lang))
    refs = [v.canonical for v in values if v.kind == "reference"]
    assert refs == expected, [(v.kind, v.raw, v.canonical) for v in values]
    assert not [v for v in values if v.kind in ("count", "rank", "year")], [(v.kind, v.raw) for v in values]


def test_every_official_language_has_label_words() -> None:
    from aicont.lang import supported_languages

    for code in supported_languages():
        data = get_pack(code).data
        types = {t for _, t in data.label_words + data.label_after_words}
        assert "annex" in types and "chapter" in types, code


@pytest.mark.parametrize(("token", "value"), [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XXXIX", 39), ("Χ", 10), ("ІІ", 2)])
def test_roman_numerals(token: str, value: int) -> None:
    assert roman_value(token) == value


@pytest.mark.parametrize("token", ["IIII", "VV", "IC", "A", ""])
def test_not_roman_numerals(token: str) -> None:
    assert roman_value(token) is None


def test_a_label_is_no_count_and_not_every_capital_is_a_numeral() -> None:
    """"Part A" has no number; "Annex Internal" no numeral; a count after a label word stays a count
    only where nothing labels it."""
    values = extract_text("Part A of Annex Internal rules; 5 annexes", get_pack("en"))
    assert [(v.kind, v.canonical) for v in values] == [("count", "5")]


def _report(tmp_path, left_text: str, right_text: str, left: str = "en", right: str = "de"):  # noqa: ANN001, ANN202
    from aicont.config import Config
    from aicont.pipeline import compare_documents, load_document

    a, b = tmp_path / f"{left}.txt", tmp_path / f"{right}.txt"
    a.write_text(left_text + "\n", encoding="utf-8")
    b.write_text(right_text + "\n", encoding="utf-8")
    return compare_documents(load_document(a, side="left", lang=left), load_document(b, side="right", lang=right), Config())


def test_a_changed_annex_number_is_a_reference_difference(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    report = _report(tmp_path, "Applicable provisions: Articles 1 to 5, Annexes I and II.",
                     "Anwendbare Bestimmungen: Artikel 1 bis 5, Anhänge I und III.")
    (finding,) = report.findings
    assert finding.code == "AC401" and "annex:2" in finding.message and "annex:3" in finding.message


def test_the_same_annexes_in_digits_and_numerals_are_no_finding(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    report = _report(tmp_path, "Applicable provisions: Articles 1 to 5, Annexes 1 and 2.",
                     "Alkalmazandó rendelkezések: 1–5. cikk, I. és II. melléklet.", right="hu")
    assert not report.findings


def test_a_paragraph_a_language_calls_a_point_is_no_finding(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    """en "paragraph 1(a)" = sv "punkt 1 a"; pt "n.o 1" (its word for number) = "paragraph 1"."""
    assert not _report(tmp_path, "In paragraph 1(a), the words shall be inserted.", "I punkt 1 a ska orden införas.", right="sv").findings
    assert not _report(tmp_path, "In paragraph 2, the words shall be inserted.", "No n.o 2, é inserida a expressão.", right="pt").findings


def _forms() -> list[tuple[str, str, str, bool]]:
    from aicont.lang import supported_languages

    out = []
    for code in supported_languages():
        data = get_pack(code).data
        out += [(code, w, t, True) for w, t in data.label_words]
        out += [(code, w, t, False) for w, t in data.label_after_words]
    return out


@pytest.mark.parametrize(("lang", "word", "kind", "before"), _forms(), ids=[f"{c}:{w}" for c, w, _, _ in _forms()])
def test_every_label_form_labels_its_number(lang: str, word: str, kind: str, before: bool) -> None:
    """Each label word of the data, before its number ("Kapitel 2", "II osan") or after it, in
    digits and in Roman numerals."""
    for number in ("2", "II"):
        text = f"siehe {word} {number} und" if before else f"siehe {number}. {word} und"
        refs = [v.canonical for v in extract_text(text, get_pack(lang)) if v.kind == "reference"]
        assert refs == [f"{kind}:2"], (text, refs)
