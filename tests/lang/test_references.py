"""References in every EU language: Official Journal citations, act numbers, articles with their
paragraphs, Commission documents. Hand-made phrases (no shared data needed): each phrase must give
exactly these references and no other value (no count, year or period read out of them)."""

from __future__ import annotations

import pytest

from aicont.extract import extract_text
from aicont.lang import get_pack

ACT = "EC 123/2005"
OJ = "OJ L 77, 2010-03-05, p. 12"
ART_7_2_3 = ["Art. 7(2)", "Art. 7(3)"]

CASES: list[tuple[str, str, list[str]]] = [
    ("bg", "Регламент (ЕО) № 123/2005 (ОВ L 77, 5.3.2010 г., стр. 12)", [ACT, OJ]),
    ("bg", "съгласно член 7, параграфи 2 и 3 и членове 10—40", ART_7_2_3 + ["Art. 10-40"]),
    ("cs", "nařízení (ES) č. 123/2005 (Úř. věst. L 77, 5.3.2010, s. 12)", [ACT, OJ]),
    ("cs", "podle čl. 7 odst. 2 a 3 a článků 10 až 40", ART_7_2_3 + ["Art. 10-40"]),
    ("cs", "rozhodnutí Komise K(2012) 345", ["C(2012) 345"]),
    ("da", "forordning (EF) nr. 123/2005 (EUT L 77 af 5.3.2010, s. 12)", [ACT, OJ]),
    ("da", "efter artikel 7, stk. 2 og 3, og artikel 10-40", ART_7_2_3 + ["Art. 10-40"]),
    ("de", "Verordnung (EG) Nr. 123/2005 (ABl. L 77 vom 5.3.2010, S. 12)", [ACT, OJ]),
    ("de", "nach Artikel 7 Absätze 2 und 3 sowie Artikel 10 bis 40", ART_7_2_3 + ["Art. 10-40"]),
    ("de", "Beschluss K(2012) 345 und KOM(2011) 12", ["C(2012) 345", "COM(2011) 12"]),
    ("el", "Κανονισμός (ΕΚ) αριθ. 123/2005 (ΕΕ L 77 της 5.3.2010, σ. 12)", [ACT, OJ]),
    ("el", "σύμφωνα με το άρθρο 7 παράγραφοι 2 και 3 και τα άρθρα 10-40", ART_7_2_3 + ["Art. 10-40"]),
    # "2003/34/ΕΚ" is a directive, not a period 2003-2034
    ("el", "η οδηγία 2003/34/ΕΚ", ["EC 2003/34"]),
    ("en", "Regulation (EC) No 123/2005 (OJ L 77, 5.3.2010, p. 12)", [ACT, OJ]),
    ("en", "under Article 7(2) and (3) and Articles 10 to 40", ART_7_2_3 + ["Art. 10-40"]),
    # a sub-numbered article is not the article: "21.17" is Article 21(17)
    ("en", "Article 21.17 and Article 21", ["Art. 21(17)", "Art. 21"]),
    ("en", "Directive 2003/34/EC and Decision C(2012)345", ["EC 2003/34", "C(2012) 345"]),
    # a bracket opened before an item and not closed at once: still the list's next articles
    ("en", "(Articles 1-3, 4(2), (5-11, and 13), as amended", ["Art. 1", "Art. 2", "Art. 3", "Art. 4(2)", "Art. 5-11", "Art. 13"]),
    # the range word glued to the ordinal ending
    ("fr", "Dispositions applicables: articles 1erà 3 et annexes", ["Art. 1", "Art. 2", "Art. 3"]),
    ("es", "Reglamento (CE) n.o 123/2005 (DO L 77 de 5.3.2010, p. 12)", [ACT, OJ]),
    ("es", "el artículo 7, apartados 2 y 3, y los artículos 10 a 40", ART_7_2_3 + ["Art. 10-40"]),
    ("et", "määrus (EÜ) nr 123/2005 (ELT L 77, 5.3.2010, lk 12)", [ACT, OJ]),
    ("et", "artikli 7 lõigete 2 ja 3 ning artiklite 10–40 kohaselt", ART_7_2_3 + ["Art. 10-40"]),
    ("fi", "asetus (EY) N:o 123/2005 (EUVL L 77, 5.3.2010, s. 12)", [ACT, OJ]),
    # Finnish puts the article word after its number, and the paragraph word after its numbers
    ("fi", "7 artiklan 2 ja 3 kohdan sekä 10–40 artiklan mukaisesti", ART_7_2_3 + ["Art. 10-40"]),
    ("fr", "règlement (CE) no 123/2005 (JO L 77 du 5.3.2010, p. 12)", [ACT, OJ]),
    ("fr", "l'article 7, paragraphes 2 et 3, les articles 1er à 40 et l'article 5 bis", ART_7_2_3 + ["Art. 1-40", "Art. 5a"]),
    ("ga", "faoi Airteagal 9 (IO L 77, 5.3.2010, lch. 12)", ["Art. 9", OJ]),
    ("hr", "Uredba (EZ) br. 123/2005 (SL L 77, 5.3.2010., str. 12.)", [ACT, OJ]),
    ("hr", "u skladu s člankom 7. stavcima 2. i 3. i člancima od 10. do 40.", ART_7_2_3 + ["Art. 10-40"]),
    # Hungarian writes the act number first and the date year first, the page number before "o."
    ("hu", "a 123/2005/EK rendelet (HL L 77., 2010.3.5., 12. o.)", [ACT, OJ]),
    ("hu", "a 7. cikk (2) és (3) bekezdése, valamint a 10–40. cikk", ART_7_2_3 + ["Art. 10-40"]),
    ("hu", "a 6., a 8. és a 11. cikk", ["Art. 6", "Art. 8", "Art. 11"]),
    # the number word between the act's number and its word
    ("hu", "a Vegyes Bizottság 1/2019. sz. határozata", ["1/2019"]),
    ("lt", "pagal 9 straipsnio 2 bei 6 dalis", ["Art. 9(2)", "Art. 9(6)"]),
    ("sv", "artiklarna 8 respektive 9 i detta avtal", ["Art. 8", "Art. 9"]),
    ("it", "regolamento (CE) n. 123/2005 (GU L 77 dell'8.3.2010, pag. 12)", [ACT, "OJ L 77, 2010-03-08, p. 12"]),
    ("it", "l'articolo 7, paragrafi 2 e 3, e gli articoli da 10 a 40", ART_7_2_3 + ["Art. 10-40"]),
    ("lt", "reglamentas (EB) Nr. 123/2005 (OL L 77, 2010 3 5, p. 12)", [ACT, OJ]),
    ("lt", "pagal 7 straipsnio 2 ir 3 dalis ir 10–40 straipsnius", ART_7_2_3 + ["Art. 10-40"]),
    ("lv", "Regula (EK) Nr. 123/2005 (OV L 77, 5.3.2010., 12. lpp.)", [ACT, OJ]),
    ("lv", "saskaņā ar 7. panta 2. un 3. punktu un 10.–40. pantu", ART_7_2_3 + ["Art. 10-40"]),
    ("mt", "Regolament (KE) Nru 123/2005 (ĠU L 77, 5.3.2010, p. 12)", [ACT, OJ]),
    ("mt", "skont l-Artikolu 7(2) u (3) u l-Artikoli 10-40", ART_7_2_3 + ["Art. 10-40"]),
    ("nl", "Verordening (EG) nr. 123/2005 (PB L 77 van 5.3.2010, blz. 12)", [ACT, OJ]),
    ("nl", "artikel 7, leden 2 en 3, en de artikelen 10 tot en met 40", ART_7_2_3 + ["Art. 10-40"]),
    # a range of up to four articles is each of them: "artikelen 1, 2 en 3" = "Articles 1 to 3"
    ("nl", "de artikelen 1, 2 en 3", ["Art. 1", "Art. 2", "Art. 3"]),
    ("en", "Articles 1 to 3", ["Art. 1", "Art. 2", "Art. 3"]),
    ("pl", "rozporządzenie (WE) nr 123/2005 (Dz.U. L 77 z 5.3.2010, s. 12)", [ACT, OJ]),
    ("pl", "zgodnie z art. 7 ust. 2 i 3 oraz art. 10–40", ART_7_2_3 + ["Art. 10-40"]),
    ("pt", "Regulamento (CE) n.o 123/2005 (JO L 77 de 5.3.2010, p. 12)", [ACT, OJ]),
    ("pt", "o artigo 7.o, n.os 2 e 3, e os artigos 10.o a 40.o", ART_7_2_3 + ["Art. 10-40"]),
    ("ro", "Regulamentul (CE) nr. 123/2005 (JO L 77, 5.3.2010, p. 12)", [ACT, OJ]),
    ("ro", "în temeiul articolului 7 alineatele (2) și (3) și al articolelor 10-40", ART_7_2_3 + ["Art. 10-40"]),
    ("sk", "nariadenie (ES) č. 123/2005 (Ú. v. EÚ L 77, 5.3.2010, s. 12)", [ACT, OJ]),
    ("sk", "podľa článku 7 ods. 2 a 3 a článkov 10 až 40", ART_7_2_3 + ["Art. 10-40"]),
    ("sl", "Uredba (ES) št. 123/2005 (UL L 77, 5.3.2010, str. 12)", [ACT, OJ]),
    ("sl", "v skladu s členom 7(2) in (3) ter členi 10–40", ART_7_2_3 + ["Art. 10-40"]),
    ("sv", "förordning (EG) nr 123/2005 (EUT L 77, 5.3.2010, s. 12)", [ACT, OJ]),
    # Swedish numbers paragraphs with a dot: "artiklarna 7.2, 7.3" = "Article 7(2), (3)"
    ("sv", "enligt artiklarna 7.2, 7.3 och 10–40", ART_7_2_3 + ["Art. 10-40"]),
    # inserted articles in each script and notation: 9a, 9b
    ("bg", "по силата на членове 9а и 9б", ["Art. 9a", "Art. 9b"]),
    ("el", "σύμφωνα με τα άρθρα 9α και 9β", ["Art. 9a", "Art. 9b"]),
    ("hr", "na temelju članaka 9.a i 9.b", ["Art. 9a", "Art. 9b"]),
    ("fi", "9 a ja 9 b artiklan nojalla", ["Art. 9a", "Art. 9b"]),
    ("pt", "nos termos dos artigos 9.o-A e 9.o-B", ["Art. 9a", "Art. 9b"]),
    # cs "a" is "and", not a letter: "čl. 4 a 5" = Articles 4 and 5
    ("cs", "podle čl. 4 a 5", ["Art. 4", "Art. 5"]),
    # after a list of paragraphs, ", y" and a jump go back to articles; a small step is one more paragraph
    ("es", "los artículos 1 a 18, 19, apartados 1 y 2, y 30 a 40", ["Art. 1-18", "Art. 19(1)", "Art. 19(2)", "Art. 30-40"]),
    ("cs", "čl. 4 odst. 1, 2, 5, 6, a 8", ["Art. 4(1)", "Art. 4(2)", "Art. 4(5)", "Art. 4(6)", "Art. 4(8)"]),
    # an act number after "No" without its community, and an article number glued to its word
    ("cs", "nařízení Komise č. 2017/161", ["2017/161"]),
    ("es", "el artículo3, apartado 1", ["Art. 3(1)"]),
    ("de", "Artikel 1-12 sowie 14-18", ["Art. 1-12", "Art. 14-18"]),
    ("bg", "нотифицирано под номер С(2019) 3228", ["C(2019) 3228"]),
    # "a new point" is not Article 5a
    ("en", "In Article 5 a new point is added.", ["Art. 5"]),
    ("fr", "Article premier", ["Art. 1"]),
    # a short aside between commas does not end a list
    ("fr", "les articles 12, 13, deuxième alinéa, et 14 du protocole", ["Art. 12", "Art. 13", "Art. 14"]),
    ("es", "los artículos 11 a 14, ambos inclusive, y 17", ["Art. 11", "Art. 12", "Art. 13", "Art. 14", "Art. 17"]),
    # one more paragraph after a point: "apartado 1, letra b), y apartado 2"
    ("es", "artículo 14, apartado 1, letra b), y apartado 2", ["Art. 14(1)", "Art. 14(2)"]),
    # an act of the single numbering standing alone, and a stray degree sign after "no"
    ("es", "el Reglamento 2017/161 de la Comisión", ["2017/161"]),
    ("fr", "le règlement (CE) no °437/2003", ["EC 437/2003"]),
    # Hungarian cites a decision by its number before the word, and a paragraph after a point
    ("hu", "a Bizottság 1/2019 határozata", ["1/2019"]),
    # "do" ends the range; a reference has no qualifier ("up to")
    ("hr", "članci od 11. do 12.", ["Art. 11", "Art. 12"]),
    ("hu", "a 14. cikk (1) bekezdésének b) pontja és (2) bekezdése", ["Art. 14(1)", "Art. 14(2)"]),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_references_in_every_language(lang: str, text: str, expected: list[str]) -> None:
    values = extract_text(text, get_pack(lang))
    assert [(v.kind, v.canonical) for v in values] == [("reference", c) for c in expected], [
        (v.kind, v.raw, v.canonical) for v in values
    ]
    assert all(v.suspect is None and v.qualifier is None for v in values)


def test_every_official_language_has_reference_data() -> None:
    codes = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
    for code in codes:
        d = get_pack(code).data
        assert d.journal_names and d.communities and d.rank_words, code
        assert d.article_words or d.article_after_words, code


def test_same_act_in_two_forms_and_scripts_is_one_reference() -> None:
    """A regulation cited "(EC) No 8/2008" in English is "8/2008/EK" in Hungarian; an acronym
    typed with a Latin E among Greek letters ("EΟΚ") is still the Greek EEC."""
    (en,) = extract_text("Regulation (EC) No 8/2008", get_pack("en"))
    (hu,) = extract_text("a 8/2008/EK rendelet", get_pack("hu"))
    (el,) = extract_text("κανονισμού (EΟΚ) αριθ. 3922/91", get_pack("el"))
    assert en.canonical == hu.canonical == "EC 8/2008"
    assert el.canonical == "EEC 3922/91" and el.suspect is None


def test_communities_follow_the_language() -> None:
    """"ES" is the Community in Czech and the Union in Lithuanian."""
    (cs,) = extract_text("nařízení (ES) č. 1/2005", get_pack("cs"))
    (lt,) = extract_text("reglamentas (ES) Nr. 1/2015", get_pack("lt"))
    assert cs.canonical == "EC 1/2005" and lt.canonical == "EU 1/2015"


def test_a_period_is_not_an_act() -> None:
    values = extract_text("the programmes 2021/2027 and the year 2025/26", get_pack("en"))
    assert [v.kind for v in values] == ["period", "period"]


def test_references_left_out_together_are_one_finding(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    from aicont.config import Config
    from aicont.pipeline import compare_documents, load_document

    left, right = tmp_path / "en.txt", tmp_path / "de.txt"
    left.write_text("Applicable provisions: Articles 5 to 11 and 13 of Regulation (EU) 2018/1139.\n", encoding="utf-8")
    right.write_text("Anwendbare Bestimmungen der Verordnung (EU) 2018/1139.\n", encoding="utf-8")
    report = compare_documents(load_document(left, side="left", lang="en"), load_document(right, side="right", lang="de"), Config())
    (finding,) = [f for f in report.findings if f.code == "AC402"]
    assert "Art. 5-11" in finding.message and "Art. 13" in finding.message


def test_a_list_of_articles_goes_up() -> None:
    """et "artiklid 1–5, 1. ja 2. lisa": the numbers after 5 start again, so they are the annexes'."""
    values = extract_text("artiklid 1–5, 1. ja 2. lisa", get_pack("et"))
    assert [v.canonical for v in values if v.kind == "reference"] == ["Art. 1-5", "annex:1", "annex:2"]


# "Articles 1 to 23, except 18 and 19": the articles left out are named too (as English names them:
# "with the exception of Articles 18 and 19"), in every language's words for "to", "except" and "and"
EXCEPT_CASES: list[tuple[str, str]] = [
    ("bg", "членове 1—23, с изключение на 18 и 19"),
    ("cs", "články 1 až 23 kromě 18 a 19"),
    ("da", "Artikel 1-23, bortset fra 18 og 19"),
    ("de", "Artikel 1 bis 23, ausgenommen 18 und 19"),
    ("el", "άρθρα 1 έως 23 εκτός από 18 και 19"),
    ("en", "Articles 1 to 23 except 18 and 19"),
    ("es", "artículos 1 a 23, excepto 18 y 19"),
    ("et", "artiklid 1–23, välja arvatud 18 ja 19"),
    ("fr", "articles 1er à 23, sauf 18 et 19"),
    ("hr", "članci od 1. do 23., osim 18. i 19."),
    ("it", "articoli da 1 a 23, eccetto 18 e 19"),
    ("mt", "l-Artikoli 1 sa 23, ħlief 18 u 19"),
    ("nl", "artikelen 1 tot en met 23, behalve 18 en 19"),
    ("pl", "art. 1–23 z wyjątkiem 18 i 19"),
    ("pt", "artigos 1.o a 23.o, exceto 18.o e 19.o"),
    ("ro", "articolele 1-23, cu excepția 18 și 19"),
    ("sk", "články 1 až 23 okrem 18 a 19"),
    ("sl", "členi 1 do 23, razen 18 in 19"),
    ("sv", "artiklarna 1–23 förutom 18 och 19"),
]


@pytest.mark.parametrize("lang, text", EXCEPT_CASES, ids=[c[0] for c in EXCEPT_CASES])
def test_articles_left_out_are_named(lang: str, text: str) -> None:
    values = extract_text(text, get_pack(lang))
    assert [(v.kind, v.canonical) for v in values] == [("reference", c) for c in ("Art. 1-23", "Art. 18", "Art. 19")], [
        (v.kind, v.raw, v.canonical) for v in values
    ]


def test_every_official_language_has_except_words() -> None:
    from aicont.lang import supported_languages

    assert [code for code in supported_languages() if not get_pack(code).data.except_words] == []


def test_an_ordinal_aside_does_not_end_an_article_list() -> None:
    """el "των άρθρων 12, 13 δεύτερη παράγραφος και 14" (Article 12, the second paragraph of Article 13
    and Article 14)."""
    values = extract_text("των άρθρων 12, 13 δεύτερη παράγραφος και 14 του πρωτοκόλλου", get_pack("el"))
    assert [v.canonical for v in values] == ["Art. 12", "Art. 13", "Art. 14"]


@pytest.mark.parametrize(("lang", "text"), [
    ("el", "τα άρθρα 343 της Συνθήκης για τη λειτουργία της Ευρωπαϊκής Ένωσης και 191 της Συνθήκης για την ίδρυση"),
    ("de", "die Artikel 343 des Vertrags über die Arbeitsweise der Europäischen Union und 191 des Vertrags zur Gründung"),
])
def test_an_article_after_the_phrase_of_the_one_before(lang: str, text: str) -> None:
    """"Articles 343 of the Treaty on ... and 191 of the Treaty establishing ...": 191 is an article."""
    assert [v.canonical for v in extract_text(text, get_pack(lang))] == ["Art. 343", "Art. 191"]


def test_a_count_after_an_article_phrase_is_no_article() -> None:
    """The number after "and" is an article only when the same link word and a title follow it."""
    values = extract_text("Article 5 of the Treaty and 12 of the Member States", get_pack("en"))
    assert [(v.kind, v.canonical) for v in values] == [("reference", "Art. 5"), ("count", "12")]
