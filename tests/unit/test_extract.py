"""Unit tests of the extractors: what is not a value, suspect marks, offsets and lines, packs."""

from __future__ import annotations

import pytest

from aicont.extract import KINDS, extract_document, extract_text, extract_values
from aicont.lang import get_pack
from aicont.lang.base import fold
from aicont.model import Block, BlockKind, Document, Span

DA = get_pack("da")
SV = get_pack("sv")


def canon(text: str, pack=DA) -> list[tuple[str, str]]:
    return [(v.kind, v.canonical) for v in extract_text(text, pack)]


NOT_VALUES = [
    ("da", "MareNostrum 5 og DigComp 3.0"),
    ("da", "GenAI4EU-initiativet og DIH4CAT"),
    ("da", "ved hjælp af 3D-print"),
    ('da', '"1+ Million Genomes"-initiativet'),
    ("da", "AI@EC og Covid-19-krisen"),
    ("sv", "nystartade AI-företag3. Denna"),
    ("sv", "som står för över\n15 %18 av vår BNP"),  # the 18 is a footnote marker (the 15 % stays)
    ("da", "(CNECT/LUX/2022/0P/0030)"),
    ("da", "1 denne sammenhæng vil"),
    ("da", "arbejdstagere 1 SMV'er"),
    ("da", "1) Opbygning af færdigheder, 2) opkvalificering"),
    ("da", "en anden medlemsstat og et stort indre marked"),
    ("sv", "en enda uppsättning och ett initiativ"),
    ("da", "For det første et stort indre marked"),
    ("sv", "andra regioner i världen"),
    ("da", "hundreder af billioner af parametre"),
    ("da", "Battery 2030+63 sigter mod"),
    ("da", "fremstilling og 3-D-printning."),
    ("da", "personalisere køretøjsoplevelsen. 67"),
    ("da", "meddelelse om Web 4.0 og virtuelle verdener"),
    ("da", "Cradle raises $24M Series A"),
    ("da", "Living repository to foster learning and exchange on AI literacy"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_VALUES, ids=[t for _, t in NOT_VALUES])
def test_not_values(lang: str, text: str) -> None:
    values = extract_text(text, get_pack(lang))
    kept = [(v.kind, v.raw) for v in values if not (v.kind == "percent" and v.canonical == "15")]
    assert kept == []


def test_amount_after_a_false_range() -> None:
    assert canon("steg fra 2,7 mia. EUR i 2022 til 24 mia. EUR i 2023") == [
        ("amount", "EUR 2.7E+9"), ("year", "2022"), ("amount", "EUR 2.4E+10"), ("year", "2023")
    ]


def test_oj_document_number_and_broken_link() -> None:
    assert canon("(2023/C 263/01).") == [("reference", "OJ C 2023/263/01")]
    got = canon("Europe, https://www.appliedai- institute.de/en/hub/2024-generative-ai-study.")
    assert got == [("url", "https://www.appliedai-institute.de/{lang}/hub/2024-generative-ai-study")]


def test_url_is_one_value_without_the_digits_inside() -> None:
    got = canon("Se https://www.appliedaiinstitute.de/en/hub/2024-generative-ai-study.")
    assert got == [("url", "https://www.appliedaiinstitute.de/{lang}/hub/2024-generative-ai-study")]


def test_url_underscore_lost_by_ocr_is_suspect() -> None:
    (v,) = extract_text("Se https://ec.europa.eu/commission/presscorner/detail/en/speech 25 471.", DA)
    assert v.kind == "url" and v.suspect == "ocr-url"
    assert v.canonical.endswith("/{lang}/speech_25_471")


def test_url_with_ocr_scheme_is_suspect() -> None:
    (v,) = extract_text("hitps://european-digital-innovation-hubs.ec.europa.eu/knowledge-hub", DA)
    assert v.suspect == "ocr-url" and v.canonical.startswith("https://")


def test_glued_footnote_year_is_kept_and_suspect() -> None:
    six, v = extract_text("blev yderligere seks udvalgt i marts 20258, Med", DA)
    assert (six.kind, six.canonical, six.suspect) == ("count", "6", None)
    assert (v.kind, v.canonical, v.suspect) == ("month", "2025-03", "glued-footnote")


def test_date_with_lost_dots_is_suspect() -> None:
    (v,) = extract_text("bilindustrien 1142025 | Åben for alle", DA)
    assert (v.kind, v.canonical, v.suspect) == ("count", "1142025", "ocr-date")
    (v,) = extract_text("i alt 1 142 025 deltagere", DA)
    assert v.suspect is None


def test_year_with_letter_for_digit_is_suspect() -> None:
    (v,) = extract_text("inden udgangen af 2O25 vil", DA)
    assert (v.kind, v.canonical, v.suspect) == ("year", "2025", "ocr-digit")
    assert extract_text("IOIO og lOOl og 2OOO-tallet", DA) == ()


def test_unknown_act_abbreviation_is_suspect() -> None:
    (v,) = extract_text("Rådets direktiv 90/385/EQF", DA)
    assert v.suspect == "unknown-abbreviation" and v.canonical == "EQF 90/385"


def test_over_after_span_verb_is_not_a_qualifier() -> None:
    (v,) = extract_text("konsortier, der spænder over 15 medlemsstater", DA)
    assert (v.canonical, v.qualifier) == ("15", None)


def test_clause_from_only_at_clause_start() -> None:
    (v,) = extract_text("som bebudet i pakken om AI-innovation fra 2024.", DA)
    assert v.qualifier is None
    (v,) = extract_text("I den anden fase, fra december 2025, vil", DA)
    assert v.qualifier == "from"


def test_folding_does_not_merge_short_words() -> None:
    (v,) = extract_text("de politiske retningslinjer for 2024-2029", DA)
    assert v.qualifier is None  # "for" is not "før"
    assert [(v.kind, v.canonical) for v in extract_text("av dessa 2 är nya", SV)] == [("count", "2")]  # "är" is not "år"
    assert [(v.kind, v.canonical) for v in extract_text("fem til syv ar", DA)] == [("duration", "P5Y/P7Y")]  # OCR "ar"
    assert [(v.qualifier) for v in extract_text("naesten 700 mio. EUR", DA)] == ["approx"]  # OCR "ae" for "æ"


def test_temporal_qualifier_does_not_bind_to_amounts() -> None:
    (v,) = extract_text("an increase by 20 %", get_pack("en"))
    assert (v.kind, v.qualifier) == ("percent", None)


def test_quarter_year_later_in_phrase() -> None:
    assert canon("i andet og tredje kvartal 2025") == [("quarter", "2025-Q2/2025-Q3")]
    assert canon("i andet kvartal") == [("quarter", "Q2")]


def test_group_separators_and_decimals() -> None:
    assert canon("25000 og 25 000 og 6.800 og 2,5", DA) == [
        ("count", "25000"), ("count", "25000"), ("count", "6800"), ("count", "2.5")
    ]
    assert canon("6,800 and 2.5", get_pack("en")) == [("count", "6800"), ("count", "2.5")]


def test_numeric_date_not_read_as_numbers() -> None:
    assert canon("den 1.8.2024.") == [("date", "2024-08-01")]


def test_invalid_dates_are_not_dates() -> None:
    assert all(k != "date" for k, _ in canon("31.2.2025"))


def _block(text: str, kind: BlockKind = BlockKind.PARAGRAPH, lines: tuple[tuple[int, int], ...] = ()) -> Block:
    return Block(
        id="left:1:p1", kind=kind, section="1", text=text, raw=text,
        spans=(Span("x.txt", 10, 12, 1),), line_offsets=lines,
    )


def test_block_offsets_and_lines() -> None:
    text = "Efter fristen den 1. november 2024 blev syv konsortier udvalgt i marts 2025."
    block = _block(text, lines=((0, 10), (35, 11), (60, 12)))
    values = extract_values(block, DA)
    assert [(v.raw, v.line, v.block_id) for v in values] == [
        ("1. november 2024", 10, "left:1:p1"), ("syv", 11, "left:1:p1"), ("marts 2025", 12, "left:1:p1")
    ]
    for v in values:
        assert text[v.offset:v.offset + len(v.raw)] == v.raw


def test_heading_and_list_numbering_are_not_values() -> None:
    assert extract_values(_block("1.1 Udrulning af 13 AI-fabrikker", BlockKind.HEADING), DA)[0].canonical == "13"
    assert len(extract_values(_block("1.1 Udrulning af 13 AI-fabrikker", BlockKind.HEADING), DA)) == 1
    assert extract_values(_block("2 Det gemensamma företaget", BlockKind.FOOTNOTE), SV) == ()
    assert extract_values(_block("1) Opbygning", BlockKind.LIST_ITEM), DA) == ()


def test_bare_number_block_is_a_label() -> None:
    assert extract_values(_block("2"), DA) == ()
    assert [v.canonical for v in extract_values(_block("initiativ 2 og 3"), DA)] == ["2", "3"]


def test_extract_document_uses_the_document_language() -> None:
    doc = Document(side="right", lang="sv", path="x", sha256="", sections=(), blocks=(_block("sju konsortier"),))
    assert [(v.canonical) for v in extract_document(doc)["left:1:p1"]] == ["7"]


def test_every_kind_is_documented_and_produced() -> None:
    text = (
        "den 2.2.2025, marts 2025, i 2026, 2. kvartal 2025, anden halvdel af 2025, 2021-2027, "
        "200 mia. EUR, 85 %, 2 procentpoint, syv konsortier, 48 måneder, nr. 8, COM(2025) 165, https://ec.europa.eu/x"
    )
    assert sorted({k for k, _ in canon(text)}) == sorted(KINDS)


def test_packs() -> None:
    assert DA.decimal == "," and SV.decimal == ","
    assert DA.month_number("marts") == 3 and SV.month_number("mars") == 3
    assert ("syv", 7) in DA.cardinals and ("sju", 7) in SV.cardinals
    assert ("første", 1) in DA.ordinals and ("första", 1) in SV.ordinals
    assert "kvartal" in DA.quarter_nouns and "kvartalet" in SV.quarter_nouns
    assert all(w not in dict(DA.cardinals) for w in ("en", "et"))
    base = get_pack("xx")  # unknown to CLDR: neutral symbols, no words, still extracts digits
    assert base.cardinals == () and extract_text("EUR 5 og 2.2.2025", base)
    de = get_pack("de")  # CLDR and num2words only, no hand-written data
    assert de.month_number("März") == 3 and ("sieben", 7) in de.cardinals
    assert [(v.kind, v.canonical) for v in extract_text("am 5. März 2025", de)] == [("date", "2025-03-05")]
    assert fold("Måneder") == "maneder" and fold("Ørsted") == "orsted"


def test_deterministic() -> None:
    text = "over 15 % i 2. kvartal 2025 og 200 mia. EUR den 2.2.2025 " * 20
    assert extract_text(text, DA) == extract_text(text, DA)
