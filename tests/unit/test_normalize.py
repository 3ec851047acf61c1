"""Each normalisation rule on tiny synthetic inputs: hyphens, footnote areas and numbers, glued
markers against the sequence, page breaks, OCR repair (and its absence on clean text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicont.ingest.text import read_text
from aicont.model import BlockKind, Document, RawDocument
from aicont.normalize import normalize
from aicont.normalize.footnotes import footnote_start
from aicont.normalize.hyphenation import Vocabulary, join_decision
from aicont.normalize.ocr import detect_ocr, repair
from aicont.segment import build_document


def raw_of(text: str, name: str = "mini.txt") -> RawDocument:
    return read_text(Path(name), text.encode("utf-8"))


def doc_of(text: str) -> Document:
    return build_document(raw_of(text), side="left", lang=None)


VOCAB = Vocabulary.build(
    [
        "vi ser muligheder og flere muligheder her",
        "en stor konkurrenceevne og mere konkurrenceevne nu",
        "et open source-metoder og AI-ekosystemet og og og og og",
        "og og og og og og og og og og",
        "vi har virksomheder og myndigheder og samfundet her",
    ]
).with_split_evidence([("mange virk", "somheder her"), ("flere myndig", "heder her"), ("i sam", "fundet nu")])
PLAIN = Vocabulary.build(["vi ser muligheder og flere muligheder her"]).with_split_evidence([])


# --------------------------------------------------------------------------- hyphenation


def test_hyphen_after_acronym_is_kept() -> None:
    j = join_decision("inden for AI-", "ekosystemet er", VOCAB)
    assert (j.text, j.drop_hyphen, j.kind) == ("", False, "hyphen-keep")


def test_hyphen_of_a_split_word_is_dropped_when_the_whole_word_occurs() -> None:
    j = join_decision("styrke vores konkurrence-", "evne i EU", VOCAB)
    assert j.drop_hyphen and j.kind == "hyphen-join" and j.after == "konkurrenceevne"


def test_hyphen_kept_without_evidence() -> None:
    j = join_decision("fremskridtene inden for open source-", "metoder. Det", VOCAB)
    assert not j.drop_hyphen and j.kind == "hyphen-keep"


def test_suspended_compound_keeps_hyphen_and_space() -> None:
    j = join_decision("opstarts-", "og opskaleringsmiljø", VOCAB)
    assert j.text == " " and not j.drop_hyphen
    j2 = join_decision("hälso-", "och sjukvård", VOCAB, hyphen_space=True)
    assert j2.text == " " and not j2.drop_hyphen


def test_number_range_hyphen_is_kept() -> None:
    j = join_decision("i perioden 2021-", "2027. I denne", VOCAB)
    assert j.text == "" and not j.drop_hyphen


def test_word_split_without_hyphen_is_joined_only_with_evidence() -> None:
    j = join_decision("der er mange mulig", "heder for alle", VOCAB)
    assert j.kind == "word-join" and j.text == ""
    plain = join_decision("der er mange", "flere for alle", VOCAB)
    assert plain.kind is None and plain.text == " "
    # without evidence that the layout splits words, two lines are never glued
    assert join_decision("der er mange mulig", "heder for alle", PLAIN).kind is None


def test_line_join_in_a_document_records_the_edit() -> None:
    text = (
        "Vi ser muligheder og virksomheder i samfundet og myndigheder her\n"
        "flere mulig\nheder i hele AI-\nøkosystemet og mange virk\nsomheder i sam\nfundet og myndig\nheder nu.\n"
    )
    doc = doc_of("Et afsnit.\n\n" + text)
    block = doc.blocks[1]
    assert block.text.endswith("flere muligheder i hele AI-økosystemet og mange virksomheder i samfundet og myndigheder nu.")
    kinds = [e.kind for e in block.edits]
    assert kinds.count("word-join") == 4 and "hyphen-keep" in kinds
    assert block.line_at(block.text.index("AI-")) == 5
    assert block.line_at(block.text.index("økosystemet")) == 6
    assert [e for e in doc.edits if e.kind == "word-join"]


# --------------------------------------------------------------------------- footnote numbers


def test_footnote_start_takes_the_expected_number_and_small_skips() -> None:
    assert footnote_start("12 Destination Earth", 12, ocr=False).number == 12
    assert footnote_start("14 EuroHPC har", 12, ocr=False).number == 14
    assert footnote_start("89 final).", 33, ocr=False) is None  # a number far ahead is text
    assert footnote_start("2 Det gemensamma", 5, ocr=False) is None  # behind, clean text


def test_damaged_footnote_numbers_recovered_only_in_ocr_text() -> None:
    st = footnote_start("3 Felles erklæring fra", 13, ocr=True)
    assert st is not None and st.number == 13 and not st.strong and st.rest.startswith("Felles")
    assert footnote_start("% Se nærmere oplysninger", 9, ocr=True).number == 9
    assert footnote_start("41 de kommende år", 44, ocr=True).number == 44
    assert footnote_start("7 Fra kompasset", 23, ocr=True) is None  # not a plausible misreading of 23
    assert footnote_start("% Se nærmere", 9, ocr=False) is None


# --------------------------------------------------------------------------- glued markers

SV_PAGE = """ Vi valde sex fabriker i mars 20258. Med totalt 13 fabriker i AI-företag9 och 2025 ser vi
hur 15 %10 av budgeten räcker till 2025.

                                                        
8 https://example.eu/second-wave.
9 Se närmare uppgifter i bilaga I.
10 Access to public procurement.
 Nästa sida börjar här med en ny mening och fortsätter.
"""


PAGE_ONE = (
    "Inledning med fotnoten1 och andra2 och tredje3 och fjärde4 och femte5 och sjätte6 och sjunde7 här.\n"
    + "".join(f"Rad {k} av en text som fyller sidan ganska väl i bredd och längd.\n" for k in range(20))
    + " " * 50
    + "\n"
    + "".join(f"{k} Fotnot nummer {k}.\n" for k in range(1, 8))
)


def test_glued_markers_are_cut_by_the_sequence_and_years_are_kept() -> None:
    doc = doc_of(PAGE_ONE + SV_PAGE)
    block = next(b for b in doc.blocks if 8 in b.refs)
    assert "i mars 2025. Med totalt 13 fabriker i AI-företag och 2025 ser vi hur 15 % av budgeten räcker till 2025." in block.text
    assert block.refs == (8, 9, 10)
    cut = [(e.before, e.after) for e in block.edits if e.kind == "footnote-marker"]
    assert ("20258.", "2025.") in [(b, a + ".") for b, a in cut] or any(b.startswith("20258") for b, _ in cut)
    notes = {b.number: b.text for b in doc.blocks if b.kind == BlockKind.FOOTNOTE}
    assert notes["9"] == "Se närmare uppgifter i bilaga I."
    assert "Nästa sida" not in notes["10"]


def test_year_is_not_cut_when_the_expected_marker_does_not_match() -> None:
    doc = doc_of("Det skete i 2025 og i 2019.\n\n1 En fodnote.\n")
    assert doc.blocks[0].text == "Det skete i 2025 og i 2019."
    assert doc.blocks[0].refs == ()


def test_referenced_footnote_without_text_is_a_problem() -> None:
    doc = doc_of("Første side med kompasset1 og mere.\nTo linjer her2 med en mere.\n\n2 Den anden fodnote.\n")
    assert [b.number for b in doc.blocks if b.kind == BlockKind.FOOTNOTE] == ["2"]
    problems = [p for p in doc.problems if p.kind == "footnote-missing"]
    assert len(problems) == 1 and "footnote 1 " in problems[0].message and problems[0].span.line_start == 1


# --------------------------------------------------------------------------- pages


def _page(k: int, n: int = 24) -> str:
    lines = [f"Linje {k}.{j} på siden med en del tekst der fylder godt op i bredden her" for j in range(n)]
    lines[-1] = lines[-1] + " og fortsætter"
    return "\n".join(lines)


def test_page_break_after_a_footnote_area_and_paragraph_rejoined() -> None:
    text = _page(1) + "\n\n1 En fodnote om noget.\n" + " på næste side med resten af sætningen.\n"
    doc = doc_of(text.replace("Linje 1.3 på", "Linje 1.3 med mærke1 på"))
    block = next(b for b in doc.blocks if b.kind == BlockKind.PARAGRAPH)
    assert len(block.spans) == 2
    assert block.spans[0].page == 1 and block.spans[1].page == 2
    assert block.text.endswith("og fortsætter på næste side med resten af sætningen.")
    assert any(e.kind == "page-break" for e in doc.edits)


def test_single_space_indent_is_no_page_break_on_a_short_page() -> None:
    text = "Første linje af et afsnit der fylder noget\n anden linje med et mellemrum foran.\n"
    doc = doc_of(text)
    assert doc.blocks[0].spans[0].page == 1 and len(doc.blocks[0].spans) == 1
    assert not any(e.kind == "page-break" for e in doc.edits)


def test_single_space_indent_after_a_full_page_is_a_page_break() -> None:
    text = _page(1, 30) + "\n fortsat tekst på den nye side.\n"
    doc = doc_of(text)
    block = doc.blocks[0]
    assert [s.page for s in block.spans] == [1, 2]


def test_page_number_line_is_dropped_and_recorded() -> None:
    text = "Et afsnit der slutter her.\n\n26\n\n Et nyt afsnit begynder på en ny side.\n"
    doc = doc_of(text)
    assert [b.text for b in doc.blocks] == ["Et afsnit der slutter her.", "Et nyt afsnit begynder på en ny side."]
    assert [e.before for e in doc.edits if e.kind == "page-number"] == ["26"]


def test_lone_number_away_from_a_page_boundary_stays_text() -> None:
    doc = doc_of("Antal deltagere i alt:\n\n15\n\nEt nyt afsnit begynder.\n")
    assert [b.text for b in doc.blocks] == ["Antal deltagere i alt:", "15", "Et nyt afsnit begynder."]
    assert not [e for e in doc.edits if e.kind == "page-number"]


def test_repeated_link_after_footnotes_is_dropped() -> None:
    text = "Tekst med mærke1 her.\n\n" + " " * 40 + "\n1 Se https://example.eu/a\nhttps://example.eu/a\n Ny side med tekst.\n"
    doc = doc_of(text)
    notes = [b for b in doc.blocks if b.kind == BlockKind.FOOTNOTE]
    assert notes[0].text == "Se https://example.eu/a"
    assert any(e.kind == "url-repeat" for e in doc.edits)
    assert all("https" not in b.text for b in doc.blocks if b.kind != BlockKind.FOOTNOTE)


# --------------------------------------------------------------------------- OCR repair

OCR_TEXT = """Den nye Al-forordning og Al-modeller er vigtige. | denne meddelelse ser vi InvestAl.
Det er klart. 1 2024 havde kun 13,5 % af virksomhederne indført Al. | EU er det sådan.
Vi har IPCEl'er og 0g andre ting, og Al-kontoret hjælper.
"""


def test_ocr_detected_from_evidence_and_repairs_recorded() -> None:
    doc = doc_of(OCR_TEXT)
    text = doc.blocks[0].text
    assert "AI-forordning og AI-modeller" in text
    assert "I denne meddelelse ser vi InvestAI." in text
    assert "I 2024 havde kun 13,5 %" in text
    assert "indført AI. I EU er" in text
    assert "IPCEI'er og og andre" in text
    repairs = [e for e in doc.edits if e.kind == "ocr-repair"]
    assert len(repairs) >= 7 and all(e.span.line_start in (1, 2, 3) for e in repairs)
    assert "Al-forordning" in doc.blocks[0].raw  # raw keeps the file's text


def test_ocr_repair_not_applied_to_clean_text() -> None:
    clean = "Al Gore talte i 2024. 1 af 3 lande sagde ja, og | står her.\nAI-forordningen gælder. Al-Andalus er et navn.\n"
    verdict, _ = detect_ocr(clean.splitlines())
    assert not verdict
    doc = doc_of(clean)
    assert not [e for e in doc.edits if e.kind == "ocr-repair"]
    assert doc.blocks[0].text.startswith("Al Gore talte i 2024. 1 af 3")


def test_country_code_row_digit_repaired() -> None:
    new, changes = repair("Centrale sektorer AT BG DE EL ES FI FR IT LU PL SE S1")
    assert new.endswith("SE SI") and changes


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1 denne sammenhang", "I denne sammenhang"),
        ("et tal 1 2024", "et tal 1 2024"),  # mid-sentence: left alone
        ("artikel 1 i forordningen", "artikel 1 i forordningen"),
    ],
)
def test_one_for_capital_i_only_at_sentence_start(line: str, expected: str) -> None:
    new, _ = repair(line, sentence_start=True)
    assert new == expected


def test_normalize_keeps_every_line() -> None:
    raw = raw_of(OCR_TEXT)
    norm = normalize(raw)
    assert [line.number for line in norm.lines] == [1, 2, 3]
    assert norm.ocr


def test_link_broken_over_two_lines_is_joined_only_when_its_tail_is_one_token() -> None:
    j = join_decision("8 https://example.eu/x#:~:text=around%20mill", "ion.", VOCAB)
    assert j.text == "" and j.kind == "url-join"
    assert join_decision("se https://example.eu/x", "og mere tekst", VOCAB).text == " "
    assert join_decision("se https://example.eu/x.", "Næste", VOCAB).text == " "


def test_footnote_area_without_page_evidence_is_believed_when_markers_vouch() -> None:
    text = (
        "Et afsnit om kompasset1 og om noget andet2 der fortsætter.\n\n"
        "1 COM(2025) 30 final.\n2 Se bilag I.\n\n"
        "Et nyt afsnit i brødteksten.\n"
    )
    doc = doc_of(text)
    notes = {b.number: b.text for b in doc.blocks if b.kind == BlockKind.FOOTNOTE}
    assert notes == {"1": "COM(2025) 30 final.", "2": "Se bilag I."}
    assert [b.text for b in doc.blocks if b.kind == BlockKind.PARAGRAPH][-1] == "Et nyt afsnit i brødteksten."


def test_numbered_paragraphs_without_markers_are_not_footnotes() -> None:
    text = "Indledning uden mærker.\n\n1 Første punkt i teksten.\n2 Andet punkt i teksten.\n\nEt nyt afsnit her.\n"
    doc = doc_of(text)
    assert not [b for b in doc.blocks if b.kind == BlockKind.FOOTNOTE]


def test_numbered_lines_at_the_end_are_footnotes_only_with_markers() -> None:
    assert not [b for b in doc_of("Tekst uden mærker.\n\n1 Første punkt.\n2 Andet punkt.\n").blocks if b.kind == BlockKind.FOOTNOTE]
    doc = doc_of("Tekst med mærke1 og mærke2 her.\n\n1 Første note.\n2 Anden note.\n")
    assert [b.number for b in doc.blocks if b.kind == BlockKind.FOOTNOTE] == ["1", "2"]


def test_lone_one_mid_sentence_is_i_unless_the_document_puts_numbers_there() -> None:
    from aicont.normalize.ocr import NumberContext

    ctx = NumberContext.build(["jf. artikel 4 i forordningen og 2 mio. EUR til 15 medlemsstater"])
    assert repair("et storre udbud 1 EU af grader", numbers=ctx)[0] == "et storre udbud i EU af grader"
    assert repair("intelligens 1 strategiske sektorer", numbers=ctx)[0] == "intelligens i strategiske sektorer"
    assert repair("efter artikel 1 i forordningen", numbers=ctx)[0] == "efter artikel 1 i forordningen"
    assert repair("med blot 1 mio. EUR", numbers=ctx)[0] == "med blot 1 mio. EUR"
    assert repair("fra 1 til 3", numbers=ctx)[0] == "fra 1 til 3"  # a range


def test_lone_one_repaired_in_an_ocr_document() -> None:
    doc = doc_of(OCR_TEXT + "Vi støtter arbejdstagere 1 SMV'er og i artikel 4 og artikel 1 her.\n")
    text = " ".join(b.text for b in doc.blocks)
    assert "arbejdstagere i SMV'er" in text and "artikel 1 her" in text
    assert join_decision("se https://example.eu/x", "https://example.eu/y", VOCAB).text == " "


def test_lost_footnotes_skipped_when_a_marker_vouches_and_lone_numbers() -> None:
    text = (
        "Første side med note1 her og mere tekst.\n\n1 Første note.\n\n"
        + "".join(f"Linje {k} af den fortsatte brødtekst uden noter.\n" for k in range(5))
        + "Se hjemmesiden9 for mere og siden10.\n\n9\n\nEn note hvis nummer står alene\n10 Den sidste note.\n"
    )
    doc = doc_of(text)
    notes = {b.number: b.text for b in doc.blocks if b.kind == BlockKind.FOOTNOTE}
    assert notes == {"1": "Første note.", "9": "En note hvis nummer står alene", "10": "Den sidste note."}
    assert not [e for e in doc.edits if e.kind == "page-number"]


def test_running_head_at_every_page_start_is_dropped() -> None:
    def page(k: int) -> str:
        body = "\n".join(f"Linje {k}.{j} med en del tekst der fylder godt op i bredden af siden her." for j in range(25))
        return " COM(2025) 165 final\n" + body

    doc = doc_of("\n".join(page(k) for k in range(1, 6)) + "\n")
    assert not any("COM(2025)" in b.text for b in doc.blocks)
    assert [e.span.line_start for e in doc.edits if e.kind == "running-head"] == [1, 27, 53, 79, 105]
    assert [e.span.page for e in doc.edits if e.kind == "page-break"] == [2, 3, 4, 5]


def test_ocr_repair_can_be_switched_off() -> None:
    doc = build_document(raw_of(OCR_TEXT), side="left", lang=None, ocr_repair=False)
    assert "Al-forordning" in doc.blocks[0].text
    assert not [e for e in doc.edits if e.kind == "ocr-repair"]
    assert any("OCR repair switched off" in n for n in doc.notices)


def test_footnote_numbering_that_restarts_on_each_page() -> None:
    sep = " " * 50
    page1 = "Første side med note1 og note2 her.\n" + "".join(f"Linje {k} med tekst på siden her.\n" for k in range(20))
    page2 = " Anden side med note1 her og mere.\n" + "".join(f"Linje {k} med tekst på siden her.\n" for k in range(20))
    text = page1 + sep + "\n1 Første note.\n2 Anden note.\n" + page2 + sep + "\n1 Tredje note.\n Tredje side.\n"
    doc = doc_of(text)
    notes = [(b.id, b.text) for b in doc.blocks if b.kind == BlockKind.FOOTNOTE]
    assert notes == [("left:fn1", "Første note."), ("left:fn2", "Anden note."), ("left:fn1.2", "Tredje note.")]
    assert not [p for p in doc.problems if p.kind == "footnote-duplicate"]
    assert [r for b in doc.blocks for r in b.refs] == [1, 2, 1]


def test_characters_cleaned_and_soft_hyphen_joins() -> None:
    doc = doc_of("Et afsnit.\n\nDen ﬁnansielle støtte til konkurrence\u00ad\nevnen og in\u00advesteringer her.\n")
    block = doc.blocks[1]
    assert block.text == "Den finansielle støtte til konkurrenceevnen og investeringer her."
    kinds = [e.kind for e in block.edits]
    assert "encoding" in kinds and "hyphen-join" in kinds
